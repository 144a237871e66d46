package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.MediaWikiApiException;
import dev.hackathonkit.client.MediaWikiClient;
import dev.hackathonkit.client.PageRef;
import dev.hackathonkit.client.PageResult;
import dev.hackathonkit.client.RenderedPage;
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
import java.util.Map;
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
      "With --as html each page is read as the wiki renders it (action=parse), for wikis whose"
          + " markup the profile cannot read (templates it does not know); it takes no --at.",
      "Output sets are named as convert names them; see convert --help."
    })
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--api",
      required = true,
      paramLabel = "URL",
      description = "The wiki's api.php URL.")
  URI api = URI.create("http://localhost/api.php");

  @ArgGroup(exclusive = true, multiplicity = "1")
  Selection selection = new Selection();

  /** Which pages: exactly one of the three. */
  static final class Selection {
    @Option(names = "--title", arity = "1..*", paramLabel = "TITLE", description = "Page titles.")
    List<String> titles = new ArrayList<>();

    @Option(
        names = "--prefix",
        paramLabel = "PREFIX",
        description = "Every page whose title starts with PREFIX.")
    @Nullable String prefix;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Every page in CATEGORY.")
    @Nullable String category;
  }

  @Option(
      names = "--at",
      paramLabel = "REVISION|DATE",
      description =
          "A revision id, or a date (yyyy-mm-dd, the page at the end of that day, UTC) or an"
              + " instant (2013-05-01T12:00:00Z): the page as it was then.")
  @Nullable String at;

  @Option(
      names = "--as",
      paramLabel = "wikitext|html",
      defaultValue = "wikitext",
      description =
          "What to read of each page: its wikitext (default) or the HTML the wiki renders from it.")
  String as = "wikitext";

  @Option(
      names = "--to",
      split = ",",
      converter = Format.Writable.class,
      paramLabel = "FORMAT",
      description =
          "Formats to write, comma-separated: json, csv, ics, wiki (the default: all four), frab-xml, frab-json, jsonld.")
  List<Format> to = new ArrayList<>();

  @Mixin ProfileOption profileOption = new ProfileOption();

  @Mixin ReadOptions readOptions = new ReadOptions();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Option(
      names = "--run-report",
      paramLabel = "FILE",
      description =
          "Write the run report to FILE: JSON Lines, one line per page (title, revision, status"
              + " written/skipped/failed, output files, profile, coverage, warnings, or the reason), as convert writes it.")
  @Nullable Path runReport;

  @Option(
      names = "--resume",
      paramLabel = "RUNREPORT",
      description =
          "Skip the pages an earlier run's report lists as written at the revision the wiki has now (their"
              + " lines are copied into this run's report); the others are converted. May be the same file as --run-report.")
  @Nullable Path resume;

  @Override
  public Integer call() throws IOException, EventFormatException {
    List<Format> targets = Output.targets(to);
    readOptions.check();
    boolean html =
        switch (as.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "wikitext", "wiki" -> false;
          case "html" -> true;
          default ->
              throw new CliException(
                  HackathonKit.EXIT_USAGE, "--as " + as + ": expected wikitext or html");
        };
    if (html && at != null) {
      throw new CliException(
          HackathonKit.EXIT_USAGE,
          "--as html reads the current revision; --at is not available with it");
    }
    Codecs codecs = profileOption.codecs();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Map<String, RunReport.Written> earlier = resume == null ? Map.of() : RunReport.written(resume);
    List<PageResult> results;
    SiteInfo site;
    RunSummary run = RunSummary.into(out);
    try (MediaWikiClient wiki = Wiki.reader(api, stderr)) {
      site = wiki.siteInfo();
      ProgressBar bar = ProgressBar.forStderr(stderr);
      if (html) {
        return fetchRendered(wiki, site, bar, targets, codecs, run, stdout, stderr);
      }
      results = fetch(wiki, bar);
      bar.finish();
    } catch (IOException e) {
      throw Wiki.failure(e);
    } catch (UncheckedIOException e) {
      throw Wiki.failure(
          java.util.Objects.requireNonNull(e.getCause(), "an UncheckedIOException has its cause"));
    }
    int worst = HackathonKit.EXIT_OK;
    try (RunReport report = runReport == null ? RunReport.none() : RunReport.to(runReport)) {
      for (PageResult result : results) {
        if (!(result instanceof PageResult.Found found)) {
          worst = Math.max(worst, HackathonKit.EXIT_WIKI);
          stderr.println(api + ": " + describe(result));
          String reason =
              result instanceof PageResult.TextUnavailable t
                  ? t.reason().description()
                  : result instanceof PageResult.Missing ? "no such page" : "invalid title";
          run.failed(reason);
          report.add(
              RunReport.Line.notWritten(
                  result.requestedTitle(),
                  0,
                  0,
                  site.siteName(),
                  "failed",
                  reason,
                  describe(result)));
          continue;
        }
        WikiPage page = found.page();
        RunReport.Written before = earlier.get(RunReport.key(site.siteName(), page.title()));
        if (before != null && before.revision() == page.revisionId()) {
          run.skipped(RESUMED);
          report.addAgain(before);
          continue;
        }
        Source source =
            new Source(
                site.siteName(),
                page.title(),
                site.pageUrl(page.title()),
                page.revisionId(),
                page.retrievedAt());
        ImportResult result1 = codecs.readWikitext(page.content(), source);
        String sourceName = OutputNames.page(site.siteName(), page.title());
        int code =
            Output.emit(
                result1,
                Format.WIKI,
                targets,
                out,
                readOptions,
                codecs.profile(),
                codecs.csvWriter(),
                run,
                sourceName,
                stdout,
                stderr);
        worst = Math.max(worst, code);
        report.add(reportLine(page, site, result1, code, targets, run, sourceName));
      }
    }
    run.print(stdout);
    return worst;
  }

  /** {@code --as html}: each page as the wiki renders it, read by the HTML front end. */
  private int fetchRendered(
      MediaWikiClient wiki,
      SiteInfo site,
      ProgressBar bar,
      List<Format> targets,
      Codecs codecs,
      RunSummary run,
      PrintWriter stdout,
      PrintWriter stderr)
      throws IOException, EventFormatException {
    List<String> titles = selection.titles;
    if (selection.prefix != null) {
      titles = wiki.allPages(selection.prefix, 0).map(PageRef::title).toList();
    } else if (selection.category != null) {
      titles = wiki.categoryMembers(selection.category).map(PageRef::title).toList();
    }
    int worst = HackathonKit.EXIT_OK;
    int done = 0;
    for (String title : titles) {
      RenderedPage page;
      try {
        page = wiki.parse(title);
      } catch (MediaWikiApiException e) {
        stderr.println(api + ": " + title + ": " + e.getMessage());
        run.failed("no such page");
        worst = Math.max(worst, HackathonKit.EXIT_WIKI);
        continue;
      }
      bar.update(++done, titles.size());
      Source source =
          new Source(
              site.siteName(), page.title(), site.pageUrl(page.title()), page.revisionId(), null);
      ImportResult result = codecs.readHtml(page.html(), source);
      worst =
          Math.max(
              worst,
              Output.emit(
                  result,
                  Format.HTML,
                  targets,
                  out,
                  readOptions,
                  codecs.profile(),
                  codecs.csvWriter(),
                  run,
                  OutputNames.page(site.siteName(), page.title()),
                  stdout,
                  stderr));
    }
    bar.finish();
    run.print(stdout);
    return worst;
  }

  /** How a page converted before at the same revision is counted with {@code --resume}. */
  static final String RESUMED = "converted before at this revision";

  /** The run report's line for a page fetched and read. */
  private RunReport.Line reportLine(
      WikiPage page,
      SiteInfo site,
      ImportResult result,
      int code,
      List<Format> targets,
      RunSummary run,
      String sourceName)
      throws IOException {
    if (code != HackathonKit.EXIT_OK) {
      String reason =
          code == HackathonKit.EXIT_NO_EVENT ? "no event found" : "coverage below --min-coverage";
      return RunReport.Line.notWritten(
          page.title(),
          page.namespace(),
          page.revisionId(),
          site.siteName(),
          "failed",
          reason,
          "coverage " + Summary.percent(result.report().coverage()));
    }
    String name = run.names().claim(sourceName, result.event().id()); // the name emit gave it
    List<String> outputs = new ArrayList<>();
    for (Format f : targets) {
      String file = name + (f == Format.CSV ? "-csv" : f.extension());
      if (java.nio.file.Files.exists(out.resolve(file))) {
        outputs.add(file);
      }
    }
    var r = result.report();
    var choice = r.profile();
    return RunReport.Line.written(
        page.title(),
        page.namespace(),
        page.revisionId(),
        site.siteName(),
        outputs,
        choice == null ? null : choice.profile(),
        r.coverage(),
        r.problems().size() + r.droppedProblems() + r.unmapped().size());
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
          HackathonKit.EXIT_USAGE,
          "--at "
              + at
              + ": expected a revision id, a date yyyy-mm-dd or an instant such as 2013-05-01T12:00:00Z");
    }
  }

  private static String describe(PageResult result) {
    if (result instanceof PageResult.TextUnavailable t) {
      return t.requestedTitle() + ": " + t.describe() + "; no event written";
    }
    if (result instanceof PageResult.Missing m) {
      return m.requestedTitle()
          + ": no such page"
          + (m.title().equals(m.requestedTitle()) ? "" : " (" + m.title() + ")");
    }
    PageResult.Invalid invalid = (PageResult.Invalid) result;
    return invalid.requestedTitle() + ": invalid title: " + invalid.reason();
  }
}
