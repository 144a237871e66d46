package dev.hackathonkit.client;

import static dev.hackathonkit.client.MockWiki.USER_AGENT;
import static dev.hackathonkit.client.MockWiki.apiError;
import static dev.hackathonkit.client.MockWiki.json;
import static dev.hackathonkit.client.MockWiki.params;
import static dev.hackathonkit.client.MockWiki.urlQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaWikiClientTest {

  private static final String OK_SITEINFO = resource("siteinfo.json");
  private static final String BOT_PASS = "0123456789abcdefghijklmnopqrstuvw";

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

  private MediaWikiClient client() {
    return MockWiki.client(server, time).build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /**
   * Every request: our User-Agent, JSON, maxlag 5, no secret in the URL; format version 2, except
   * site info, asked in version 1 (no parameter), which every MediaWiki understands.
   */
  private Map<String, String> takeApiRequest() throws InterruptedException {
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
    Map<String, String> p = params(r);
    assertThat(p).containsEntry("format", "json").containsEntry("maxlag", "5");
    if (p.getOrDefault("meta", "").contains("siteinfo")) {
      assertThat(p).doesNotContainKey("formatversion");
    } else {
      assertThat(p).containsEntry("formatversion", "2");
    }
    assertThat(urlQuery(r)).doesNotContain("token=", "lgpassword", BOT_PASS);
    return p;
  }

  private static String resource(String name) {
    try (InputStream in =
        MediaWikiClientTest.class.getResourceAsStream("MediaWikiClientTest/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("test resource " + name, e);
    }
  }

  private static String userinfo(boolean high) {
    return "{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"id\":1,\"name\":\"Admin\",\"rights\":[\"read\",\"edit\""
        + (high ? ",\"apihighlimits\"" : "")
        + "]}}}";
  }

  private static String page(int id, String title, long revid, String ts, String text) {
    return "{\"pageid\":"
        + id
        + ",\"ns\":0,\"title\":\""
        + title
        + "\",\"revisions\":[{\"revid\":"
        + revid
        + ",\"parentid\":0,\"timestamp\":\""
        + ts
        + "\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\","
        + "\"contentformat\":\"text/x-wiki\",\"content\":\""
        + text
        + "\"}}}]}";
  }

  private static String pages(String... pages) {
    return "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":["
        + String.join(",", pages)
        + "]}}";
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Test
  void readsSiteInfoWithUserAgentMaxlagAndJsonFormat() throws Exception {
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki = client()) {
      SiteInfo info = wiki.siteInfo();
      assertThat(info.siteName()).isEqualTo("ItWiki");
      assertThat(info.generator()).isEqualTo("MediaWiki 1.39.17");
      assertThat(info.pageUrl("Archived/Hackathon/May 2013").toString())
          .isEqualTo("http://127.0.0.1:18089/index.php/Archived/Hackathon/May_2013");
    }
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
    assertThat(r.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    assertThat(params(r))
        .containsEntry("action", "query")
        .containsEntry("meta", "siteinfo")
        .containsEntry("maxlag", "5")
        .containsEntry("format", "json")
        .doesNotContainKey("formatversion");
  }

  @Test
  void handsApiWarningsToTheListenerInBothFormats() throws Exception {
    String withWarnings =
        OK_SITEINFO.replaceFirst(
            "\\{",
            "{\"warnings\":{\"main\":{\"warnings\":\"Unrecognized parameter: foo.\"},"
                + "\"siteinfo\":{\"warnings\":\"first\\\\nsecond\"}},");
    String arrayForm =
        OK_SITEINFO.replaceFirst(
            "\\{",
            "{\"warnings\":[{\"code\":\"deprecation\",\"module\":\"query+siteinfo\",\"text\":\"old\"}],");
    server.enqueue(json(withWarnings));
    server.enqueue(json(arrayForm));
    java.util.List<ApiWarning> heard = new java.util.ArrayList<>();
    try (MediaWikiClient wiki = MockWiki.client(server, time).onWarning(heard::add).build()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(heard)
        .extracting(ApiWarning::action, ApiWarning::module, ApiWarning::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("query", "main", "Unrecognized parameter: foo."),
            org.assertj.core.groups.Tuple.tuple("query", "siteinfo", "first"),
            org.assertj.core.groups.Tuple.tuple("query", "siteinfo", "second"),
            org.assertj.core.groups.Tuple.tuple("query", "query+siteinfo", "old"));
    assertThat(heard.get(0).wiki()).startsWith("http://").doesNotContain("?");
  }

  @Test
  void decodesGzippedAnswer() throws Exception {
    Buffer gz = new Buffer();
    try (var sink = Okio.buffer(new GzipSink(gz))) {
      sink.writeUtf8(OK_SITEINFO);
    }
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .setHeader("Content-Encoding", "gzip")
            .body(gz)
            .build());
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(take().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
  }

  /**
   * Fuzz finding (ApiAnswerFuzzTest): a revision timestamp that is not ISO 8601 let Instant.parse's
   * DateTimeParseException escape the client; it is an IOException that quotes the answer.
   */
  @Test
  void aTimestampThatIsNotIso8601IsAnIoErrorQuotingTheAnswer() throws Exception {
    server.enqueue(json(userinfo(false)));
    server.enqueue(json(resource("revision-timestamp-not-iso.json")));
    try (MediaWikiClient wiki = client()) {
      assertThatThrownBy(() -> wiki.pages(List.of("Sprint"), ProgressListener.none()))
          .isExactlyInstanceOf(java.io.IOException.class)
          .hasMessageContaining("timestamp '2 May 2031, 09:00'")
          .hasMessageContaining("ISO 8601");
    }
  }

  @Test
  void reportsMissingInvalidSpecialNormalisedAndRedirectedTitlesOfOneBatch() throws Exception {
    server.enqueue(json(userinfo(false)));
    server.enqueue(json(resource("query-mixed-batch.json")));
    List<String> asked =
        List.of("Ideas", "project_ideas", "Does not exist", "Special:Export", "Foo[bar]");
    List<PageResult> results;
    try (MediaWikiClient wiki = client()) {
      results = wiki.pages(asked, ProgressListener.none());
    }
    assertThat(results).extracting(PageResult::requestedTitle).containsExactlyElementsOf(asked);
    PageResult.Found found = (PageResult.Found) results.get(0);
    assertThat(found.changes())
        .containsExactly(new TitleChange("Ideas", "Project Ideas", TitleChange.Kind.REDIRECT));
    assertThat(found.page().title()).isEqualTo("Project Ideas");
    assertThat(found.page().revisionId()).isEqualTo(3);
    assertThat(found.page().timestamp()).isEqualTo(Instant.parse("2026-11-26T00:53:56Z"));
    assertThat(found.page().retrievedAt()).isEqualTo(Instant.parse("2026-11-26T01:00:00Z"));
    assertThat(found.page().content()).startsWith("== Ideas ==\n{{Project");
    PageResult.Missing normalised = (PageResult.Missing) results.get(1);
    assertThat(normalised.title()).isEqualTo("Project ideas");
    assertThat(normalised.changes())
        .containsExactly(
            new TitleChange("project_ideas", "Project ideas", TitleChange.Kind.NORMALIZED));
    assertThat(results.get(2)).isInstanceOf(PageResult.Missing.class);
    assertThat(((PageResult.Invalid) results.get(3)).reason()).isEqualTo("special page");
    assertThat(((PageResult.Invalid) results.get(4)).reason()).contains("invalid characters");

    assertThat(takeApiRequest()).containsEntry("meta", "userinfo|siteinfo");
    Map<String, String> p = takeApiRequest();
    assertThat(p)
        .containsEntry("prop", "revisions")
        .containsEntry("rvslots", "main")
        .containsEntry("redirects", "1")
        .containsEntry("curtimestamp", "1")
        .containsEntry("titles", String.join("|", asked));
    assertThat(p.get("rvprop")).contains("ids", "timestamp", "content");
  }

  @Test
  void batchesFiftyTitlesPerRequestWithoutHighLimitsAndReportsProgress() throws Exception {
    List<String> titles = IntStream.range(0, 120).mapToObj(i -> "Gen/" + i).toList();
    server.enqueue(json(userinfo(false)));
    for (int from = 0; from < 120; from += 50) {
      List<String> batch = titles.subList(from, Math.min(120, from + 50));
      server.enqueue(
          json(
              pages(
                  batch.stream()
                      .map(
                          t ->
                              page(
                                  t.hashCode() & 0xffff,
                                  t,
                                  7,
                                  "2026-11-26T00:00:00Z",
                                  "text of " + t))
                      .toArray(String[]::new))));
    }
    List<String> progress = new ArrayList<>();
    List<PageResult> results;
    try (MediaWikiClient wiki = client()) {
      results = wiki.pages(titles, (done, total) -> progress.add(done + "/" + total));
    }
    assertThat(results).hasSize(120).allMatch(r -> r instanceof PageResult.Found);
    assertThat(((PageResult.Found) results.get(119)).page().content()).isEqualTo("text of Gen/119");
    assertThat(progress).containsExactly("50/120", "100/120", "120/120");
    assertThat(server.getRequestCount()).isEqualTo(4);
    takeApiRequest();
    assertThat(takeApiRequest().get("titles").split("\\|")).hasSize(50);
    assertThat(takeApiRequest().get("titles").split("\\|")).hasSize(50);
    assertThat(takeApiRequest().get("titles").split("\\|")).hasSize(20);
  }

  @Test
  void sendsFiveHundredTitlesInOnePostWithHighLimits() throws Exception {
    List<String> titles = IntStream.range(0, 500).mapToObj(i -> "Bulk/Page " + i).toList();
    server.enqueue(json(userinfo(true)));
    server.enqueue(
        json(
            pages(
                titles.stream()
                    .map(t -> page(1, t, 9, "2026-11-26T00:00:00Z", "x"))
                    .toArray(String[]::new))));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.pages(titles, ProgressListener.none()))
          .hasSize(500)
          .allMatch(r -> r instanceof PageResult.Found);
    }
    take();
    RecordedRequest r = take();
    assertThat(r.getMethod()).as("too long for a URL").isEqualTo("POST");
    assertThat(params(r).get("titles").split("\\|")).hasSize(500);
  }

  @Test
  void mergesRevisionContinuationWithinOneBatch() throws Exception {
    server.enqueue(json(userinfo(false)));
    server.enqueue(
        json(
            "{\"continue\":{\"rvcontinue\":\"5|77\",\"continue\":\"||\"},\"curtimestamp\":\"2026-11-26T01:00:00Z\","
                + "\"query\":{\"pages\":["
                + page(1, "A", 11, "2026-11-26T00:00:00Z", "a")
                + ",{\"pageid\":2,\"ns\":0,\"title\":\"B\"}]}}"));
    server.enqueue(
        json(
            pages(
                "{\"pageid\":1,\"ns\":0,\"title\":\"A\"}",
                page(2, "B", 12, "2026-11-26T00:00:00Z", "b"))));
    List<PageResult> results;
    try (MediaWikiClient wiki = client()) {
      results = wiki.pages(List.of("A", "B"), ProgressListener.none());
    }
    assertThat(results)
        .extracting(r -> ((PageResult.Found) r).page().content())
        .containsExactly("a", "b");
    take();
    take();
    assertThat(params(take())).containsEntry("rvcontinue", "5|77").containsEntry("titles", "A|B");
  }

  @Test
  void followsContinuationOverThreeBatchesLazily() throws Exception {
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"continue\":{\"apcontinue\":\"Gen/2\",\"continue\":\"-||\"},"
                + "\"query\":{\"allpages\":[{\"pageid\":1,\"ns\":0,\"title\":\"Gen/0\"},{\"pageid\":2,\"ns\":0,\"title\":\"Gen/1\"}]}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"continue\":{\"apcontinue\":\"Gen/4\",\"continue\":\"-||\"},"
                + "\"query\":{\"allpages\":[{\"pageid\":3,\"ns\":0,\"title\":\"Gen/2\"},{\"pageid\":4,\"ns\":0,\"title\":\"Gen/3\"}]}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,"
                + "\"query\":{\"allpages\":[{\"pageid\":5,\"ns\":0,\"title\":\"Gen/4\"}]}}"));
    try (MediaWikiClient wiki = client()) {
      var it = wiki.allPages("Gen/", 0).iterator();
      assertThat(it.next().title()).isEqualTo("Gen/0");
      assertThat(server.getRequestCount()).as("lazy: one page of results so far").isEqualTo(1);
      List<String> rest = new ArrayList<>();
      it.forEachRemaining(ref -> rest.add(ref.title()));
      assertThat(rest).containsExactly("Gen/1", "Gen/2", "Gen/3", "Gen/4");
    }
    Map<String, String> first = takeApiRequest();
    assertThat(first)
        .containsEntry("list", "allpages")
        .containsEntry("apprefix", "Gen/")
        .containsEntry("aplimit", "max")
        .doesNotContainKey("apcontinue");
    assertThat(takeApiRequest())
        .containsEntry("apcontinue", "Gen/2")
        .containsEntry("continue", "-||");
    assertThat(takeApiRequest()).containsEntry("apcontinue", "Gen/4");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void listsCategoryMembers() throws Exception {
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"query\":{\"categorymembers\":[{\"pageid\":7,\"ns\":0,\"title\":\"Hackathon 2013\"}]}}"));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.categoryMembers("Hackathons").toList())
          .containsExactly(new PageRef(7, 0, "Hackathon 2013"));
    }
    assertThat(takeApiRequest())
        .containsEntry("list", "categorymembers")
        .containsEntry("cmtitle", "Category:Hackathons")
        .containsEntry("cmlimit", "max");
  }

  @Test
  void listingFailureSurfacesAsUncheckedApiException() throws Exception {
    server.enqueue(apiError("badvalue", "Unrecognized value for parameter \"apnamespace\"."));
    try (MediaWikiClient wiki = client()) {
      assertThatThrownBy(() -> wiki.allPages("X", 999).toList())
          .isInstanceOf(UncheckedIOException.class)
          .cause()
          .isInstanceOf(MediaWikiApiException.class)
          .hasMessageContaining("badvalue");
    }
  }

  @Test
  void readsPageAsItWasAtADateAndByRevisionId() throws Exception {
    server.enqueue(json(userinfo(false)));
    server.enqueue(json(pages(page(3, "Project Ideas", 2, "2020-01-01T00:00:00Z", "old text"))));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\","
                + "\"query\":{\"badrevids\":{\"999\":{\"revid\":999,\"missing\":true}}}}"));
    try (MediaWikiClient wiki = client()) {
      PageResult old = wiki.pageAt("Project Ideas", Instant.parse("2021-06-01T00:00:00Z"));
      assertThat(((PageResult.Found) old).page().content()).isEqualTo("old text");
      assertThat(wiki.revision(999)).isEqualTo(Optional.empty());
    }
    assertThat(takeApiRequest()).containsEntry("meta", "userinfo|siteinfo");
    Map<String, String> at = takeApiRequest();
    assertThat(at)
        .containsEntry("rvstart", "2021-06-01T00:00:00Z")
        .containsEntry("rvdir", "older")
        .containsEntry("rvlimit", "1")
        .containsEntry("titles", "Project Ideas");
    assertThat(takeApiRequest()).containsEntry("revids", "999");
  }

  @Test
  void asksAWikiOf127WithoutSlotsAndReadsTheTextOnTheRevision() throws Exception {
    server.enqueue(json(resource("wiki-1.27-userinfo-siteinfo.json")));
    server.enqueue(json(resource("wiki-1.27-revisions.json")));
    List<ApiWarning> heard = new ArrayList<>();
    List<PageResult> results;
    try (MediaWikiClient wiki = MockWiki.client(server, time).onWarning(heard::add).build()) {
      results =
          wiki.pages(
              List.of(
                  "meetup/Tallinn 2016",
                  "Meetup/Vilnius 2015",
                  "Meetup/Minsk 2014",
                  "Meetup/Kaunas 2013"),
              ProgressListener.none());
    }
    WikiPage tallinn = ((PageResult.Found) results.get(0)).page();
    assertThat(tallinn.title()).isEqualTo("Meetup/Tallinn 2016");
    assertThat(tallinn.revisionId()).isEqualTo(912);
    assertThat(tallinn.content())
        .startsWith("== When and Where ==\nThe meetup is on 3-4 September 2016");
    assertThat(tallinn.contentModel()).isEqualTo("wikitext");
    PageResult.TextUnavailable vilnius = (PageResult.TextUnavailable) results.get(1);
    assertThat(vilnius.reason()).isEqualTo(MissingText.HIDDEN);
    assertThat(vilnius.revisionId()).isEqualTo(640);
    assertThat(vilnius.describe())
        .isEqualTo(
            "text hidden on the wiki (revision deletion), revision 640 of Meetup/Vilnius 2015");
    assertThat(((PageResult.TextUnavailable) results.get(2)).reason())
        .isEqualTo(MissingText.MISSING);
    assertThat(results.get(3)).isInstanceOf(PageResult.Missing.class);
    assertThat(heard).isEmpty();

    Map<String, String> probe = takeApiRequest();
    assertThat(probe).containsEntry("meta", "userinfo|siteinfo").containsEntry("siprop", "general");
    Map<String, String> revisions = takeApiRequest();
    assertThat(revisions)
        .containsEntry("prop", "revisions")
        .containsEntry("formatversion", "2")
        .doesNotContainKey("rvslots");
    assertThat(revisions.get("rvprop")).contains("content");
  }

  @Test
  void asksAWikiOlderThan125InTheFirstFormatVersionAndReadsItsAnswers() throws Exception {
    server.enqueue(json(resource("wiki-1.23-userinfo-siteinfo.json")));
    server.enqueue(json(resource("wiki-1.23-revisions.json")));
    server.enqueue(json(resource("wiki-1.23-userinfo-siteinfo.json")));
    List<PageResult> results;
    SiteInfo site;
    try (MediaWikiClient wiki = client()) {
      results =
          wiki.pages(
              List.of("Hackday_Leeds_2012", "Hackday Hull 2012", "Hackday York 2011"),
              ProgressListener.none());
      site = wiki.siteInfo();
    }
    PageResult.Found leeds = (PageResult.Found) results.get(0);
    assertThat(leeds.changes())
        .containsExactly(
            new TitleChange(
                "Hackday_Leeds_2012", "Hackday Leeds 2012", TitleChange.Kind.NORMALIZED));
    assertThat(leeds.page().content()).contains("|Project=Allotment waiting list");
    assertThat(leeds.page().pageId()).isEqualTo(17);
    assertThat(leeds.page().retrievedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:02Z"));
    assertThat(((PageResult.TextUnavailable) results.get(1)).reason())
        .isEqualTo(MissingText.HIDDEN);
    assertThat(results.get(2)).isInstanceOf(PageResult.Missing.class);
    assertThat(site.generator()).isEqualTo("MediaWiki 1.23.17");
    assertThat(site.readOnly()).as("readonly is present as \"\" in format version 1").isTrue();

    take();
    RecordedRequest r = take();
    Map<String, String> revisions = params(r);
    assertThat(revisions)
        .containsEntry("format", "json")
        .doesNotContainKey("formatversion")
        .doesNotContainKey("rvslots")
        .containsEntry("continue", "");
    assertThat(urlQuery(r)).contains("continue=");
  }

  @Test
  void saysWhyAWikiSentPagesWithoutTheirText() throws Exception {
    server.enqueue(json(userinfo(false)));
    server.enqueue(json(resource("wiki-1.39-texts-not-sent.json")));
    List<String> titles =
        List.of(
            "Sprint/Graz 2019",
            "Sprint/Linz 2018",
            "Sprint/Wels 2017",
            "Sprint/Steyr 2016",
            "Sprint/Krems 2015");
    List<PageResult> results;
    try (MediaWikiClient wiki = client()) {
      results = wiki.pages(titles, ProgressListener.none());
    }
    assertThat(results.subList(0, 3))
        .extracting(r -> ((PageResult.TextUnavailable) r).reason())
        .containsExactly(MissingText.HIDDEN, MissingText.MISSING, MissingText.DELETED);
    assertThat(((PageResult.Found) results.get(3)).page().content())
        .as("a user allowed to see hidden text is sent the flag and the text")
        .isEqualTo("Seen by an administrator");
    assertThat(((PageResult.TextUnavailable) results.get(4)).reason())
        .isEqualTo(MissingText.MISSING);
    takeApiRequest();
    assertThat(takeApiRequest()).containsEntry("rvslots", "main");
  }

  @Test
  void aRevisionWhoseTextIsHiddenIsAnErrorNamingIt() throws Exception {
    server.enqueue(json(resource("wiki-1.27-userinfo-siteinfo.json")));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"query\":{\"pages\":[{\"pageid\":42,\"ns\":0,"
                + "\"title\":\"Meetup/Vilnius 2015\",\"revisions\":[{\"revid\":640,\"timestamp\":\"2015-05-11T08:30:00Z\","
                + "\"contentmodel\":\"wikitext\",\"texthidden\":true}]}]}}"));
    try (MediaWikiClient wiki = client()) {
      MediaWikiApiException e =
          catchThrowableOfType(MediaWikiApiException.class, () -> wiki.revision(640));
      assertThat(e.code()).isEqualTo("texthidden");
      assertThat(e.getMessage()).contains("revision 640 of Meetup/Vilnius 2015", "text hidden");
    }
  }

  @Test
  void readsTheGeneratorOfEveryShapeOfVersion() {
    assertThat(ApiDialect.of("MediaWiki 1.39.17")).isEqualTo(ApiDialect.SLOTS);
    assertThat(ApiDialect.of("MediaWiki 1.32.0")).isEqualTo(ApiDialect.SLOTS);
    assertThat(ApiDialect.of("MediaWiki 1.31.16")).isEqualTo(ApiDialect.CONTENT);
    assertThat(ApiDialect.of("MediaWiki 1.25.0-rc.1")).isEqualTo(ApiDialect.CONTENT);
    assertThat(ApiDialect.of("MediaWiki 1.24.6")).isEqualTo(ApiDialect.LEGACY);
    assertThat(ApiDialect.of("MediaWiki 1.16.5")).isEqualTo(ApiDialect.LEGACY);
    assertThat(ApiDialect.of("MediaWiki 1.44.0-wmf.5")).isEqualTo(ApiDialect.SLOTS);
    assertThat(ApiDialect.of("MediaWiki 2.0.0")).isEqualTo(ApiDialect.SLOTS);
    assertThat(ApiDialect.of(""))
        .as("no version named: taken as current")
        .isEqualTo(ApiDialect.SLOTS);
  }

  @Test
  void parsesPageWithTemplatesAndParseTree() throws Exception {
    server.enqueue(json(resource("parse.json")));
    RenderedPage parsed;
    try (MediaWikiClient wiki = client()) {
      parsed = wiki.parse("Project Ideas");
    }
    assertThat(parsed.html()).contains("<b>Project</b>: Wikitext round-trip");
    assertThat(parsed.templates()).containsExactly("Template:Project");
    assertThat(parsed.categories()).containsExactly("Ideas");
    assertThat(parsed.parseTree()).contains("<template lineStart=\"1\"><title>Project");
    assertThat(takeApiRequest())
        .containsEntry("action", "parse")
        .containsEntry("page", "Project Ideas")
        .containsEntry("prop", "text|templates|categories|parsetree|revid");
  }

  @Test
  void streamsExportXmlAndReadsItPageByPage() throws Exception {
    String xml = resource("export.xml");
    server.enqueue(json(userinfo(false)));
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/xml; charset=utf-8")
            .body(xml)
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/xml; charset=utf-8")
            .body(xml)
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<ExportedPage> pages = new ArrayList<>();
    try (MediaWikiClient wiki = client()) {
      wiki.export(List.of("Project Ideas", "Template:Project"), out);
      wiki.exportPages(List.of("Project Ideas", "Template:Project"), pages::add);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
    assertThat(pages)
        .extracting(ExportedPage::title)
        .containsExactly("Project Ideas", "Template:Project");
    assertThat(pages.get(0).text())
        .isEqualTo("== Ideas ==\n{{Project|Project=Wikitext <round-trip>}}");
    assertThat(pages.get(0).comment()).isEqualTo("seed & test");
    assertThat(pages.get(1).contributor()).isEqualTo("127.0.0.1");
    take();
    assertThat(takeApiRequest())
        .containsEntry("export", "1")
        .containsEntry("exportnowrap", "1")
        .containsEntry("titles", "Project Ideas|Template:Project");
  }

  // ---- retries ---------------------------------------------------------------------------------

  @Test
  void retriesAfterMaxlagWaitingForRetryAfter() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .setHeader("MediaWiki-API-Error", "maxlag")
            .setHeader("Retry-After", "5")
            .setHeader("X-Database-Lag", "7")
            .body(
                "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a database server: 7 seconds lagged.\","
                    + "\"host\":\"db1\",\"lag\":7,\"type\":\"db\"}}")
            .build());
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5));
    assertThat(takeApiRequest()).containsEntry("maxlag", "5");
    assertThat(takeApiRequest()).containsEntry("maxlag", "5").containsEntry("meta", "siteinfo");
  }

  @Test
  void maxlagOnEveryAttemptBecomesMaxlagException() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json")
              .setHeader("MediaWiki-API-Error", "maxlag")
              .setHeader("Retry-After", "5")
              .body("{\"error\":{\"code\":\"maxlag\",\"info\":\"7 seconds lagged.\",\"lag\":7}}")
              .build());
    }
    try (MediaWikiClient wiki =
        MockWiki.client(server, time)
            .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
            .build()) {
      MaxlagException e = catchThrowableOfType(MaxlagException.class, wiki::siteInfo);
      assertThat(e.code()).isEqualTo("maxlag");
      assertThat(e.lagSeconds()).isEqualTo(7.0);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
      assertThat(e.wiki()).isEqualTo(server.url("/w/api.php").toString());
      assertThat(e.action()).isEqualTo("query");
      assertThat(e.getMessage())
          .contains(server.url("/w/api.php").toString(), "meta=siteinfo", "maxlag");
    }
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void waitsForRetryAfterOn429AndCapsIt() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "7")
            .body("slow down")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "86400")
            .body("slow down")
            .build());
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(time.sleeps)
        .containsExactly(Duration.ofSeconds(7), RetryPolicy.defaults().maxRetryAfter());
    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
    }
  }

  @Test
  void retries503ThenSucceedsWithJitteredBackoff() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(503).body("<html>Service Unavailable</html>").build());
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(time.sleeps).hasSize(1);
    assertThat(time.sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    takeApiRequest();
    takeApiRequest();
  }

  @Test
  void retriesDroppedConnection() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onRequestStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(time.sleeps).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
    take(); // the connection closed before the server read the request
    assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
  }

  @Test
  void retriesBodyCutOffMidway() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body(OK_SITEINFO)
            .throttleBody(40, 0, TimeUnit.MILLISECONDS)
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki = client()) {
      assertThat(wiki.siteInfo().siteName()).isEqualTo("ItWiki");
    }
    assertThat(time.sleeps).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
    assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
  }

  @Test
  void reportsTruncatedJsonBodyAsBadJsonWithoutRetry() throws Exception {
    server.enqueue(json("{\"batchcomplete\":true,\"query\":{\"general\":{\"sitename\":\"It"));
    try (MediaWikiClient wiki = client()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, wiki::siteInfo);
      assertThat(e.code()).isEqualTo(MediaWikiApiException.BAD_JSON);
      assertThat(e.info()).startsWith("malformed JSON");
      assertThat(e.bodyStart()).startsWith("{\"batchcomplete\":true");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
  }

  @Test
  void detectsHtmlErrorPageAsNotJson() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .body(
                "<!DOCTYPE html>\n<html><head><title>Hotel WiFi</title></head><body>Please accept the terms</body></html>")
            .build());
    try (MediaWikiClient wiki = client()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, wiki::siteInfo);
      assertThat(e.code()).isEqualTo(MediaWikiApiException.NOT_JSON);
      assertThat(e.httpStatus()).isEqualTo(200);
      assertThat(e.info()).contains("text/html");
      assertThat(e.bodyStart()).startsWith("<!DOCTYPE html> <html><head><title>Hotel WiFi");
      assertThat(e.getMessage()).contains(server.url("/w/api.php").toString(), "action=query");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
  }

  @Test
  void reportsHttpErrorWithStatusAndStartOfBody() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "text/html")
            .body("<html><body>Internal error: database is locked</body></html>")
            .build());
    try (MediaWikiClient wiki = client()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, wiki::siteInfo);
      assertThat(e.code()).isEqualTo(MediaWikiApiException.HTTP_ERROR);
      assertThat(e.httpStatus()).isEqualTo(500);
      assertThat(e.bodyStart()).contains("database is locked");
      assertThat(e.getMessage()).contains("HTTP 500", "database is locked");
    }
    assertThat(server.getRequestCount()).as("500 is not retried").isEqualTo(1);
    assertThat(takeApiRequest()).containsEntry("meta", "siteinfo");
  }

  @Test
  void stopsRetryingAtTheTotalDeadline() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
    }
    RetryPolicy policy =
        new RetryPolicy(
            10,
            Duration.ofSeconds(4),
            Duration.ofSeconds(4),
            Duration.ofSeconds(60),
            Duration.ofSeconds(10));
    try (MediaWikiClient wiki = MockWiki.client(server, time).retryPolicy(policy).build()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, wiki::siteInfo);
      assertThat(e.httpStatus()).isEqualTo(502);
    }
    long slept = time.sleeps.stream().mapToLong(Duration::toMillis).sum();
    assertThat(slept).isLessThanOrEqualTo(10_000);
    assertThat(server.getRequestCount()).isBetween(2, 5);
  }

  @Test
  void keepsTheMinimumIntervalBetweenRequests() throws Exception {
    server.enqueue(json(OK_SITEINFO));
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki =
        MockWiki.client(server, time).minInterval(Duration.ofMillis(800)).build()) {
      wiki.siteInfo();
      wiki.siteInfo();
    }
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(800));
  }

  @Test
  void runsRequestsOneAtATimeFromManyThreads() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(5);
            inFlight.decrementAndGet();
            return json(OK_SITEINFO);
          }
        });
    List<String> names = java.util.Collections.synchronizedList(new ArrayList<>());
    try (MediaWikiClient wiki = client()) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread thread =
            new Thread(
                () -> {
                  for (int i = 0; i < 5; i++) {
                    try {
                      names.add(wiki.siteInfo().siteName());
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                });
        thread.start();
        threads.add(thread);
      }
      for (Thread t : threads) {
        t.join();
      }
    }
    assertThat(names).hasSize(20).containsOnly("ItWiki");
    assertThat(server.getRequestCount()).isEqualTo(20);
    assertThat(most).as("requests in flight at once").hasValue(1);
  }

  // ---- login and edit ---------------------------------------------------------------------------

  @Test
  void logsInWithBotPasswordKeepingTheSessionCookieAndNeverShowingThePassword() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .addHeader("Set-Cookie", "wiki_session=abc123; path=/; HttpOnly")
            .body("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"logintoken\":\"LT+\\\\\"}}}")
            .build());
    server.enqueue(
        json("{\"login\":{\"result\":\"Success\",\"lguserid\":1,\"lgusername\":\"Admin\"}}"));
    server.enqueue(json(OK_SITEINFO));
    try (MediaWikiClient wiki =
        MockWiki.client(server, time).botPassword("Admin@it", BOT_PASS).build()) {
      assertThat(wiki.toString()).contains("Admin@it").doesNotContain(BOT_PASS);
      wiki.siteInfo();
    }
    assertThat(takeApiRequest()).containsEntry("meta", "tokens").containsEntry("type", "login");
    RecordedRequest login = take();
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(urlQuery(login)).doesNotContain(BOT_PASS).doesNotContain("lgtoken");
    assertThat(params(login))
        .containsEntry("action", "login")
        .containsEntry("lgname", "Admin@it")
        .containsEntry("lgpassword", BOT_PASS)
        .containsEntry("lgtoken", "LT+\\");
    assertThat(login.getHeaders().get("Cookie")).isEqualTo("wiki_session=abc123");
    assertThat(take().getHeaders().get("Cookie")).isEqualTo("wiki_session=abc123");
  }

  @Test
  void refusedLoginSaysWhyWithoutThePassword() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"logintoken\":\"LT+\\\\\"}}}"));
    server.enqueue(
        json(
            "{\"login\":{\"result\":\"Failed\",\"reason\":\"Incorrect username or password entered. Please try again.\"}}"));
    try (MediaWikiClient wiki =
        MockWiki.client(server, time).botPassword("Admin@it", BOT_PASS).build()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, wiki::siteInfo);
      assertThat(e.code()).isEqualTo(MediaWikiApiException.LOGIN_FAILED);
      assertThat(e.info())
          .isEqualTo("Failed: Incorrect username or password entered. Please try again.");
      assertThat(e.getMessage()).contains("lgpassword=***").doesNotContain(BOT_PASS);
      assertThat(e.request()).doesNotContain(BOT_PASS);
    }
  }

  @Test
  void sendsOAuthTokenAsBearerHeaderOnly() throws Exception {
    String token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-token";
    server.enqueue(
        apiError(
            "mwoauth-invalid-authorization",
            "The authorization headers in your request are not valid"));
    try (MediaWikiClient wiki = MockWiki.client(server, time).accessToken(token).build()) {
      assertThat(wiki.toString()).doesNotContain(token);
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, wiki::siteInfo);
      assertThat(e.getMessage()).doesNotContain(token);
    }
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
    assertThat(urlQuery(r)).doesNotContain(token);
  }

  @Test
  void editSendsTokenInBodyWithBaseAndStartTimestamps() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}"));
    server.enqueue(
        json(
            "{\"edit\":{\"result\":\"Success\",\"pageid\":3,\"title\":\"Project Ideas\","
                + "\"contentmodel\":\"wikitext\",\"oldrevid\":3,\"newrevid\":4,\"newtimestamp\":\"2026-11-26T01:05:00Z\"}}"));
    WikiPage base =
        new WikiPage(
            "Project Ideas",
            0,
            3,
            3,
            Instant.parse("2026-11-26T00:53:56Z"),
            "old",
            "wikitext",
            Instant.parse("2026-11-26T01:00:00Z"));
    EditResult saved;
    try (MediaWikiClient wiki = client()) {
      saved =
          wiki.edit(
              EditRequest.basedOn(base, "new text")
                  .summary("update")
                  .minor(true)
                  .bot(true)
                  .build());
    }
    assertThat(saved)
        .isEqualTo(
            new EditResult(
                "Project Ideas", 3, 3, 4, Instant.parse("2026-11-26T01:05:00Z"), false, false));
    assertThat(takeApiRequest()).containsEntry("meta", "tokens").containsEntry("type", "csrf");
    RecordedRequest edit = take();
    assertThat(edit.getMethod()).isEqualTo("POST");
    assertThat(urlQuery(edit)).doesNotContain("token");
    assertThat(params(edit))
        .containsEntry("action", "edit")
        .containsEntry("title", "Project Ideas")
        .containsEntry("text", "new text")
        .containsEntry("summary", "update")
        .containsEntry("minor", "1")
        .containsEntry("bot", "1")
        .containsEntry("nocreate", "1")
        .containsEntry("baserevid", "3")
        .containsEntry("starttimestamp", "2026-11-26T01:00:00Z")
        .containsEntry("token", "abc+\\")
        .doesNotContainKey("createonly")
        .doesNotContainKey("basetimestamp");
  }

  @Test
  void sendsBasetimestampWhenNoRevisionIdIsKnown() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}"));
    server.enqueue(
        json("{\"edit\":{\"result\":\"Success\",\"pageid\":3,\"title\":\"P\",\"nochange\":true}}"));
    try (MediaWikiClient wiki = client()) {
      EditResult r =
          wiki.edit(
              EditRequest.builder("P", "same")
                  .baseTimestamp(Instant.parse("2026-11-26T00:53:56Z"))
                  .build());
      assertThat(r.noChange()).isTrue();
      assertThat(r.newTimestamp()).isNull();
    }
    take();
    assertThat(params(take()))
        .containsEntry("basetimestamp", "2026-11-26T00:53:56Z")
        .doesNotContainKey("baserevid")
        .doesNotContainKey("nocreate");
  }

  @Test
  void badtokenFetchesTheTokenAgainOnceThenReportsIt() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"stale+\\\\\"}}}"));
    server.enqueue(apiError("badtoken", "Invalid CSRF token."));
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"fresh+\\\\\"}}}"));
    server.enqueue(apiError("badtoken", "Invalid CSRF token."));
    try (MediaWikiClient wiki = client()) {
      MediaWikiApiException e =
          catchThrowableOfType(
              MediaWikiApiException.class,
              () -> wiki.edit(EditRequest.builder("Sandbox", "text").createOnly().build()));
      assertThat(e.code()).isEqualTo("badtoken");
      assertThat(e.info()).isEqualTo("Invalid CSRF token.");
      assertThat(e.action()).isEqualTo("edit");
      assertThat(e.httpStatus()).isEqualTo(200);
      assertThat(e.getMessage()).contains("token=***").doesNotContain("fresh+", "stale+");
    }
    takeApiRequest();
    assertThat(params(take())).containsEntry("token", "stale+\\").containsEntry("createonly", "1");
    takeApiRequest();
    assertThat(params(take())).containsEntry("token", "fresh+\\");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void editConflictHoldsBothRevisionsAndOverwritesNothing() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}"));
    server.enqueue(apiError("editconflict", "Edit conflict."));
    server.enqueue(json(userinfo(false)));
    server.enqueue(json(pages(page(3, "Project Ideas", 5, "2026-11-26T01:02:00Z", "their text"))));
    WikiPage base =
        new WikiPage(
            "Project Ideas",
            0,
            3,
            3,
            Instant.parse("2026-11-26T00:53:56Z"),
            "old",
            "wikitext",
            Instant.parse("2026-11-26T01:00:00Z"));
    try (MediaWikiClient wiki = client()) {
      EditConflictException e =
          catchThrowableOfType(
              EditConflictException.class,
              () -> wiki.edit(EditRequest.basedOn(base, "my text").build()));
      assertThat(e.code()).isEqualTo("editconflict");
      assertThat(e.title()).isEqualTo("Project Ideas");
      assertThat(e.baseRevisionId()).isEqualTo(3L);
      assertThat(e.baseTimestamp()).isEqualTo(Instant.parse("2026-11-26T00:53:56Z"));
      assertThat(e.attemptedText()).isEqualTo("my text");
      assertThat(e.current().revisionId()).isEqualTo(5);
      assertThat(e.current().content()).isEqualTo("their text");
      assertThat(e.getMessage()).contains("based on revision 3", "now at revision 5");
    }
    take();
    assertThat(params(take())).containsEntry("baserevid", "3");
    take();
    assertThat(params(take())).containsEntry("titles", "Project Ideas");
    assertThat(server.getRequestCount()).as("no second edit attempt").isEqualTo(4);
  }

  @Test
  void createOnlyOnAnExistingPageIsAConflict() throws Exception {
    server.enqueue(
        json("{\"batchcomplete\":true,\"query\":{\"tokens\":{\"csrftoken\":\"abc+\\\\\"}}}"));
    server.enqueue(
        apiError("articleexists", "The article you tried to create has been created already."));
    server.enqueue(json(userinfo(false)));
    server.enqueue(json(pages(page(9, "New Page", 12, "2026-11-26T01:02:00Z", "someone else's"))));
    PageResult missing =
        new PageResult.Missing(
            "New Page", List.of(), "New Page", 0, Instant.parse("2026-11-26T01:00:00Z"));
    try (MediaWikiClient wiki = client()) {
      EditConflictException e =
          catchThrowableOfType(
              EditConflictException.class,
              () -> wiki.edit(EditRequest.basedOn(missing, "mine").build()));
      assertThat(e.code()).isEqualTo("articleexists");
      assertThat(e.baseRevisionId()).isNull();
      assertThat(e.current().content()).isEqualTo("someone else's");
    }
    take();
    assertThat(params(take()))
        .containsEntry("createonly", "1")
        .containsEntry("starttimestamp", "2026-11-26T01:00:00Z")
        .doesNotContainKey("basetimestamp");
  }

  // ---- building
  // ----------------------------------------------------------------------------------

  @Test
  void noEditIsBasedOnAPageWhoseTextTheWikiDidNotSend() {
    PageResult hidden =
        new PageResult.TextUnavailable(
            "Sprint/Linz 2018", List.of(), "Sprint/Linz 2018", 0, 71, 1701, MissingText.HIDDEN);
    assertThatThrownBy(() -> EditRequest.basedOn(hidden, "new text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "text hidden on the wiki (revision deletion), revision 1701 of Sprint/Linz 2018");
  }

  @Test
  void requiresAUserAgentWithAContact() {
    var b = MediaWikiClient.builder(java.net.URI.create("https://wiki.example.org/w/api.php"));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("userAgent");
    assertThatThrownBy(() -> b.userAgent("okhttp/5.5.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact");
    assertThatThrownBy(
            () ->
                MediaWikiClient.builder(
                    java.net.URI.create("https://u:p@wiki.example.org/api.php")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closeLeavesACallerSuppliedClientUsable() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    server.enqueue(json(OK_SITEINFO));
    MediaWikiClient wiki = MockWiki.client(server, time).httpClient(mine).build();
    wiki.siteInfo();
    wiki.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    assertThatThrownBy(wiki::siteInfo).isInstanceOf(IllegalStateException.class);
    mine.dispatcher().executorService().shutdown();
  }

  @Test
  void errorMessagesNameWikiAndRequestButMaskSecrets() {
    Params p =
        Params.action("login")
            .put("lgname", "Admin@it")
            .put("lgpassword", BOT_PASS)
            .put("lgtoken", "LT");
    assertThat(p.describe()).isEqualTo("action=login&lgname=Admin@it&lgpassword=***&lgtoken=***");
    assertThat(
            Params.action("edit")
                .put("title", "T")
                .put("text", "a page's text")
                .put("token", "x+\\")
                .describe())
        .isEqualTo("action=edit&title=T&text=(13 chars)&token=***");
    assertThat(Params.action("query").list("titles", List.of("A|B", "C")).asMap().get("titles"))
        .isEqualTo("\u001fA|B\u001fC");
    assertThat(IntStream.range(0, 500).mapToObj(i -> "T" + i).collect(Collectors.joining("|")))
        .hasSizeGreaterThan(300);
  }
}
