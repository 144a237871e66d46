package dev.hackathonkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sends one API request and hands the answer to the {@link AnswerDecoder}, which turns it into JSON
 * or a {@link MediaWikiApiException}. Limits how many requests run at once (one by default). Every
 * request asks for JSON in the format version set with {@link #formatVersion(int)} (2 by default)
 * unless its parameters name one; {@code formatversion=1} is sent as no parameter.
 */
final class ApiTransport {

  private static final int GET_MAX_QUERY = 2000;

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
  private final AnswerDecoder decoder;
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
    this.decoder = new AnswerDecoder(wiki, warnings);
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
      return decoder.decode(response, params, response.body().bytes());
    } finally {
      permits.release();
    }
  }

  /**
   * Sends the request and hands its body, unbuffered, to {@code reader}; API errors still throw.
   */
  void stream(Params params, BodyReader reader) throws IOException {
    Request request = request(params, false, true);
    acquire(params);
    try (Response response = execute(request, params)) {
      String type = response.header("Content-Type", "");
      if (!response.isSuccessful()
          || response.header("MediaWiki-API-Error") != null
          || type.contains("json")) {
        decoder.decode(response, params, response.body().bytes()); // throws for every error
      }
      if (!type.contains("xml")) {
        okio.BufferedSource source = response.body().source();
        source.request(AnswerDecoder.BODY_SAMPLE);
        byte[] start =
            source
                .getBuffer()
                .readByteArray(Math.min(source.getBuffer().size(), AnswerDecoder.BODY_SAMPLE));
        throw decoder.error(
            params,
            response.code(),
            MediaWikiApiException.NOT_JSON,
            "expected XML, got " + (type.isEmpty() ? "no content type" : type),
            start);
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
      throw new MediaWikiApiException(
          wiki,
          params.action(),
          params.describe(),
          0,
          MediaWikiApiException.NETWORK,
          "interrupted while waiting for a request slot",
          null,
          e);
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
      all.asMap()
          .remove("formatversion"); // the first format version is the default: old wikis know no
      // parameter
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
      throw new MediaWikiApiException(
          wiki,
          params.action(),
          params.describe(),
          0,
          MediaWikiApiException.NETWORK,
          e.toString(),
          null,
          e);
    }
  }
}
