package dev.hackathonkit.io.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Plain-text hygiene. Not API.
 *
 * <p>Normalisation keeps every character at its column (one character in, one out), except that a
 * byte-order mark at the very start is dropped and line ends become {@code \n}, so positions found
 * in normalised text are positions in the original lines.
 */
public final class PlainText {
  /** The byte-order mark. */
  public static final char BOM = '\uFEFF';

  private PlainText() {}

  /** Whether {@code c} is a space of any kind (ordinary, tab, no-break, figure, thin...). */
  public static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u3000'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * The text split into lines: a leading byte-order mark dropped; CRLF, CR and LF all end a line;
   * no-break and other spaces and tabs become {@code ' '} (one for one); trailing spaces removed. A
   * final line end does not make an extra empty line.
   */
  public static List<String> lines(CharSequence text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int start = text.length() > 0 && text.charAt(0) == BOM ? 1 : 0;
    boolean pending = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        lines.add(stripTrailing(line));
        line.setLength(0);
        pending = false;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        line.append(isSpace(c) ? ' ' : c == '\u200B' || c == '\uFEFF' ? ' ' : c);
        pending = true;
      }
    }
    if (pending) {
      lines.add(stripTrailing(line));
    }
    return lines;
  }

  /**
   * {@code s} with no-break spaces and tabs as ordinary spaces, runs of spaces collapsed, trimmed.
   */
  public static String clean(String s) {
    return collapse(s, c -> isSpace((char) c) || c == '\r' || c == '\n');
  }

  /**
   * {@code s} with each run of characters that {@code space} accepts replaced by one ordinary
   * space, and such runs at either end dropped. The one place the project collapses spaces; callers
   * differ only in which characters count as space.
   */
  public static String collapse(String s, IntPredicate space) {
    if (isCollapsed(s, space)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean pending = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (space.test(c)) {
        pending = sb.length() > 0;
      } else {
        if (pending) {
          sb.append(' ');
          pending = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@link #collapse} would give {@code s} back as it is: no space at either end, no run of
   * spaces, and every space an ordinary one (most text a reader tidies is already tidy).
   */
  private static boolean isCollapsed(String s, IntPredicate space) {
    boolean previous = true; // the start counts as a space: a leading one is not tidy
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean isSpace = space.test(c);
      if (isSpace && (previous || c != ' ')) {
        return false;
      }
      previous = isSpace;
    }
    return s.isEmpty() || !previous;
  }

  /** The number of characters in {@code s} that are not spaces or line ends. */
  public static long nonBlank(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!isBlank(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The positions of the characters in {@code s} that are spaces or line ends (those {@link
   * #nonBlank} does not count), so that the non-blank characters of many ranges of one text are
   * counted with set operations.
   */
  public static BitSet blanks(String s) {
    long[] words = new long[(s.length() + 63) >> 6];
    for (int w = 0; w < words.length; w++) {
      int from = w << 6;
      int to = Math.min(s.length(), from + 64);
      long bits = 0;
      for (int i = from; i < to; i++) {
        if (isBlank(s.charAt(i))) {
          bits |= 1L << (i - from);
        }
      }
      words[w] = bits;
    }
    return BitSet.valueOf(words);
  }

  /** Whether {@code c} is a space, a line end or a byte-order mark: no visible character. */
  private static boolean isBlank(char c) {
    // ASCII first: only the space, tab and line ends are blank there, all of them up to the space
    if (c > ' ') {
      return c >= 0x80 && (isSpace(c) || c == BOM);
    }
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** The index of the first character that is not a space, or {@code s.length()}. */
  public static int indent(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String stripTrailing(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
