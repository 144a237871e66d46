package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.jspecify.annotations.Nullable;

/**
 * Converts a whole wiki's {@code Special:Export} or Wikimedia XML dump page by page, streaming:
 * memory stays bounded by the largest page times the number of pages in flight, whatever the dump's
 * size. Each page becomes one {@link DumpOutcome}, handed to the caller's sink in the dump's order,
 * on the calling thread, whether the pages were read on that thread or on an executor's: the same
 * dump gives the same outcomes in the same order with any executor.
 *
 * <p>For each page: the revision to read is chosen (the newest, by timestamp then revision id, in a
 * full-history dump whatever the order of its revisions; with {@link #withAt} the newest saved at
 * or before that instant); a page without its text is {@link DumpOutcome.Failed}; a page that is
 * not wikitext, a redirect ({@code <redirect title="…"/>}, or text opening with MediaWiki's {@code
 * #REDIRECT [[…]]}), or one the {@link PageFilter} leaves out is {@link DumpOutcome.Skipped}; the
 * rest is read with the {@link WikitextReader} and kept when it holds an event ({@link
 * #holdsEvent}) of at least the minimum coverage, else skipped as {@link
 * DumpOutcome.Reason#NOT_AN_EVENT}. A page whose reading fails fails alone; the dump reads on.
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(4);
 * try (InputStream in = DumpConverter.decompressed(Files.newInputStream(Path.of("wiki.xml.bz2")))) {
 *   DumpConverter.standard().withMinCoverage(0.2).convert(in, "wiki.xml.bz2", pool, 4, Function.identity(),
 *       outcome -> System.out.println(outcome.title() + ": " + outcome.getClass().getSimpleName()));
 * }
 * }</pre>
 */
public final class DumpConverter {
  /** MediaWiki's default (English) redirect magic word, which every wiki also accepts. */
  private static final Pattern REDIRECT =
      Pattern.compile("\\A\\s*#REDIRECT\\s*:?\\s*\\[\\[([^\\]|\\n]*)", Pattern.CASE_INSENSITIVE);

  private final WikitextReader reader;
  private final PageFilter filter;
  private final double minCoverage;
  private final @Nullable Instant at;
  private final long maxPageChars;

  /**
   * The longest page text kept by default: 4 Mi characters, twice MediaWiki's default {@code
   * $wgMaxArticleSize} (2048 KiB), so that the pages in flight fit a small heap.
   */
  public static final long DEFAULT_MAX_PAGE_CHARS = 4L << 20;

  private DumpConverter(
      WikitextReader reader,
      PageFilter filter,
      double minCoverage,
      @Nullable Instant at,
      long maxPageChars) {
    this.reader = reader;
    this.filter = filter;
    this.minCoverage = minCoverage;
    this.at = at;
    this.maxPageChars = maxPageChars;
  }

  /**
   * Every page, read with {@link WikitextReader#standard()}, kept when it holds an event at all.
   */
  public static DumpConverter standard() {
    return new DumpConverter(
        WikitextReader.standard(), PageFilter.ALL, 0, null, DEFAULT_MAX_PAGE_CHARS);
  }

  /**
   * A copy that reads pages with {@code reader} (its profile and limits; the page's source is set
   * per page).
   */
  public DumpConverter withReader(WikitextReader reader) {
    return new DumpConverter(
        requireNonNull(reader, "reader"), filter, minCoverage, at, maxPageChars);
  }

  /** A copy that reads only the pages {@code filter} keeps. */
  public DumpConverter withFilter(PageFilter filter) {
    return new DumpConverter(
        reader, requireNonNull(filter, "filter"), minCoverage, at, maxPageChars);
  }

