package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Event;
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
   * The formats to write: those named by {@code --to}, or without it every format this build
   * writes.
   *
   * @throws CliException (usage) for a format that can't be written
   */
  static List<Format> targets(List<Format> to) {
    if (to.isEmpty()) {
      return ALL.stream().filter(Codecs::canWrite).toList();
    }
    // a format the tool only reads is refused as the option is read (Format.Writable)
    for (Format f : to) {
      if (!Codecs.canWrite(f)) {
        throw CliException.unavailable(f, "write");
      }
    }
    return List.copyOf(new LinkedHashSet<>(to));
  }

  /**
   * The default formats this build can't write, for a note on stderr; empty when {@code --to} was
   * given.
   */
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
   * the output folder). The output set is named as {@code run}'s {@link OutputNames} say: the
   * event's id, unless another source holds that name in this folder; then the event takes the name
   * it was given as its id, so that calendar UIDs stay apart too. An iCalendar file that would hold
   * no VEVENT (an event without days or scheduled sessions) is not written either: a note on stderr
   * says so, and the other formats are still written. The wiki page is written in the layout of
   * {@code wikiProfile} ({@code null}: the layout of the built-in profile a page was read with, and
   * the Xen Project wiki's for other formats); values that layout has no place for are listed on
   * stderr (see {@link Codecs#write(Format, Event, Path, PageProfile, PrintWriter)}).
   *
   * @param csv the writer of CSV tables ({@code --separator}, {@code --bom})
   * @param source the event's source for {@link OutputNames#claim}: {@link OutputNames#page} or
   *     {@link OutputNames#file}
   * @return {@link HackathonKit#EXIT_OK}, or the exit code of the refusal
   */
  static int emit(
      ImportResult result,
      Format from,
      List<Format> targets,
      Path out,
      ReadOptions options,
      @Nullable PageProfile wikiProfile,
      CsvEventWriter csv,
      RunSummary run,
      String source,
      PrintWriter stdout,
      PrintWriter stderr)
      throws IOException {
    int refused = options.refusal(result, stdout, stderr);
    if (refused != HackathonKit.EXIT_OK) {
      run.failed(
          refused == HackathonKit.EXIT_NO_EVENT
              ? "no event found"
              : "coverage below --min-coverage");
      stdout.flush();
      stderr.flush();
      return refused;
    }
    stdout.printf(
        "Read  %s (%s): %s%n", result.report().source(), from.label(), result.event().title());
    stdout.printf("      %s%n", Summary.counts(result));
    Files.createDirectories(out);
    Event event = result.event();
    String name = run.names().claim(source, event.id());
    if (!name.equals(event.id())) {
      stdout.printf(
          "      named %s: %s is taken by %s%n",
          name, event.id(), OutputNames.label(run.names().holder(event.id())));
      event = event.toBuilder().id(name).build();
    }
    String label = "Wrote";
    PageProfile layout = wikiProfile != null ? wikiProfile : readWith(result);
    int code = HackathonKit.EXIT_OK;
    for (Format target : targets) {
      stdout.flush();
      String refusal = Codecs.refusal(target, event);
      if (refusal != null) {
        // asked for and impossible: an error naming the input, not a note
        stderr.println(
            "error: "
                + result.report().source()
                + ": "
                + Codecs.target(target, event, out)
                + " not written: "
                + refusal);
        code = HackathonKit.EXIT_UNWRITABLE;
        continue;
      }
      Path written = Codecs.write(target, event, out, layout, stderr, csv, options.withAttendees);
      if (written == null) {
        stdout.flush();
        stderr.println(
            "note: "
                + Codecs.target(target, event, out)
                + " not written: the event has no days"
                + " or scheduled sessions, and an iCalendar file needs at least one VEVENT (RFC 5545, section 3.6)");
        continue;
      }
      stdout.printf("%-5s %s%n", label, written);
      label = "";
    }
    run.written();
    stdout.flush();
    options.printProblems(result, stdout, stderr);
    stdout.flush();
    stderr.flush();
    return code;
  }

  /**
   * The built-in profile a page was read with, as its report names it; {@code null} for formats
   * read without one (a wiki page written from them takes the Xen Project wiki's layout).
   */
  private static @Nullable PageProfile readWith(ImportResult result) {
    dev.hackathonkit.io.ProfileChoice choice = result.report().profile();
    return choice == null ? null : PageProfile.named(choice.profile());
  }
}
