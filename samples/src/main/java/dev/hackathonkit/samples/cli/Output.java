package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.ImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Which formats a command writes, and writing one event's output set with its summary. */
final class Output {
  /** What {@code --to} means when absent: every writable format. */
  static final List<Format> ALL = List.of(Format.JSON, Format.CSV, Format.ICS, Format.WIKI);

  private Output() {}

  /**
   * The formats to write: those named by {@code --to}, or without it every format this build writes.
   *
   * @throws CliException (usage) for a format that can't be written
   */
  static List<Format> targets(List<Format> to) {
    if (to.isEmpty()) {
      return ALL.stream().filter(Codecs::canWrite).toList();
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
    return List.copyOf(new LinkedHashSet<>(to));
  }

  /** The default formats this build can't write, for a note on stderr; empty when {@code --to} was given. */
  static List<String> notWritten(List<Format> to) {
    List<String> missing = new ArrayList<>();
    if (to.isEmpty()) {
      ALL.stream().filter(f -> !Codecs.canWrite(f)).forEach(f -> missing.add(f.cliName()));
    }
    return missing;
  }

  /** Writes the event in every target format and prints what was read and where it went. */
  static void emit(ImportResult result, Format from, List<Format> targets, Path out, boolean report, PrintWriter stdout)
      throws IOException {
    stdout.printf("Read  %s (%s): %s%n", result.report().source(), from.label(), result.event().title());
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
