package dev.hackathonkit.samples.cli;

import static dev.hackathonkit.samples.cli.FakeWiki.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.samples.BundledPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages as MediaWiki holds them: a Special:Export dump and pages fetched from a wiki. */
class WikiInputTest {
  @TempDir Path dir;

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String dumpPage(String title, long revision, String text) {
    return "  <page>\n    <title>"
        + xml(title)
        + "</title>\n    <ns>0</ns>\n    <id>"
        + revision
        + "</id>\n"
        + "    <revision>\n      <id>"
        + revision
        + "</id>\n      <timestamp>2013-05-01T10:00:00Z</timestamp>\n"
        + "      <contributor><username>Admin</username><id>1</id></contributor>\n"
        + "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        + "      <text xml:space=\"preserve\">"
        + xml(text)
        + "</text>\n    </revision>\n  </page>\n";
  }

  @Test
  void aDumpConvertsPageByPageWithOneOutputSetPerPage() throws Exception {
    String markup = BundledPage.WIKITEXT.content();
    Path dump =
        Files.writeString(
            dir.resolve("export.xml"),
            "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n"
                + dumpPage("Hackathon/2013", 41, markup)
                + dumpPage("Hackathon/Empty", 42, "Nothing planned yet.\n")
                + "</mediawiki>\n");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("convert", dump.toString(), "--to", "json", "--out", out.toString());

    assertThat(run.exitCode()).as("a page without an event is skipped, not a failure").isZero();
    assertThat(run.out())
        .isEqualTo("Summary: 2 pages: 1 written, 1 skipped (not an event page: 1), 0 failed\n");
    assertThat(run.err()).isEmpty();
    Event first = JsonEventCodec.standard().read(out.resolve("hackathon-2013.json")).event();
    assertThat(first.source().page()).isEqualTo("Hackathon/2013");
    assertThat(first.source().revisionId()).isEqualTo(41L);
    try (var files = Files.list(out)) {
      assertThat(files)
          .as("nothing written for the page without an event")
          .containsExactlyInAnyOrder(
              out.resolve("hackathon-2013.json"), out.resolve(OutputNames.FILE));
    }
    assertThat(Files.readAllLines(out.resolve(OutputNames.FILE)))
        .as("only the page written has a name")
        .filteredOn(l -> !l.startsWith("#"))
        .containsExactly("hackathon-2013\tpage::Hackathon/2013");
  }

