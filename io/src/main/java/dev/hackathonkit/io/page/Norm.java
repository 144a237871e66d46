package dev.hackathonkit.io.page;

import dev.hackathonkit.io.internal.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The normal forms the profile's lookups compare: lower case ({@link Locale#ROOT}), accents kept,
 * runs of white space as one space.
 */
final class Norm {
  private Norm() {}

  /**
   * A label or column header: lower case, one space between words, without surrounding white space
   * and punctuation ({@code " Date of insert: "} and {@code "Confirmed?"} give {@code date of
   * insert} and {@code confirmed}). Punctuation inside stays ({@code mailing list/forum}).
   */
  static String label(String s) {
    String t = spaces(s).toLowerCase(Locale.ROOT);
    int from = 0;
    int to = t.length();
    while (from < to && !isWordChar(t.charAt(from))) {
      from++;
    }
    while (to > from && !isWordChar(t.charAt(to - 1))) {
      to--;
    }
    return t.substring(from, to);
  }

  /** A whole line: lower case, one space between words, trimmed. */
  static String line(String s) {
    return spaces(s).toLowerCase(Locale.ROOT);
  }

  /**
   * A filler or a value compared with fillers: a line without one final full stop ({@code "TBD."}
   * gives {@code tbd}); other punctuation stays ({@code ?}, {@code n/a}).
   */
  static String filler(String s) {
    String t = line(s);
    if (t.endsWith(".") && t.length() > 1) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /**
   * A template name as MediaWiki compares it: underscores are spaces, the first letter ignores
   * case.
   */
  static String template(String s) {
    String t = spaces(s.replace('_', ' '));
    if (t.isEmpty()) {
      return t;
    }
    int first = t.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toLowerCase(first))
        .append(t.substring(Character.charCount(first)))
        .toString();
  }

  /**
   * The words of {@code s}, lower case: runs of letters, digits and combining marks; everything
   * else (spaces, punctuation, apostrophes, hyphens) separates words.
   */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    String t = s.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i < t.length(); i++) {
      if (isWordChar(t.charAt(i))) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(t.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      words.add(t.substring(start));
    }
    return words;
  }

  /**
   * Whether filler {@code f} (normal form) matches value {@code v} (normal form), {@code {year}}
   * standing for four digits.
   */
  static boolean fillerMatches(String f, String v) {
    int at = f.indexOf(FieldSpec.YEAR);
    if (at < 0) {
      return f.equals(v);
    }
    if (!v.startsWith(f.substring(0, at)) || v.length() < at + 4) {
      return false;
    }
    for (int i = at; i < at + 4; i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return false;
      }
    }
    return fillerMatches(f.substring(at + FieldSpec.YEAR.length()), v.substring(at + 4));
  }

  static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static String spaces(String s) {
    return PlainText.collapse(s, c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
