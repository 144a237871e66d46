package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.io.PrintWriter;
import java.util.Locale;

/** The short summary of an event read, and the full import report. */
final class Summary {
  private Summary() {}

  /**
   * {@code 16 topics, 10 votes, 2 comments, 36 confirmed and 2 invited attendees, 2 days, 7
   * warnings; coverage 96.1 %, profile Xen Project wiki (runner-up Generic 70.7 %)}: the counts,
   * then {@link #quality}.
   */
  static String counts(ImportResult result) {
    Event event = result.event();
    long votes = 0;
    long comments = 0;
    for (Topic topic : event.topics()) {
      for (var c : topic.comments()) {
        if (c.kind() == CommentKind.VOTE) {
          votes++;
        } else {
          comments++;
        }
      }
    }
    ImportReport report = result.report();
    int warnings = report.problems().size() + report.droppedProblems();
    return plural(event.topics().size(), "topic")
        + ", "
        + plural(votes, "vote")
        + ", "
        + plural(comments, "comment")
        + ", "
        + event.attendees(AttendeeStatus.CONFIRMED).size()
        + " confirmed and "
        + event.attendees(AttendeeStatus.INVITED).size()
        + " invited attendees"
        + otherStatuses(event)
        + ", "
        + plural(event.days().size(), "day")
        + ", "
        + plural(warnings, "warning")
        + "; "
        + quality(report);
  }

  /**
   * How well the input was read: {@code coverage 96.1 %, profile Xen Project wiki (runner-up
   * Generic 70.7 %)} for a page ({@code coverage 98.2 %} for an iCalendar file or CSV sheet),
   * {@code coverage not measured} for JSON, which states its event.
   */
  static String quality(ImportReport report) {
    ProfileChoice choice = report.profile();
    if (report.inputChars() == 0 && choice == null) {
      return "coverage not measured";
    }
    return "coverage "
        + percent(report.coverage())
        + (choice == null ? "" : ", profile " + profile(choice));
  }

  /**
   * {@code Xen Project wiki (runner-up Generic 70.7 %)} for a profile the reader chose, {@code Xen
   * Project wiki (given with --profile)} for one the caller named.
   */
  static String profile(ProfileChoice choice) {
    if (choice.runnerUp() != null) {
      return choice.profile()
          + " (runner-up "
          + choice.runnerUp()
          + " "
          + percent(choice.runnerUpCoverage())
          + ")";
    }
    boolean named = choice.reason().equals(ProfileChoice.named(choice.profile()).reason());
    return choice.profile() + (named ? " (given with --profile)" : "");
  }

  /**
   * A share from 0 to 1 as a percentage with one decimal, as the report prints it: {@code 99.4 %}.
   */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  /**
   * {@code " (1 tentative, 2 withdrawn)"} for the statuses besides confirmed and invited that
   * occur, else empty.
   */
  private static String otherStatuses(Event event) {
    StringBuilder sb = new StringBuilder();
    for (AttendeeStatus status : AttendeeStatus.values()) {
      int n = event.attendees(status).size();
      if (status != AttendeeStatus.CONFIRMED && status != AttendeeStatus.INVITED && n > 0) {
        sb.append(sb.length() == 0 ? " (" : ", ")
            .append(n)
            .append(' ')
            .append(status.name().toLowerCase(Locale.ROOT));
      }
    }
    return sb.length() == 0 ? "" : sb.append(')').toString();
  }

  /** Prints the import report: coverage, the profile used and why, problems, unmapped input. */
  static void printReport(ImportReport report, PrintWriter out) {
    if (report.inputChars() > 0) {
      out.printf(
          Locale.ROOT,
          "Import report for %s: coverage %.1f%% (%d of %d non-blank characters placed)%n",
          report.source(),
          report.coverage() * 100,
          report.mappedChars(),
          report.inputChars());
    } else {
      out.printf("Import report for %s: coverage not measured by this format%n", report.source());
    }
    ProfileChoice choice = report.profile();
    if (choice != null) {
      out.printf(
          Locale.ROOT,
          "  profile %s: %s; %s%n",
          choice.profile(),
          choice.reason(),
          choice.runnerUp() == null
              ? "no other tried"
              : "runner-up " + choice.runnerUp() + " placed " + percent(choice.runnerUpCoverage()));
    }
    out.printf("  %s%n", plural(report.problems().size() + report.droppedProblems(), "warning"));
    for (ImportProblem p : report.problems()) {
      out.printf("    %s%n", p);
    }
    if (report.droppedProblems() > 0) {
      out.printf("    ... and %d more not kept%n", report.droppedProblems());
    }
    out.printf("  %s%n", plural(report.unmapped().size(), "unmapped part"));
    for (UnmappedInput u : report.unmapped()) {
      out.printf("    %s%n", u);
    }
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
