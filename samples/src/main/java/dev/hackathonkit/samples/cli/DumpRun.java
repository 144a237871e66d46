package dev.hackathonkit.samples.cli;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.client.DumpConverter;
import dev.hackathonkit.client.DumpOutcome;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Event;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * {@code convert} of one dump: the pages read on {@code --threads} threads by {@link
 * DumpConverter}, each page's outcome handled here in the dump's order (outputs named and written,
 * a run-report line, the progress), so that the outputs and the report are the same with any number
 * of threads. Per page, only a failure gets a line on stderr; the summary and the run report say
 * the rest.
 */
final class DumpRun {
  private final Path input;
  private final Codecs codecs;
  private final DumpOptions options;
  private final ReadOptions readOptions;
  private final List<Format> targets;
  private final Path out;
  private final RunSummary run;
  private final PrintWriter stderr;
  private int worst = HackathonKit.EXIT_OK;
  private int notEvents;

  DumpRun(
      Path input,
      Codecs codecs,
      DumpOptions options,
      ReadOptions readOptions,
      List<Format> targets,
      Path out,
      RunSummary run,
      PrintWriter stderr) {
    this.input = input;
    this.codecs = codecs;
    this.options = options;
    this.readOptions = readOptions;
    this.targets = targets;
    this.out = out;
    this.run = run;
    this.stderr = stderr;
  }

