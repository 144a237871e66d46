package dev.hackathonkit.client;

import static dev.hackathonkit.client.MockWiki.json;
import static dev.hackathonkit.client.MockWiki.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WikiPublisherTest {

  private static final String TOKEN =
      "{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}";

  private MockWebServer server;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, String> next() throws InterruptedException {
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return params(r);
  }

  private static String siteinfo() throws IOException {
    try (java.io.InputStream in =
        WikiPublisherTest.class.getResourceAsStream("MediaWikiClientTest/siteinfo.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static String revision(long revid, String timestamp, String content) {
    return "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:10:00Z\",\"query\":{\"pages\":["
        + "{\"pageid\":5,\"ns\":0,\"title\":\"Hackathon/2026\",\"revisions\":[{\"revid\":"
        + revid
        + ","
        + "\"timestamp\":\""
        + timestamp
        + "\",\"slots\":{\"main\":{\"content\":"
        + com.fasterxml.jackson.databind.json.JsonMapper.builder().build().valueToTree(content)
        + "}}}]}]}}";
  }

  private static final String PAGE =
      "== Topics ==\n{{project\n|Project=Storage cleanup\n|Skills=C\n}}\n\n"
          + "=== Confirmed Attendees ===\n* Ines Moreau, Example Labs\n* Tomas Berg, Nordic Cloud\n";

  @Test
  void carriesTheChangeIntoThePageAsItIsNowAndBasesTheEditOnThatRevision() throws Exception {
    dev.hackathonkit.io.page.PageProfile xen = dev.hackathonkit.io.page.PageProfile.xenProject();
    Event read =
        dev.hackathonkit.io.wikitext.WikitextReader.standard()
            .withProfile(xen)
            .withSource(Source.page("ItWiki", "Hackathon/2026"))
            .read(PAGE)
            .event()
            .toBuilder()
            .source(
                new Source(
                    "ItWiki", "Hackathon/2026", null, 31L, Instant.parse("2026-11-26T01:00:00Z")))
            .build();
    List<dev.hackathonkit.model.Attendee> attendees = new java.util.ArrayList<>(read.attendees());
    attendees.add(
        new dev.hackathonkit.model.Attendee(
            "Ana Lima", "Example Corp", dev.hackathonkit.model.AttendeeStatus.CONFIRMED));
    Event changed = read.toBuilder().attendees(attendees).build();
    // someone else added a line since revision 31
    String theirs = "Bring a laptop.\n" + PAGE;
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json(revision(33, "2026-11-26T01:05:00Z", theirs)));
    server.enqueue(json(revision(31, "2026-11-26T00:59:00Z", PAGE)));
    server.enqueue(json(siteinfo()));
    server.enqueue(json(TOKEN));
    server.enqueue(
        json(
            "{\"edit\":{\"result\":\"Success\",\"pageid\":5,\"title\":\"Hackathon/2026\","
                + "\"oldrevid\":33,\"newrevid\":34,\"newtimestamp\":\"2026-11-26T01:11:00Z\"}}"));
    EditResult saved;
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      saved =
          WikiPublisher.of(wiki)
              .withProfile(xen)
              .withSummary("sync")
              .publish(changed, "Hackathon/2026");
    }
    assertThat(saved.newRevisionId()).isEqualTo(34);
    next();
    assertThat(next()).containsEntry("titles", "Hackathon/2026");
    assertThat(next()).containsEntry("revids", "31");
    next();
    next();
    assertThat(next())
        .containsEntry("action", "edit")
        .containsEntry("baserevid", "33")
        .containsEntry("nocreate", "1")
        .containsEntry("summary", "sync")
        .containsEntry(
            "text",
            theirs.replace(
                "* Tomas Berg, Nordic Cloud\n",
                "* Tomas Berg, Nordic Cloud\n* Ana Lima, Example Corp\n"));
  }

  @Test
  void refusesAChangeWithoutAPlaceAndSavesNothing() throws Exception {
    dev.hackathonkit.io.page.PageProfile xen = dev.hackathonkit.io.page.PageProfile.xenProject();
    Event read =
        dev.hackathonkit.io.wikitext.WikitextReader.standard()
            .withProfile(xen)
            .withSource(Source.page("ItWiki", "Hackathon/2026"))
            .read(PAGE)
            .event();
    Event changed = read.toBuilder().title("Another title").build();
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json(revision(33, "2026-11-26T01:05:00Z", PAGE)));
    server.enqueue(json(siteinfo()));
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      UnplacedChangesException e =
          catchThrowableOfType(
              UnplacedChangesException.class,
              () -> WikiPublisher.of(wiki).withProfile(xen).publish(changed, "Hackathon/2026"));
      assertThat(e.unplaced()).extracting(u -> u.path()).containsExactly("title");
      assertThat(e.pageChanged()).isFalse();
    }
    next();
    next();
    next();
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).as("no edit sent").isNull();
  }

  @Test
  void createsAPageThatDoesNotExistYet() throws Exception {
    Event event = RandomEvents.event(8).toBuilder().source(null).build();
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:10:00Z\","
                + "\"query\":{\"pages\":[{\"ns\":0,\"title\":\"New Event\",\"missing\":true}]}}"));
    server.enqueue(json(TOKEN));
    server.enqueue(
        json(
            "{\"edit\":{\"new\":true,\"result\":\"Success\",\"pageid\":9,\"title\":\"New Event\","
                + "\"oldrevid\":0,\"newrevid\":40,\"newtimestamp\":\"2026-11-26T01:11:00Z\"}}"));
    EditResult saved;
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      saved = WikiPublisher.of(wiki).publish(event, "New Event");
    }
    assertThat(saved.created()).isTrue();
    assertThat(saved.newRevisionId()).isEqualTo(40);
    next();
    next();
    next();
    assertThat(next())
        .containsEntry("createonly", "1")
        .containsEntry("starttimestamp", "2026-11-26T01:10:00Z")
        .doesNotContainKey("basetimestamp");
  }
}
