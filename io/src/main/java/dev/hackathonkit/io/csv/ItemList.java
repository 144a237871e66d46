package dev.hackathonkit.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list of items in one cell, for contacts and links: {@code head <angle> [square] (round); head
 * <angle> ...}.
 *
 * <p>Items are joined by {@code "; "}. An item is its head text followed by up to three optional
 * parts, each after one space: {@code <...>}, {@code [...]} and {@code (...)}, in that order.
 * Inside the head and the parts, {@code \ ; < > [ ] ( )} are escaped with a backslash, and a space
 * at the start of the head is written {@code "\ "}. Reading removes one space after each {@code ;}
 * and one space before each part; a backslash makes the next character literal.
 */
final class ItemList {
  private static final String SPECIAL = "\\;<>[]()";

  /** One item: the head and its parts, {@code null} when absent. */
  record Item(
      String head, @Nullable String angle, @Nullable String square, @Nullable String round) {}

  private ItemList() {}

  static String write(List<Item> items) {
    StringBuilder sb = new StringBuilder();
    for (Item item : items) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      if (item.head().startsWith(" ")) {
        sb.append('\\');
      }
      escape(item.head(), sb);
      part(sb, '<', item.angle(), '>');
      part(sb, '[', item.square(), ']');
      part(sb, '(', item.round(), ')');
    }
    return sb.toString();
  }

  private static void part(StringBuilder sb, char open, @Nullable String value, char close) {
    if (value != null) {
      sb.append(' ').append(open);
      escape(value, sb);
      sb.append(close);
    }
  }

  private static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
  }

  /**
   * Parses a cell written by {@link #write}.
   *
   * @throws IllegalArgumentException naming what was expected, when the text does not follow the
   *     grammar
   */
  static List<Item> read(String text) {
    List<Item> items = new ArrayList<>();
    int[] pos = {0};
    while (true) {
      items.add(item(text, pos));
      if (pos[0] >= text.length()) {
        return items;
      }
      // at an unescaped ';'
      pos[0]++;
      if (pos[0] < text.length() && text.charAt(pos[0]) == ' ') {
        pos[0]++;
      }
    }
  }

  private static Item item(String text, int[] pos) {
    StringBuilder head = new StringBuilder();
    String[] parts = new String[3];
    int i = pos[0];
    int lastPart = -1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          throw new IllegalArgumentException("a character after the final backslash");
        }
        if (lastPart >= 0) {
          throw new IllegalArgumentException(
              "'; ' or the end after a closing bracket at character " + (i + 1));
        }
        head.append(text.charAt(i + 1));
        i += 2;
      } else if (c == ';') {
        break;
      } else if (c == '<' || c == '[' || c == '(') {
        int kind = c == '<' ? 0 : c == '[' ? 1 : 2;
        if (kind <= lastPart) {
          throw new IllegalArgumentException("parts in the order <...> [...] (...), each once");
        }
        if (lastPart < 0
            && head.length() > 0
            && head.charAt(head.length() - 1) == ' '
            && !escapedSpaceAt(text, i - 1)) {
          head.setLength(head.length() - 1);
        }
        char close = c == '<' ? '>' : c == '[' ? ']' : ')';
        StringBuilder value = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < text.length()) {
          char d = text.charAt(i);
          if (d == '\\' && i + 1 < text.length()) {
            value.append(text.charAt(i + 1));
            i += 2;
          } else if (d == close) {
            closed = true;
            i++;
            break;
          } else if (SPECIAL.indexOf(d) >= 0) {
            throw new IllegalArgumentException(
                "'" + close + "' or an escaped character, found '" + d + "'");
          } else {
            value.append(d);
            i++;
          }
        }
        if (!closed) {
          throw new IllegalArgumentException("a closing '" + close + "'");
        }
        parts[kind] = value.toString();
        lastPart = kind;
        if (i < text.length()
            && text.charAt(i) == ' '
            && i + 1 < text.length()
            && "<[(".indexOf(text.charAt(i + 1)) >= 0) {
          i++;
        }
      } else if (c == '>' || c == ']' || c == ')') {
        throw new IllegalArgumentException("'\\" + c + "' for a literal '" + c + "'");
      } else {
        if (lastPart >= 0) {
          throw new IllegalArgumentException(
              "'; ' or the end after a closing bracket at character " + (i + 1));
        }
        head.append(c);
        i++;
      }
    }
    pos[0] = i;
    return new Item(head.toString(), parts[0], parts[1], parts[2]);
  }

  /** Whether the space at {@code index} was written as {@code "\ "}. */
  private static boolean escapedSpaceAt(String text, int index) {
    int backslashes = 0;
    for (int j = index - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