  /**
   * Converts the dump.
   *
   * @return the exit code: 3 when a page failed (its text not in the dump, unreadable), 6 when one
   *     was below {@code --min-coverage}, 5 when no page was an event page, else 0
   * @throws IOException when the dump itself can't be read (after the pages before the fault were
   *     written and reported) or an output can't be written
   */
  int convert() throws IOException {
    DumpConverter converter =
        codecs
            .dumpConverter()
            .withFilter(options.filter())
            .withMinCoverage(options.minEventCoverage.movePointLeft(2).doubleValue())
            .withAt(options.moment());
    AtomicLong bytes = new AtomicLong();
    AtomicLong xml = new AtomicLong();
    boolean sevenZ = isSevenZ(input); // read by random access: its share is not known as it goes
    DumpProgress progress =
        DumpProgress.forStderr(
            stderr, options.quiet, sevenZ ? 0 : Files.size(input), bytes::get, xml::get);
    ExecutorService pool =
        options.threads > 1 ? Executors.newFixedThreadPool(options.threads, daemons()) : null;
    int written0 = run.writtenCount();
    try (InputStream in =
            new Counting(
                sevenZ
                    ? DumpConverter.open(input)
                    : DumpConverter.decompressed(new Counting(Files.newInputStream(input), bytes)),
                xml);
        RunReport report =
            options.runReport == null ? RunReport.none() : RunReport.to(options.runReport)) {
      converter.convert(
          in,
          input.toString(),
          pool == null ? Runnable::run : pool,
          options.threads,
          this::prepare,
          prepared -> {
            try {
              handle(prepared, report, progress);
            } catch (IOException e) {
              throw new OutputFailure(e);
            }
          });
    } catch (OutputFailure e) {
      throw (IOException) e.getCause();
    } catch (IOException e) {
      // the dump itself: malformed XML (line and column), corrupt compressed data, cut short
      String message = String.valueOf(e.getMessage());
      String prefix = input + ": ";
      throw new CliException(
          HackathonKit.EXIT_INPUT,
          input
              + ": expected a Special:Export dump: "
              + (message.startsWith(prefix) ? message.substring(prefix.length()) : message),
          e);
    } finally {
      progress.finish();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (run.writtenCount() == written0 && notEvents > 0) {
      worst = Math.max(worst, HackathonKit.EXIT_NO_EVENT);
    }
    return worst;
  }

  /**
   * A page's outcome with, for an event page, its outputs rendered under the event's own id: made
   * on the reading threads, written in order by {@link #handle}.
   */
  private record Prepared(DumpOutcome outcome, List<Codecs.Rendered> outputs) {}

  private Prepared prepare(DumpOutcome outcome) {
    if (outcome instanceof DumpOutcome.Converted c && !belowMinCoverage(c.result())) {
      return new Prepared(outcome, render(c.result().event(), c));
    }
    return new Prepared(outcome, List.of());
  }

  /**
   * The outputs of one page; a calendar is stamped with the revision's time, so that a run's files
   * depend on the dump alone.
   */
  private List<Codecs.Rendered> render(Event event, DumpOutcome.Converted page) {
    List<Codecs.Rendered> outputs = new ArrayList<>();
    for (Format target : targets) {
      outputs.add(
          Codecs.render(
              target, event, layout(page.result()), codecs.csvWriter(), page.timestamp()));
    }
    return outputs;
  }

  /** The layout of wiki pages written: the profile given, else the one the page was read with. */
  private @Nullable PageProfile layout(ImportResult result) {
    ProfileChoice choice = result.report().profile();
    return codecs.profile() != null
        ? codecs.profile()
        : choice == null ? null : PageProfile.named(choice.profile());
  }

  private boolean belowMinCoverage(ImportResult result) {
    BigDecimal min = readOptions.minCoverage;
    return min != null
        && BigDecimal.valueOf(result.report().coverage()).movePointRight(2).compareTo(min) < 0;
  }

  private void handle(Prepared prepared, RunReport report, DumpProgress progress)
      throws IOException {
    DumpOutcome outcome = prepared.outcome();
    if (outcome instanceof DumpOutcome.Converted c) {
      ImportResult result = c.result();
      if (belowMinCoverage(result)) {
        fail(
            outcome,
            null,
            "coverage below --min-coverage",
            "coverage "
                + Summary.percent(result.report().coverage())
                + " below "
                + requireNonNull(readOptions.minCoverage).toPlainString()
                + " %",
            HackathonKit.EXIT_LOW_COVERAGE,
            report,
            progress,
            null);
        return;
      }
      report.add(write(c, result, prepared.outputs(), progress));
      run.written();
      progress.written();
    } else if (outcome instanceof DumpOutcome.Skipped s) {
      if (s.reason() == DumpOutcome.Reason.NOT_AN_EVENT) {
        notEvents++;
      }
      run.skipped(s.reason().description());
      report.add(
          RunReport.Line.notWritten(
              s.title(),
              s.namespace(),
              s.revisionId(),
              s.siteName(),
              "skipped",
              s.reason().description(),
              s.detail()));
      progress.skipped();
    } else if (outcome instanceof DumpOutcome.Failed f) {
      String reason = f.missingText() != null ? f.missingText().description() : "could not be read";
      String tag = f.code() == null ? "" : " [" + f.code().code() + "]";
      fail(
          outcome,
          f.message() + tag + "; no event written",
          reason,
          f.message(),
          HackathonKit.EXIT_INPUT,
          report,
          progress,
          f.code() == null ? null : f.code().code());
    }
  }

  private void fail(
      DumpOutcome o,
      @Nullable String line,
      String reason,
      String detail,
      int code,
      RunReport report,
      DumpProgress progress,
      @Nullable String errorCode)
      throws IOException {
    progress.interrupt();
    stderr.println(
        input + ": " + o.title() + ": " + (line != null ? line : detail + "; nothing written"));
    stderr.flush();
    run.failed(reason);
    report.add(
        RunReport.Line.notWritten(
                o.title(), o.namespace(), o.revisionId(), o.siteName(), "failed", reason, detail)
            .withCode(errorCode));
    progress.failed();
    worst = Math.max(worst, code);
  }

  /**
   * Writes one event page's outputs under the name the folder's list gives it: as rendered, or
   * rendered again when the event's id is another page's name.
   */
  private RunReport.Line write(
      DumpOutcome.Converted c,
      ImportResult result,
      List<Codecs.Rendered> rendered,
      DumpProgress progress)
      throws IOException {
    Files.createDirectories(out);
    Event event = result.event();
    String name = run.names().claim(OutputNames.page(c.siteName(), c.title()), event.id());
    List<Codecs.Rendered> outputs = rendered;
    if (!name.equals(event.id())) {
      outputs = render(event.toBuilder().id(name).build(), c);
    }
    StringWriter notes = new StringWriter();
    List<String> written = new ArrayList<>();
    try (PrintWriter notesOut = new PrintWriter(notes)) {
      for (int i = 0; i < outputs.size(); i++) {
        Codecs.Rendered r = outputs.get(i);
        Path file = r.store(out, notesOut);
        // outputs are rendered in the order of the targets, under the name the page's output has
        String refusal =
            file == null
                ? Codecs.refusal(
                    targets.get(i),
                    name.equals(event.id()) ? event : event.toBuilder().id(name).build())
                : null;
        if (refusal != null) {
          progress.interrupt();
          stderr.println(
              "error: "
                  + input
                  + ": "
                  + c.title()
                  + ": "
                  + out.resolve(r.name())
                  + " not written: "
                  + refusal);
          stderr.flush();
          worst = Math.max(worst, HackathonKit.EXIT_UNWRITABLE);
        }
        if (file != null) {
          written.add(r.name());
        }
      }
    }
    ImportReport r = result.report();
    ProfileChoice choice = r.profile();
    int warnings =
        r.problems().size()
            + r.droppedProblems()
            + r.unmapped().size()
            + (int) notes.toString().lines().count();
    return RunReport.Line.written(
        c.title(),
        c.namespace(),
        c.revisionId(),
        c.siteName(),
        written,
        choice == null ? null : choice.profile(),
        r.coverage(),
        warnings);
  }

  private static boolean isSevenZ(Path input) throws IOException {
    try (InputStream in = Files.newInputStream(input)) {
      return InputCheck.isSevenZ(in.readNBytes(6));
    }
  }

  /** An output that could not be written, told apart from a fault of the dump. */
  private static final class OutputFailure extends IOException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "dump-reader-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Counts the bytes read from the file, for the progress's share and MB/s. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count.addAndGet(s);
      return s;
    }
  }
}
