package dev.hackathonkit.samples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fetch}: fetches pages from a MediaWiki and converts them. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fetches pages from a MediaWiki (by title, title prefix or category), optionally as they were"
          + " at a revision or date, and converts each to the chosen formats.",
      "A progress bar is drawn on stderr for bulk fetches when stderr is a terminal."
    })
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--api", required = true, paramLabel = "URL", description = "The wiki's api.php URL.")
  URI api = URI.create("http://localhost/api.php");

  @ArgGroup(exclusive = true, multiplicity = "1")
  Selection selection = new Selection();

  /** Which pages: exactly one of the three. */
  static final class Selection {
    @Option(names = "--title", arity = "1..*", paramLabel = "TITLE", description = "Page titles.")
    List<String> titles = new ArrayList<>();

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "Every page whose title starts with PREFIX.")
    @Nullable String prefix;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Every page in CATEGORY.")
    @Nullable String category;
  }

  @Option(names = "--at", paramLabel = "REVISION|DATE", description = "A revision id, or a date (yyyy-mm-dd): the page as it was then.")
  @Nullable String at;

  @Option(names = "--to", split = ",", paramLabel = "FORMAT", description = "Formats to write, comma-separated: json, csv, ics, wiki (default: all).")
  List<Format> to = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Override
  public Integer call() {
    throw new CliException(
        HackathonKit.EXIT_USAGE, "fetch: the MediaWiki client is not available in this build");
  }
}
