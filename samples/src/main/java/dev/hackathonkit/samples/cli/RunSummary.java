package dev.hackathonkit.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of {@code convert} or {@code fetch} did with its pages: how many were read, written
 * and refused, why pages failed, and the output names it gave (see {@link OutputNames}). Printed at
 * the end of a run of more than one page, or of one whose output was named apart (a single page
 * that failed has said so on stderr).
 */
final class RunSummary {
  private final OutputNames names;
  private int pages;
  private int written;
  private int skippedCount;
  private final Map<String, Integer> failures = new LinkedHashMap<>();
  private final Map<String, Integer> skipped = new java.util.TreeMap<>();

  private RunSummary(OutputNames names) {
    this.names = names;
  }

  /**
   * A run writing into {@code outDir}.
   *
   * @throws IOException if the folder's list of names can't be read
   */
  static RunSummary into(Path outDir) throws IOException {
    return new RunSummary(OutputNames.in(outDir));
  }

  /** The output names of the run's folder. */
  OutputNames names() {
    return names;
  }

  /** A page (or input) whose event was written. */
  void written() {
    pages++;
    written++;
  }

  /** A page (or input) that yielded nothing: {@code why} in a few words ({@code text deleted}). */
  void failed(String why) {
    pages++;
    failures.merge(why, 1, Integer::sum);
  }

  /**
   * A page of a dump left out on purpose (not an event page, a redirect, filtered): {@code why} in
   * a few words; counted apart from failures.
   */
  void skipped(String why) {
    pages++;
    skippedCount++;
    skipped.merge(why, 1, Integer::sum);
  }

  /** How many pages were written. */
  int writtenCount() {
    return written;
  }

  /** How many pages failed. */
  int failures() {
    return pages - written - skippedCount;
  }

  /**
   * Prints the summary on {@code out} when there is something to say: {@code 3 pages: 1 written, 2
   * failed (text deleted: 1, text not in the dump: 1)}, with skipped pages when there were any
   * ({@code 9 pages: 1 written, 8 skipped (not an event page: 6, redirect: 2), 0 failed}) and the
   * names given to sources whose event's id another source holds.
   */
  void print(PrintWriter out) {
    if (pages <= 1 && names.renamed().isEmpty() && skippedCount == 0) {
      return;
    }
    StringBuilder line =
        new StringBuilder("Summary: ")
            .append(Summary.plural(pages, "page"))
            .append(": ")
            .append(written)
            .append(" written, ");
    if (skippedCount > 0) {
      StringBuilder why = new StringBuilder();
      skipped.forEach(
          (reason, n) ->
              why.append(why.length() == 0 ? "" : ", ").append(reason).append(": ").append(n));
      line.append(skippedCount).append(" skipped (").append(why).append("), ");
    }
    line.append(failures()).append(" failed");
    if (!failures.isEmpty()) {
      StringBuilder why = new StringBuilder();
      failures.forEach(
          (reason, n) ->
              why.append(why.length() == 0 ? "" : ", ").append(reason).append(": ").append(n));
      line.append(" (").append(why).append(')');
    }
    out.println(line);
    if (!names.renamed().isEmpty()) {
      out.println(
          "  outputs named apart (their event ids are taken; the names stay theirs in later runs, see "
              + OutputNames.FILE
              + "):");
      for (OutputNames.Renamed r : names.renamed()) {
        out.println("    " + r.line());
      }
    }
    out.flush();
  }
}
