package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.MockWiki;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher answering the few Action API requests the tool makes, by their
 * parameters.
 */
final class FakeWiki extends Dispatcher {
  final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
  private final Function<Map<String, String>, MockResponse> answers;

  FakeWiki(Function<Map<String, String>, MockResponse> answers) {
    this.answers = answers;
  }

  /** A JSON answer ({@link MockWiki#json}). */
  static MockResponse json(String body) {
    return MockWiki.json(body);
  }

  /** An API error answer ({@link MockWiki#apiError}). */
  static MockResponse apiError(String code, String info) {
    return MockWiki.apiError(code, info);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Map<String, String> params = MockWiki.params(request);
    requests.add(params);
    return answers.apply(params);
  }

  /**
   * One page's current revision, as {@code prop=revisions} answers with {@code formatversion=2}.
   */
  static String page(String title, long revision, String timestamp, String content) {
    return "{\"batchcomplete\":true,\"curtimestamp\":\"2026-11-26T01:00:00Z\",\"query\":{\"pages\":[{\"pageid\":7,\"ns\":0,"
        + "\"title\":\""
        + title
        + "\",\"revisions\":[{\"revid\":"
        + revision
        + ",\"parentid\":0,\"timestamp\":\""
        + timestamp
        + "\",\"slots\":{\"main\":{\"contentmodel\":\"wikitext\",\"contentformat\":\"text/x-wiki\","
        + "\"content\":"
        + quote(content)
        + "}}}]}]}}";
  }

  static String siteinfo() {
    return siteinfo("MediaWiki 1.39.17");
  }

  /** Site info, as the API's first format version answers it (what the client asks for). */
  static String siteinfo(String generator) {
    return "{\"batchcomplete\":\"\",\"query\":{" + general(generator) + "}}";
  }

  private static String general(String generator) {
    return "\"general\":{\"mainpage\":\"Main Page\",\"base\":\"http://wiki.example.org/wiki/Main_Page\","
        + "\"sitename\":\"ExampleWiki\",\"generator\":\""
        + generator
        + "\",\"lang\":\"en\",\"articlepath\":\"/wiki/$1\","
        + "\"scriptpath\":\"/w\",\"server\":\"http://wiki.example.org\",\"servername\":\"wiki.example.org\"}";
  }

  /**
   * Answers site info and user info requests (alone or together) of a MediaWiki 1.39; everything
   * else with {@code other}.
   */
  static MockResponse common(
      Map<String, String> p, java.util.function.Supplier<MockResponse> other) {
    return common(p, "MediaWiki 1.39.17", other);
  }

  /**
   * As {@link #common(Map, java.util.function.Supplier)}, for a wiki whose siteinfo names {@code
   * generator}.
   */
  static MockResponse common(
      Map<String, String> p, String generator, java.util.function.Supplier<MockResponse> other) {
    String meta = p.getOrDefault("meta", "");
    if (meta.equals("siteinfo")) {
      return json(siteinfo(generator));
    }
    if (meta.equals("userinfo")) {
      return json(userinfo());
    }
    if (meta.equals("userinfo|siteinfo")) {
      return json("{\"batchcomplete\":\"\",\"query\":{" + USER + "," + general(generator) + "}}");
    }
    return other.get();
  }

  private static final String USER =
      "\"userinfo\":{\"id\":1,\"name\":\"Bot\",\"rights\":[\"read\",\"edit\"]}";

  static String userinfo() {
    return "{\"batchcomplete\":true,\"query\":{" + USER + "}}";
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
