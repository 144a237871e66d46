package dev.hackathonkit.io.ical;

/** TEXT values (RFC 5545 §3.3.11): escaping, unescaping, and the characters allowed at all. */
final class TextCodec {
  private TextCodec() {}

  /**
   * Escapes {@code \ ; ,} and line breaks; removes control characters other than tab, and unpaired
   * surrogates.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\n' -> sb.append("\\n");
        case '\r' -> {
          sb.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (isAllowed(text, i)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Whether the char at {@code i} may appear in a value: no control characters but tab, no lone
   * surrogates.
   */
  static boolean isAllowed(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t';
    }
    if (c == 0x7f) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return true;
  }

  /**
   * The text a TEXT value stands for: {@code \n} and {@code \N} become line breaks; characters a
   * value may not hold ({@link #isAllowed}: control characters but tab, lone surrogates) are left
   * out, as the writer leaves them out, so that text read writes back the same.
   */
  static String unescape(String value) {
    return allowed(escaped(value));
  }

  private static String allowed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isAllowed(text, i) && text.charAt(i) != '\n') {
        StringBuilder sb = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
          if (isAllowed(text, j) || text.charAt(j) == '\n') {
            sb.append(text.charAt(j));
          }
        }
        return sb.toString();
      }
    }
    return text;
  }

  private static String escaped(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char n = value.charAt(++i);
        switch (n) {
          case 'n', 'N' -> sb.append('\n');
          default -> sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Splits a TEXT list on unescaped commas, unescaping each item. */
  static java.util.List<String> splitList(String value) {
    java.util.List<String> items = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        items.add(unescape(value.substring(start, i)));
        start = i + 1;
      }
    }
    items.add(unescape(value.substring(start)));
    return items;
  }
}
