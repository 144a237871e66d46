package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A request to a wiki failed: the API answered with an error ({@link #code()} and {@link #info()}
 * as the API sent them), the server answered with an HTTP error or with something that is not the
 * API's JSON, or the connection failed after every retry. The message names the wiki, the request
 * (its parameters with secrets replaced by {@code ***}) and what the wiki answered; it never holds
 * a password or token.
 *
 * <p>Codes the client sets itself, where the API gave none: {@link #HTTP_ERROR}, {@link #NOT_JSON},
 * {@link #BAD_JSON}, {@link #NETWORK}, {@link #LOGIN_FAILED}.
 */
public class MediaWikiApiException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Code for an HTTP error status without an API error. */
  public static final String HTTP_ERROR = "http";

  /** Code for an answer that is not JSON (an HTML error page, a captive portal). */
  public static final String NOT_JSON = "notjson";

  /** Code for an answer that starts as JSON but can't be parsed (truncated, garbled). */
  public static final String BAD_JSON = "badjson";

  /** Code for a connection failure (reset, timeout) after the last retry. */
  public static final String NETWORK = "network";

  /** Code for a login the wiki refused ({@link #info()} holds its result and reason). */
  public static final String LOGIN_FAILED = "loginfailed";

  private final String wiki;
  private final String action;
  private final String request;
  private final int httpStatus;
  private final String code;
  private final String info;
  private final @Nullable String bodyStart;

  /**
   * Creates the exception.
   *
   * @param wiki the API URL of the wiki
   * @param action the request's {@code action} parameter
   * @param request the request's parameters, secrets already masked
   * @param httpStatus the HTTP status, 0 when no answer arrived
   * @param code the API error code or one of the client's codes
   * @param info the API's explanation or the client's
   * @param bodyStart the start of the answer's body, for HTTP and format errors
   * @param cause the underlying failure, if any
   */
  MediaWikiApiException(
      String wiki,
      String action,
      String request,
      int httpStatus,
      String code,
      String info,
      @Nullable String bodyStart,
      @Nullable Throwable cause) {
    super(message(wiki, request, httpStatus, code, info, bodyStart), cause);
    this.wiki = requireNonNull(wiki, "wiki");
    this.action = requireNonNull(action, "action");
    this.request = requireNonNull(request, "request");
    this.httpStatus = httpStatus;
    this.code = requireNonNull(code, "code");
    this.info = requireNonNull(info, "info");
    this.bodyStart = bodyStart;
  }

  private static String message(
      String wiki,
      String request,
      int status,
      String code,
      String info,
      @Nullable String bodyStart) {
    StringBuilder m = new StringBuilder();
    m.append(wiki)
        .append(" [")
        .append(request)
        .append("]: ")
        .append(code)
        .append(": ")
        .append(info);
    if (status != 0 && status != 200) {
      m.append(" (HTTP ").append(status).append(')');
    }
    if (bodyStart != null && !bodyStart.isEmpty()) {
      m.append("; body starts: ").append(bodyStart);
    }
    return m.toString();
  }

  /** The API URL of the wiki that failed. */
  public String wiki() {
    return wiki;
  }

  /** The request's {@code action} parameter ({@code query}, {@code edit}, {@code login}...). */
  public String action() {
    return action;
  }

  /** The request's parameters, with every secret masked. */
  public String request() {
    return request;
  }

  /** The HTTP status of the answer (API errors normally come with 200), 0 if there was none. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The API's error code ({@code badtoken}, {@code maxlag}...) or one of the client's codes. */
  public String code() {
    return code;
  }

  /** The API's explanation of the error, or the client's. */
  public String info() {
    return info;
  }

  /** The first characters of the answer, for HTTP and format errors; null otherwise. */
  public @Nullable String bodyStart() {
    return bodyStart;
  }
}