  /**
   * A copy that keeps a page only when the profile chosen for it places at least {@code share} of
   * its non-blank characters ({@link ImportReport#coverage()}); the others are skipped as {@link
   * DumpOutcome.Reason#NOT_AN_EVENT}.
   *
   * @param share 0 to 1
   * @throws IllegalArgumentException outside 0 to 1
   */
  public DumpConverter withMinCoverage(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be from 0 to 1: " + share);
    }
    return new DumpConverter(reader, filter, share, at, maxPageChars);
  }

  /**
   * A copy that reads each page as it stood at {@code at}: its newest revision saved at or before
   * that instant; a page with no revision by then is skipped ({@link DumpOutcome.Reason#NOT_YET}).
   * {@code null}: the newest revision.
   */
  public DumpConverter withAt(@Nullable Instant at) {
    return new DumpConverter(reader, filter, minCoverage, at, maxPageChars);
  }

  /**
   * A copy that keeps page texts of at most {@code chars} characters; a longer one is read past as
   * it streams (never held whole) and its page fails with {@link MissingText#TOO_LARGE}.
   *
   * @throws IllegalArgumentException below 1
   */
  public DumpConverter withMaxPageChars(long chars) {
    if (chars < 1) {
      throw new IllegalArgumentException("chars must be at least 1: " + chars);
    }
    return new DumpConverter(reader, filter, minCoverage, at, chars);
  }

  /** The minimum coverage a page must have to be kept, 0 to 1. */
  public double minCoverage() {
    return minCoverage;
  }

  /**
   * Whether a reading holds an event: the reader found one (no {@code P115}) with at least one day,
   * topic or attendee. A page without any of these is not an event page.
   */
  public static boolean holdsEvent(ImportResult result) {
    ImportReport r = result.report();
    if (!r.problems(PageProblem.P115_NO_EVENT_FOUND).isEmpty()) {
      return false;
    }
    Event e = result.event();
    return r.profile() == null
        || !(e.days().isEmpty() && e.topics().isEmpty() && e.attendees().isEmpty());
  }

  /**
   * The dump's bytes, decompressed when they are compressed: gzip ({@code .gz}, several members
   * read as one stream), bzip2 ({@code .bz2}, including Wikimedia's multistream files, which are
   * concatenated bzip2 streams), xz, and the other formats Apache Commons Compress detects from the
   * magic number without further libraries. Plain XML is passed through (buffered). A 7z archive
   * needs random access: {@link #open(java.nio.file.Path)}. A decoder may claim at most 64 MiB (an
   * xz or LZMA header names its dictionary size, up to 4 GiB; xz's largest preset uses 64 MiB): a
   * stream that asks for more fails with Commons Compress's {@code MemoryLimitException}, an {@link
   * IOException}, when it is read.
   *
   * @param in the file's bytes; closed when the stream returned is closed
   * @throws IOException for a compression that needs a library this build does not have (zstd,
   *     brotli)
   */
  public static InputStream decompressed(InputStream in) throws IOException {
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    String kind;
    try {
      kind = CompressorStreamFactory.detect(buffered);
    } catch (CompressorException e) {
      return buffered; // no known signature: the XML reader says what it finds
    }
    try {
      return new CompressorStreamFactory(true, DECODER_MAX_KIB)
          .createCompressorInputStream(kind, buffered);
    } catch (CompressorException | LinkageError e) {
      throw new IOException(
          kind.toLowerCase(Locale.ROOT)
              + "-compressed data can't be read by this build"
              + " (gzip, bzip2 and xz can); decompress it first",
          e);
    }
  }

  /**
   * The most memory a decoder (xz, LZMA, 7z) may claim, in KiB: refuses streams made to exhaust the
   * heap.
   */
  static final int DECODER_MAX_KIB = 64 * 1024;

  /**
   * Opens a dump file for reading: a 7z archive's first file (Wikimedia's {@code .7z} dumps hold
   * one XML file; LZMA/LZMA2 decoders are held to 64 MiB), else the file {@link #decompressed} as
   * its content says (gzip, bzip2, xz or plain XML).
   *
   * @throws IOException when the file can't be read, a 7z archive holds no file or is encrypted, or
   *     the compression needs a library this build does not have
   */
  public static InputStream open(java.nio.file.Path file) throws IOException {
    byte[] head;
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      head = in.readNBytes(6);
    }
    if (!org.apache.commons.compress.archivers.sevenz.SevenZFile.matches(head, head.length)) {
      return decompressed(java.nio.file.Files.newInputStream(file));
    }
    org.apache.commons.compress.archivers.sevenz.SevenZFile archive =
        org.apache.commons.compress.archivers.sevenz.SevenZFile.builder()
            .setPath(file)
            .setMaxMemoryLimitKiB(DECODER_MAX_KIB)
            .get();
    try {
      for (var entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
        if (!entry.isDirectory() && entry.hasStream()) {
          InputStream in = archive.getInputStream(entry);
          return new java.io.FilterInputStream(new BufferedInputStream(in, 1 << 16)) {
            @Override
            public void close() throws IOException {
              try {
                super.close();
              } finally {
                archive.close();
              }
            }
          };
        }
      }
      throw new IOException("7z archive holds no file");
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  /**
   * Converts the dump on the calling thread and hands each page's outcome to {@code sink} in the
   * dump's order.
   *
   * @see #convert(InputStream, String, Executor, int, Function, Sink)
   */
  public void convert(InputStream dump, String sourceName, Sink<? super DumpOutcome> sink)
      throws IOException {
    convert(dump, sourceName, Runnable::run, 1, Function.identity(), sink);
  }

  /**
   * Converts the dump: the calling thread reads the XML and hands pages to {@code executor}, at
   * most {@code 2 * inFlight} ahead of the page the sink has been given, and gives {@code sink}
   * each page's {@code finish(outcome)}, in the dump's order, on the calling thread.
   *
   * @param dump the XML ({@link #decompressed} first for a compressed file); not closed
   * @param sourceName the dump's name in errors ({@code wiki.xml.bz2})
   * @param executor runs the pages' readings and {@code finish}; {@code Runnable::run} for none
   * @param inFlight how many pages the executor reads at once, at least 1 (its thread count)
   * @param finish further work per page on the executor (rendering the outputs), whose result the
   *     sink gets
   * @param sink receives one result per page of the dump, in order
   * @throws IOException when the dump can't be read (malformed XML with its line and column,
   *     corrupt compressed data), after the sink received every page before the fault; or what the
   *     sink threw
   */
  public <T> void convert(
      InputStream dump,
      String sourceName,
      Executor executor,
      int inFlight,
      Function<? super DumpOutcome, ? extends T> finish,
      Sink<? super T> sink)
      throws IOException {
    requireNonNull(dump, "dump");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(executor, "executor");
    requireNonNull(finish, "finish");
    requireNonNull(sink, "sink");
    if (inFlight < 1) {
      throw new IllegalArgumentException("inFlight must be at least 1: " + inFlight);
    }
    Pipeline<T> pipeline = new Pipeline<>(executor, 2 * inFlight, finish, sink);
    try {
      ExportReader.read(dump, pipeline::revision, pipeline::endPage, maxPageChars);
      pipeline.endOfDump();
    } catch (SinkFailure e) {
      pipeline.cancel();
      throw e.getCause();
    } catch (IOException fault) {
      try {
        pipeline.drain(); // the pages before the fault are delivered, then the fault is told
      } catch (SinkFailure s) {
        pipeline.cancel();
        throw s.getCause();
      }
      throw new IOException(sourceName + ": " + fault.getMessage(), fault);
    } catch (RuntimeException | Error e) {
      pipeline.cancel();
      throw e;
    }
  }

  /**
   * Receives a dump's results in order; may throw {@link IOException} (writing outputs), which ends
   * the run.
   */
  @FunctionalInterface
  public interface Sink<T> {
    /** Takes one page's result. */
    void accept(T result) throws IOException;
  }

  /** The sink's {@link IOException}, carried through the XML reader's callback. */
  private static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      // made with a cause, never initCause'd otherwise
      return java.util.Objects.requireNonNull(
          (IOException) super.getCause(), "a SinkFailure without its cause");
    }
  }

  /** Chooses each page's revision, submits its reading, and delivers results in order. */
  private final class Pipeline<T> {
    private final Executor executor;
    private final int capacity;
    private final Function<? super DumpOutcome, ? extends T> finish;
    private final Sink<? super T> sink;
    private final ArrayDeque<CompletableFuture<T>> pending = new ArrayDeque<>();
    private @Nullable ExportedPage chosen;
    private @Nullable ExportedPage
        first; // the page's first revision seen, to tell a page that had none by the date

    Pipeline(
        Executor executor,
        int capacity,
        Function<? super DumpOutcome, ? extends T> finish,
        Sink<? super T> sink) {
      this.executor = executor;
      this.capacity = capacity;
      this.finish = finish;
      this.sink = sink;
    }

    /** One revision from the XML reader. */
    void revision(ExportedPage rev) {
      if (first == null) {
        first = rev;
      }
      if (at != null && rev.timestamp() != null && rev.timestamp().isAfter(at)) {
        return;
      }
      if (chosen == null || newer(rev, chosen)) {
        chosen = rev;
      }
    }

    void endOfDump() {
      drain();
    }

    /** The page's {@code </page>}: its revision is chosen and its reading submitted. */
    void endPage() {
      if (first == null) {
        return;
      }
      ExportedPage page = chosen;
      ExportedPage any = requireNonNull(first);
      first = null;
      chosen = null;
      if (page == null) {
        submit(
            CompletableFuture.completedFuture(
                    new DumpOutcome.Skipped(
                        any.title(),
                        any.namespace(),
                        0,
                        any.siteName(),
                        DumpOutcome.Reason.NOT_YET,
                        "no revision saved by " + at,
                        null))
                .thenApply(finish));
        return;
      }
      submit(CompletableFuture.supplyAsync(() -> finish.apply(outcome(page)), executor));
    }

    private void submit(CompletableFuture<T> future) {
      pending.addLast(future);
      while (pending.size() > capacity) {
        deliver(pending.removeFirst());
      }
    }

    void drain() {
      while (!pending.isEmpty()) {
        deliver(pending.removeFirst());
      }
    }

    void cancel() {
      pending.forEach(f -> f.cancel(false));
      pending.clear();
    }

    private void deliver(CompletableFuture<T> future) {
      T result;
      try {
        result = future.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw e;
      } catch (CancellationException e) {
        throw e;
      }
      try {
        sink.accept(result);
      } catch (IOException e) {
        throw new SinkFailure(e);
      }
    }
  }

  /** Whether revision {@code a} is newer than {@code b}: by timestamp, then by revision id. */
  private static boolean newer(ExportedPage a, ExportedPage b) {
    if (a.timestamp() != null && b.timestamp() != null && !a.timestamp().equals(b.timestamp())) {
      return a.timestamp().isAfter(b.timestamp());
    }
    return a.revisionId() >= b.revisionId();
  }

  /** What becomes of one page's chosen revision; never throws for the page's content. */
  DumpOutcome outcome(ExportedPage page) {
    String title = page.title();
    int ns = page.namespace();
    long rev = page.revisionId();
    String site = page.siteName();
    String byName = filter.refusalByName(page);
    if (byName != null) {
      return new DumpOutcome.Skipped(
          title, ns, rev, site, DumpOutcome.Reason.FILTERED, byName, null);
    }
    MissingText missing = page.missingText();
    if (missing != null) {
      return new DumpOutcome.Failed(
          title,
          ns,
          rev,
          site,
          missing,
          missing.description()
              + (missing == MissingText.TOO_LARGE ? " (over " + maxPageChars + " characters)" : "")
              + (rev > 0 ? " (revision " + rev + ")" : ""),
          null);
    }
    if (!page.model().equals("wikitext")) {
      return new DumpOutcome.Skipped(
          title,
          ns,
          rev,
          site,
          DumpOutcome.Reason.NOT_WIKITEXT,
          "content model " + page.model(),
          null);
    }
    String target = redirectTarget(page);
    if (target != null) {
      return new DumpOutcome.Skipped(
          title,
          ns,
          rev,
          site,
          DumpOutcome.Reason.REDIRECT,
          target.isEmpty() ? "redirect" : "to " + target,
          null);
    }
    String byText = filter.refusalByText(page.text());
    if (byText != null) {
      return new DumpOutcome.Skipped(
          title, ns, rev, site, DumpOutcome.Reason.FILTERED, byText, null);
    }
    ImportResult result;
    try {
      result = reader.withSource(new Source(site, title, null, rev, null)).read(page.text());
    } catch (EventFormatException e) {
      return new DumpOutcome.Failed(title, ns, rev, site, null, oneLine(e.getMessage()), e.code());
    } catch (RuntimeException | StackOverflowError e) {
      return new DumpOutcome.Failed(
          title,
          ns,
          rev,
          site,
          null,
          "internal error while reading the page: " + oneLine(String.valueOf(e)),
          null);
    }
    if (!holdsEvent(result)) {
      return new DumpOutcome.Skipped(
          title,
          ns,
          rev,
          site,
          DumpOutcome.Reason.NOT_AN_EVENT,
          "no days, topics or attendees",
          result);
    }
    double coverage = result.report().coverage();
    if (coverage < minCoverage) {
      return new DumpOutcome.Skipped(
          title,
          ns,
          rev,
          site,
          DumpOutcome.Reason.NOT_AN_EVENT,
          String.format(
              Locale.ROOT,
              "coverage %.1f %% below %.1f %%",
              Math.floor(coverage * 1000) / 10,
              minCoverage * 100),
          result);
    }
    return new DumpOutcome.Converted(title, ns, rev, site, page.timestamp(), result);
  }

  /**
   * The redirect's target ({@code ""} when the dump does not name it), or {@code null} for a page
   * that is no redirect.
   */
  private static @Nullable String redirectTarget(ExportedPage page) {
    if (page.redirectTarget() != null) {
      return page.redirectTarget();
    }
    var m = REDIRECT.matcher(page.text());
    return m.lookingAt() ? m.group(1).strip() : null;
  }

  private static String oneLine(@Nullable String s) {
    return String.valueOf(s).replace('\n', ' ').strip();
  }
}
