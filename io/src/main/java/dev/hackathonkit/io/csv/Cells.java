package dev.hackathonkit.io.csv;

import org.jspecify.annotations.Nullable;

/**
 * The cell convention: how an absent value, an empty string and a formula-like string are told
 * apart in a cell. See {@link CsvEventWriter} for the documented rules.
 *
 * <ul>
 *   <li>absent ({@code null}) is an empty cell;
 *   <li>a value that is empty, starts with an apostrophe, or (when neutralising) starts with
 *       {@code = + - @}, tab or carriage return gets one leading apostrophe;
 *   <li>reading removes exactly one leading apostrophe from any cell that has one.
 * </ul>
 *
 * The cell {@code '{}} cannot be produced by any value: it marks a venue or source that is present
 * but has no known part.
 */
final class Cells {
  /** The cell that marks a present group (venue, source) without any known part. */
  static final String PRESENT_EMPTY_GROUP = "'{}";

  private Cells() {}

  static @Nullable String encode(@Nullable String value, boolean neutralise) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty()) {
      return "'";
    }
    char first = value.charAt(0);
    if (first == '\'' || neutralise && isFormulaStart(first)) {
      return "'" + value;
    }
    return value;
  }

  /** The value of a cell; {@code null} for an empty (or missing) cell. */
  static @Nullable String decode(@Nullable String cell) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    return cell.charAt(0) == '\'' ? cell.substring(1) : cell;
  }

  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
