package dev.hackathonkit.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Action API answer as the wiki sent it into its JSON object or an exception: HTTP errors
 * and answers that are not JSON (with the start of the body), malformed JSON, API errors (the JSON
 * {@code error} object, or the first of {@code errors} with {@code errorformat}, or the {@code
 * MediaWiki-API-Error} header), {@code maxlag} as a {@link MaxlagException} with the lag and {@code
 * Retry-After}. The warnings of a successful answer go to the listener. What the JSON of a
 * successful answer means is {@link Answers}' part.
 */
final class AnswerDecoder {

  /** How many bytes of a body are kept to quote in an error. */
  static final int BODY_SAMPLE = 400;

  private static final ObjectReader JSON = JsonMapper.builder().build().reader();
  private static final System.Logger LOG = System.getLogger(MediaWikiClient.class.getName());
  private static final int BODY_START = BODY_SAMPLE / 2;

  private final String wiki;
  private final Consumer<ApiWarning> warnings;

  /**
   * @param wiki the API URL named in every error
   * @param warnings hears the warnings of successful answers
   */
  AnswerDecoder(String wiki, Consumer<ApiWarning> warnings) {
    this.wiki = wiki;
    this.warnings = warnings;
  }

  /** The answer's JSON object; an exception for every kind of error it holds. */
  JsonNode decode(Response response, Params params, byte[] body) throws IOException {
    int status = response.code();
    String apiError = response.header("MediaWiki-API-Error");
    boolean json = looksLikeJson(body);
    if (!response.isSuccessful() && !(apiError != null && json)) {
      throw error(
          params,
          status,
          MediaWikiApiException.HTTP_ERROR,
          "HTTP " + status + (response.message().isEmpty() ? "" : " " + response.message()),
          body);
    }
    if (!json) {
      String type = response.header("Content-Type", "");
      throw error(
          params,
          status,
          MediaWikiApiException.NOT_JSON,
          "expected the API's JSON, got " + (type.isEmpty() ? "no content type" : type),
          body);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new MediaWikiApiException(
          wiki,
          params.action(),
          params.describe(),
          status,
          MediaWikiApiException.BAD_JSON,
          "malformed JSON (truncated?): " + e.getOriginalMessage(),
          bodyStart(body),
          e);
    }
    if (root == null || !root.isObject()) {
      throw error(
          params, status, MediaWikiApiException.BAD_JSON, "the answer is not a JSON object", body);
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
        throw new MaxlagException(
            wiki,
            params.action(),
            params.describe(),
            status,
            info,
            lag.isNumber() ? lag.asDouble() : Double.NaN,
            retryAfter);
      }
      throw new MediaWikiApiException(
          wiki, params.action(), params.describe(), status, code, info, null, null);
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
        String text =
            w.has("text")
                ? w.path("text").asText()
                : w.path("html").asText(w.path("code").asText(""));
        deliver(params, w.path("module").asText("main"), text);
      }
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                String text =
                    v.isTextual()
                        ? v.asText()
                        : v.has("warnings")
                            ? v.path("warnings").asText()
                            : v.path("*").asText(v.toString());
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

  /** An error about an answer, quoting the start of its body. */
  MediaWikiApiException error(Params params, int status, String code, String info, byte[] body) {
    return new MediaWikiApiException(
        wiki, params.action(), params.describe(), status, code, info, bodyStart(body), null);
  }

  static String bodyStart(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, BODY_SAMPLE), StandardCharsets.UTF_8);
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > BODY_START ? s.substring(0, BODY_START) + "…" : s;
  }

  static boolean looksLikeJson(byte[] body) {
    int i = 0;
    if (body.length >= 3
        && (body[0] & 0xff) == 0xEF
        && (body[1] & 0xff) == 0xBB
        && (body[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    return i < body.length && body[i] == '{';
  }
}
