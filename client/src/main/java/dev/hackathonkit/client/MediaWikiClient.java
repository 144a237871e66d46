package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client for one wiki's Action API ({@code api.php}), on OkHttp.
 *
 * <pre>{@code
 * try (MediaWikiClient wiki = MediaWikiClient.builder(URI.create("https://wiki.example.org/w/api.php"))
 *     .userAgent("EventsBot/1.0 (https://example.org/bot; ops@example.org)")
 *     .botPassword("Admin@events", System.getenv("BOT_PASSWORD"))
 *     .build()) {
 *   PageResult read = wiki.page("Hackathon/2026");
 *   wiki.edit(EditRequest.basedOn(read, newText).summary("update topics").build());
 * }
 * }</pre>
 *
 * <p>Reads: {@link #siteInfo()}, {@link #page(String)}, {@link #pages(List, ProgressListener)}
 * (batched, 50 titles per request or 500 with {@code apihighlimits}), {@link #pageAt(String,
 * Instant)}, {@link #revision(long)}, {@link #allPages(String, int)}, {@link
 * #categoryMembers(String)}, {@link #pagesWithPrefix(String, int, ProgressListener)}, {@link
 * #parse(String)}, {@link #export(List, OutputStream)}, {@link #exportPages(List, Consumer)}.
 * Writes: {@link #login()} (bot password; done by itself before the first request when one is
 * configured), {@link #edit(EditRequest)}.
 *
 * <p>Revisions are asked for in the shape the wiki's MediaWiki version understands, learnt once
 * from {@code meta=siteinfo}: with {@code rvslots=main} from 1.32, without it from 1.25 to 1.31,
 * and in the API's first format version (no {@code formatversion}; the text under {@code "*"})
 * before 1.25. A page whose revision comes without its text is {@link PageResult.TextUnavailable},
 * saying why ({@link MissingText}).
 *
 * <p>Every request carries {@code maxlag=5} (configurable) and the caller's User-Agent; requests
 * run one at a time, at least {@link Builder#minInterval(Duration)} apart; answers may be gzipped.
 * {@code maxlag} answers, HTTP 429 and 503 wait for {@code Retry-After}; resets, timeouts,
 * truncated answers, HTTP 502 and 504 back off exponentially with jitter; all within the {@link
 * RetryPolicy}.
 *
 * <p>Thread-safe. {@link #close()} releases the threads and connections of an OkHttp client it
 * created; a client supplied by the caller stays the caller's to close.
 */
public final class MediaWikiClient implements Closeable {

  // The front of package-private parts, each one rule: ClientOptions (the builder's checks and the
  // OkHttp wiring), ApiSession (login, cookies, CSRF token, learnt limits and dialect),
  // ApiTransport
  // (sends) with AnswerDecoder (API errors and warnings), Continuation (the one continue loop) and
  // Answers (the JSON shapes of successful answers). What stays here is what each read or write
  // asks.

  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final ApiSession session;
  private final boolean followRedirects;
  private final String listLimit;

  private MediaWikiClient(ClientOptions o) {
    MemoryCookieJar cookies = new MemoryCookieJar();
    this.http = o.http(cookies);
    this.ownsHttp = o.httpClient() == null;
    this.session = o.session(http, cookies);
    this.followRedirects = o.followRedirects();
    this.listLimit = o.listLimit();
  }

  /**
   * Starts a builder for the wiki whose {@code api.php} is at {@code apiUrl}.
   *
   * @param apiUrl the Action API endpoint, such as {@code https://wiki.example.org/w/api.php}
   * @return the builder
   */
  public static Builder builder(URI apiUrl) {
    return new Builder(apiUrl);
  }

  /** The API URL this client talks to. */
  public String wiki() {
    return session.wiki();
  }

  @Override
  public String toString() {
    return "MediaWikiClient[" + session + "]";
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * The wiki's name, software, main page, article path, language and read-only state. Asked in the
   * API's first format version, which every MediaWiki understands; the version it names ({@code
   * generator}) decides how later revision requests are asked (see {@link #page(String)}).
   */
  public SiteInfo siteInfo() throws IOException {
    JsonNode g =
        session
            .query(
                Params.action("query")
                    .put("meta", "siteinfo")
                    .put("siprop", "general")
                    .put("formatversion", 1))
            .path("query")
            .path("general");
    SiteInfo info = Answers.siteInfo(g);
    session.learnDialect(g);
    return info;
  }

  /**
   * How many titles one read request may name: 500 if the wiki grants this session {@code
   * apihighlimits}, else 50. Asked once per login, in the same request as the wiki's version.
   */
  public int titlesPerRequest() throws IOException {
    return session.titlesPerRequest();
  }

  /**
   * The current revision of one page.
   *
   * @param title the title, in any form the wiki normalises
   * @return found, missing or invalid
   */
  public PageResult page(String title) throws IOException {
    return pages(List.of(title), ProgressListener.none()).get(0);
  }

  /**
   * The current revisions of many pages, as few requests as the wiki's limit allows.
   *
   * @param titles the titles; duplicates are fetched once
   * @param progress told after each batch
   * @return one result per requested title, in the order requested
   */
  public List<PageResult> pages(List<String> titles, ProgressListener progress) throws IOException {
    requireNonNull(progress, "progress");
    if (titles.isEmpty()) {
      return List.of();
    }
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(titles));
    Map<String, PageResult> byTitle = new HashMap<>();
    int batch = titlesPerRequest();
    for (int from = 0; from < unique.size(); from += batch) {
      List<String> chunk = unique.subList(from, Math.min(unique.size(), from + batch));
      Params p = revisionsQuery(session.dialect()).list("titles", chunk);
      for (PageResult r : Answers.resolve(chunk, new Continuation(p, session::query).drain())) {
        byTitle.put(r.requestedTitle(), r);
      }
      progress.progress(Math.min(unique.size(), from + batch), unique.size());
    }
    List<PageResult> out = new ArrayList<>(titles.size());
    for (String t : titles) {
      out.add(byTitle.get(t));
    }
    return out;
  }

  /**
   * A page as it was at a moment: its last revision saved at or before {@code at}.
   *
   * @param title the page
   * @param at the moment
   * @return found (that old revision), missing (no such page, or no revision yet at that moment) or
   *     invalid
   */
  public PageResult pageAt(String title, Instant at) throws IOException {
    Params p =
        revisionsQuery(session.dialect())
            .put("titles", title)
            .put("rvlimit", 1)
            .put("rvdir", "older")
            .put("rvstart", at.toString());
    return Answers.resolve(List.of(title), List.of(session.query(p))).get(0);
  }

  /**
   * One revision by its id.
   *
   * @param revisionId the revision id ({@code oldid})
   * @return the revision, or empty if the wiki has no such revision
   * @throws MediaWikiApiException code {@code texthidden}, {@code textmissing} or {@code
   *     textdeleted} if the wiki sent the revision without its text ({@link MissingText})
   */
  public Optional<WikiPage> revision(long revisionId) throws IOException {
    Params p = revisionsQuery(session.dialect()).flag("redirects", false).put("revids", revisionId);
    JsonNode answer = session.query(p);
    Instant now = Answers.curtimestamp(answer);
    for (JsonNode page : answer.path("query").path("pages")) {
      if (page.path("revisions").size() > 0) {
        MissingText missing = Answers.missingText(page.path("revisions").get(0));
        if (missing != null) {
          throw new MediaWikiApiException(
              session.wiki(),
              "query",
              p.describe(),
              200,
              missing.code(),
              missing.description()
                  + ", revision "
                  + revisionId
                  + " of "
                  + page.path("title").asText(),
              null,
              null);
        }
        return Optional.of(Answers.wikiPage(page, now));
      }
    }
    return Optional.empty();
  }

  /**
   * Titles starting with {@code prefix} in one namespace ({@code list=allpages}), fetched lazily,
   * one continuation after another, as the stream is consumed. A failed request surfaces as an
   * {@link UncheckedIOException} wrapping the {@link MediaWikiApiException}.
   *
   * @param prefix the title prefix without the namespace prefix ({@code ""} for all)
   * @param namespace the namespace number (0 for articles)
   * @return the pages in title order
   */
  public Stream<PageRef> allPages(String prefix, int namespace) {
    Params p =
        Continuation.params("query")
            .put("list", "allpages")
            .put("apprefix", prefix)
            .put("apnamespace", namespace)
            .put("aplimit", listLimit);
    return new Continuation(p, session::query)
        .items(answer -> Answers.pageRefs(answer, "allpages"));
  }

  /**
   * Members of a category ({@code list=categorymembers}), fetched lazily like {@link
   * #allPages(String, int)}.
   *
   * @param category the category, with or without its {@code Category:} prefix
   * @return pages, subcategories and files in the category
   */
  public Stream<PageRef> categoryMembers(String category) {
    String title = category.contains(":") ? category : "Category:" + category;
    Params p =
        Continuation.params("query")
            .put("list", "categorymembers")
            .put("cmtitle", title)
            .put("cmlimit", listLimit)
            .put("cmprop", "ids|title");
    return new Continuation(p, session::query)
        .items(answer -> Answers.pageRefs(answer, "categorymembers"));
  }

  /**
   * The current revisions of every page whose title starts with {@code prefix}: lists them, then
   * fetches them in batches, reporting progress after each batch.
   *
   * @param prefix the title prefix without the namespace prefix
   * @param namespace the namespace number
   * @param progress told after each batch, with the total known
   * @return one result per page, in title order
   */
  public List<PageResult> pagesWithPrefix(String prefix, int namespace, ProgressListener progress)
      throws IOException {
    List<String> titles;
    try (Stream<PageRef> refs = allPages(prefix, namespace)) {
      titles = refs.map(PageRef::title).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    progress.progress(0, titles.size());
    return pages(titles, progress);
  }

  /**
   * The page rendered by the wiki ({@code action=parse}), with its templates, categories and the
   * preprocessor's template tree ({@code prop=parsetree}).
   *
   * @param title the page; redirects are followed
   * @return the rendered page
   * @throws MediaWikiApiException {@code missingtitle} if there is no such page
   */
  public RenderedPage parse(String title) throws IOException {
    Params p =
        Params.action("parse")
            .put("page", title)
            .put("prop", "text|templates|categories|parsetree|revid")
            .put("disablelimitreport", 1)
            .flag("redirects", followRedirects);
    return Answers.renderedPage(session.query(p).path("parse"));
  }

  /**
   * Streams the {@code Special:Export} XML of the current revisions of some pages to {@code out},
   * without holding it in memory. One request, so at most {@link #titlesPerRequest()} titles.
   *
   * @param titles the pages
   * @param out receives the XML; not closed
   */
  public void export(List<String> titles, OutputStream out) throws IOException {
    if (titles.size() > titlesPerRequest()) {
      throw new IllegalArgumentException(
          "at most "
              + titlesPerRequest()
              + " titles per export, got "
              + titles.size()
              + "; use exportPages for more");
    }
    session.stream(exportParams(titles), in -> in.transferTo(out));
  }

  /**
   * Exports the current revisions of pages in batches and reads each answer page by page as it
   * arrives ({@link ExportReader}), never holding a whole dump in memory.
   *
   * @param titles the pages; missing ones are left out by the wiki
   * @param sink receives each exported page
   */
  public void exportPages(List<String> titles, Consumer<ExportedPage> sink) throws IOException {
    int batch = titlesPerRequest();
    for (int from = 0; from < titles.size(); from += batch) {
      List<String> chunk = titles.subList(from, Math.min(titles.size(), from + batch));
      session.stream(exportParams(chunk), in -> ExportReader.read(in, sink));
    }
  }

  private static Params exportParams(List<String> titles) {
    return Params.action("query").put("export", 1).put("exportnowrap", 1).list("titles", titles);
  }

  /**
   * A {@code prop=revisions} query in the shape the wiki understands: {@code rvslots=main} from
   * MediaWiki 1.32 only (earlier wikis warn of an unrecognised parameter and answer without slots).
   */
  private Params revisionsQuery(ApiDialect d) {
    Params p =
        Continuation.params("query")
            .put("prop", "revisions")
            .put("rvprop", "ids|timestamp|content|contentmodel");
    if (d == ApiDialect.SLOTS) {
      p.put("rvslots", "main");
    }
    return p.flag("redirects", followRedirects).put("curtimestamp", 1);
  }

  // ---- writing ------------------------------------------------------------------------------

  /**
   * Logs in with the configured bot password ({@code action=login}); the session cookie is kept for
   * later requests. Called by itself before the first request when a bot password is set.
   *
   * @throws IllegalStateException if no bot password was configured
   * @throws MediaWikiApiException code {@link MediaWikiApiException#LOGIN_FAILED} if refused
   */
  public void login() throws IOException {
    session.login();
  }

  /**
   * Saves an edit. With a base revision (see {@link EditRequest#basedOn(PageResult, String)}) the
   * wiki refuses to overwrite a change made since that revision; that, and a page created since it
   * was found missing, is an {@link EditConflictException} holding both revisions. Changes by
   * others that don't overlap are merged by the wiki, as its own editor does. A stale CSRF token is
   * fetched anew once.
   *
   * <p>The base is sent as {@code baserevid} when its id is known, {@code basetimestamp} only
   * otherwise. Timestamps have whole seconds, and MediaWiki 1.39 compares them: with {@code
   * basetimestamp}, a change another user saved in the same second as the base revision is not seen
   * as a conflict, and is overwritten (both with and without {@code baserevid}, because the wiki
   * then treats the edit as following the same user's own). With {@code baserevid} alone the check
   * is by revision id; a later change by the same account is a conflict too.
   *
   * @param edit what to save
   * @return what the wiki saved
   */
  public EditResult edit(EditRequest edit) throws IOException {
    Params p =
        Params.action("edit")
            .put("title", edit.title())
            .put("text", edit.text())
            .put("summary", edit.summary())
            .flag("minor", edit.minor())
            .flag("bot", edit.bot())
            .flag("createonly", edit.createOnly())
            .flag("nocreate", edit.noCreate())
            .put("starttimestamp", edit.startTimestamp());
    if (edit.baseRevisionId() != null) {
      p.put("baserevid", edit.baseRevisionId()); // not with basetimestamp: see the method's doc
    } else {
      p.put("basetimestamp", edit.baseTimestamp());
    }
    if (!edit.minor()) {
      p.flag("notminor", true);
    }
    JsonNode answer;
    try {
      answer = session.postWithToken(p);
    } catch (MediaWikiApiException e) {
      if (e.code().equals("editconflict") || e.code().equals("articleexists")) {
        throw conflict(e, edit);
      }
      throw e;
    }
    JsonNode r = answer.path("edit");
    if (!r.path("result").asText().equals("Success")) {
      throw new MediaWikiApiException(
          session.wiki(),
          "edit",
          p.describe(),
          200,
          r.path("result").asText("unknown"),
          r.toString(),
          null,
          null);
    }
    return Answers.editResult(r, edit.title());
  }

  /**
   * The wiki refused the edit as a conflict: the page as it is now, read again, beside the edit.
   */
  private EditConflictException conflict(MediaWikiApiException e, EditRequest edit) {
    WikiPage current = null;
    try {
      if (page(edit.title()) instanceof PageResult.Found f) {
        current = f.page();
      }
    } catch (IOException readAgain) {
      e.addSuppressed(readAgain);
    }
    return new EditConflictException(
        e, edit.title(), edit.baseTimestamp(), edit.baseRevisionId(), edit.text(), current);
  }

  /**
   * Releases what the client created: the connection pool and threads of its own OkHttp client. A
   * client passed to {@link Builder#httpClient(OkHttpClient)} is left to its owner.
   */
  @Override
  public void close() {
    session.close();
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Builds a {@link MediaWikiClient}. */
  public static final class Builder {
    private final URI apiUrl;
    private @Nullable String userAgent;
    private @Nullable OkHttpClient httpClient;
    private @Nullable Duration connectTimeout = Duration.ofSeconds(10);
    private @Nullable Duration readTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration minInterval = Duration.ZERO;
    private int maxConcurrentRequests = 1;
    private @Nullable Duration maxlag = Duration.ofSeconds(5);
    private @Nullable String botUser;
    private @Nullable Secret botPassword;
    private @Nullable Secret accessToken;
    private Sleeper sleeper = Sleeper.system();
    private LongSupplier nanoTime = System::nanoTime;
    private boolean followRedirects = true;
    private long maxResponseBytes = 64L * 1024 * 1024;
    private String listLimit = "max";
    private Consumer<ApiWarning> warningListener = ApiWarningLog::log;

    private Builder(URI apiUrl) {
      this.apiUrl = ClientOptions.checkApiUrl(requireNonNull(apiUrl, "apiUrl"));
    }

    /**
     * Sets the User-Agent (required): the tool's name and version and a way to reach its operator,
     * as the Wikimedia User-Agent policy asks, such as {@code EventsBot/1.0 (ops@example.org)}.
     *
     * @throws IllegalArgumentException if blank or without an e-mail address or URL
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = ClientOptions.checkUserAgent(requireNonNull(userAgent, "userAgent"));
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its connection pool, dispatcher and interceptors); the
     * MediaWiki client derives its own from it with {@link OkHttpClient#newBuilder()} and never
     * shuts it down.
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = requireNonNull(client, "client");
      return this;
    }

    /** Sets the connect timeout (default 10 s); null keeps the OkHttp client's. */
    public Builder connectTimeout(@Nullable Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** Sets the read and write timeouts (default 60 s); null keeps the OkHttp client's. */
    public Builder readTimeout(@Nullable Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /** Sets the retry policy (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the minimum time between the starts of two requests (default none). */
    public Builder minInterval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("minInterval must not be negative");
      }
      this.minInterval = interval;
      return this;
    }

    /** Sets how many requests may run at once (default 1: serial, as wikis ask of bots). */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /** Sets the {@code maxlag} sent with every request (default 5 s); null sends none. */
    public Builder maxlag(@Nullable Duration maxlag) {
      this.maxlag = maxlag;
      return this;
    }

    /**
     * Logs in with a bot password ({@code Special:BotPasswords}) before the first request.
     *
     * @param user the bot user name, {@code User@appid}
     * @param password the generated bot password
     */
    public Builder botPassword(String user, String password) {
      this.botUser = requireNonNull(user, "user");
      this.botPassword = new Secret(requireNonNull(password, "password"));
      return this;
    }

    /**
     * Sends an OAuth 2 owner-only access token as {@code Authorization: Bearer} on every request.
     */
    public Builder accessToken(String token) {
      this.accessToken = new Secret(requireNonNull(token, "token"));
      return this;
    }

    /**
     * Sets what waits between retries and throttled requests (tests pass one that doesn't sleep).
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets who hears the warnings the Action API sends with successful answers (deprecated
     * parameters, lowered limits). By default they are logged at {@code WARNING} through {@link
     * System.Logger}. The listener is called on the thread that made the request and must not
     * throw.
     */
    public Builder onWarning(Consumer<ApiWarning> listener) {
      this.warningListener = requireNonNull(listener, "listener");
      return this;
    }

    /** Sets whether reads follow redirects (default true). */
    public Builder followRedirects(boolean follow) {
      this.followRedirects = follow;
      return this;
    }

    /**
     * Sets the largest JSON answer accepted (default 64 MiB); exports are streamed, not limited.
     */
    public Builder maxResponseBytes(long max) {
      if (max < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
      }
      this.maxResponseBytes = max;
      return this;
    }

    /**
     * Items per listing request (default {@code max}); tests set a small one to see continuation.
     */
    Builder listLimit(int limit) {
      this.listLimit = Integer.toString(limit);
      return this;
    }

    /**
     * The clock for the retry deadline and throttle (tests advance a fake one in their sleeper).
     */
    Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no User-Agent was set
     */
    public MediaWikiClient build() {
      if (userAgent == null) {
        throw new IllegalStateException("userAgent is required (Wikimedia User-Agent policy)");
      }
      return new MediaWikiClient(
          new ClientOptions(
              apiUrl,
              userAgent,
              httpClient,
              connectTimeout,
              readTimeout,
              retryPolicy,
              minInterval,
              maxConcurrentRequests,
              maxlag,
              botUser,
              botPassword,
              accessToken,
              sleeper,
              nanoTime,
              followRedirects,
              maxResponseBytes,
              listLimit,
              warningListener));
    }
  }
}
