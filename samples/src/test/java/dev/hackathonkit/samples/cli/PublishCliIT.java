package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hackathonkit.client.EditRequest;
import dev.hackathonkit.client.MediaWikiClient;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real MediaWiki (started by Maven with the client module's
 * mediawiki-up.sh): two pages of different layouts are saved, fetched to JSON, changed (one
 * attendee added, one topic's skills changed) and published; the raw page must then be the original
 * with exactly those lines changed, and publishing the same event again must make no new revision.
 */
class PublishCliIT {
  private static final String UA =
      "HackathonKitIT/0.1 (https://github.com/hackathon-kit/hackathon-kit; it@example.org)";

  @TempDir Path dir;

  private static Properties peer() throws IOException {
    String file = System.getProperty("mediawiki.env");
    if (file == null || !Files.isReadable(Path.of(file))) {
      return fail(
          "no MediaWiki: mediawiki.env " + file + " is missing; run the ITs with mvn verify");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PublishCliIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CliRun cli(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HackathonKit.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private static String raw(Properties peer, String title) throws Exception {
    URI uri =
        URI.create(
            peer.getProperty("MW_INDEX_URL")
                + "?action=raw&title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).header("User-Agent", UA).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void publishEditsTheXenPageInPlace() throws Exception {
    String markup = resource("/dev/hackathonkit/samples/bench/xen-hackathon-may2013.wiki");
    List<String> changed = roundTrip("Cli/Xen May2013", markup, 1);
    // the skills argument rewritten where it stands, the attendee after the last confirmed one
    assertThat(changed)
        .containsExactly(
            "-|Skills={{N/A}}", "+|Skills=C, Rust and patience", "+* Ana Lima, Example Corp");
  }

  @Test
  void publishEditsAPageOfAnotherLayoutInPlace() throws Exception {
    String markup = resource("community-hackathon-2019.wiki");
    List<String> changed = roundTrip("Cli/Community Hackathon 2019", markup, 0);
    // the table cell rewritten, the numbered entry copied in the form of one with an affiliation
    assertThat(changed)
        .containsExactly(
            "-| Offline mode for the mobile app || [[User:Marta|Marta Nowak]] || Kotlin, SQLite || Cache the last 50 articles so the app works on the train.",
            "+| Offline mode for the mobile app || [[User:Marta|Marta Nowak]] || C, Rust and patience || Cache the last 50 articles so the app works on the train.",
            "+# Ana Lima (Example Corp)");
  }

  /**
   * Saves the page, fetches it to JSON, adds an attendee after the last confirmed one and changes
   * the skills of topic {@code topic}, publishes, and returns the lines the raw page lost and
   * gained.
   */
  private List<String> roundTrip(String title, String markup, int topic) throws Exception {
    Properties peer = peer();
    String api = peer.getProperty("MW_API_URL");
    try (MediaWikiClient bot =
        MediaWikiClient.builder(URI.create(api))
            .userAgent(UA)
            .botPassword(peer.getProperty("MW_BOT_USER"), peer.getProperty("MW_BOT_PASS"))
            .build()) {
      bot.edit(EditRequest.builder(title, markup).summary("the original page").build());
    }
    String original = raw(peer, title);

    CliRun fetched =
        cli(
            Map.of(),
            "fetch",
            "--api",
            api,
            "--title",
            title,
            "--to",
            "json",
            "--out",
            dir.toString());
    assertThat(fetched.exitCode()).as(fetched.err()).isZero();
    Path json;
    try (Stream<Path> files = Files.list(dir)) {
      json = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    Event event = JsonEventCodec.standard().read(json).event();
    List<Attendee> attendees = new ArrayList<>(event.attendees());
    int last = 0;
    for (int i = 0; i < attendees.size(); i++) {
      if (attendees.get(i).status() == AttendeeStatus.CONFIRMED) {
        last = i + 1;
      }
    }
    attendees.add(last, new Attendee("Ana Lima", "Example Corp", AttendeeStatus.CONFIRMED));
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.set(topic, topics.get(topic).toBuilder().skills("C, Rust and patience").build());
    Path mine = dir.resolve("mine.json");
    JsonEventCodec.standard()
        .write(event.toBuilder().attendees(attendees).topics(topics).build(), mine);

    Map<String, String> credentials =
        Map.of(
            Wiki.USER_ENV,
            peer.getProperty("MW_BOT_USER"),
            Wiki.PASSWORD_ENV,
            peer.getProperty("MW_BOT_PASS"));
    CliRun dry =
        cli(credentials, "publish", "--api", api, "--title", title, "--dry-run", mine.toString());
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(dry.out())
        .contains("+++ b/" + title)
        .endsWith("dry run: 2 line(s) changed, 0 part(s) without a place; nothing saved\n");
    assertThat(raw(peer, title)).as("a dry run saves nothing").isEqualTo(original);

    CliRun published = cli(credentials, "publish", "--api", api, "--title", title, mine.toString());
    assertThat(published.exitCode()).as(published.err()).isZero();
    assertThat(published.out())
        .matches(
            java.util.regex.Pattern.quote(title)
                + ": saved as revision \\d+, 2 line\\(s\\) changed\n");

    // the same event again: MediaWiki reports no change and makes no revision
    CliRun again = cli(credentials, "publish", "--api", api, "--title", title, mine.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).startsWith(title + ": unchanged");

    String now = raw(peer, title);
    List<String> lines = new ArrayList<>();
    for (var delta :
        com.github.difflib.DiffUtils.diff(
                List.of(original.split("\n", -1)), List.of(now.split("\n", -1)))
            .getDeltas()) {
      delta.getSource().getLines().forEach(l -> lines.add("-" + l));
      delta.getTarget().getLines().forEach(l -> lines.add("+" + l));
    }
    return lines;
  }
}
