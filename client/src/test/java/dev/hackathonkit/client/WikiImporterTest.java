package dev.hackathonkit.client;

import static dev.hackathonkit.client.MockWiki.json;
import static dev.hackathonkit.client.MockWiki.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WikiImporterTest {

  private MockWebServer server;
  private final FakeTime time = new FakeTime();
  private final List<String> read = new ArrayList<>();

  /** A stand-in reader: the first line of the page is the event's title. */
  private final WikiImporter.PageReader reader = (text, source) -> {
    read.add(source + ":" + text);
    if (text.startsWith("TOO BIG")) {
      throw new EventFormatException(new Location(source, 1, 1), "at most 10 characters");
    }
    return new ImportResult(Event.builder().title(text.lines().findFirst().orElse("")).build(),
        ImportReport.clean(source));
  };

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String siteinfo() throws IOException {
    try (InputStream in = WikiImporterTest.class.getResourceAsStream("MediaWikiClientTest/siteinfo.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void importsAPageAndFillsItsSource() throws Exception {
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json("{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":["
        + "{\"pageid\":7,\"ns\":0,\"title\":\"Archived/Hackathon/May2013\",\"revisions\":[{\"revid\":4242,"
        + "\"timestamp\":\"2013-06-01T10:00:00Z\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\","
        + "\"content\":\"Spring Hackathon\\nmore\"}}}]}]}}"));
    server.enqueue(json(siteinfo()));
    ImportResult result;
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      result = WikiImporter.of(wiki, reader).importPage("Archived/Hackathon/May2013");
    }
    assertThat(result.event().title()).isEqualTo("Spring Hackathon");
    assertThat(result.event().source()).isEqualTo(new Source("ItWiki", "Archived/Hackathon/May2013",
        URI.create("http://127.0.0.1:18089/index.php/Archived/Hackathon/May2013"), 4242L,
        Instant.parse("2026-11-26T01:00:00Z")));
    assertThat(read).containsExactly("Archived/Hackathon/May2013:Spring Hackathon\nmore");
    server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(params(server.takeRequest(1, TimeUnit.SECONDS)))
        .containsEntry("titles", "Archived/Hackathon/May2013");
  }

  @Test
  void missingPageIsAMissingtitleError() throws Exception {
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json("{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\","
        + "\"query\":{\"pages\":[{\"ns\":0,\"title\":\"Nope\",\"missing\":true}]}}"));
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class,
          () -> WikiImporter.of(wiki, reader).importPage("Nope"));
      assertThat(e.code()).isEqualTo("missingtitle");
      assertThat(e.getMessage()).contains("Nope");
    }
    assertThat(read).isEmpty();
  }

  @Test
  void importsEveryPageUnderAPrefixKeepingReaderFailuresPerPage() throws Exception {
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"allpages\":[{\"pageid\":1,\"ns\":0,\"title\":\"H/1\"},"
        + "{\"pageid\":2,\"ns\":0,\"title\":\"H/2\"}]}}"));
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json("{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":["
        + "{\"pageid\":1,\"ns\":0,\"title\":\"H/1\",\"revisions\":[{\"revid\":11,\"timestamp\":\"2013-01-01T00:00:00Z\","
        + "\"slots\":{\"main\":{\"content\":\"First\"}}}]},"
        + "{\"pageid\":2,\"ns\":0,\"title\":\"H/2\",\"revisions\":[{\"revid\":12,\"timestamp\":\"2013-01-01T00:00:00Z\","
        + "\"slots\":{\"main\":{\"content\":\"TOO BIG\"}}}]}]}}"));
    server.enqueue(json(siteinfo()));
    List<WikiImporter.PageImport> pages;
    List<String> progress = new ArrayList<>();
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      pages = WikiImporter.of(wiki, reader).importPages("H/", (d, t) -> progress.add(d + "/" + t));
    }
    assertThat(pages).extracting(WikiImporter.PageImport::title).containsExactly("H/1", "H/2");
    assertThat(pages.get(0).result().event().source().revisionId()).isEqualTo(11L);
    assertThat(pages.get(1).result()).isNull();
    assertThat(pages.get(1).error().expected()).isEqualTo("at most 10 characters");
    assertThat(progress).containsExactly("0/2", "2/2");
  }
}
