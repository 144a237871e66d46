package dev.hackathonkit.samples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How input files are read, shared by {@code convert} and {@code validate}: {@code --encoding},
 * {@code --separator} and {@code --lenient}, for files that other programs wrote.
 */
final class InputOptions {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Read CSV inputs that start without a byte-order mark in CHARSET instead of UTF-8, such as"
              + " windows-1252 (what Excel saves as CSV on Western-European Windows) or ISO-8859-1. A UTF-8 or"
              + " UTF-16 byte-order mark always wins. Other formats are UTF-8 (or UTF-16 with a byte-order mark);"
              + " an input that is not is refused with its line, column and the encoding it most likely has.")
  @Nullable String encoding;

  @Option(
      names = "--separator",
      paramLabel = "SEP",
      description =
          "CSV column separator: ',' ';' or 'tab'. Reading: use it instead of taking each file's"
              + " separator from its header. convert also writes CSV with it (';' for Excel in much of Europe).")
  @Nullable String separator;

  @Option(
      names = "--lenient",
      description =
          "CSV: skip rows with bad values and list them as warnings instead of refusing the input;"
              + " JSON: keep going past unknown fields, listing them as warnings.")
  boolean lenient;

  @Option(
      names = "--start-date",
      paramLabel = "DATE",
      description =
          "Schedule sheets of other tools: the event's first date (yyyy-mm-dd), from which day numbers"
              + " (1, Day 2) and weekdays (Friday, samedi) count.")
  @Nullable String startDate;

  @Option(
      names = "--date-order",
      paramLabel = "ORDER",
      description =
          "Schedule sheets of other tools: how numeric dates that read both ways (3/12/2026) are read,"
              + " day-first or month-first. Without it the sheet's own dates decide, else its clock (month first"
              + " with am/pm), with a warning.")
  @Nullable String dateOrder;

  @Option(
      names = "--columns",
      paramLabel = "FILE",
      description =
          "Schedule sheets of other tools: a JSON file giving column roles instead of guessing them,"
              + " {\"columns\": {\"Wann\": \"range\", \"Was\": \"title\"}, \"startDate\": \"2026-02-02\"} (see the README).")
  java.nio.file.@Nullable Path columns;

  /**
   * The schedule-sheet mapping of {@code --columns}, {@code --start-date} and {@code --date-order}
   * (the options win over the file).
   *
   * @throws CliException (usage) for a bad date or mapping file
   */
  dev.hackathonkit.io.csv.SheetMapping sheetMapping() {
    dev.hackathonkit.io.csv.SheetMapping m = dev.hackathonkit.io.csv.SheetMapping.NONE;
    if (columns != null) {
      try {
        m = dev.hackathonkit.io.csv.SheetMapping.read(columns);
      } catch (java.io.IOException e) {
        throw new CliException(
            HackathonKit.EXIT_USAGE,
            "--columns " + columns + ": cannot read it: " + e.getMessage());
      } catch (dev.hackathonkit.io.EventFormatException e) {
        throw new CliException(
            HackathonKit.EXIT_USAGE, HackathonKit.withCode("--columns " + e.getMessage(), e));
      }
    }
    if (startDate != null) {
      try {
        m = m.withStartDate(java.time.LocalDate.parse(startDate.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        throw new CliException(
            HackathonKit.EXIT_USAGE, "--start-date " + startDate + ": expected a date yyyy-mm-dd");
      }
    }
    if (dateOrder != null) {
      try {
        m = m.withDateOrder(dev.hackathonkit.io.csv.SheetMapping.DateOrder.named(dateOrder));
      } catch (IllegalArgumentException e) {
        throw new CliException(HackathonKit.EXIT_USAGE, "--date-order " + e.getMessage());
      }
    }
    return m;
  }

  /**
   * The encoding named with {@code --encoding}, or {@code null} for UTF-8.
   *
   * @throws CliException (usage) for an encoding the JVM does not know
   */
  @Nullable Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new CliException(
          HackathonKit.EXIT_USAGE,
          "--encoding "
              + encoding
              + ": not an encoding this Java knows; try UTF-8, windows-1252, ISO-8859-1 or UTF-16");
    }
  }

  /**
   * The separator named with {@code --separator}, or {@code null} to detect it.
   *
   * @throws CliException (usage) for anything but {@code , ; tab}
   */
  @Nullable Character separatorChar() {
    if (separator == null) {
      return null;
    }
    return switch (separator) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      case "\t", "tab", "\\t" -> '\t';
      default ->
          throw new CliException(
              HackathonKit.EXIT_USAGE, "--separator " + separator + ": expected ',' ';' or 'tab'");
    };
  }

  /** Checks the values before anything is read. */
  void check() {
    charset();
    separatorChar();
    sheetMapping();
  }
}
