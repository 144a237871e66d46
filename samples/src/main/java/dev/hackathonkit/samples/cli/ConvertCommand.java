package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.samples.BundledPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
      "Formats are detected from the file extension (wiki, txt, csv, zip, ics, json, xml; a folder"
          + " is a set of CSV tables), else from the content. A Special:Export dump (xml) converts"
          + " page by page, one output set per page."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to convert.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Read every INPUT as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
  @Nullable Format from;

  @Option(
      names = "--to",
      split = ",",
      paramLabel = "FORMAT",
      description = "Formats to write, comma-separated: json, csv, ics, wiki (default: all).")
  List<Format> to = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Mixin ProfileOption profileOption = new ProfileOption();

  @Option(names = "--report", description = "Print the import report: warnings, unmapped input with locations, coverage.")
  boolean report;

  @Override
  public Integer call() throws IOException, EventFormatException {
    PrintWriter stdout = spec.commandLine().getOut();
    List<Format> targets = Output.targets(to);
    Codecs codecs = profileOption.codecs();
    for (Path input : inputs) {
      Format format = FormatDetector.detect(input, from);
      if (!Codecs.canRead(format)) {
        throw CliException.unavailable(format, "read");
      }
    }
    Files.createDirectories(out);
    if (inputs.isEmpty()) {
      BundledPage page = bundledPage();
      Format format = page == BundledPage.RENDERED_TEXT ? Format.TEXT : Format.WIKI;
      ImportResult result = page == BundledPage.RENDERED_TEXT
          ? codecs.read(format, page.content(), page.sourceName())
          : codecs.readWikitext(page.content(), Source.page(null, BundledPage.title()));
      Output.emit(result, format, targets, out, report, stdout);
    } else {
      for (Path input : inputs) {
        Format format = FormatDetector.detect(input, from);
        codecs.read(format, input, result -> Output.emit(result, format, targets, out, report, stdout));
      }
    }
    List<String> notWritten = Output.notWritten(to);
    if (!notWritten.isEmpty()) {
      spec.commandLine().getErr().println(
          "note: not written: " + String.join(", ", notWritten) + " (not available in this build)");
    }
    return HackathonKit.EXIT_OK;
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
