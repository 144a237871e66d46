package dev.hackathonkit.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.Semaphore;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sends one API request and turns the answer into JSON or a {@link MediaWikiApiException}: API
 * errors (JSON {@code error}/{@code errors}, {@code MediaWiki-API-Error} header), HTTP errors,
 * answers that are not JSON. Limits how many requests run at once (one by default). Every request
 * asks for JSON in the format version set with {@link #formatVersion(int)} (2 by default) unless
 * its parameters name one; {@code formatversion=1} is sent as no parameter.
 */
final class ApiTransport {

  private static final ObjectReader JSON = JsonMapper.builder().build().reader();
  private static final System.Logger LOG = System.getLogger(MediaWikiClient.class.getName());
  private static final int GET_MAX_QUERY = 2000;
  private static final int BODY_START = 200;

  /** Reads a streamed answer. */
  @FunctionalInterface
  interface BodyReader {
    void read(InputStream body) throws IOException;
  }

  private final HttpUrl api;
  private final String wiki;
  private final OkHttpClient http;
  private final Semaphore permits;
  private final @Nullable Duration maxlag;
  private final Consumer<ApiWarning> warnings;
  private volatile int formatVersion = 2;

  ApiTransport(
      HttpUrl api,
      OkHttpClient http,
      int maxConcurrent,
      @Nullable Duration maxlag,
      Consumer<ApiWarning> warnings) {
    this.api = api;
    this.wiki = api.newBuilder().query(null).username("").password("").build().toString();
    this.http = http;
    this.permits = new Semaphore(maxConcurrent, true);
    this.maxlag = maxlag;
    this.warnings = warnings;
  }

  String wiki() {
    return wiki;
  }

  /**
   * Sets the {@code formatversion} of every later request that names none: 2 (the default), or 1
   * for wikis older than MediaWiki 1.25, which know no such parameter (then none is sent).
   */
  void formatVersion(int version) {
    this.formatVersion = version;
  }

  /** Sends the request (POST if {@code post} or too long for a URL) and returns the JSON answer. */
  JsonNode call(Params params, boolean post) throws IOException {
    Request request = request(params, post, false);
    acquire(params);
    try (Response response = execute(request, params)) {
      return decode(response, params, response.body().bytes());
    } finally {
      permits.release();
    }
  }

  /** Sends the request and hands its body, unbuffered, to {@code reader}; API errors still throw. */
  void stream(Params params, BodyReader reader) throws IOException {
    Request request = request(params, false, true);
    acquire(params);
    try (Response response = execute(request, params)) {
      String type = response.header("Content-Type", "");
      if (!response.isSuccessful() || response.header("MediaWiki-API-Error") != null
          || type.contains("json")) {
        decode(response, params, response.body().bytes()); // throws for every error
      }
      if (! type.contains("xml")) {
        okio.BufferedSource source = response.body().source();
        source.request(BODY_START * 2);
        byte[] start = source.getBuffer().readByteArray(Math.min(source.getBuffer().size(), BODY_START * 2));
        throw error(params, response.code(), MediaWikiApiException.NOT_JSON,
            "expected XML, got " + (type.isEmpty() ? "no content type" : type), start);
      }
      try (InputStream in = response.body().byteStream()) {
        reader.read(in);
      }
    } finally {
      permits.release();
    }
  }

  private void acquire(Params params) throws IOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MediaWikiApiException(wiki, params.action(), params.describe(), 0,
          MediaWikiApiException.NETWORK, "interrupted while waiting for a request slot", null, e);
    }
  }

  private Request request(Params params, boolean post, boolean streamed) {
    String version = params.asMap().getOrDefault("formatversion", Integer.toString(formatVersion));
    Params all = new Params().put("format", "json");
    if (!version.equals("1")) {
      all.put("formatversion", version);
    }
    if (maxlag != null) {
      all.put("maxlag", maxlag.toSeconds());
    }
    all.putAll(params.asMap());
    if (version.equals("1")) {
      all.asMap().remove("formatversion"); // the first format version is the default: old wikis know no parameter
    }
    Request.Builder b = new Request.Builder();
    if (streamed) {
      b.tag(RetryInterceptor.Streamed.class, RetryInterceptor.Streamed.INSTANCE);
    }
    int length = 0;
    for (Map.Entry<String, String> e : all.asMap().entrySet()) {
      length += e.getKey().length() + e.getValue().length() * 3 + 2;
    }
    if (post || length > GET_MAX_QUERY) {
      FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
      all.asMap().forEach(form::add);
      return b.url(api).post(form.build()).build();
    }
    HttpUrl.Builder url = api.newBuilder();
    all.asMap().forEach(url::addQueryParameter);
    return b.url(url.build()).get().build();
  }

  private Response execute(Request request, Params params) throws IOException {
    try {
      return http.newCall(request).execute();
    } catch (MediaWikiApiException e) {
      throw e;
    } catch (IOException e) {
      throw new MediaWikiApiException(wiki, params.action(), params.describe(), 0,
          MediaWikiApiException.NETWORK, e.toString(), null, e);
    }
  }

  private JsonNode decode(Response response, Params params, byte[] body) throws IOException {
    int status = response.code();
    String apiError = response.header("MediaWiki-API-Error");
    boolean json = looksLikeJson(body);
    if (!response.isSuccessful() && !(apiError != null && json)) {
      throw error(params, status, MediaWikiApiException.HTTP_ERROR,
          "HTTP " + status + (response.message().isEmpty() ? "" : " " + response.message()), body);
    }
    if (!json) {
      String type = response.header("Content-Type", "");
      throw error(params, status, MediaWikiApiException.NOT_JSON,
          "expected the API's JSON, got " + (type.isEmpty() ? "no content type" : type), body);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new MediaWikiApiException(wiki, params.action(), params.describe(), status,
          MediaWikiApiException.BAD_JSON, "malformed JSON (truncated?): " + e.getOriginalMessage(),
          bodyStart(body), e);
    }
    if (root == null || !root.isObject()) {
      throw error(params, status, MediaWikiApiException.BAD_JSON, "the answer is not a JSON object", body);
    }
    JsonNode err = root.get("error");
    if (err == null && root.path("errors").isArray() && root.path("errors").size() > 0) {
      err = root.path("errors").get(0);
    }
    if (err != null || apiError != null) {
      JsonNode e = err != null ? err : root;
      String code = e.path("code").asText(apiError != null ? apiError : "unknown");
      String info = e.has("info") ? e.path("info").asText() : e.path("text").asText("");
      if (code.equals("maxlag")) {
        JsonNode lag = e.has("lag") ? e.get("lag") : e.path("data").path("lag");
        String after = response.header("Retry-After");
        Duration retryAfter = null;
        if (after != null && after.trim().matches("\\d{1,9}")) {
          retryAfter = Duration.ofSeconds(Long.parseLong(after.trim()));
        }
        throw new MaxlagException(wiki, params.action(), params.describe(), status, info,
            lag.isNumber() ? lag.asDouble() : Double.NaN, retryAfter);
      }
      throw new MediaWikiApiException(wiki, params.action(), params.describe(), status, code, info,
          null, null);
    }
    reportWarnings(root.get("warnings"), params);
    return root;
  }

  /**
   * Hands the answer's warnings to the listener, one per module and message. The Action API writes
   * them as an object of modules ({@code {"query": {"warnings": "..."}}}, or {@code "*"} in the
   * first format version) or, with {@code errorformat}, as an array of {@code {module, text}}.
   */
  private void reportWarnings(@Nullable JsonNode node, Params params) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode w : node) {
        String text = w.has("text") ? w.path("text").asText() : w.path("html").asText(w.path("code").asText(""));
        deliver(params, w.path("module").asText("main"), text);
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> {
        JsonNode v = e.getValue();
        String text = v.isTextual() ? v.asText() : v.has("warnings") ? v.path("warnings").asText() : v.path("*").asText(v.toString());
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            deliver(params, e.getKey(), line.strip());
          }
        }
      });
    }
  }

  private void deliver(Params params, String module, String text) {
    ApiWarning warning = new ApiWarning(wiki, params.action(), module, text);
    LOG.log(System.Logger.Level.DEBUG, "{0}", warning);
    try {
      warnings.accept(warning);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "warning listener failed on " + warning, e);
    }
  }

  private MediaWikiApiException error(Params params, int status, String code, String info, byte[] body) {
    return new MediaWikiApiException(wiki, params.action(), params.describe(), status, code, info,
        bodyStart(body), null);
  }

  static String bodyStart(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, BODY_START * 2), StandardCharsets.UTF_8);
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > BODY_START ? s.substring(0, BODY_START) + "…" : s;
  }

  static boolean looksLikeJson(byte[] body) {
    int i = 0;
    if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    return i < body.length && body[i] == '{';
  }
}
