package dev.hackathonkit.samples.cli;

import static dev.hackathonkit.samples.cli.FakeWiki.apiError;
import static dev.hackathonkit.samples.cli.FakeWiki.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private Path event;

  @BeforeEach
  void start() throws Exception {
    server.start();
    event = dir.resolve("summit.json");
    JsonEventCodec.standard().write(HackathonKitTest.sampleEvent(ZoneId.of("Europe/Paris")), event);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun publish(Map<String, String> env, String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[6 + extra.length];
    args[0] = "publish";
    args[1] = "--api";
    args[2] = server.url("/w/api.php").toString();
    args[3] = "--title";
    args[4] = "Summit/2026";
    System.arraycopy(extra, 0, args, 5, extra.length);
    args[args.length - 1] = event.toString();
    int code = HackathonKit.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private MockResponse wiki(Map<String, String> p, MockResponse editAnswer) {
    if ("edit".equals(p.get("action"))) {
      return editAnswer;
    }
    if ("tokens".equals(p.get("meta"))) {
      return json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}");
    }
    if (p.getOrDefault("meta", "").contains("info")) {
      return FakeWiki.common(p, () -> json("{}"));
    }
    return json(FakeWiki.page("Summit/2026", 5, "2026-11-20T10:00:00Z", pageText));
  }

  /**
   * The page on the wiki: the event as the standard layout writes it, with Ann's affiliation as it
   * was.
   */
  private String pageText = onPage();

  private static String onPage() {
    Event sample = HackathonKitTest.sampleEvent(ZoneId.of("Europe/Paris"));
    List<Attendee> attendees = new ArrayList<>(sample.attendees());
    attendees.set(0, new Attendee("Ann", "Old Corp", AttendeeStatus.CONFIRMED));
    return WikitextWriter.standard().write(sample.toBuilder().attendees(attendees).build());
  }

  @Test
  void editsThePageInPlaceBasedOnTheRevisionRead() {
    FakeWiki fake =
        new FakeWiki(
            p ->
                wiki(
                    p,
                    json(
                        "{\"edit\":{\"result\":\"Success\",\"pageid\":7,"
                            + "\"title\":\"Summit/2026\",\"contentmodel\":\"wikitext\",\"oldrevid\":5,\"newrevid\":6,"
                            + "\"newtimestamp\":\"2026-11-26T01:05:00Z\"}}")));
    server.setDispatcher(fake);

    CliRun run = publish(Map.of(Wiki.TOKEN_ENV, "s3cret-token"), "--summary", "from the CLI");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Summit/2026: saved as revision 6, 1 line(s) changed\n");
    Map<String, String> edit =
        fake.requests.stream()
            .filter(p -> "edit".equals(p.get("action")))
            .findFirst()
            .orElseThrow();
    assertThat(edit)
        .containsEntry("title", "Summit/2026")
        .containsEntry("summary", "from the CLI")
        .containsEntry("baserevid", "5")
        .containsEntry("token", "abc+\\");
    assertThat(edit.get("text"))
        .isEqualTo(pageText.replace("* Ann, Old Corp\n", "* Ann, Example Corp\n"));
    assertThat(fake.requests)
        .allSatisfy(p -> assertThat(p.values()).doesNotContain("s3cret-token"));
  }

  @Test
  void anEditConflictOverwritesNothingAndExitsWith4() {
    FakeWiki fake = new FakeWiki(p -> wiki(p, apiError("editconflict", "Edit conflict.")));
    server.setDispatcher(fake);

    CliRun run = publish(Map.of(Wiki.TOKEN_ENV, "s3cret-token"));

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_WIKI);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("Summit/2026: edit conflict: the page changed since revision 5")
                    .endsWith("; nothing was saved")
                    .doesNotContain("s3cret"));
    assertThat(fake.requests.stream().filter(p -> "edit".equals(p.get("action")))).hasSize(1);
  }

  @Test
  void aDryRunPrintsTheDiffAndSavesNothing() {
    FakeWiki fake = new FakeWiki(p -> wiki(p, json("{}")));
    server.setDispatcher(fake);

    CliRun run = publish(Map.of(), "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "--- a/Summit/2026\n+++ b/Summit/2026\n", "\n-* Ann, Old Corp\n+* Ann, Example Corp\n")
        .endsWith(
            "Summit/2026: dry run: 1 line(s) changed, 0 part(s) without a place; nothing saved\n");
    assertThat(fake.requests).noneSatisfy(p -> assertThat(p).containsEntry("action", "edit"));
  }

  @Test
  void aChangeWithoutAPlaceIsListedAndNothingIsSavedUnlessForced() {
    pageText = pageText.replace("* Ann, Old Corp\n", "* Ann, Example Corp\n");
    FakeWiki fake =
        new FakeWiki(
            p ->
                wiki(
                    p,
                    json(
                        "{\"edit\":{\"result\":\"Success\",\"pageid\":7,"
                            + "\"title\":\"Summit/2026\",\"contentmodel\":\"wikitext\",\"nochange\":true,\"oldrevid\":5,\"newrevid\":5}}")));
    server.setDispatcher(fake);
    Event sample = HackathonKitTest.sampleEvent(ZoneId.of("Europe/Paris"));
    // one day less: the page writes its dates in words of its own, which in-place editing does not
    // rewrite
    Event renamed =
        sample.toBuilder().days(sample.days().subList(0, sample.days().size() - 1)).build();
    try {
      JsonEventCodec.standard().write(renamed, event);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    CliRun run = publish(Map.of(Wiki.TOKEN_ENV, "s3cret-token"));

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(run.err())
        .startsWith("Summit/2026: not written: days[")
        .contains(
            "Summit/2026: 1 part(s) of the change have no place on the page; nothing was saved");
    assertThat(fake.requests).noneSatisfy(p -> assertThat(p).containsEntry("action", "edit"));

    CliRun forced = publish(Map.of(Wiki.TOKEN_ENV, "s3cret-token"), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).startsWith("Summit/2026: unchanged");
  }

  @Test
  void withoutCredentialsNothingIsSentAndTheExitCodeIs2() {
    FakeWiki fake = new FakeWiki(p -> wiki(p, json("{}")));
    server.setDispatcher(fake);

    CliRun run = publish(Map.of());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "publish: no credentials in the environment (HACKATHONKIT_WIKI_USER and "
                + "HACKATHONKIT_WIKI_PASSWORD, or HACKATHONKIT_WIKI_TOKEN)\n");
    assertThat(fake.requests).isEmpty();
  }

  @Test
  void credentialsCanComeFromAFile() throws Exception {
    FakeWiki fake =
        new FakeWiki(
            p ->
                wiki(
                    p,
                    json(
                        "{\"edit\":{\"result\":\"Success\",\"pageid\":7,"
                            + "\"title\":\"Summit/2026\",\"contentmodel\":\"wikitext\",\"nochange\":true,\"oldrevid\":5,\"newrevid\":5}}")));
    server.setDispatcher(fake);
    Path credentials = Files.writeString(dir.resolve("wiki.properties"), "token=file-token\n");

    CliRun run = publish(Map.of(), "--credentials", credentials.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Summit/2026: unchanged");
  }
}
