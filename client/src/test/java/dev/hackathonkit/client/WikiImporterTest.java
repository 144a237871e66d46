package dev.hackathonkit.client;

import static dev.hackathonkit.client.MockWiki.json;
import static dev.hackathonkit.client.MockWiki.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.wikitext.WikitextReader;
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

  /** The standard reader, with a size limit small enough for a test page to break it. */
  private static final WikitextReader READER =
      WikitextReader.standard().withLimits(ReadLimits.DEFAULT.withMaxInputChars(200));

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

  private static String siteinfo() throws IOException {
    try (InputStream in =
        WikiImporterTest.class.getResourceAsStream("MediaWikiClientTest/siteinfo.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void importsAPageAndFillsItsSource() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":["
                + "{\"pageid\":7,\"ns\":0,\"title\":\"Archived/Hackathon/May2013\",\"revisions\":[{\"revid\":4242,"
                + "\"timestamp\":\"2013-06-01T10:00:00Z\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\","
                + "\"content\":\"== Topics ==\\n{{project\\n|Project=Spring cleaning\\n}}\"}}}]}]}}"));
    server.enqueue(json(siteinfo()));
    ImportResult result;
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      result = WikiImporter.of(wiki).withReader(READER).importPage("Archived/Hackathon/May2013");
    }
    assertThat(result.event().title()).isEqualTo("Archived/Hackathon/May2013");
    assertThat(result.event().topics())
        .extracting(t -> t.title())
        .containsExactly("Spring cleaning");
    assertThat(result.event().source())
        .isEqualTo(
            new Source(
                "ItWiki",
                "Archived/Hackathon/May2013",
                URI.create("http://127.0.0.1:18089/index.php/Archived/Hackathon/May2013"),
                4242L,
                Instant.parse("2026-11-26T01:00:00Z")));
    server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(params(server.takeRequest(1, TimeUnit.SECONDS)))
        .containsEntry("titles", "Archived/Hackathon/May2013");
  }

  @Test
  void aMissingPageIsThePagesResultNotAnApiError() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\","
                + "\"query\":{\"pages\":[{\"ns\":0,\"title\":\"Nope\",\"missing\":true}]}}"));
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      PageUnavailableException e =
          catchThrowableOfType(
              PageUnavailableException.class,
              () -> WikiImporter.of(wiki).withReader(READER).importPage("Nope"));
      assertThat(e.result())
          .isInstanceOfSatisfying(
              PageResult.Missing.class, m -> assertThat(m.requestedTitle()).isEqualTo("Nope"));
      assertThat(e.getMessage()).endsWith(": no page 'Nope'");
    }
  }

  @Test
  void importsEveryPageUnderAPrefixKeepingReaderFailuresPerPage() throws Exception {
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"query\":{\"allpages\":[{\"pageid\":1,\"ns\":0,\"title\":\"H/1\"},"
                + "{\"pageid\":2,\"ns\":0,\"title\":\"H/2\"}]}}"));
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":["
                + "{\"pageid\":1,\"ns\":0,\"title\":\"H/1\",\"revisions\":[{\"revid\":11,\"timestamp\":\"2013-01-01T00:00:00Z\","
                + "\"slots\":{\"main\":{\"content\":\"First\"}}}]},"
                + "{\"pageid\":2,\"ns\":0,\"title\":\"H/2\",\"revisions\":[{\"revid\":12,\"timestamp\":\"2013-01-01T00:00:00Z\","
                + "\"slots\":{\"main\":{\"content\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}}}]}]}}"));
    server.enqueue(json(siteinfo()));
    List<WikiImporter.PageImport> pages;
    List<String> progress = new ArrayList<>();
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      pages =
          WikiImporter.of(wiki)
              .withReader(READER)
              .importPages("H/", (d, t) -> progress.add(d + "/" + t));
    }
    assertThat(pages).extracting(WikiImporter.PageImport::title).containsExactly("H/1", "H/2");
    assertThat(pages.get(0).result().event().source().revisionId()).isEqualTo(11L);
    assertThat(pages.get(1).result()).isNull();
    assertThat(pages.get(1).error().code())
        .isEqualTo(dev.hackathonkit.io.wikitext.MarkupProblem.W201_TOO_LARGE);
    assertThat(pages.get(1).error().location().source()).isEqualTo("H/2");
    assertThat(progress).containsExactly("0/2", "2/2");
  }

  @Test
  void aPageSentWithoutItsTextIsAnErrorNotAnEmptyEvent() throws Exception {
    String hidden =
        "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":["
            + "{\"pageid\":5,\"ns\":0,\"title\":\"H/5\",\"revisions\":[{\"revid\":55,\"timestamp\":\"2013-01-01T00:00:00Z\","
            + "\"slots\":{\"main\":{\"contentmodel\":\"wikitext\",\"textmissing\":true}}}]}]}}";
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"query\":{\"allpages\":[{\"pageid\":5,\"ns\":0,\"title\":\"H/5\"}]}}"));
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"rights\":[\"read\"]}}}"));
    server.enqueue(json(hidden));
    server.enqueue(json(hidden));
    List<WikiImporter.PageImport> pages;
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      pages = WikiImporter.of(wiki).withReader(READER).importPages("H/", (d, t) -> {});
      PageUnavailableException e =
          catchThrowableOfType(
              PageUnavailableException.class,
              () -> WikiImporter.of(wiki).withReader(READER).importPage("H/5"));
      assertThat(e.result())
          .isInstanceOfSatisfying(
              PageResult.TextUnavailable.class,
              t -> assertThat(t.reason()).isEqualTo(MissingText.MISSING));
      assertThat(e.getMessage()).contains("revision 55 of H/5");
    }
    assertThat(pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.result()).isNull();
              assertThat(p.error().code())
                  .isEqualTo(dev.hackathonkit.io.ReadError.E104_NO_PAGE_TEXT);
              assertThat(p.error().location()).hasToString("H/5");
              assertThat(p.error().getMessage())
                  .as("says why, in the wiki's terms")
                  .contains("text missing on the wiki");
            });
  }
}
