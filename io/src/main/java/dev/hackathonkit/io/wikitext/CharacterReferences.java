package dev.hackathonkit.io.wikitext;

import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Character references as MediaWiki decodes them in page text ({@code
 * Sanitizer::decodeCharReferences} and {@code normalizeCharReferences}, MediaWiki 1.35 and later):
 *
 * <ul>
 *   <li>a named reference {@code &name;} is decoded when {@code name;} is in the HTML5 table of
 *       named character references (taken from jsoup's {@link Entities}, which carries the whole
 *       WHATWG list), so {@code &eacute;}, {@code &euro;}, {@code &NotEqualTilde;} all decode; the
 *       semicolon is required (the table's legacy names without one, such as {@code &copy}, stay
 *       text, as on a rendered page); MediaWiki's own aliases {@code &רלמ;} and {@code &رلم;} mean
 *       {@code &rlm;};
 *   <li>{@code &nbsp;} is U+00A0, a no-break space, not an ordinary space;
 *   <li>a numeric reference {@code &#233;} or {@code &#xE9;} is decoded when its code point is one
 *       MediaWiki accepts (tab, line feed, carriage return, U+0020..U+D7FF, U+E000..U+FFFD,
 *       U+10000..U+10FFFF); others, such as {@code &#0;} or a surrogate, stay text;
 *   <li>anything else that starts with {@code &} ({@code &000nbsp;}, {@code &unknown;}, {@code &
 *       x}) stays as written.
 * </ul>
 */
final class CharacterReferences {
  /**
   * The longest name in the HTML5 table is {@code CounterClockwiseContourIntegral} (31 letters).
   */
  private static final int MAX_NAME = 40;

  /**
   * The longest numeric reference MediaWiki can accept: {@code &#1114111;} has 7 digits; leading
   * zeros aside.
   */
  private static final int MAX_DIGITS = 16;

  private CharacterReferences() {}

  /** {@code s} with its character references decoded. */
  static String decode(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    decode(s, out);
    return out.toString();
  }

  /** Appends {@code s} with its character references decoded to {@code out}. */
  static void decode(String s, StringBuilder out) {
    int i = 0;
    int amp = s.indexOf('&');
    while (amp >= 0) {
      out.append(s, i, amp);
      int end = referenceEnd(s, amp);
      if (end < 0) {
        out.append('&');
        i = amp + 1;
      } else {
        appendDecoded(s, amp, end, out);
        i = end;
      }
      amp = s.indexOf('&', i);
    }
    out.append(s, i, s.length());
  }

  /**
   * {@code s} with {@code &amp;} for each {@code &} that would start a reference MediaWiki decodes,
   * so that the text reads back as itself; other {@code &}s (most of those in URLs: {@code
   * ?a=1&b=2}) stay as they are.
   */
  static String escapeReferences(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    int i = 0;
    while (amp >= 0) {
      out.append(s, i, amp);
      out.append(referenceEnd(s, amp) < 0 ? "&" : "&amp;");
      i = amp + 1;
      amp = s.indexOf('&', i);
    }
    return out.append(s, i, s.length()).toString();
  }

  /**
   * The end (after the {@code ;}) of the character reference MediaWiki decodes at {@code amp}, or
   * -1 when the {@code &} there starts none.
   */
  static int referenceEnd(String s, int amp) {
    int n = s.length();
    int i = amp + 1;
    if (i < n && s.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int from = i;
      long cp = 0;
      while (i < n
          && i - from <= MAX_DIGITS
          && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0
          && s.charAt(i) < 128) {
        cp = cp * (hex ? 16 : 10) + Character.digit(s.charAt(i), hex ? 16 : 10);
        i++;
      }
      if (i == from || i - from > MAX_DIGITS || i >= n || s.charAt(i) != ';' || !isAccepted(cp)) {
        return -1;
      }
      return i + 1;
    }
    int from = i;
    while (i < n && i - from <= MAX_NAME && isNameChar(s.charAt(i))) {
      i++;
    }
    if (i == from || i >= n || s.charAt(i) != ';') {
      return -1;
    }
    return named(s.substring(from, i)) == null ? -1 : i + 1;
  }

  private static void appendDecoded(String s, int amp, int end, StringBuilder out) {
    if (s.charAt(amp + 1) == '#') {
      boolean hex = s.charAt(amp + 2) == 'x' || s.charAt(amp + 2) == 'X';
      String digits = s.substring(amp + (hex ? 3 : 2), end - 1);
      out.appendCodePoint(Integer.parseInt(stripZeros(digits), hex ? 16 : 10));
    } else {
      out.append(named(s.substring(amp + 1, end - 1)));
    }
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  /**
   * The characters a named reference stands for, or {@code null} when the name is not in the table.
   */
  private static @Nullable String named(String name) {
    String canonical =
        switch (name) {
          case "\u05E8\u05DC\u05DE", "\u0631\u0644\u0645" -> "rlm"; // MediaWiki's aliases
          default -> name;
        };
    if (!Entities.isNamedEntity(canonical)) {
      return null;
    }
    String value = Entities.getByName(canonical);
    return value.isEmpty() ? null : value;
  }

  /** MediaWiki's {@code Sanitizer::validateCodepoint}. */
  private static boolean isAccepted(long cp) {
    return cp == 0x09
        || cp == 0x0A
        || cp == 0x0D
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /**
   * As MediaWiki's pattern {@code [A-Za-z0-9\x80-\xff]}: ASCII letters and digits, and any
   * non-ASCII character.
   */
  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
}
