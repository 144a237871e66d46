package dev.hackathonkit.client;

import static dev.hackathonkit.client.MockWiki.apiError;
import static dev.hackathonkit.client.MockWiki.json;
import static dev.hackathonkit.client.MockWiki.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WikiPublisherTest {

  private static final String TOKEN = "{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}";

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

  @Test
  void publishesBasedOnTheRevisionTheEventWasReadFrom() throws Exception {
    Event event = RandomEvents.event(7).toBuilder()
        .source(new Source("ItWiki", "Hackathon/2026", null, 31L, Instant.parse("2026-11-26T01:00:00Z")))
        .build();
    server.enqueue(json("{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:10:00Z\",\"query\":{\"pages\":["
        + "{\"pageid\":5,\"ns\":0,\"title\":\"Hackathon/2026\",\"revisions\":[{\"revid\":31,"
        + "\"timestamp\":\"2026-11-26T00:59:00Z\",\"slots\":{\"main\":{\"content\":\"old\"}}}]}]}}"));
    server.enqueue(json(TOKEN));
    server.enqueue(apiError("editconflict", "Edit conflict."));
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json("{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:10:00Z\",\"query\":{\"pages\":["
        + "{\"pageid\":5,\"ns\":0,\"title\":\"Hackathon/2026\",\"revisions\":[{\"revid\":33,"
        + "\"timestamp\":\"2026-11-26T01:05:00Z\",\"slots\":{\"main\":{\"content\":\"theirs\"}}}]}]}}"));
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      EditConflictException e = catchThrowableOfType(EditConflictException.class,
          () -> WikiPublisher.of(wiki).withSummary("sync").publish(event, "Hackathon/2026"));
      assertThat(e.baseRevisionId()).isEqualTo(31L);
      assertThat(e.current().content()).isEqualTo("theirs");
    }
    assertThat(next()).containsEntry("revids", "31");
    next();
    assertThat(next()).containsEntry("action", "edit").containsEntry("title", "Hackathon/2026")
        .containsEntry("baserevid", "31")
        .containsEntry("starttimestamp", "2026-11-26T01:00:00Z").containsEntry("nocreate", "1")
        .containsEntry("summary", "sync").containsEntry("text", WikitextWriter.standard().write(event));
  }

  @Test
  void createsAPageThatDoesNotExistYet() throws Exception {
    Event event = RandomEvents.event(8).toBuilder().source(null).build();
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json("{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:10:00Z\","
        + "\"query\":{\"pages\":[{\"ns\":0,\"title\":\"New Event\",\"missing\":true}]}}"));
    server.enqueue(json(TOKEN));
    server.enqueue(json("{\"edit\":{\"new\":true,\"result\":\"Success\",\"pageid\":9,\"title\":\"New Event\","
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
    assertThat(next()).containsEntry("createonly", "1").containsEntry("starttimestamp", "2026-11-26T01:10:00Z")
        .doesNotContainKey("basetimestamp");
  }
}
