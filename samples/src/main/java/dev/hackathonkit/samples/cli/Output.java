package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.page.PageProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /**
   * Writes the event in every target format and prints what was read and where it went, unless
   * {@code options} refuse it (no event found, coverage too low: then nothing is written, not even
   * the output folder). An
   * iCalendar file that would hold no VEVENT (an event without days or scheduled sessions) is not
   * written either: a note on stderr says so, and the other formats are still written.
   *
   * @return {@link HackathonKit#EXIT_OK}, or the exit code of the refusal
   */
  static int emit(ImportResult result, Format from, List<Format> targets, Path out, ReadOptions options,
      PrintWriter stdout, PrintWriter stderr) throws IOException {
    return emit(result, from, targets, out, options, null, stdout, stderr);
  }

  /**
   * As {@link #emit(ImportResult, Format, List, Path, ReadOptions, PrintWriter, PrintWriter)}, with the
   * wiki page in the layout of {@code wikiProfile} ({@code null}: the Xen Project wiki's); values that
   * layout has no place for are listed on stderr (see {@link Codecs#write(Format, dev.hackathonkit.model.Event,
   * Path, PageProfile, PrintWriter)}).
   */
  static int emit(ImportResult result, Format from, List<Format> targets, Path out, ReadOptions options,
      @Nullable PageProfile wikiProfile, PrintWriter stdout, PrintWriter stderr) throws IOException {
    return emit(result, from, targets, out, options, wikiProfile, CsvEventWriter.standard(), stdout, stderr);
  }

  /** As the others, writing CSV tables with {@code csv} ({@code --separator}, {@code --bom}). */
  static int emit(ImportResult result, Format from, List<Format> targets, Path out, ReadOptions options,
      @Nullable PageProfile wikiProfile, CsvEventWriter csv, PrintWriter stdout, PrintWriter stderr)
      throws IOException {
    int refused = options.refusal(result, stdout, stderr);
    if (refused != HackathonKit.EXIT_OK) {
      stdout.flush();
      stderr.flush();
      return refused;
    }
    stdout.printf("Read  %s (%s): %s%n", result.report().source(), from.label(), result.event().title());
    stdout.printf("      %s%n", Summary.counts(result));
    Files.createDirectories(out);
    String label = "Wrote";
    for (Format target : targets) {
      Path written = Codecs.write(target, result.event(), out, wikiProfile, stderr, csv);
      if (written == null) {
        stdout.flush();
        stderr.println("note: " + Codecs.target(target, result.event(), out) + " not written: the event has no days"
            + " or scheduled sessions, and an iCalendar file needs at least one VEVENT (RFC 5545, section 3.6)");
        continue;
      }
      stdout.printf("%-5s %s%n", label, written);
      label = "";
    }
    stdout.flush();
    options.printProblems(result, stdout, stderr);
    stdout.flush();
    stderr.flush();
    return HackathonKit.EXIT_OK;
  }
}
