package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.UnmappedInput;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that decide what becomes of each event read, shared by {@code convert}, {@code
 * validate} and {@code fetch}: {@code --min-coverage} and {@code --report}. An input is refused
 * (nothing written, an exit code) when no event was found on it or its coverage is too low; the
 * problems of a read go to stderr (the first few) or, with {@code --report}, the whole report to
 * stdout.
 */
final class ReadOptions {
  /** How many warnings are printed on stderr without {@code --report}. */
  static final int WARNINGS_SHOWN = 5;

  @Option(
      names = "--min-coverage",
      paramLabel = "PCT",
      description =
          "Refuse an input whose coverage (the share of a page's non-blank characters placed in"
              + " the event) is below PCT percent, 0 to 100: nothing is written for it and the exit code is 6."
              + " Formats that do not measure coverage (JSON, CSV, iCalendar) always pass.")
  @Nullable BigDecimal minCoverage;

  @Option(
      names = "--report",
      description =
          "Print the whole import report on stdout: the profile used, coverage, warnings and"
              + " unmapped input with locations. Without it the first "
              + WARNINGS_SHOWN
              + " go to stderr.")
  boolean report;

  @Option(
      names = "--with-attendees",
      description =
          "Write the attendees into JSON-LD (--to jsonld) as schema.org attendees. Off by default:"
              + " names on an attendee list are personal data.")
  boolean withAttendees;

  /**
   * Checks the options' values before anything is read.
   *
   * @throws CliException (usage) for a percentage outside 0 to 100
   */
  void check() {
    if (minCoverage != null
        && (minCoverage.signum() < 0 || minCoverage.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new CliException(
          HackathonKit.EXIT_USAGE,
          "--min-coverage "
              + minCoverage.toPlainString()
              + ": expected a percentage from 0 to 100");
    }
  }

  /**
   * Whether the event read may be used. If not, says why on {@code err} (and prints the report on
   * {@code out} with {@code --report}) and returns the exit code: {@link
   * HackathonKit#EXIT_NO_EVENT} when a page yielded no event, {@link
   * HackathonKit#EXIT_LOW_COVERAGE} when its coverage is below {@code --min-coverage}.
   *
   * @return {@link HackathonKit#EXIT_OK} if the event may be used
   */
  int refusal(ImportResult result, PrintWriter out, PrintWriter err) {
    ImportReport r = result.report();
    if (noEvent(result)) {
      err.println(
          r.source()
              + ": no event found (no days, topics or attendees)"
              + tried(r)
              + "; nothing written. If the page holds an event, name its layout with --profile NAME|FILE"
              + " (convert --profiles lists the built-ins)");
      if (report) {
        Summary.printReport(r, out);
      }
      return HackathonKit.EXIT_NO_EVENT;
    }
    BigDecimal coverage = BigDecimal.valueOf(r.coverage()).movePointRight(2);
    if (minCoverage != null && coverage.compareTo(minCoverage) < 0) {
      ProfileChoice c = r.profile();
      // rounded down, at least to the threshold's decimals, so that it never reads as the threshold
      BigDecimal shown = coverage.setScale(Math.max(1, minCoverage.scale()), RoundingMode.FLOOR);
      err.println(
          r.source()
              + ": coverage "
              + shown.toPlainString()
              + " % is below --min-coverage "
              + minCoverage.stripTrailingZeros().toPlainString()
              + " %"
              + (c == null ? "" : " with profile " + Summary.profile(c))
              + "; nothing written");
      printProblems(result, out, err);
      return HackathonKit.EXIT_LOW_COVERAGE;
    }
    return HackathonKit.EXIT_OK;
  }

  /**
   * Whether a page yielded no event: the reader said so ({@code P115}), or a page read has no day,
   * topic or attendee. Other formats state their event, so they always have one.
   */
  static boolean noEvent(ImportResult result) {
    return !dev.hackathonkit.client.DumpConverter.holdsEvent(result);
  }

  /**
   * {@code " with profile Generic (placed the most of the page: 100.0 %; runner-up Xen Project wiki
   * 97.0 %)"}; empty when no profile read the input.
   */
  private static String tried(ImportReport r) {
    ProfileChoice c = r.profile();
    if (c == null) {
      return "";
    }
    return " with profile "
        + c.profile()
        + " ("
        + c.reason()
        + ": "
        + Summary.percent(r.coverage())
        + "; "
        + (c.runnerUp() == null
            ? "no other tried)"
            : "runner-up " + c.runnerUp() + " " + Summary.percent(c.runnerUpCoverage()) + ")");
  }

  /**
   * With {@code --report}, the whole report on {@code out}; otherwise, when the read dropped or
   * could not place something, the first {@value #WARNINGS_SHOWN} warnings (problems, those that
   * are only notes on how the input was read last, then unmapped input) on {@code err}, then how
   * many more there are.
   */
  void printProblems(ImportResult result, PrintWriter out, PrintWriter err) {
    ImportReport r = result.report();
    if (report) {
      Summary.printReport(r, out);
      return;
    }
    List<String> lines = new ArrayList<>();
    // what left something out or guessed first, then the notes on how the input was read
    List<ImportProblem> problems = new ArrayList<>(r.problems());
    problems.sort(java.util.Comparator.comparing((ImportProblem p) -> p.code().isNote()));
    for (ImportProblem p : problems) {
      if (lines.size() < WARNINGS_SHOWN) {
        lines.add("warning: " + p);
      }
    }
    for (UnmappedInput u : r.unmapped()) {
      if (lines.size() < WARNINGS_SHOWN) {
        lines.add(
            "warning: "
                + u.location()
                + ": "
                + u.code().code()
                + " not placed: "
                + u.reason()
                + ": "
                + u.text());
      }
    }
    lines.forEach(err::println);
    long more =
        (long) r.problems().size() + r.droppedProblems() + r.unmapped().size() - lines.size();
    if (more > 0) {
      err.println("… and " + more + " more; use --report");
    }
    err.flush();
  }
}
