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
 *   <li>a value that would read as a guard, being apostrophes before one of those characters
 *       ({@code '=x}), apostrophes only ({@code '}), or apostrophes before {@code {}} (the group
 *       marker {@code '{}}), gets one more;
 *   <li>reading removes a leading apostrophe only from such cells (except the marker itself, which
 *       the group columns read). Every other apostrophe is data, as spreadsheets and other programs
 *       write it: {@code 's-Hertogenbosch}, {@code '90s}, {@code '''bold'''}.
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
    if (first == '\'' ? isGuarded(value) : neutralise && isFormulaStart(first)) {
      return "'" + value;
    }
    return value;
  }

  /** The value of a cell; {@code null} for an empty (or missing) cell. */
  static @Nullable String decode(@Nullable String cell) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    return cell.charAt(0) == '\'' && isGuarded(cell) && !cell.equals(PRESENT_EMPTY_GROUP)
        ? cell.substring(1)
        : cell;
  }

  /**
   * Whether a text starting with {@code '} reads as the guard: its leading apostrophes stand before
   * a formula start, before {@code {}} and nothing else (the group marker), or there is nothing but
   * apostrophes.
   */
  private static boolean isGuarded(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return i == text.length()
        || isFormulaStart(text.charAt(i))
        || (text.startsWith("{}", i) && i + 2 == text.length());
  }

  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
