package dev.hackathonkit.io.csv;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row being converted: typed getters by column name that record a problem (file, row,
 * column and value) instead of throwing. Not thread-safe; one per row.
 */
final class Row {
  private final String file;
  private final int number;
  private final Map<String, Integer> index;
  private final String[] cells;
  private final List<ImportProblem> problems = new ArrayList<>();

  Row(String file, int number, Map<String, Integer> index, String[] cells) {
    this.file = file;
    this.number = number;
    this.index = index;
    this.cells = cells;
  }

  int number() {
    return number;
  }

  String file() {
    return file;
  }

  /** The 1-based position of a column, 0 when the header lacks it. */
  int columnOf(String column) {
    Integer i = index.get(column);
    return i == null ? 0 : i + 1;
  }

  List<ImportProblem> problems() {
    return problems;
  }

  /** How many cells the row has. */
  int size() {
    return cells.length;
  }

  /** The raw cell at a 0-based position; {@code null} beyond the row's end. */
  @Nullable String rawAt(int column) {
    return column < cells.length ? cells[column] : null;
  }

  /** The raw cell of a column; {@code null} when the header lacks it or the row is short. */
  @Nullable String raw(String column) {
    Integer i = index.get(column);
    return i == null ? null : rawAt(i);
  }

  /** The decoded value of a column ({@code null} for an empty cell). */
  @Nullable String text(String column) {
    return Cells.decode(raw(column));
  }

  /** The decoded value; an empty cell is a {@link CsvProblem#C203_MISSING_VALUE} problem. */
  @Nullable String required(String column) {
    String value = text(column);
    if (value == null) {
      problem(
          CsvProblem.C203_MISSING_VALUE,
          column,
          "column '" + column + "': expected a value, found an empty cell");
    }
    return value;
  }

  @Nullable LocalDate date(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      return bad(column, "a date yyyy-mm-dd", v);
    }
  }

  @Nullable LocalTime time(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return LocalTime.parse(v);
    } catch (DateTimeException e) {
      return bad(column, "a time hh:mm or hh:mm:ss", v);
    }
  }

  @Nullable Instant instant(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeException e) {
      return bad(column, "a UTC instant yyyy-mm-ddThh:mm:ssZ", v);
    }
  }

  @Nullable ZoneId zone(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      return bad(column, "a time zone id such as Europe/Dublin", v);
    }
  }

  @Nullable URI uri(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return new URI(v);
    } catch (URISyntaxException e) {
      return bad(column, "a URI", v);
    }
  }

  @Nullable Long number(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      return bad(column, "a whole number", v);
    }
  }

  /**
   * An enum constant by its lower-case name, ignoring case; {@code n/a} also names NOT_APPLICABLE.
   */
  <E extends Enum<E>> @Nullable E enumValue(String column, Class<E> type) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    String key = v.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    if (key.equals("N/A")) {
      key = "NOT_APPLICABLE";
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(TableWriter.name(constant));
    }
    return bad(column, "one of " + allowed, v);
  }

  /** A list cell (contacts, links); {@code null} for an empty cell. */
  @Nullable List<ItemList.Item> items(String column, String what) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return ItemList.read(v);
    } catch (IllegalArgumentException e) {
      return bad(column, what + " (" + e.getMessage() + ")", v);
    }
  }

  @SuppressWarnings(
      "TypeParameterUnusedInFormals") // always null, typed as the calling parser's result
  private <T> @Nullable T bad(String column, String expected, String value) {
    problem(
        CsvProblem.C202_BAD_VALUE,
        column,
        "column '" + column + "': expected " + expected + ", found '" + value + "'");
    return null;
  }

  void problem(CsvProblem code, String column, String message) {
    Integer i = index.get(column);
    problems.add(
        new ImportProblem(code, new Location(file, number, i == null ? 0 : i + 1), message));
  }
}
