package dev.hackathonkit.samples.cli;

import static dev.hackathonkit.samples.cli.FakeWiki.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages whose text is not there (issue 14, kind 3): a dump that leaves a text out and a wiki that
 * sends a page without its text give a per-page error saying why, no event and a non-zero exit
 * code; old wikis are asked in the shape they understand, and their warnings reach stderr.
 */
class MissingTextCliTest {

  @TempDir Path dir;

  private Path dump(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("dumps/" + name)) {
      assertThat(in).as(name).isNotNull();
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  @Test
  void aDumpWithADeletedAndAStubTextWritesNothingAndSaysWhyForEachPage() throws Exception {
    Path dump = dump("text-not-included.xml");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("convert", dump.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .containsExactly(
            dump + ": Hackathon/2018: text deleted (revision 103); no event written",
            dump + ": Hackathon/2017: text not in the dump (revision 98); no event written");
    assertThat(run.out())
        .isEqualTo(
            "Summary: 2 pages: 0 written, 2 failed (text deleted: 1, text not in the dump: 1)\n");
    assertThat(out).as("no event, not even the folder").doesNotExist();
  }

  @Test
  void validateSaysTheSameForEachPageAndGoesOnToTheNext() throws Exception {
    Path dump = dump("left-out-texts.xml");

    CliRun run = CliRun.of("validate", dump.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines().filter(l -> !l.startsWith("warning: ")))
        .containsExactly(
            dump + ": Jam/Aarhus 2016: text deleted (revision 5102); no event written",
            dump + ": Jam/Odense 2015: text not in the dump (revision 5201); no event written",
            dump + ": Jam/Aalborg 2014: text not in the dump (revision 5301); no event written",
            dump + ": Jam/Esbjerg 2013: no revision of the page in the dump; no event written");
    assertThat(run.out()).startsWith("Jam/Vejle 2017: valid");
  }

  @Test
  void everyWayADumpLeavesATextOutIsCountedAndThePagesWithTextAreStillWritten() throws Exception {
    Path dump = dump("left-out-texts.xml");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("convert", dump.toString(), "--to", "json", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines().filter(l -> !l.startsWith("warning: ")))
        .containsExactly(
            dump + ": Jam/Aarhus 2016: text deleted (revision 5102); no event written",
            dump + ": Jam/Odense 2015: text not in the dump (revision 5201); no event written",
            dump + ": Jam/Aalborg 2014: text not in the dump (revision 5301); no event written",
            dump + ": Jam/Esbjerg 2013: no revision of the page in the dump; no event written");
    assertThat(run.out())
        .isEqualTo(
            "Summary: 5 pages: 1 written, 4 failed (text deleted: 1, text not in the dump: 2,"
                + " no revision of the page in the dump: 1)\n");
    assertThat(out.resolve("jam-aarhus-2016.json"))
        .as("the last revision's text is deleted: an older one is not read in its place")
        .doesNotExist();
    Event vejle = JsonEventCodec.standard().read(out.resolve("jam-vejle-2017.json")).event();
    assertThat(vejle.topics()).extracting(Topic::title).containsExactly("Library room booking bot");
    assertThat(out.resolve("jam-aarhus-2016.json")).doesNotExist();
    assertThat(out.resolve("jam-esbjerg-2013.json")).doesNotExist();
  }

  // ---- fetch ------------------------------------------------------------------------------------

  private static CliRun fetch(MockWebServer server, String... args) {
    List<String> all =
        new ArrayList<>(List.of("fetch", "--api", server.url("/w/api.php").toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        HackathonKit.run(
            new PrintWriter(out), new PrintWriter(err), Map.of(), all.toArray(String[]::new));
    return new CliRun(code, out.toString(), err.toString());
  }

  private static final String GRAZ =
      "== When and Where ==\nThe sprint is on 11-12 May 2019 in Graz, Austria.\n\n"
          + "== Topics ==\n{{project\n|Project=Mur river gauge feed\n|Contact=Theresa Gruber\n}}\n";

  @Test
  void fetchReportsAPageTheWikiSendsWithoutItsTextAndWritesTheOthers() throws Exception {
    String answer =
        "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-30T09:00:00Z\",\"query\":{\"pages\":["
            + "{\"pageid\":70,\"ns\":0,\"title\":\"Sprint/Graz 2019\",\"revisions\":[{\"revid\":1800,\"timestamp\":"
            + "\"2019-04-01T10:00:00Z\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\",\"content\":"
            + FakeWiki.quote(GRAZ)
            + "}}}]},"
            + "{\"pageid\":71,\"ns\":0,\"title\":\"Sprint/Linz 2018\",\"revisions\":[{\"revid\":1701,\"timestamp\":"
            + "\"2018-04-01T10:00:00Z\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\",\"texthidden\":true}}}]},"
            + "{\"pageid\":72,\"ns\":0,\"title\":\"Sprint/Wels 2017\",\"revisions\":[{\"revid\":1602,\"timestamp\":"
            + "\"2017-04-01T10:00:00Z\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\",\"textmissing\":true}}}]}]}}";
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new FakeWiki(p -> FakeWiki.common(p, () -> json(answer))));
      server.start();
      Path out = dir.resolve("out");

      CliRun run =
          fetch(
              server,
              "--title",
              "Sprint/Graz 2019",
              "Sprint/Linz 2018",
              "Sprint/Wels 2017",
              "--to",
              "json",
              "--out",
              out.toString());

      assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_WIKI);
      String api = server.url("/w/api.php").toString();
      assertThat(run.err().lines().filter(l -> !l.startsWith("warning: ")))
          .containsExactly(
              api
                  + ": Sprint/Linz 2018: text hidden on the wiki (revision deletion), revision 1701 of Sprint/Linz 2018;"
                  + " no event written",
              api
                  + ": Sprint/Wels 2017: text missing on the wiki (it could not load the revision's text), revision 1602"
                  + " of Sprint/Wels 2017; no event written");
      assertThat(run.out())
          .contains("Wrote " + out.resolve("sprint-graz-2019.json"))
          .endsWith(
              "Summary: 3 pages: 1 written, 2 failed (text hidden on the wiki (revision deletion): 1,"
                  + " text missing on the wiki (it could not load the revision's text): 1)\n");
      assertThat(out.resolve("sprint-linz-2018.json")).doesNotExist();
    }
  }

  @Test
  void fetchAsksAWikiOf131WithoutSlotsAndReadsTheTextOnTheRevision() throws Exception {
    String answer =
        "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-30T09:00:00Z\",\"query\":{\"pages\":["
            + "{\"pageid\":70,\"ns\":0,\"title\":\"Sprint/Graz 2019\",\"revisions\":[{\"revid\":1800,\"parentid\":1799,"
            + "\"timestamp\":\"2019-04-01T10:00:00Z\",\"contentformat\":\"text/x-wiki\",\"contentmodel\":\"wikitext\","
            + "\"content\":"
            + FakeWiki.quote(GRAZ)
            + "}]}]}}";
    try (MockWebServer server = new MockWebServer()) {
      FakeWiki wiki =
          new FakeWiki(p -> FakeWiki.common(p, "MediaWiki 1.31.16", () -> json(answer)));
      server.setDispatcher(wiki);
      server.start();
      Path out = dir.resolve("out");

      CliRun run =
          fetch(server, "--title", "Sprint/Graz 2019", "--to", "json", "--out", out.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      Event graz = JsonEventCodec.standard().read(out.resolve("sprint-graz-2019.json")).event();
      assertThat(graz.topics()).extracting(Topic::title).containsExactly("Mur river gauge feed");
      assertThat(graz.days()).hasSize(2);
      assertThat(graz.source().revisionId()).isEqualTo(1800L);
      assertThat(wiki.requests)
          .filteredOn(p -> "revisions".equals(p.get("prop")))
          .singleElement()
          .satisfies(
              p -> assertThat(p).doesNotContainKey("rvslots").containsEntry("formatversion", "2"));
    }
  }

  @Test
  void fetchAsksAWikiOlderThan125InTheFirstFormatVersion() throws Exception {
    String answer =
        "{\"curtimestamp\":\"2026-11-30T09:00:00Z\",\"query\":{\"pages\":{\"70\":{\"pageid\":70,\"ns\":0,"
            + "\"title\":\"Sprint/Graz 2019\",\"revisions\":[{\"revid\":1800,\"parentid\":1799,\"timestamp\":"
            + "\"2019-04-01T10:00:00Z\",\"contentformat\":\"text/x-wiki\",\"contentmodel\":\"wikitext\",\"*\":"
            + FakeWiki.quote(GRAZ)
            + "}]},\"-1\":{\"ns\":0,\"title\":\"Sprint/Nowhere\",\"missing\":\"\"}}}}";
    try (MockWebServer server = new MockWebServer()) {
      FakeWiki wiki =
          new FakeWiki(p -> FakeWiki.common(p, "MediaWiki 1.23.17", () -> json(answer)));
      server.setDispatcher(wiki);
      server.start();
      Path out = dir.resolve("out");

      CliRun run =
          fetch(
              server,
              "--title",
              "Sprint/Graz 2019",
              "Sprint/Nowhere",
              "--to",
              "json",
              "--out",
              out.toString());

      assertThat(run.exitCode()).as("the missing page").isEqualTo(HackathonKit.EXIT_WIKI);
      assertThat(run.err()).contains("Sprint/Nowhere: no such page");
      Event graz = JsonEventCodec.standard().read(out.resolve("sprint-graz-2019.json")).event();
      assertThat(graz.topics()).extracting(Topic::title).containsExactly("Mur river gauge feed");
      assertThat(run.out()).endsWith("Summary: 2 pages: 1 written, 1 failed (no such page: 1)\n");
      assertThat(wiki.requests).allSatisfy(p -> assertThat(p).doesNotContainKey("formatversion"));
      assertThat(wiki.requests)
          .filteredOn(p -> "revisions".equals(p.get("prop")))
          .singleElement()
          .satisfies(p -> assertThat(p).doesNotContainKey("rvslots").containsEntry("continue", ""));
    }
  }

  @Test
  void theWikisWarningsAreShownOnStderrWithoutVerboseOncePerText() throws Exception {
    String page = FakeWiki.page("Sprint/Graz 2019", 1800, "2019-04-01T10:00:00Z", GRAZ);
    String warned =
        page.replaceFirst(
            "\\{",
            "{\"warnings\":{\"main\":{\"warnings\":\"Unrecognized parameter: rvslots.\"},"
                + "\"revisions\":{\"warnings\":\"Because \\\\\"rvslots\\\\\" was not specified, a legacy format has been used.\"}},");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new FakeWiki(p -> FakeWiki.common(p, () -> json(warned))));
      server.start();

      CliRun run =
          fetch(
              server,
              "--title",
              "Sprint/Graz 2019",
              "--to",
              "json",
              "--out",
              dir.resolve("out").toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      String api = server.url("/w/api.php").toString();
      assertThat(run.err().lines().filter(l -> l.startsWith("warning: " + api)))
          .containsExactly(
              "warning: " + api + " [query] main: Unrecognized parameter: rvslots.",
              "warning: "
                  + api
                  + " [query] revisions: Because \"rvslots\" was not specified, a legacy format has been used.");
    }
  }
}
