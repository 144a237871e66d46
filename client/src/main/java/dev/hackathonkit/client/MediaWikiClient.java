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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
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
 * <p>Revisions are asked for in the shape the wiki's MediaWiki version understands, learnt once from
 * {@code meta=siteinfo}: with {@code rvslots=main} from 1.32, without it from 1.25 to 1.31, and in
 * the API's first format version (no {@code formatversion}; the text under {@code "*"}) before 1.25.
 * A page whose revision comes without its text is {@link PageResult.TextUnavailable}, saying why
 * ({@link MissingText}).
 *
 * <p>Every request carries {@code maxlag=5} (configurable) and the caller's User-Agent; requests
 * run one at a time, at least {@link Builder#minInterval(Duration)} apart; answers may be gzipped.
 * {@code maxlag} answers, HTTP 429 and 503 wait for {@code Retry-After}; resets, timeouts, truncated
 * answers, HTTP 502 and 504 back off exponentially with jitter; all within the {@link RetryPolicy}.
 *
 * <p>Thread-safe. {@link #close()} releases the threads and connections of an OkHttp client it
 * created; a client supplied by the caller stays the caller's to close.
 */
public final class MediaWikiClient implements Closeable {

  private static final int LOW_LIMIT = 50;
  private static final int HIGH_LIMIT = 500;
  private static final int MAX_CONTINUATIONS = 100_000;

  private final ApiTransport transport;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final MemoryCookieJar cookies;
  private final @Nullable String botUser;
  private final @Nullable Secret botPassword;
  private final boolean bearer;
  private final boolean followRedirects;
  private final String listLimit;

  private final Object session = new Object();
  private boolean loggedIn;
  private @Nullable Secret csrfToken;
  private int titlesPerRequest;
  private volatile @Nullable ApiDialect dialect;
  private volatile boolean closed;

  private MediaWikiClient(Builder b) {
    HttpUrl api = HttpUrl.get(b.apiUrl.toString());
    this.cookies = new MemoryCookieJar();
    OkHttpClient base = b.httpClient;
    this.ownsHttp = base == null;
    OkHttpClient.Builder hb = base != null ? base.newBuilder() : new OkHttpClient.Builder();
    if (b.connectTimeout != null) {
      hb.connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.readTimeout != null) {
      hb.readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      hb.writeTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    Throttle throttle = new Throttle(b.minInterval, b.sleeper, b.nanoTime);
    hb.cookieJar(cookies)
        .retryOnConnectionFailure(false)
        .addInterceptor(new HeaderInterceptor(b.userAgent, api.host(), b.accessToken))
        .addInterceptor(new RetryInterceptor(b.retryPolicy, b.sleeper, b.nanoTime, throttle, b.maxResponseBytes));
    this.http = hb.build();
    this.transport = new ApiTransport(api, http, b.maxConcurrentRequests, b.maxlag, b.warningListener);
    this.botUser = b.botUser;
    this.botPassword = b.botPassword;
    this.bearer = b.accessToken != null;
    this.followRedirects = b.followRedirects;
    this.listLimit = b.listLimit;
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
    return transport.wiki();
  }

  @Override
  public String toString() {
    return "MediaWikiClient[" + transport.wiki()
        + (botUser != null ? ", botPassword user=" + botUser : "")
        + (bearer ? ", OAuth 2 token" : "") + "]";
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * The wiki's name, software, main page, article path, language and read-only state. Asked in the
   * API's first format version, which every MediaWiki understands; the version it names ({@code
   * generator}) decides how later revision requests are asked (see {@link #page(String)}).
   */
  public SiteInfo siteInfo() throws IOException {
    JsonNode g = query(Params.action("query").put("meta", "siteinfo").put("siprop", "general")
        .put("formatversion", 1)).path("query").path("general");
    SiteInfo info = new SiteInfo(g.path("sitename").asText(), g.path("generator").asText(),
        g.path("mainpage").asText(), g.path("server").asText(), g.path("articlepath").asText("/$1"),
        g.path("lang").asText(), flag(g, "readonly"));
    learnDialect(g);
    return info;
  }

  /**
   * How many titles one read request may name: 500 if the wiki grants this session {@code
   * apihighlimits}, else 50. Asked once per login, in the same request as the wiki's version.
   */
  public int titlesPerRequest() throws IOException {
    synchronized (session) {
      if (titlesPerRequest > 0) {
        return titlesPerRequest;
      }
    }
    JsonNode q = query(Params.action("query").put("meta", "userinfo|siteinfo").put("uiprop", "rights")
        .put("siprop", "general").put("formatversion", 1)).path("query");
    learnDialect(q.path("general"));
    int limit = LOW_LIMIT;
    for (JsonNode r : q.path("userinfo").path("rights")) {
      if (r.asText().equals("apihighlimits")) {
        limit = HIGH_LIMIT;
      }
    }
    synchronized (session) {
      titlesPerRequest = limit;
    }
    return limit;
  }

  /** Takes the request shape from a siteinfo {@code general} answer, if it holds the version. */
  private void learnDialect(JsonNode general) {
    String generator = general.path("generator").asText("");
    if (!generator.isEmpty() || dialect == null) {
      ApiDialect d = ApiDialect.of(generator);
      dialect = d;
      transport.formatVersion(d.formatVersion());
    }
  }

  /** The wiki's request shape, asked ({@link #titlesPerRequest()}) before the first revision request. */
  private ApiDialect dialect() throws IOException {
    ApiDialect d = dialect;
    if (d == null) {
      titlesPerRequest();
      d = dialect;
    }
    return d == null ? ApiDialect.SLOTS : d;
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
      Params p = revisionsQuery(dialect()).list("titles", chunk);
      List<JsonNode> answers = queryContinued(p);
      for (PageResult r : resolve(chunk, answers)) {
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
    Params p = revisionsQuery(dialect()).put("titles", title).put("rvlimit", 1).put("rvdir", "older")
        .put("rvstart", at.toString());
    return resolve(List.of(title), List.of(query(p))).get(0);
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
    Params p = revisionsQuery(dialect()).flag("redirects", false).put("revids", revisionId);
    JsonNode answer = query(p);
    Instant now = curtimestamp(answer);
    for (JsonNode page : answer.path("query").path("pages")) {
      if (page.path("revisions").size() > 0) {
        MissingText missing = missingText(page.path("revisions").get(0));
        if (missing != null) {
          throw new MediaWikiApiException(transport.wiki(), "query", p.describe(), 200, missing.code(),
              missing.description() + ", revision " + revisionId + " of " + page.path("title").asText(), null, null);
        }
        return Optional.of(wikiPage(page, now));
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
    Params p = continued("query").put("list", "allpages").put("apprefix", prefix)
        .put("apnamespace", namespace).put("aplimit", listLimit);
    return lazyList(p, "allpages");
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
    Params p = continued("query").put("list", "categorymembers").put("cmtitle", title)
        .put("cmlimit", listLimit).put("cmprop", "ids|title");
    return lazyList(p, "categorymembers");
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
    Params p = Params.action("parse").put("page", title)
        .put("prop", "text|templates|categories|parsetree|revid").put("disablelimitreport", 1)
        .flag("redirects", followRedirects);
    JsonNode parse = query(p).path("parse");
    List<String> templates = new ArrayList<>();
    parse.path("templates").forEach(t -> templates.add(t.has("title") ? t.path("title").asText() : text(t)));
    List<String> categories = new ArrayList<>();
    parse.path("categories").forEach(c -> categories.add(c.has("category") ? c.path("category").asText() : text(c)));
    return new RenderedPage(parse.path("title").asText(), parse.path("pageid").asLong(),
        parse.path("revid").asLong(), text(parse.path("text")), templates, categories,
        text(parse.path("parsetree")));
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
      throw new IllegalArgumentException("at most " + titlesPerRequest() + " titles per export, got "
          + titles.size() + "; use exportPages for more");
    }
    transport.stream(exportParams(titles), in -> in.transferTo(out));
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
      transport.stream(exportParams(chunk), in -> ExportReader.read(in, sink));
    }
  }

  private Params exportParams(List<String> titles) throws IOException {
    ensureSession();
    return Params.action("query").put("export", 1).put("exportnowrap", 1).list("titles", titles);
  }

  // ---- writing ------------------------------------------------------------------------------

  /**
   * Logs in with the configured bot password ({@code action=login}); the session cookie is kept
   * for later requests. Called by itself before the first request when a bot password is set.
   *
   * @throws IllegalStateException if no bot password was configured
   * @throws MediaWikiApiException code {@link MediaWikiApiException#LOGIN_FAILED} if refused
   */
  public void login() throws IOException {
    if (botUser == null || botPassword == null) {
      throw new IllegalStateException("no bot password configured (Builder.botPassword)");
    }
    synchronized (session) {
      JsonNode tokens = call(Params.action("query").put("meta", "tokens").put("type", "login"), false);
      String loginToken = tokens.path("query").path("tokens").path("logintoken").asText();
      Params p = Params.action("login").put("lgname", botUser).put("lgpassword", botPassword.reveal())
          .put("lgtoken", loginToken);
      JsonNode login = call(p, true).path("login");
      String result = login.path("result").asText();
      if (!result.equals("Success")) {
        throw new MediaWikiApiException(transport.wiki(), "login", p.describe(), 200,
            MediaWikiApiException.LOGIN_FAILED,
            result + (login.has("reason") ? ": " + login.path("reason").asText() : ""), null, null);
      }
      loggedIn = true;
      csrfToken = null;
      titlesPerRequest = 0;
    }
  }

  /**
   * Saves an edit. With a base revision (see {@link EditRequest#basedOn(PageResult, String)}) the
   * wiki refuses to overwrite a change made since that revision; that, and a page created since it
   * was found missing, is an {@link EditConflictException} holding both revisions. Changes by others
   * that don't overlap are merged by the wiki, as its own editor does. A stale CSRF token is
   * fetched anew once.
   *
   * <p>The base is sent as {@code baserevid} when its id is known, {@code basetimestamp} only
   * otherwise. Timestamps have whole seconds, and MediaWiki 1.39 compares them: with {@code
   * basetimestamp}, a change another user saved in the same second as the base revision is not
   * seen as a conflict, and is overwritten (both with and without {@code baserevid}, because the
   * wiki then treats the edit as following the same user's own). With {@code baserevid} alone the
   * check is by revision id; a later change by the same account is a conflict too.
   *
   * @param edit what to save
   * @return what the wiki saved
   */
  public EditResult edit(EditRequest edit) throws IOException {
    ensureSession();
    for (int attempt = 1; ; attempt++) {
      Params p = Params.action("edit").put("title", edit.title()).put("text", edit.text())
          .put("summary", edit.summary()).flag("minor", edit.minor()).flag("bot", edit.bot())
          .flag("createonly", edit.createOnly()).flag("nocreate", edit.noCreate())
          .put("starttimestamp", edit.startTimestamp());
      if (edit.baseRevisionId() != null) {
        p.put("baserevid", edit.baseRevisionId()); // not with basetimestamp: see the method's doc
      } else {
        p.put("basetimestamp", edit.baseTimestamp());
      }
      if (!edit.minor()) {
        p.flag("notminor", true);
      }
      if (loggedIn() || bearer) {
        p.put("assert", "user");
      }
      p.put("token", csrfToken().reveal());
      JsonNode answer;
      try {
        answer = call(p, true);
      } catch (MediaWikiApiException e) {
        if (e.code().equals("badtoken") && attempt == 1) {
          synchronized (session) {
            csrfToken = null;
          }
          continue;
        }
        if (e.code().equals("assertuserfailed") && attempt == 1 && botUser != null) {
          login();
          continue;
        }
        if (e.code().equals("editconflict") || e.code().equals("articleexists")) {
          WikiPage current = null;
          try {
            if (page(edit.title()) instanceof PageResult.Found f) {
              current = f.page();
            }
          } catch (IOException readAgain) {
            e.addSuppressed(readAgain);
          }
          throw new EditConflictException(e, edit.title(), edit.baseTimestamp(), edit.baseRevisionId(),
              edit.text(), current);
        }
        throw e;
      }
      JsonNode r = answer.path("edit");
      if (!r.path("result").asText().equals("Success")) {
        throw new MediaWikiApiException(transport.wiki(), "edit", p.describe(), 200,
            r.path("result").asText("unknown"), r.toString(), null, null);
      }
      boolean noChange = flag(r, "nochange");
      Instant ts = r.hasNonNull("newtimestamp") ? timestamp(r, "newtimestamp") : null;
      long oldRev = r.path("oldrevid").asLong(0);
      return new EditResult(r.path("title").asText(edit.title()), r.path("pageid").asLong(),
          oldRev, r.path("newrevid").asLong(oldRev), ts, flag(r, "new"), noChange);
    }
  }

  private Secret csrfToken() throws IOException {
    synchronized (session) {
      if (csrfToken == null) {
        JsonNode t = call(Params.action("query").put("meta", "tokens").put("type", "csrf"), false);
        csrfToken = new Secret(t.path("query").path("tokens").path("csrftoken").asText("+\\"));
      }
      return csrfToken;
    }
  }

  private boolean loggedIn() {
    synchronized (session) {
      return loggedIn;
    }
  }

  /**
   * Releases what the client created: the connection pool and threads of its own OkHttp client.
   * A client passed to {@link Builder#httpClient(OkHttpClient)} is left to its owner.
   */
  @Override
  public void close() {
    closed = true;
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    cookies.clear();
  }

  // ---- plumbing -----------------------------------------------------------------------------

  /**
   * A {@code prop=revisions} query in the shape the wiki understands: {@code rvslots=main} from
   * MediaWiki 1.32 only (earlier wikis warn of an unrecognised parameter and answer without slots).
   */
  private Params revisionsQuery(ApiDialect d) {
    Params p = continued("query").put("prop", "revisions").put("rvprop", "ids|timestamp|content|contentmodel");
    if (d == ApiDialect.SLOTS) {
      p.put("rvslots", "main");
    }
    return p.flag("redirects", followRedirects).put("curtimestamp", 1);
  }

  /**
   * A query that asks for continuation in the {@code continue} form: the default from MediaWiki
   * 1.26, asked for with an empty {@code continue=} from 1.21 (else those wikis answer with the old
   * {@code query-continue}, which would end a listing after its first batch).
   */
  private static Params continued(String action) {
    return Params.action(action).put("continue", "");
  }

  private void ensureSession() throws IOException {
    if (closed) {
      throw new IllegalStateException("client closed");
    }
    if (botUser != null && !loggedIn()) {
      login();
    }
  }

  private JsonNode query(Params p) throws IOException {
    ensureSession();
    return call(p, false);
  }

  private JsonNode call(Params p, boolean post) throws IOException {
    if (closed) {
      throw new IllegalStateException("client closed");
    }
    return transport.call(p, post);
  }

  /** Follows {@code continue} until the wiki says the result is complete. */
  private List<JsonNode> queryContinued(Params base) throws IOException {
    List<JsonNode> answers = new ArrayList<>();
    Map<String, String> cont = Map.of();
    for (int i = 0; i < MAX_CONTINUATIONS; i++) {
      JsonNode answer = query(base.copy().putAll(cont));
      answers.add(answer);
      JsonNode c = answer.get("continue");
      if (c == null || !c.isObject()) {
        return answers;
      }
      cont = continuation(c);
    }
    throw new IOException("more than " + MAX_CONTINUATIONS + " continuations for " + base.describe());
  }

  private static Map<String, String> continuation(JsonNode c) {
    Map<String, String> m = new LinkedHashMap<>();
    c.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  private Stream<PageRef> lazyList(Params base, String listKey) {
    Iterator<PageRef> it = new ContinuingIterator<>(base, answer -> {
      List<PageRef> refs = new ArrayList<>();
      for (JsonNode n : answer.path("query").path(listKey)) {
        refs.add(new PageRef(n.path("pageid").asLong(), n.path("ns").asInt(), n.path("title").asText()));
      }
      return refs;
    });
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Iterates over a list, fetching the next continuation when the current one is used up. */
  private final class ContinuingIterator<T> implements Iterator<T> {
    private final Params base;
    private final Function<JsonNode, List<T>> extract;
    private final Deque<T> buffer = new ArrayDeque<>();
    private @Nullable Map<String, String> next = Map.of();
    private int requests;

    ContinuingIterator(Params base, Function<JsonNode, List<T>> extract) {
      this.base = base;
      this.extract = extract;
    }

    @Override
    public boolean hasNext() {
      while (buffer.isEmpty() && next != null) {
        if (++requests > MAX_CONTINUATIONS) {
          throw new UncheckedIOException(new IOException("too many continuations: " + base.describe()));
        }
        try {
          JsonNode answer = query(base.copy().putAll(next));
          buffer.addAll(extract.apply(answer));
          JsonNode c = answer.get("continue");
          next = c != null && c.isObject() ? continuation(c) : null;
        } catch (IOException e) {
          next = null;
          throw new UncheckedIOException(e);
        }
      }
      return !buffer.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.removeFirst();
    }
  }

  private static Instant curtimestamp(JsonNode answer) throws IOException {
    return answer.path("curtimestamp").asText("").isEmpty() ? Instant.now() : timestamp(answer, "curtimestamp");
  }

  /**
   * The ISO 8601 instant in {@code node}'s {@code field}, as MediaWiki writes timestamps
   * ({@code 2024-05-02T09:00:00Z}); anything else is an answer this client cannot use.
   *
   * @throws IOException naming the field and what the wiki answered
   */
  static Instant timestamp(JsonNode node, String field) throws IOException {
    String t = node.path(field).asText();
    try {
      return Instant.parse(t);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IOException("the wiki answered " + field + " '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
          + "', expected an ISO 8601 timestamp such as 2024-05-02T09:00:00Z", e);
    }
  }

  /** Maps the answers (one batch, possibly continued) to one result per requested title. */
  private List<PageResult> resolve(List<String> requested, List<JsonNode> answers) throws IOException {
    Map<String, String> normalized = new HashMap<>();
    Map<String, String> redirects = new HashMap<>();
    Map<String, String> interwiki = new HashMap<>();
    Map<String, JsonNode> pages = new HashMap<>();
    Instant now = answers.isEmpty() ? Instant.now() : curtimestamp(answers.get(0));
    for (JsonNode a : answers) {
      JsonNode q = a.path("query");
      q.path("normalized").forEach(n -> normalized.put(n.path("from").asText(), n.path("to").asText()));
      q.path("redirects").forEach(n -> redirects.put(n.path("from").asText(), n.path("to").asText()));
      q.path("interwiki").forEach(n -> interwiki.put(n.path("title").asText(), n.path("iw").asText()));
      for (JsonNode page : q.path("pages")) {
        String t = page.path("title").asText();
        JsonNode old = pages.get(t);
        if (old == null || (old.path("revisions").size() == 0 && page.path("revisions").size() > 0)) {
          pages.put(t, page);
        }
      }
    }
    List<PageResult> out = new ArrayList<>();
    for (String title : requested) {
      List<TitleChange> changes = new ArrayList<>();
      String t = title;
      if (normalized.containsKey(t)) {
        changes.add(new TitleChange(t, normalized.get(t), TitleChange.Kind.NORMALIZED));
        t = normalized.get(t);
      }
      for (int hops = 0; redirects.containsKey(t) && hops < 10; hops++) {
        changes.add(new TitleChange(t, redirects.get(t), TitleChange.Kind.REDIRECT));
        t = redirects.get(t);
      }
      JsonNode page = pages.containsKey(t) ? pages.get(t) : pages.get(title);
      if (interwiki.containsKey(t)) {
        out.add(new PageResult.Invalid(title, changes, "interwiki title (" + interwiki.get(t) + ")"));
      } else if (page == null) {
        out.add(new PageResult.Invalid(title, changes, "the wiki did not answer for this title"));
      } else if (flag(page, "invalid")) {
        out.add(new PageResult.Invalid(title, changes, page.path("invalidreason").asText("invalid title")));
      } else if (flag(page, "special")) {
        out.add(new PageResult.Invalid(title, changes, "special page"));
      } else if (flag(page, "missing") || page.path("revisions").size() == 0) {
        out.add(new PageResult.Missing(title, changes, page.path("title").asText(t),
            page.path("ns").asInt(), now));
      } else if (missingText(page.path("revisions").get(0)) != null) {
        out.add(new PageResult.TextUnavailable(title, changes, page.path("title").asText(t),
            page.path("ns").asInt(), page.path("pageid").asLong(),
            page.path("revisions").get(0).path("revid").asLong(), missingText(page.path("revisions").get(0))));
      } else {
        out.add(new PageResult.Found(title, changes, wikiPage(page, now)));
      }
    }
    return out;
  }

  private static WikiPage wikiPage(JsonNode page, Instant retrievedAt) throws IOException {
    JsonNode rev = page.path("revisions").get(0);
    JsonNode main = mainSlot(rev);
    JsonNode content = content(main);
    return new WikiPage(page.path("title").asText(), page.path("ns").asInt(), page.path("pageid").asLong(),
        rev.path("revid").asLong(), timestamp(rev, "timestamp"),
        content == null ? "" : content.asText(),
        main.path("contentmodel").asText(rev.path("contentmodel").asText("wikitext")), retrievedAt);
  }

  /**
   * Where a revision's main text is: {@code slots.main} from MediaWiki 1.32 (when asked with {@code
   * rvslots}), else the revision itself (1.25 to 1.31, and every wiki asked without {@code rvslots}).
   */
  private static JsonNode mainSlot(JsonNode revision) {
    JsonNode main = revision.path("slots").path("main");
    return main.isObject() ? main : revision;
  }

  /** The text in a slot: {@code content} in format version 2, {@code "*"} in version 1; null if none. */
  private static @Nullable JsonNode content(JsonNode slot) {
    JsonNode c = slot.get("content");
    if (c == null || c.isNull()) {
      c = slot.get("*");
    }
    return c == null || c.isNull() || c.isContainerNode() ? null : c;
  }

  /**
   * Why a revision came without its main text: the flags {@code texthidden}, {@code textmissing}
   * and {@code textdeleted} on the slot or the revision (the text is left out when the user may not
   * read it; a user who may is sent both the flag and the text, and then the text is read), or no
   * text at all without a flag (a {@code slotsmissing} revision). Null when the text is there.
   */
  static @Nullable MissingText missingText(JsonNode revision) {
    JsonNode main = mainSlot(revision);
    if (content(main) != null) {
      return null;
    }
    for (JsonNode holder : List.of(main, revision)) {
      if (flag(holder, "texthidden")) {
        return MissingText.HIDDEN;
      }
      if (flag(holder, "textdeleted")) {
        return MissingText.DELETED;
      }
    }
    return MissingText.MISSING;
  }

  /**
   * A boolean member in either format version: {@code true} in version 2, present as {@code ""} in
   * version 1 (where absence means false).
   */
  static boolean flag(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull() && !(v.isBoolean() && !v.booleanValue());
  }

  /** A text member in either format version: the string, or the {@code "*"} of an object. */
  private static String text(JsonNode node) {
    return node.isObject() ? node.path("*").asText("") : node.asText("");
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
      this.apiUrl = requireNonNull(apiUrl, "apiUrl");
      if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
        throw new IllegalArgumentException("apiUrl must be http or https: " + apiUrl);
      }
      if (apiUrl.getUserInfo() != null) {
        throw new IllegalArgumentException("apiUrl must not hold credentials; use botPassword");
      }
    }

    /**
     * Sets the User-Agent (required): the tool's name and version and a way to reach its operator,
     * as the Wikimedia User-Agent policy asks, such as {@code EventsBot/1.0 (ops@example.org)}.
     *
     * @throws IllegalArgumentException if blank or without an e-mail address or URL
     */
    public Builder userAgent(String userAgent) {
      requireNonNull(userAgent, "userAgent");
      if (!java.util.regex.Pattern.compile("@|https?://|www\\.").matcher(userAgent).find()) {
        throw new IllegalArgumentException("userAgent must name the tool and a contact (e-mail or URL),"
            + " e.g. 'EventsBot/1.0 (ops@example.org)'; was '" + userAgent + "'");
      }
      this.userAgent = userAgent;
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

    /** Sends an OAuth 2 owner-only access token as {@code Authorization: Bearer} on every request. */
    public Builder accessToken(String token) {
      this.accessToken = new Secret(requireNonNull(token, "token"));
      return this;
    }

    /** Sets what waits between retries and throttled requests (tests pass one that doesn't sleep). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets who hears the warnings the Action API sends with successful answers (deprecated
     * parameters, lowered limits). By default they are logged at {@code WARNING} through {@link
     * System.Logger}. The listener is called on the thread that made the request and must not throw.
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

    /** Sets the largest JSON answer accepted (default 64 MiB); exports are streamed, not limited. */
    public Builder maxResponseBytes(long max) {
      if (max < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
      }
      this.maxResponseBytes = max;
      return this;
    }

    /** Items per listing request (default {@code max}); tests set a small one to see continuation. */
    Builder listLimit(int limit) {
      this.listLimit = Integer.toString(limit);
      return this;
    }

    /** The clock for the retry deadline and throttle (tests advance a fake one in their sleeper). */
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
      return new MediaWikiClient(this);
    }
  }
}
