package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.MissingText;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.samples.BundledPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert}: reads inputs in any format and writes each event in the chosen formats. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Converts event pages between formats. With no INPUT, converts the bundled page to every"
          + " format in out/ and prints a summary.",
      "Formats are detected from the file extension (wiki, txt, csv, zip, ics, json, xml, schedule.xml,"
          + " schedule.json; a folder is a set of CSV tables), else from the content; a frab or pretalx"
          + " schedule is told by its content under any name. A CSV sheet of another tool is read by"
          + " guessing its columns' roles (--start-date, --columns). A Special:Export dump (xml) converts"
          + " page by page, one output set per page; a page whose text the dump does not hold (deleted,"
          + " a stub dump, no revision) is reported on stderr, written nowhere, and makes the exit code 3.",
      "Output sets are named after the event's id; when another page or file already holds that name"
          + " in the output folder (ids differing only in case or punctuation), the next one is NAME-2,"
          + " NAME-3, ... The names are listed in "
          + OutputNames.FILE
          + " in the folder and stay their"
          + " source's in later runs; a run of several pages ends with a summary naming them.",
      "Pages are read with the built-in profile whose sites name the page's wiki, else the one that"
          + " places the most of the page; the summary names it, its coverage and the runner-up."
          + " A page with no event on it is written nowhere (exit code 5), nor one below --min-coverage"
          + " (exit code 6); with several inputs the highest exit code wins.",
      "A whole wiki's dump (.xml, .xml.gz, .xml.bz2, multistream too) is read on --threads threads with a progress"
          + " line on stderr: only its event pages are written (see --min-event-coverage), redirects and pages left out by"
          + " --namespace, --title-prefix, --title-pattern or --category are skipped and counted; --run-report writes one"
          + " JSON line per page. The outputs are the same with any number of threads.",
      "Each input file is checked first: an empty file, compressed or archived data (except a zip of CSV"
          + " tables or a compressed dump), an image or other binary file, or another format than its extension names is refused"
          + " in one line (exit code 3). Text must be UTF-8 (or start with a byte-order mark); CSV may be in"
          + " another encoding given with --encoding.",
      "A wiki page (--to wiki) is written in the Xen Project wiki's layout, or in the layout of the"
          + " profile given with --profile; values that layout has no place for are listed on stderr."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to convert.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = Format.ReadableFormat.class,
      description =
          "Read every INPUT as this format instead of detecting it: json, csv, ics, wiki, text, xml,"
              + " frab-xml, frab-json.")
  @Nullable Format from;

  @Option(
      names = "--to",
      split = ",",
      converter = Format.Writable.class,
      paramLabel = "FORMAT",
      description =
          "Formats to write, comma-separated: json, csv, ics, wiki (the default: all four),"
              + " frab-xml, frab-json, jsonld.")
  List<Format> to = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Mixin ProfileOption profileOption = new ProfileOption();

  @Mixin ReadOptions readOptions = new ReadOptions();

  @Mixin InputOptions inputOptions = new InputOptions();

  @Mixin DumpOptions dumpOptions = new DumpOptions();

  @Option(
      names = "--bom",
      description =
          "Start each CSV file written with a UTF-8 byte-order mark, so that Excel reads its accents"
              + " as UTF-8 (with --separator ';' for Excel where the comma is the decimal mark).")
  boolean bom;

  @Option(
      names = "--profiles",
      description = "List the built-in page profiles (name, id, sites, languages) and exit.")
  boolean profiles;

  @Override
  public Integer call() throws IOException, EventFormatException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (profiles) {
      for (BuiltInProfiles.Entry e : BuiltInProfiles.all()) {
        stdout.println(e.line());
      }
      stdout.flush();
      return HackathonKit.EXIT_OK;
    }
    List<Format> targets = Output.targets(to);
    readOptions.check();
    inputOptions.check();
    dumpOptions.check();
    Codecs codecs = profileOption.codecs().withInput(inputOptions, bom);
    for (Path input : inputs) {
      Format format = FormatDetector.detect(input, from);
      if (!Codecs.canRead(format)) {
        throw CliException.unavailable(format, "read");
      }
    }
    if (dumpOptions.anyGiven() && inputs.stream().noneMatch(i -> isDump(i))) {
      stderr.println(
          "note: --namespace, --title-prefix, --title-pattern, --category, --min-event-coverage, --at and"
              + " --run-report apply to dumps (.xml) only; no input is one");
    }
    int[] worst = {HackathonKit.EXIT_OK};
    RunSummary run = RunSummary.into(out);
    if (inputs.isEmpty()) {
      BundledPage page = bundledPage();
      Format format = page == BundledPage.RENDERED_TEXT ? Format.TEXT : Format.WIKI;
      ImportResult result =
          page == BundledPage.RENDERED_TEXT
              ? codecs.read(format, page.content(), page.sourceName())
              : codecs.readWikitext(page.content(), Source.page(null, BundledPage.title()));
      worst[0] =
          Output.emit(
              result,
              format,
              targets,
              out,
              readOptions,
              codecs.profile(),
              codecs.csvWriter(),
              run,
              OutputNames.page(null, BundledPage.title()),
              stdout,
              stderr);
    } else {
      try {
        readAll(codecs, targets, out, run, worst, stdout, stderr);
      } finally {
        // a dump that breaks off after some pages: what was written is still summed up
        run.print(stdout);
      }
      return finish(worst[0], stderr);
    }
    run.print(stdout);
    return finish(worst[0], stderr);
  }

  private boolean isDump(Path input) {
    try {
      return FormatDetector.detect(input, from) == Format.XML;
    } catch (IOException e) {
      return false; // reading it says why
    }
  }

  private int finish(int worst, PrintWriter stderr) {
    List<String> notWritten = Output.notWritten(to);
    if (!notWritten.isEmpty()) {
      stderr.println(
          "note: not written: " + String.join(", ", notWritten) + " (not available in this build)");
    }
    return worst;
  }

  private void readAll(
      Codecs codecs,
      List<Format> targets,
      Path out,
      RunSummary run,
      int[] worst,
      PrintWriter stdout,
      PrintWriter stderr)
      throws IOException, EventFormatException {
    for (Path input : inputs) {
      Format format = FormatDetector.detect(input, from);
      if (format == Format.XML && !readOptions.report) {
        InputCheck.check(input, format, from != null);
        worst[0] =
            Math.max(
                worst[0],
                new DumpRun(input, codecs, dumpOptions, readOptions, targets, out, run, stderr)
                    .convert());
        continue;
      }
      codecs.read(
          format,
          from != null,
          input,
          new Codecs.PageSink() {
            @Override
            public void accept(ImportResult result) throws IOException {
              String source =
                  format == Format.XML
                      ? OutputNames.page(siteName(result), pageTitle(result))
                      : OutputNames.file(input);
              worst[0] =
                  Math.max(
                      worst[0],
                      Output.emit(
                          result,
                          format,
                          targets,
                          out,
                          readOptions,
                          codecs.profile(),
                          codecs.csvWriter(),
                          run,
                          source,
                          stdout,
                          stderr));
            }

            @Override
            public void unreadable(String message, MissingText why) {
              stdout.flush();
              stderr.println(message);
              stderr.flush();
              run.failed(why.description());
              worst[0] = Math.max(worst[0], HackathonKit.EXIT_INPUT);
            }
          });
    }
  }

  /** The wiki a dump's page comes from, as its {@code <siteinfo>} names it, or {@code null}. */
  private static @Nullable String siteName(ImportResult result) {
    Source source = result.event().source();
    return source == null ? null : source.site();
  }

  /** The title of a dump's page: its event's source page, else the name the report gives it. */
  private static String pageTitle(ImportResult result) {
    Source source = result.event().source();
    return source != null && source.page() != null ? source.page() : result.report().source();
  }

  /** The bundled form this build can read: the rendered text, else the wikitext. */
  private static BundledPage bundledPage() {
    if (Codecs.canRead(Format.TEXT) && BundledPage.RENDERED_TEXT.isPresent()) {
      return BundledPage.RENDERED_TEXT;
    }
    if (Codecs.canRead(Format.WIKI) && BundledPage.WIKITEXT.isPresent()) {
      return BundledPage.WIKITEXT;
    }
    throw new CliException(
        HackathonKit.EXIT_USAGE,
        "cannot convert the bundled page: neither the rendered-text nor the wikitext reader is available in this build");
  }
}
