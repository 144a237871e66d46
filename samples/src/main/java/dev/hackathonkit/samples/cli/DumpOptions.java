package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.PageFilter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How {@code convert} reads a whole wiki's dump: which pages, which revision, how many threads,
 * what it reports.
 */
final class DumpOptions {
  @Option(
      names = "--namespace",
      split = ",",
      paramLabel = "N",
      description =
          "Dumps: read only pages in these namespaces (numbers: 0 articles, 4 the project's, ...;"
              + " comma-separated or repeated). Default: every namespace.")
  List<Integer> namespaces = new ArrayList<>();

  @Option(
      names = "--title-prefix",
      paramLabel = "PREFIX",
      description = "Dumps: read only titles starting with PREFIX.")
  @Nullable String titlePrefix;

  @Option(
      names = "--title-pattern",
      paramLabel = "REGEX",
      description = "Dumps: read only titles that REGEX (Java syntax) matches as a whole.")
  @Nullable String titlePattern;

  @Option(
      names = "--category",
      paramLabel = "NAME",
      description =
          "Dumps: read only pages whose own text puts them in category NAME ([[Category:NAME]]; repeat for any of several).")
  List<String> categories = new ArrayList<>();

  @Option(
      names = "--min-event-coverage",
      paramLabel = "PCT",
      defaultValue = "0",
      description =
          "Dumps: a page is an event page when the profile chosen for it finds days, topics or attendees"
              + " and places at least PCT percent of it (default ${DEFAULT-VALUE}); other pages are skipped and counted.")
  BigDecimal minEventCoverage = BigDecimal.ZERO;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description =
          "Dumps with history: read each page as it stood at DATE (yyyy-mm-dd, the end of that day UTC,"
              + " or an instant such as 2013-05-01T12:00:00Z): its newest revision saved by then. Default: the newest.")
  @Nullable String at;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Dumps: read pages on N threads (default: the number of processors). The outputs and the run"
              + " report are the same with any N.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--run-report",
      paramLabel = "FILE",
      description =
          "Dumps: write the run report to FILE: JSON Lines, one line per page in the dump's order (title,"
              + " revision, status written/skipped/failed, output files, profile, coverage, warnings, or the reason).")
  @Nullable Path runReport;

  @Option(names = "--quiet", description = "Dumps: no progress on stderr.")
  boolean quiet;

  /**
   * The filter the options describe.
   *
   * @throws CliException (usage) for a regular expression that does not compile, or an empty
   *     category
   */
  PageFilter filter() {
    PageFilter f = PageFilter.ALL.withTitlePrefix(titlePrefix);
    for (int n : namespaces) {
      f = f.withNamespace(n);
    }
    if (titlePattern != null) {
      try {
        f = f.withTitlePattern(Pattern.compile(titlePattern));
      } catch (PatternSyntaxException e) {
        throw new CliException(
            HackathonKit.EXIT_USAGE,
            "--title-pattern "
                + titlePattern
                + ": "
                + e.getDescription()
                + " at index "
                + e.getIndex());
      }
    }
    for (String c : categories) {
      try {
        f = f.withCategory(c);
      } catch (IllegalArgumentException e) {
        throw new CliException(
            HackathonKit.EXIT_USAGE, "--category '" + c + "': expected a category name");
      }
    }
    return f;
  }

  /**
   * Checks the values before anything is read.
   *
   * @throws CliException (usage) for a percentage outside 0 to 100, fewer than one thread, a bad
   *     date
   */
  void check() {
    if (minEventCoverage.signum() < 0 || minEventCoverage.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new CliException(
          HackathonKit.EXIT_USAGE,
          "--min-event-coverage "
              + minEventCoverage.toPlainString()
              + ": expected a percentage from 0 to 100");
    }
    if (threads < 1 || threads > 256) {
      throw new CliException(
          HackathonKit.EXIT_USAGE, "--threads " + threads + ": expected 1 to 256");
    }
    filter();
    moment();
  }

  /** The instant of {@code --at}, or {@code null}. */
  @Nullable Instant moment() {
    return at == null ? null : FetchCommand.moment(at);
  }

  /** Whether a dump option was given that only dumps use. */
  boolean anyGiven() {
    return !namespaces.isEmpty()
        || titlePrefix != null
        || titlePattern != null
        || !categories.isEmpty()
        || at != null
        || runReport != null
        || minEventCoverage.signum() != 0;
  }
}
