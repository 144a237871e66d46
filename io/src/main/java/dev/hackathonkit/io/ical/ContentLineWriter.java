package dev.hackathonkit.io.ical;

/**
 * Writes content lines: {@code NAME;PARAM=value:value}, CRLF-terminated, folded so that no line
 * exceeds 75 octets of UTF-8 and no fold falls inside a character's octets (RFC 5545 §3.1).
 */
final class ContentLineWriter {
  /** The longest line in octets, without its CRLF. */
  static final int MAX_OCTETS = 75;

  private final StringBuilder out;
  private final StringBuilder line = new StringBuilder(128);

  ContentLineWriter(StringBuilder out) {
    this.out = out;
  }

  /** Starts a property line; finish it with {@link #value}. */
  ContentLineWriter name(String name) {
    line.setLength(0);
    line.append(name);
    return this;
  }

  /** Appends a parameter, quoting and RFC 6868-encoding its value where needed. */
  ContentLineWriter param(String name, String value) {
    line.append(';').append(name).append('=');
    appendParamValue(line, value);
    return this;
  }

  /** Appends the value (already escaped for its type) and writes the folded line. */
  void value(String value) {
    line.append(':').append(value);
    fold(line, out);
  }

  /** A whole line whose value needs no escaping: {@code BEGIN:VEVENT}. */
  void line(String name, String value) {
    name(name).value(value);
  }

  /** A TEXT property: escaped and cleaned of control characters. */
  void text(String name, String text) {
    name(name).value(TextCodec.escape(text));
  }

  static void appendParamValue(StringBuilder sb, String value) {
    boolean quote = false;
    StringBuilder v = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> v.append("^'");
        case '^' -> v.append("^^");
        case '\n' -> v.append("^n");
        case '\r' -> {
          v.append("^n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case ':', ';', ',' -> {
          quote = true;
          v.append(c);
        }
        default -> {
          if (TextCodec.isAllowed(value, i)) {
            v.append(c);
            // quoting is always allowed; quote whatever is not a plain token, for lenient parsers
            quote |=
                !((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '/'
                    || c == '#'
                    || c == '+'
                    || c == '@');
          }
        }
      }
    }
    if (quote) {
      sb.append('"').append(v).append('"');
    } else {
      sb.append(v);
    }
  }

  /** Appends {@code line} to {@code out}, folded at 75 octets, with CRLF line ends. */
  static void fold(CharSequence line, StringBuilder out) {
    int octets = 0;
    int segment = 0;
    int n = line.length();
    for (int i = 0; i < n; ) {
      char c = line.charAt(i);
      int len;
      int chars = 1;
      if (c < 0x80) {
        len = 1;
      } else if (c < 0x800) {
        len = 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        len = 4;
        chars = 2;
      } else {
        len = 3;
      }
      if (octets + len > MAX_OCTETS) {
        out.append(line, segment, i).append("\r\n ");
        segment = i;
        octets = 1;
      }
      octets += len;
      i += chars;
    }
    out.append(line, segment, n).append("\r\n");
  }
}
