package dev.hackathonkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One client's session with the wiki: the bot-password login ({@code action=login} with a login
 * token; the session cookie kept in the {@link MemoryCookieJar}), the CSRF token that writes carry
 * (fetched once, fetched anew once when the wiki answers {@code badtoken}), and what the wiki
 * grants this session (the titles per request, {@code apihighlimits}) or understands (its {@link
 * ApiDialect}), learnt once per login. Every request of the client goes through here, so a closed
 * client sends nothing and a client with a bot password logs in before its first request.
 *
 * <p>Thread-safe: the session state is guarded by one lock; a login or token fetch holds it.
 */
final class ApiSession {

  private static final int LOW_LIMIT = 50;
  private static final int HIGH_LIMIT = 500;

  private final ApiTransport transport;
  private final MemoryCookieJar cookies;
  private final @Nullable String botUser;
  private final @Nullable Secret botPassword;
  private final boolean bearer;

  private final Object lock = new Object();
  private boolean loggedIn;
  private @Nullable Secret csrfToken;
  private int titlesPerRequest;
  private volatile @Nullable ApiDialect dialect;
  private volatile boolean closed;

  /**
   * @param bearer whether every request carries an OAuth 2 token (then writes assert a user too)
   */
  ApiSession(
      ApiTransport transport,
      MemoryCookieJar cookies,
      @Nullable String botUser,
      @Nullable Secret botPassword,
      boolean bearer) {
    this.transport = transport;
    this.cookies = cookies;
    this.botUser = botUser;
    this.botPassword = botPassword;
    this.bearer = bearer;
  }

  String wiki() {
    return transport.wiki();
  }

  /** The wiki and how this session authenticates, never the secret itself. */
  @Override
  public String toString() {
    return transport.wiki()
        + (botUser != null ? ", botPassword user=" + botUser : "")
        + (bearer ? ", OAuth 2 token" : "");
  }

  /** Sends a read after logging in if this session must and has not yet. */
  JsonNode query(Params p) throws IOException {
    ensureLoggedIn();
    return call(p, false);
  }

  /** Streams an answer ({@link ApiTransport#stream}) after logging in if this session must. */
  void stream(Params p, ApiTransport.BodyReader reader) throws IOException {
    ensureLoggedIn();
    transport.stream(p, reader);
  }

  /**
   * Sends a write as a POST with {@code assert=user} (when logged in or with a token) and the CSRF
   * token, both added to {@code p}, which afterwards describes the request last sent. Once each:
   * {@code badtoken} fetches the token anew and sends again; {@code assertuserfailed} (the session
   * expired) logs in again and sends again. Other API errors are thrown as they came.
   */
  JsonNode postWithToken(Params p) throws IOException {
    ensureLoggedIn();
    for (int attempt = 1; ; attempt++) {
      if (loggedIn() || bearer) {
        p.put("assert", "user");
      }
      p.put("token", csrfToken().reveal());
      try {
        return call(p, true);
      } catch (MediaWikiApiException e) {
        if (e.code().equals("badtoken") && attempt == 1) {
          synchronized (lock) {
            csrfToken = null;
          }
          continue;
        }
        if (e.code().equals("assertuserfailed") && attempt == 1 && botUser != null) {
          login();
          continue;
        }
        throw e;
      }
    }
  }

  /**
   * Logs in with the bot password; forgets the CSRF token and the limits learnt before.
   *
   * @throws IllegalStateException if no bot password was configured
   * @throws MediaWikiApiException code {@link MediaWikiApiException#LOGIN_FAILED} if refused
   */
  void login() throws IOException {
    if (botUser == null || botPassword == null) {
      throw new IllegalStateException("no bot password configured (Builder.botPassword)");
    }
    synchronized (lock) {
      JsonNode tokens =
          call(Params.action("query").put("meta", "tokens").put("type", "login"), false);
      String loginToken = tokens.path("query").path("tokens").path("logintoken").asText();
      Params p =
          Params.action("login")
              .put("lgname", botUser)
              .put("lgpassword", botPassword.reveal())
              .put("lgtoken", loginToken);
      JsonNode login = call(p, true).path("login");
      String result = login.path("result").asText();
      if (!result.equals("Success")) {
        throw new MediaWikiApiException(
            transport.wiki(),
            "login",
            p.describe(),
            200,
            MediaWikiApiException.LOGIN_FAILED,
            result + (login.has("reason") ? ": " + login.path("reason").asText() : ""),
            null,
            null);
      }
      loggedIn = true;
      csrfToken = null;
      titlesPerRequest = 0;
    }
  }

  /**
   * How many titles one read request may name: 500 if the wiki grants this session {@code
   * apihighlimits}, else 50. Asked once per login, in the same request as the wiki's version.
   */
  int titlesPerRequest() throws IOException {
    synchronized (lock) {
      if (titlesPerRequest > 0) {
        return titlesPerRequest;
      }
    }
    JsonNode q =
        query(
                Params.action("query")
                    .put("meta", "userinfo|siteinfo")
                    .put("uiprop", "rights")
                    .put("siprop", "general")
                    .put("formatversion", 1))
            .path("query");
    learnDialect(q.path("general"));
    int limit = Answers.hasHighLimits(q) ? HIGH_LIMIT : LOW_LIMIT;
    synchronized (lock) {
      titlesPerRequest = limit;
    }
    return limit;
  }

  /** Takes the request shape from a siteinfo {@code general} answer, if it holds the version. */
  void learnDialect(JsonNode general) {
    String generator = general.path("generator").asText("");
    if (!generator.isEmpty() || dialect == null) {
      ApiDialect d = ApiDialect.of(generator);
      dialect = d;
      transport.formatVersion(d.formatVersion());
    }
  }

  /**
   * The wiki's request shape, asked ({@link #titlesPerRequest()}) before the first revision
   * request.
   */
  ApiDialect dialect() throws IOException {
    ApiDialect d = dialect;
    if (d == null) {
      titlesPerRequest();
      d = dialect;
    }
    return d == null ? ApiDialect.SLOTS : d;
  }

  /** Sends no more requests and forgets the session cookies. */
  void close() {
    closed = true;
    cookies.clear();
  }

  private void ensureLoggedIn() throws IOException {
    if (closed) {
      throw new IllegalStateException("client closed");
    }
    if (botUser != null && !loggedIn()) {
      login();
    }
  }

  private Secret csrfToken() throws IOException {
    synchronized (lock) {
      if (csrfToken == null) {
        JsonNode t = call(Params.action("query").put("meta", "tokens").put("type", "csrf"), false);
        csrfToken = new Secret(t.path("query").path("tokens").path("csrftoken").asText("+\\"));
      }
      return csrfToken;
    }
  }

  private boolean loggedIn() {
    synchronized (lock) {
      return loggedIn;
    }
  }

  private JsonNode call(Params p, boolean post) throws IOException {
    if (closed) {
      throw new IllegalStateException("client closed");
    }
    return transport.call(p, post);
  }
}
