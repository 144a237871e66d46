package dev.hackathonkit.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr for bulk fetches, redrawn in place; silent when stderr is not a
 * terminal, so logs and pipes get no control characters.
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private int lastDrawn = -1;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A bar that draws only when the process's stderr is a terminal. */
  static ProgressBar forStderr(PrintWriter err) {
    return new ProgressBar(err, stderrIsTerminal());
  }

  /** Redraws the bar: {@code [#######.......] 12/50 pages}; {@code total} below 1 means unknown. */
  void update(int done, int total) {
    if (!enabled) {
      return;
    }
    int filled = total > 0 ? (int) ((long) Math.min(done, total) * WIDTH / total) : 0;
    if (filled == lastDrawn && total > 0 && done < total) {
      return;
    }
    lastDrawn = filled;
    String bar = total > 0 ? "#".repeat(filled) + ".".repeat(WIDTH - filled) : "?".repeat(WIDTH);
    err.print("\r[" + bar + "] " + done + (total > 0 ? "/" + total : "") + " pages");
    err.flush();
  }

  /** Ends the bar's line. */
  void finish() {
    if (enabled && lastDrawn >= 0) {
      err.println();
      err.flush();
    }
  }

  /**
   * On Linux, whether file descriptor 2 is a terminal device; elsewhere, whether there is a
   * console.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      @SuppressWarnings(
          "SystemConsoleNull") // the build targets JDK 17, where it is null without a terminal
      boolean terminal = System.console() != null;
      return terminal;
    }
  }
}
