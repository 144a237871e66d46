package dev.hackathonkit.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Helpers for MockWebServer tests: canned API answers and the parameters a request carried. Shared
 * with the samples module's tests through the client's test-jar.
 */
public final class MockWiki {
  public static final String USER_AGENT =
      "HackathonKitTest/1.0 (https://example.org/hk; test@example.org)";

  private MockWiki() {}

  static MediaWikiClient.Builder client(MockWebServer server, FakeTime time) {
    return MediaWikiClient.builder(URI.create(server.url("/w/api.php").toString()))
        .userAgent(USER_AGENT)
        .sleeper(time)
        .nanoTime(time);
  }

  public static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  public static MockResponse apiError(String code, String info) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("MediaWiki-API-Error", code)
        .body(
            "{\"error\":{\"code\":\""
                + code
                + "\",\"info\":\""
                + info
                + "\",\"docref\":\"See api.php\"}}")
        .build();
  }

  /** Every parameter of the request: the URL's query and, for a form POST, its body. */
  public static Map<String, String> params(RecordedRequest r) {
    Map<String, String> out = new LinkedHashMap<>();
    HttpUrl url = r.getUrl();
    for (String name : url.queryParameterNames()) {
      out.put(name, url.queryParameter(name));
    }
    if (r.getBody() != null && r.getBody().size() > 0) {
      HttpUrl body = HttpUrl.get("http://x/?" + r.getBody().utf8());
      for (String name : body.queryParameterNames()) {
        out.put(name, body.queryParameter(name));
      }
    }
    return out;
  }

  public static String urlQuery(RecordedRequest r) {
    String q = r.getUrl().encodedQuery();
    return q == null ? "" : q;
  }
}