  @Test
  void aDumpWithADoctypeIsRefusedWithItsName() throws Exception {
    Path dump =
        Files.writeString(
            dir.resolve("evil.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<mediawiki><page><title>&x;</title></page></mediawiki>\n");
    CliRun run = CliRun.of("convert", dump.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith(dump + ": expected a Special:Export dump"));
  }

  private static CliRun fetch(MockWebServer server, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "fetch";
    all[1] = "--api";
    all[2] = server.url("/w/api.php").toString();
    System.arraycopy(args, 0, all, 3, args.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HackathonKit.run(new PrintWriter(out), new PrintWriter(err), Map.of(), all);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void fetchReadsThePageAndWritesItsFormatsWithTheSourceFilled() throws Exception {
    String markup = BundledPage.WIKITEXT.content();
    try (MockWebServer server = new MockWebServer()) {
      FakeWiki wiki =
          new FakeWiki(
              p ->
                  FakeWiki.common(
                      p,
                      () ->
                          json(
                              FakeWiki.page(
                                  "Archived/Hackathon/May2013",
                                  1234,
                                  "2013-05-10T08:00:00Z",
                                  markup))));
      server.setDispatcher(wiki);
      server.start();
      Path out = dir.resolve("out");

      CliRun run =
          fetch(
              server,
              "--title",
              "Archived/Hackathon/May2013",
              "--to",
              "json,ics",
              "--out",
              out.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err().lines())
          .as("no progress bar when stderr is not a terminal; the first warnings")
          .hasSize(6)
          .allSatisfy(
              l ->
                  assertThat(l)
                      .matches(
                          "warning: Archived/Hackathon/May2013:\\d+:\\d+: .*|… and \\d+ more; use --report"));
      assertThat(run.out())
          .contains("16 topics, 10 votes, 2 comments, 36 confirmed and 2 invited attendees, 2 days")
          .as("the wiki's site name is not one of the Xen profile's")
          .containsPattern("; coverage \\d+\\.\\d %, profile [^(]+ \\(runner-up ");
      Event event =
          JsonEventCodec.standard().read(out.resolve("archived-hackathon-may2013.json")).event();
      assertThat(event.source().revisionId()).isEqualTo(1234L);
      assertThat(event.source().site()).isEqualTo("ExampleWiki");
      assertThat(event.source().url())
          .hasToString("http://wiki.example.org/wiki/Archived/Hackathon/May2013");
      assertThat(out.resolve("archived-hackathon-may2013.ics")).isRegularFile();
      assertThat(wiki.requests)
          .anySatisfy(p -> assertThat(p).containsEntry("titles", "Archived/Hackathon/May2013"));
    }
  }

  @Test
  void aMissingPageIsReportedAndTheExitCodeIs4() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new FakeWiki(
              p ->
                  FakeWiki.common(
                      p,
                      () ->
                          json(
                              "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":"
                                  + "[{\"ns\":0,\"title\":\"No such page\",\"missing\":true}]}}"))));
      server.start();

      CliRun run = fetch(server, "--title", "No such page", "--out", dir.resolve("out").toString());

      assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_WIKI);
      assertThat(run.err()).isEqualTo(server.url("/w/api.php") + ": No such page: no such page\n");
    }
  }

  @Test
  void fetchNeedsExactlyOneWayToChoosePages() {
    CliRun run =
        CliRun.of("fetch", "--api", "http://127.0.0.1:9/api.php", "--title", "A", "--prefix", "B");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void aWikitextFileIsTitledByItsNameAndNamedInLocations() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("Summit2026.wiki"),
            "== Topics ==\n* Docs sprint (contact: Ann Example)\n* Release notes\n");
    CliRun run =
        CliRun.of(
            "convert",
            page.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("out").toString(),
            "--report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Read  Summit2026.wiki (wikitext): Summit2026\n")
        .containsPattern("(?m)^    Summit2026.wiki:\\d+:\\d+: ");
    assertThat(dir.resolve("out").resolve("summit2026.json")).isRegularFile();
  }

  @Test
  void fetchTakesReportAsConvertDoes() throws Exception {
    String markup = BundledPage.WIKITEXT.content();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new FakeWiki(
              p ->
                  FakeWiki.common(
                      p,
                      () ->
                          json(
                              FakeWiki.page(
                                  "Archived/Hackathon/May2013",
                                  1234,
                                  "2013-05-10T08:00:00Z",
                                  markup)))));
      server.start();

      CliRun run =
          fetch(
              server,
              "--title",
              "Archived/Hackathon/May2013",
              "--to",
              "json",
              "--report",
              "--out",
              dir.resolve("out").toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .containsPattern(
              "(?m)^Import report for Archived/Hackathon/May2013: coverage \\d+\\.\\d% ")
          .containsPattern("(?m)^  profile [^:]+: ")
          .containsPattern("(?m)^    Archived/Hackathon/May2013:\\d+:\\d+: P\\d{3} ");
    }
  }

  @Test
  void fetchWritesNothingForAPageWithoutAnEventAndExits5() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new FakeWiki(
              p ->
                  FakeWiki.common(
                      p,
                      () ->
                          json(
                              FakeWiki.page(
                                  "Sandbox",
                                  7,
                                  "2013-05-10T08:00:00Z",
                                  "Just trying the editor.\n")))));
      server.start();
      Path out = dir.resolve("out");

      CliRun run = fetch(server, "--title", "Sandbox", "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_NO_EVENT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("Sandbox: no event found (no days, topics or attendees) with profile ");
      assertThat(out).doesNotExist();
    }
  }
}
