package dev.hackathonkit.io.csv;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the CSV reader. {@code C1xx} are warnings (the import goes on); {@code C201} to
 * {@code C209} are errors of a row or table: in strict mode they fail the import with an {@link
 * dev.hackathonkit.io.EventFormatException} listing every error of the file, in lenient mode the
 * row that has them is skipped and they are reported. {@code C210} and up always stop reading:
 * input that is not CSV or a zip of tables, beyond a limit, or a sheet mapping ({@link
 * SheetMapping}) that does not load.
 *
 * <p>Locations are {@code file:row:column}: the row as a spreadsheet numbers it (the header is row
 * 1) and the 1-based column.
 */
public enum CsvProblem implements ProblemCode {
  /**
   * A column the table does not define; its cells are kept in {@code extra} under the column name.
   */
  C101_UNKNOWN_COLUMN,
  /** A file or zip entry that is not one of the tables; ignored. */
  C102_IGNORED_FILE,
  /**
   * In the flat view, a row whose event columns differ from the first row's; the first row wins.
   */
  C103_EVENT_COLUMNS_DIFFER,
  /** A row whose cells are all empty or blank (only separators); skipped. */
  C104_BLANK_ROW,
  /**
   * The file's separator, taken from its header, is not the configured one ({@link
   * CsvOptions#detectSeparator()}).
   */
  C105_SEPARATOR_DETECTED,
  /**
   * A schedule sheet of another tool (no {@code event.} columns): how each column was read (its
   * role, from its header or its values); a note.
   */
  C110_SHEET_COLUMNS,
  /**
   * A column of a schedule sheet with no role: its cells are kept in each topic's extra under its
   * header.
   */
  C111_SHEET_COLUMN_KEPT_AS_EXTRA,
  /**
   * A row of a schedule sheet without a title (a break, a separator line with only a time):
   * skipped.
   */
  C112_SHEET_ROW_SKIPPED,
  /**
   * A cell of a schedule sheet that does not read as its column's role (a time, a date): kept in
   * extra.
   */
  C113_SHEET_CELL_NOT_UNDERSTOOD,
  /** A day number or weekday that cannot be resolved to a date (no start date given): no slot. */
  C114_SHEET_DAY_UNRESOLVED,
  /** A schedule sheet states no event title: the file name is the title. */
  C115_SHEET_NO_TITLE,
  /**
   * Numeric dates of a schedule sheet that read both day first and month first ({@code 3/12/2026}),
   * with no date of the sheet to decide: the order taken, and how to give the other.
   */
  C116_SHEET_DATE_ORDER,
  /**
   * A session of a schedule sheet without a slot (no start time, or no date for its time): its day,
   * time and room cells are kept in its extra under their headers.
   */
  C117_SHEET_NOT_SCHEDULED,
  /**
   * Times of a schedule sheet placed other than as written: date-times with UTC offsets read in one
   * zone, a session after midnight moved to the next day, an end after midnight or a duration past
   * it left out of the slot (kept in extra).
   */
  C118_SHEET_TIMES_MOVED,
  /** A column named in the sheet mapping ({@code --columns}) that the sheet does not have. */
  C119_SHEET_MAPPED_COLUMN_MISSING,
  /**
   * A date of a schedule sheet beside a weekday it does not fall on ({@code Fri, 21 August 2025}):
   * the date is taken.
   */
  C120_SHEET_WEEKDAY_MISMATCH,
  /** A required column is missing from the header. */
  C201_MISSING_COLUMN,
  /** A cell whose value does not convert (a date, a time, an enum, a list). */
  C202_BAD_VALUE,
  /** A required cell is empty. */
  C203_MISSING_VALUE,
  /** A column name appears twice in the header. */
  C204_DUPLICATE_COLUMN,
  /** A comment names a topic id that {@code topics.csv} does not have. */
  C205_UNKNOWN_TOPIC,
  /** A row with more cells than the header has columns. */
  C206_TOO_MANY_CELLS,
  /** {@code event.csv} must have exactly one data row. */
  C207_EVENT_ROWS,
  /** A topic id appears twice. */
  C208_DUPLICATE_TOPIC,
  /** A required table is missing, or a table appears twice. */
  C209_MISSING_TABLE,
  /**
   * Text that is not CSV as RFC 4180 defines it (a quote not closed, text after a closing quote).
   */
  C210_MALFORMED_CSV,
  /**
   * Input beyond a limit: more characters than {@link
   * dev.hackathonkit.io.ReadLimits#maxInputChars()}, or more zip entries than {@link
   * CsvOptions#maxZipEntries()}.
   */
  C211_TOO_LARGE,
  /**
   * A zip that is not one (or is cut short), or whose entry names are unsafe ({@code ..}, absolute,
   * {@code \\}) or not UTF-8 (PKWARE APPNOTE section 4.4.4 bit 11).
   */
  C212_MALFORMED_ZIP,
  /** A zip whose tables sit in more than one folder. */
  C213_TABLES_IN_SEVERAL_FOLDERS,
  /** A schedule sheet with a header but no rows of sessions under it. */
  C214_SHEET_NO_SESSIONS,
  /** A sheet mapping ({@code --columns}) that is not a JSON object of the documented shape. */
  C220_MAPPING_MALFORMED,
  /**
   * A sheet mapping value that is not allowed: a date order, start date, time zone or column role.
   */
  C221_MAPPING_BAD_VALUE;

  /**
   * A blank row skipped and the separator a sheet uses are notes: nothing of the sheet is left out.
   */
  @Override
  public boolean isNote() {
    return this == C104_BLANK_ROW || this == C105_SEPARATOR_DETECTED || this == C110_SHEET_COLUMNS;
  }
}
