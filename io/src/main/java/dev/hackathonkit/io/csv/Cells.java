package dev.hackathonkit.io.csv;

import org.jspecify.annotations.Nullable;

/**
 * The cell convention: how an absent value, an empty string and a formula-like string are told
 * apart in a cell. See {@link CsvEventWriter} for the documented rules.
 *
 * <ul>
 *   <li>absent ({@code null}) is an empty cell;
 *   <li>a value that is empty, or (when neutralising) starts with {@code = + - @}, tab or carriage
 *       return gets one leading apostrophe: the formula guard;
 *   <li>a value that starts with an apostrophe followed by one of those characters, by another
 *       apostrophe or by nothing (or is the group marker {@code '{}}) gets one more, so that it does
 *       not read as a guard;
 *   <li>reading removes a leading apostrophe only where it is such a guard: a lone {@code '}, or
 *       {@code '} before {@code = + - @}, tab, carriage return or {@code '}. Every other apostrophe is
 *       data, as spreadsheets and other programs write it: {@code 's-Hertogenbosch}, {@code '90s}.
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
    if (first == '\'' ? isGuarded(value) || value.equals(PRESENT_EMPTY_GROUP) : neutralise && isFormulaStart(first)) {
      return "'" + value;
    }
    return value;
  }

  /** The value of a cell; {@code null} for an empty (or missing) cell. */
  static @Nullable String decode(@Nullable String cell) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    return cell.charAt(0) == '\'' && isGuarded(cell) ? cell.substring(1) : cell;
  }

  /** Whether a cell starting with {@code '} is the guard: alone, or before a formula start or another {@code '}. */
  private static boolean isGuarded(String cell) {
    return cell.length() == 1 || isFormulaStart(cell.charAt(1)) || cell.charAt(1) == '\'';
  }

  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
