package dev.hackathonkit.io.wikitext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the model's plain text into wikitext that renders as that text: characters MediaWiki would
 * interpret are escaped with {@code <nowiki>} or entities, {@code "- "} list items (nested by two
 * spaces) become {@code *} bullets, line structure is kept.
 */
final class Markup {
  private static final Pattern ITEM = Pattern.compile("^((?:  )*)- (.*)$");

  private Markup() {}

  /**
   * Long text (description, outcomes, any multi-line value) as wikitext lines. The first line
   * starts a line in the output (a template value or a page line), so line-start markup is escaped
   * there too.
   */
  static String block(String text, boolean positional) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      String line = lines[i];
      Matcher m = ITEM.matcher(line);
      if (m.matches()) {
        int depth = m.group(1).length() / 2;
        out.append("*".repeat(depth + 1)).append(' ');
        inline(out, m.group(2), true, positional);
      } else {
        inline(out, line, true, positional);
      }
    }
    protectTrailingSpace(out);
    return out.toString();
  }

  /** A template parameter value: {@link #block} with the value's edges protected from trimming. */
  static String value(String text) {
    return block(text, false);
  }

  /** A positional template parameter value, where a {@code =} would name the parameter. */
  static String positional(String text) {
    return block(text, true);
  }

  /** Single-line text; line breaks become {@code <br />}. */
  static String line(String text, boolean lineStart) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append("<br />");
      }
      inline(out, parts[i], lineStart && i == 0, false);
    }
    protectTrailingSpace(out);
    return out.toString();
  }

  /** Escapes one line of text. */
  static void inline(StringBuilder out, String s, boolean lineStart, boolean positional) {
    int n = s.length();
    int i = 0;
    if (lineStart && n > 0) {
      char c = s.charAt(0);
      if ("*#:; =!".indexOf(c) >= 0 || s.startsWith("----") || s.startsWith("{|")) {
        out.append("<nowiki>").append(c).append("</nowiki>");
        i = 1;
      }
    }
    while (i < n) {
      char c = s.charAt(i);
      if (c == '&') {
        out.append("&amp;");
        i++;
      } else if (c == '<') {
        out.append("&lt;");
        i++;
      } else if (c == '\u00A0') {
        out.append("&nbsp;"); // visible in the editor; read back as U+00A0
        i++;
      } else if (isBracket(c) || (positional && c == '=')) {
        int j = i;
        while (j < n && (isBracket(s.charAt(j)) || (positional && s.charAt(j) == '='))) {
          j++;
        }
        nowiki(out, s, i, j);
        i = j;
      } else if ((c == '\'' || c == '_' || c == '~') && i + 1 < n && s.charAt(i + 1) == c) {
        int j = i;
        while (j < n && s.charAt(j) == c) {
          j++;
        }
        nowiki(out, s, i, j);
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private static boolean isBracket(char c) {
    return c == '[' || c == ']' || c == '{' || c == '}' || c == '|';
  }

  private static void nowiki(StringBuilder out, String s, int from, int to) {
    out.append("<nowiki>").append(s, from, to).append("</nowiki>");
  }

  /** MediaWiki trims named parameter values and line ends: a trailing space is kept in nowiki. */
  private static void protectTrailingSpace(StringBuilder out) {
    int end = out.length();
    int start = end;
    while (start > 0
        && Character.isWhitespace(out.charAt(start - 1))
        && out.charAt(start - 1) != '\n') {
      start--;
    }
    if (start < end) {
      String ws = out.substring(start, end);
      out.setLength(start);
      out.append("<nowiki>").append(ws).append("</nowiki>");
    }
  }

  /** Whether {@code name} can be the target of a {@code [[User:name|name]]} link as written. */
  static boolean isLinkableUser(String name) {
    if (name.isBlank()
        || !name.equals(name.strip())
        || name.contains("  ")
        || name.contains("''")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ("#<>[]|{}=&~_:/\\%+".indexOf(c) >= 0 || Character.isISOControl(c) || c == '\t') {
        return false;
      }
    }
    return true;
  }
}
