package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.samples.BundledPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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

  @Option(names = "--report", description = "Print the import report: warnings, unmapped input with locations, coverage.")
  boolean report;

  private List<String> notWritten = List.of();

  @Override
  public Integer call() throws IOException, EventFormatException {
    PrintWriter stdout = spec.commandLine().getOut();
    List<Format> targets = targets();
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
      ImportResult result = Codecs.read(format, page.content(), page.sourceName());
      emit(result, format, targets, stdout);
    } else {
      for (Path input : inputs) {
        Format format = FormatDetector.detect(input, from);
        Codecs.read(format, input, result -> emit(result, format, targets, stdout));
      }
    }
    if (!notWritten.isEmpty()) {
      spec.commandLine().getErr().println(
          "note: not written: " + String.join(", ", notWritten) + " (not available in this build)");
    }
    return HackathonKit.EXIT_OK;
  }

  /** The formats to write; without {@code --to}, every format this build writes. */
  private List<Format> targets() {
    if (to.isEmpty()) {
      List<Format> all = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Format f : EnumSet.of(Format.JSON, Format.CSV, Format.ICS, Format.WIKI)) {
        if (Codecs.canWrite(f)) {
          all.add(f);
        } else {
          missing.add(f.cliName());
        }
      }
      notWritten = missing;
      return all;
    }
    for (Format f : to) {
      if (!f.writable()) {
        throw new CliException(
            HackathonKit.EXIT_USAGE,
            "--to " + f.cliName() + ": " + f.label() + " can be read but not written; choose from json, csv, ics, wiki");
      }
      if (!Codecs.canWrite(f)) {
        throw CliException.unavailable(f, "write");
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(to));
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

  private void emit(ImportResult result, Format format, List<Format> targets, PrintWriter stdout) throws IOException {
    stdout.printf("Read  %s (%s): %s%n", result.report().source(), format.label(), result.event().title());
    stdout.printf("      %s%n", Summary.counts(result));
    String label = "Wrote";
    for (Format target : targets) {
      Path written = Codecs.write(target, result.event(), out);
      stdout.printf("%-5s %s%n", label, written);
      label = "";
    }
    if (report) {
      Summary.printReport(result.report(), stdout);
    }
    stdout.flush();
  }
}
