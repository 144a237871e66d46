package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.MediaWikiClient;
import dev.hackathonkit.client.PageRef;
import dev.hackathonkit.client.PageResult;
import dev.hackathonkit.client.SiteInfo;
import dev.hackathonkit.client.WikiPage;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
          + " at a revision or date, reads each page's wikitext and converts it to the chosen formats.",
      "A progress bar is drawn on stderr for bulk fetches when stderr is a terminal. A title the"
          + " wiki does not have, or a page it sends without its text (hidden by revision deletion,"
          + " missing from its storage), is reported on stderr and makes the exit code 4; a page with no event"
          + " on it (no days, topics or attendees) is written nowhere and makes it 5, one below"
          + " --min-coverage 6; the highest code wins.",
      "Wikis from MediaWiki 1.25 to 1.31 (no revision slots) and older ones (the API's first format"
          + " version) are asked in the shape their version, from the wiki's siteinfo, understands."
          + " Warnings the wiki sends with its answers are printed on stderr.",
      "Output sets are named as convert names them; see convert --help."
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

  @Option(
      names = "--at",
      paramLabel = "REVISION|DATE",
      description = "A revision id, or a date (yyyy-mm-dd, the page at the end of that day, UTC) or an"
          + " instant (2013-05-01T12:00:00Z): the page as it was then.")
  @Nullable String at;

  @Option(names = "--to", split = ",", converter = Format.Writable.class, paramLabel = "FORMAT", description = "Formats to write, comma-separated: json, csv, ics, wiki (default: all).")
  List<Format> to = new ArrayList<>();

  @Mixin ProfileOption profileOption = new ProfileOption();

  @Mixin ReadOptions readOptions = new ReadOptions();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Override
  public Integer call() throws IOException, EventFormatException {
    List<Format> targets = Output.targets(to);
    readOptions.check();
    Codecs codecs = profileOption.codecs();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<WikiPage> pages = new ArrayList<>();
    int missing = 0;
    SiteInfo site;
    RunSummary run = RunSummary.into(out);
    try (MediaWikiClient wiki = Wiki.reader(api, stderr)) {
      site = wiki.siteInfo();
      ProgressBar bar = ProgressBar.forStderr(stderr);
      List<PageResult> results = fetch(wiki, bar);
      bar.finish();
      for (PageResult result : results) {
        if (result instanceof PageResult.Found found) {
          pages.add(found.page());
        } else {
          missing++;
          stderr.println(api + ": " + describe(result));
          run.failed(result instanceof PageResult.TextUnavailable t ? t.reason().description()
              : result instanceof PageResult.Missing ? "no such page" : "invalid title");
        }
      }
    } catch (IOException e) {
      throw Wiki.failure(e);
    } catch (UncheckedIOException e) {
      throw Wiki.failure(e.getCause());
    }
    int worst = missing == 0 ? HackathonKit.EXIT_OK : HackathonKit.EXIT_WIKI;
    for (WikiPage page : pages) {
      Source source = new Source(site.siteName(), page.title(), site.pageUrl(page.title()), page.revisionId(), page.retrievedAt());
      ImportResult result = codecs.readWikitext(page.content(), source);
      worst = Math.max(worst, Output.emit(result, Format.WIKI, targets, out, readOptions, codecs.profile(), codecs.csvWriter(), run,
          OutputNames.page(site.siteName(), page.title()), stdout, stderr));
    }
    run.print(stdout);
    return worst;
  }

  private List<PageResult> fetch(MediaWikiClient wiki, ProgressBar bar) throws IOException {
    if (at != null && at.chars().allMatch(Character::isDigit)) {
      if (selection.titles.size() != 1) {
        throw new CliException(HackathonKit.EXIT_USAGE, "--at REVISION needs exactly one --title");
      }
      Optional<WikiPage> revision = wiki.revision(Long.parseLong(at));
      if (revision.isEmpty()) {
        throw new CliException(HackathonKit.EXIT_WIKI, api + ": no revision " + at);
      }
      return List.of(new PageResult.Found(selection.titles.get(0), List.of(), revision.get()));
    }
    List<String> titles = selection.titles;
    if (selection.prefix != null && at == null) {
      return wiki.pagesWithPrefix(selection.prefix, 0, bar::update);
    }
    if (selection.prefix != null) {
      titles = wiki.allPages(selection.prefix, 0).map(PageRef::title).toList();
    } else if (selection.category != null) {
      titles = wiki.categoryMembers(selection.category).map(PageRef::title).toList();
    }
    if (at == null) {
      return wiki.pages(titles, bar::update);
    }
    Instant moment = moment(at);
    List<PageResult> results = new ArrayList<>();
    for (String title : titles) {
      results.add(wiki.pageAt(title, moment));
      bar.update(results.size(), titles.size());
    }
    return results;
  }

  /**
   * The instant {@code --at} names: a date (yyyy-mm-dd) means the end of that day, UTC.
   *
   * @throws CliException (usage) for anything else than a date or an instant
   */
  static Instant moment(String at) {
    try {
      return at.length() == 10
          ? LocalDate.parse(at).atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC)
          : Instant.parse(at);
    } catch (DateTimeParseException e) {
      throw new CliException(
          HackathonKit.EXIT_USAGE, "--at " + at + ": expected a revision id, a date yyyy-mm-dd or an instant such as 2013-05-01T12:00:00Z");
    }
  }

  private static String describe(PageResult result) {
    if (result instanceof PageResult.TextUnavailable t) {
      return t.requestedTitle() + ": " + t.describe() + "; no event written";
    }
    if (result instanceof PageResult.Missing m) {
      return m.requestedTitle() + ": no such page" + (m.title().equals(m.requestedTitle()) ? "" : " (" + m.title() + ")");
    }
    PageResult.Invalid invalid = (PageResult.Invalid) result;
    return invalid.requestedTitle() + ": invalid title: " + invalid.reason();
  }
}
