package dev.hackathonkit.client;

import static dev.hackathonkit.client.MockWiki.json;
import static dev.hackathonkit.client.MockWiki.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one continuation loop ({@link Continuation}) against a wiki on MockWebServer: lazy and eager
 * reads are the same loop, each request is the first with the last {@code continue} added, and a
 * wiki that never finishes (the same {@code continue} again, a cycle, an empty one, or no end) is
 * stopped with an error naming the request instead of being asked forever.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ContinuationTest {

  /** Invented pages of a listing, in the wiki's title order. */
  private static final List<String> TITLES =
      List.of(
          "Sprint/Amsel",
          "Sprint/Birke",
          "Sprint/Dohle",
          "Sprint/Eibe",
          "Sprint/Fink",
          "Sprint/Holunder",
          "Sprint/Ilex");

  private MockWebServer server;
  private final OkHttpClient http = new OkHttpClient();
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Continuation listing(int limit) {
    return listing(limit, Continuation.MAX_REQUESTS);
  }

  private Continuation listing(int limit, int maxRequests) {
    ApiTransport transport =
        new ApiTransport(
            HttpUrl.get(server.url("/w/api.php").toString()), http, 1, null, warning -> {});
    Params first =
        Continuation.params("query")
            .put("list", "allpages")
            .put("apprefix", "Sprint/")
            .put("aplimit", limit);
    return new Continuation(first, p -> transport.call(p, false), maxRequests);
  }

  private static List<String> titles(JsonNode answer) {
    return Answers.pageRefs(answer, "allpages").stream().map(PageRef::title).toList();
  }

  private List<Map<String, String>> requests() throws InterruptedException {
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(r).as("a request reached the server").isNotNull();
      out.add(params(r));
    }
    return out;
  }

  @Test
  void lazyAndEagerReadTheSameItemsInTheWikisOrder() throws Exception {
    server.setDispatcher(new PagedList(TITLES));
    List<String> lazy = listing(3).items(ContinuationTest::titles).toList();
    assertThat(server.getRequestCount()).as("7 items, 3 a request").isEqualTo(3);
    List<String> eager = listing(3).drain().stream().flatMap(a -> titles(a).stream()).toList();
    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(lazy).containsExactlyElementsOf(TITLES);
    assertThat(eager).containsExactlyElementsOf(lazy);
  }

  @Test
  void eachRequestIsTheFirstWithTheLastContinueAdded() throws Exception {
    server.setDispatcher(new PagedList(TITLES));
    assertThat(listing(3).drain()).hasSize(3);
    List<Map<String, String>> sent = requests();
    assertThat(sent.get(0))
        .containsEntry("continue", "")
        .containsEntry("aplimit", "3")
        .doesNotContainKey("apcontinue");
    assertThat(sent.get(1))
        .containsEntry("continue", "-||")
        .containsEntry("apcontinue", "Sprint/Eibe")
        .containsEntry("apprefix", "Sprint/")
        .containsEntry("aplimit", "3");
    assertThat(sent.get(2))
        .containsEntry("apcontinue", "Sprint/Ilex")
        .containsEntry("aplimit", "3");
  }

  @Test
  void lazyItemsAreFetchedOnlyAsFarAsTheyAreTaken() throws Exception {
    server.setDispatcher(new PagedList(TITLES));
    assertThat(listing(3).items(ContinuationTest::titles).limit(4).toList())
        .containsExactly("Sprint/Amsel", "Sprint/Birke", "Sprint/Dohle", "Sprint/Eibe");
    assertThat(server.getRequestCount()).as("the third batch is never asked for").isEqualTo(2);
    assertThat(listing(3).answers().hasNext()).isTrue();
    assertThat(server.getRequestCount())
        .as("an iterator asks for one answer at a time")
        .isEqualTo(3);
  }

  @Test
  void anAnswerWithoutItemsButWithContinueIsFollowed() throws Exception {
    server.enqueue(
        json(
            "{\"continue\":{\"apcontinue\":\"Sprint/Amsel\",\"continue\":\"-||\"},"
                + "\"query\":{\"allpages\":[]}}"));
    server.enqueue(
        json(
            "{\"batchcomplete\":true,\"query\":{\"allpages\":["
                + "{\"pageid\":4,\"ns\":0,\"title\":\"Sprint/Amsel\"}]}}"));
    assertThat(listing(50).items(ContinuationTest::titles).toList())
        .containsExactly("Sprint/Amsel");
  }

  @Test
  void theSameContinueAgainIsAnErrorNotAnEndlessLoop() throws Exception {
    server.setDispatcher(new Stuck(n -> "Sprint/Dohle"));
    assertThatThrownBy(() -> listing(2).drain())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("apcontinue=Sprint/Dohle")
        .hasMessageContaining("sent before")
        .hasMessageContaining("list=allpages");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void lazilyTheItemsBeforeARepeatedContinueArriveThenTheError() throws Exception {
    server.setDispatcher(new Stuck(n -> "Sprint/Dohle"));
    Iterator<String> it = listing(2).items(ContinuationTest::titles).iterator();
    assertThat(List.of(it.next(), it.next())).containsExactly("Page 1.0", "Page 1.1");
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .cause()
        .hasMessageContaining("sent before");
    assertThat(it.hasNext()).as("the iterator ends after its error").isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCycleOfContinuesIsStoppedWhenItComesRound() throws Exception {
    server.setDispatcher(new Stuck(n -> n % 2 == 1 ? "Sprint/Birke" : "Sprint/Fink"));
    assertThatThrownBy(() -> listing(2).drain())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("request 3")
        .hasMessageContaining("apcontinue=Sprint/Birke");
  }

  @Test
  void anEmptyContinueWouldAskTheFirstRequestAgain() throws Exception {
    server.enqueue(json("{\"continue\":{},\"query\":{\"allpages\":[]}}"));
    assertThatThrownBy(() -> listing(2).drain())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("sent before");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWikiThatNeverFinishesIsStoppedAtTheMostRequests() throws Exception {
    server.setDispatcher(new Stuck(n -> "Sprint/" + n));
    assertThatThrownBy(() -> listing(2, 5).drain())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("after 5 requests")
        .hasMessageContaining("apprefix=Sprint/");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void theListLimitIsTheBatchSizeOfTheClientsListings() throws Exception {
    server.setDispatcher(new PagedList(TITLES));
    try (MediaWikiClient wiki = MockWiki.client(server, time).listLimit(2).build()) {
      assertThat(wiki.allPages("Sprint/", 0).map(PageRef::title).toList())
          .containsExactlyElementsOf(TITLES);
    }
    List<Map<String, String>> sent = requests();
    assertThat(sent).hasSize(4).allSatisfy(p -> assertThat(p).containsEntry("aplimit", "2"));
  }

  @Test
  void theClientsEagerRevisionReadStopsOnARepeatedContinue() throws Exception {
    AtomicInteger revisionRequests = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (params(request).getOrDefault("meta", "").contains("userinfo")) {
              return json(
                  "{\"batchcomplete\":true,\"query\":{\"userinfo\":{\"id\":1,\"name\":\"Reader\",\"rights\":[\"read\"]}}}");
            }
            revisionRequests.incrementAndGet();
            return json(
                "{\"continue\":{\"rvcontinue\":\"9|90\",\"continue\":\"||\"},\"curtimestamp\":\"2026-11-26T01:00:00Z\","
                    + "\"query\":{\"pages\":[{\"pageid\":9,\"ns\":0,\"title\":\"Sprint/Fink\"}]}}");
          }
        });
    try (MediaWikiClient wiki = MockWiki.client(server, time).build()) {
      assertThatThrownBy(() -> wiki.page("Sprint/Fink"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("rvcontinue=9|90")
          .hasMessageContaining("titles=Sprint/Fink");
      assertThatThrownBy(() -> wiki.allPages("Sprint/", 0).toList())
          .isInstanceOf(UncheckedIOException.class)
          .cause()
          .hasMessageContaining("sent before");
    }
    assertThat(revisionRequests).hasValue(4);
  }

  /**
   * A wiki listing {@code titles} in batches of {@code aplimit}, continuing from {@code apcontinue}
   * (the next title) as MediaWiki's {@code list=allpages} does.
   */
  private static final class PagedList extends Dispatcher {
    private final List<String> titles;

    PagedList(List<String> titles) {
      this.titles = titles;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      Map<String, String> p = params(request);
      int limit = Integer.parseInt(p.get("aplimit"));
      int from = p.containsKey("apcontinue") ? titles.indexOf(p.get("apcontinue")) : 0;
      int to = Math.min(titles.size(), from + limit);
      String items =
          titles.subList(from, to).stream()
              .map(
                  t ->
                      "{\"pageid\":"
                          + (titles.indexOf(t) + 100)
                          + ",\"ns\":0,\"title\":\""
                          + t
                          + "\"}")
              .collect(Collectors.joining(","));
      String cont =
          to < titles.size()
              ? "\"continue\":{\"apcontinue\":\"" + titles.get(to) + "\",\"continue\":\"-||\"},"
              : "";
      return json("{\"batchcomplete\":true," + cont + "\"query\":{\"allpages\":[" + items + "]}}");
    }
  }

  /**
   * A wiki whose n-th answer (from 1) holds two items and continues with {@code
   * apcontinue.apply(n)}.
   */
  private static final class Stuck extends Dispatcher {
    private final Function<Integer, String> apcontinue;
    private final AtomicInteger answers = new AtomicInteger();

    Stuck(Function<Integer, String> apcontinue) {
      this.apcontinue = apcontinue;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      int n = answers.incrementAndGet();
      return json(
          "{\"batchcomplete\":true,\"continue\":{\"apcontinue\":\""
              + apcontinue.apply(n)
              + "\",\"continue\":\"-||\"},\"query\":{\"allpages\":[{\"pageid\":1,\"ns\":0,\"title\":\"Page "
              + n
              + ".0\"},{\"pageid\":2,\"ns\":0,\"title\":\"Page "
              + n
              + ".1\"}]}}");
    }
  }
}
