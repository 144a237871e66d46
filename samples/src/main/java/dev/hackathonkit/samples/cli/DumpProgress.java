package dev.hackathonkit.samples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What a person watching a long run sees on stderr: on a terminal, a line redrawn in place at most
 * five times a second ({@code [#####.....] 41 % 12034 pages: 1200 written, 10800 skipped, 34
 * failed, 812 pages/s, 9.4 MB/s, ETA 0:42}; MB/s of XML, after decompression); otherwise a plain
 * line every {@code interval}, and one at the end when there were any (logs and pipes get no
 * control characters); with {@code --quiet} nothing. The share and ETA come from the bytes read of
 * the input file against its size (compressed bytes for a compressed dump); without a size, neither
 * is shown.
 */
final class DumpProgress {
  private static final int WIDTH = 20;

  enum Mode {
    TERMINAL,
    LINES,
    QUIET
  }

  private final PrintWriter err;
  private final Mode mode;
  private final long totalBytes;
  private final LongSupplier bytesRead;
  private final LongSupplier xmlBytes;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private final long start;
  private long lastShown;
  private boolean drawn;
  private boolean shownLines;
  private long pages;
  private long written;
  private long skipped;
  private long failed;

  DumpProgress(
      PrintWriter err,
      Mode mode,
      long totalBytes,
      LongSupplier bytesRead,
      LongSupplier xmlBytes,
      LongSupplier nanoTime,
      long intervalNanos) {
    this.err = err;
    this.mode = mode;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
    this.xmlBytes = xmlBytes;
    this.nanoTime = nanoTime;
    this.intervalNanos = intervalNanos;
    this.start = nanoTime.getAsLong();
    this.lastShown = start;
  }

  /**
   * For the process's stderr: a bar when it is a terminal, else a line every 10 s; nothing when
   * {@code quiet}.
   */
  static DumpProgress forStderr(
      PrintWriter err,
      boolean quiet,
      long totalBytes,
      LongSupplier bytesRead,
      LongSupplier xmlBytes) {
    Mode mode = quiet ? Mode.QUIET : ProgressBar.stderrIsTerminal() ? Mode.TERMINAL : Mode.LINES;
    long interval = mode == Mode.TERMINAL ? 200_000_000L : 10_000_000_000L;
    return new DumpProgress(err, mode, totalBytes, bytesRead, xmlBytes, System::nanoTime, interval);
  }

  void written() {
    pages++;
    written++;
    tick();
  }

  void skipped() {
    pages++;
    skipped++;
    tick();
  }

  void failed() {
    pages++;
    failed++;
    tick();
  }

  /** Something is printed on stderr between updates: the bar's line is ended first. */
  void interrupt() {
    if (mode == Mode.TERMINAL && drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
  }

  private void tick() {
    if (mode == Mode.QUIET) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastShown < intervalNanos) {
      return;
    }
    lastShown = now;
    show(now);
  }

  private void show(long now) {
    String line = line(now);
    if (mode == Mode.TERMINAL) {
      err.print("\r" + line + "\033[K");
      drawn = true;
    } else {
      err.println("progress: " + line);
      shownLines = true;
    }
    err.flush();
  }

  /** The figures at {@code now}. */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    long bytes = bytesRead.getAsLong();
    StringBuilder b = new StringBuilder();
    if (totalBytes > 0) {
      double share = Math.min(1, (double) bytes / totalBytes);
      if (mode == Mode.TERMINAL) {
        int filled = (int) (share * WIDTH);
        b.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
      }
      b.append(String.format(Locale.ROOT, "%.0f %% ", share * 100));
    }
    b.append(pages)
        .append(" pages: ")
        .append(written)
        .append(" written, ")
        .append(skipped)
        .append(" skipped, ")
        .append(failed)
        .append(" failed, ")
        .append(
            String.format(
                Locale.ROOT,
                "%.0f pages/s, %.1f MB/s",
                pages / seconds,
                xmlBytes.getAsLong() / 1e6 / seconds));
    if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
      long eta = (long) (seconds * (totalBytes - bytes) / bytes);
      b.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    return b.toString();
  }

  /**
   * Ends the bar (its last state stays on screen); a plain line for logs says the final figures.
   */
  void finish() {
    if (mode == Mode.QUIET) {
      return;
    }
    if (mode == Mode.TERMINAL) {
      if (drawn || pages > 0) {
        err.print("\r" + line(nanoTime.getAsLong()) + "\033[K");
        err.println();
      }
    } else if (shownLines) {
      err.println("progress: " + line(nanoTime.getAsLong()));
    }
    err.flush();
  }
}
