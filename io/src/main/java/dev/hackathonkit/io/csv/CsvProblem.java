package dev.hackathonkit.io.csv;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the CSV reader. {@code C1xx} are warnings (the import goes on); {@code C2xx}
 * are errors: in strict mode they fail the import with an {@link dev.hackathonkit.io.EventFormatException}
 * listing every error of the file, in lenient mode the row that has them is skipped and they are
 * reported.
 *
 * <p>Locations are {@code file:row:column}: the row as a spreadsheet numbers it (the header is row
 * 1) and the 1-based column.
 */
public enum CsvProblem implements ProblemCode {
  /** A column the table does not define; its cells are kept in {@code extra} under the column name. */
  C101_UNKNOWN_COLUMN("C101", "unknown column, kept as extra"),
  /** A file or zip entry that is not one of the tables; ignored. */
  C102_IGNORED_FILE("C102", "file not part of the table set, ignored"),
  /** In the flat view, a row whose event columns differ from the first row's; the first row wins. */
  C103_EVENT_COLUMNS_DIFFER("C103", "event columns differ from the first row's"),
  /** A required column is missing from the header. */
  C201_MISSING_COLUMN("C201", "missing required column"),
  /** A cell whose value does not convert (a date, a time, an enum, a list). */
  C202_BAD_VALUE("C202", "bad value"),
  /** A required cell is empty. */
  C203_MISSING_VALUE("C203", "missing required value"),
  /** A column name appears twice in the header. */
  C204_DUPLICATE_COLUMN("C204", "duplicate column"),
  /** A comment names a topic id that {@code topics.csv} does not have. */
  C205_UNKNOWN_TOPIC("C205", "comment for an unknown topic"),
  /** A row with more cells than the header has columns. */
  C206_TOO_MANY_CELLS("C206", "more cells than columns"),
  /** {@code event.csv} must have exactly one data row. */
  C207_EVENT_ROWS("C207", "event.csv must have exactly one row"),
  /** A topic id appears twice. */
  C208_DUPLICATE_TOPIC("C208", "duplicate topic id"),
  /** A required table is missing, or a table appears twice. */
  C209_MISSING_TABLE("C209", "missing or duplicate table");

  private final String code;
  private final String description;

  CsvProblem(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }
}
