package dev.hackathonkit.io.ical;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.io.internal.TextDecoding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns iCalendar bytes into a component tree: splits lines (CRLF, LF or CR), unfolds them at the
 * byte level (so a fold inside a UTF-8 sequence rejoins the character), decodes UTF-8, parses
 * names, parameters (quoted values, RFC 6868 {@code ^} escapes) and values, and nests BEGIN/END.
 *
 * <p>Text around the calendar (an HTML comment or page that a static-site generator left around
 * {@code BEGIN:VCALENDAR} ... {@code END:VCALENDAR}, also on the same line) is skipped with one
 * {@link ICalendarProblem#I108_TEXT_AROUND_CALENDAR} warning and one unmapped entry per block.
 */
final class ContentParser {
  private final String source;
  private final ReadLimits limits;
  private final ReportBuilder report;

  /** Text outside every VCALENDAR: first line and line count of the block being collected. */
  private int wrapStart;

  private int wrapLines;
  private String wrapFirst = "";
  private int firstLine;
  private String firstText = "";

  /** Non-blank characters of content lines that did not parse (counted as input, never placed). */
  private long brokenChars;

  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  ContentParser(String source, ReadLimits limits, ReportBuilder report) {
    this.source = source;
    this.limits = limits;
    this.report = report;
  }

  /** The top-level VCALENDAR components. */
  List<Component> parse(byte[] bytes) throws EventFormatException {
    if (bytes.length > limits.maxInputChars()) {
      throw new EventFormatException(
          ICalendarProblem.I101_TOO_LARGE,
          new Location(source, 0, 0),
          "expected at most "
              + limits.maxInputChars()
              + " characters, found "
              + bytes.length
              + " bytes");
    }
    List<Component> calendars = new ArrayList<>();
    Deque<Component> stack = new ArrayDeque<>();
    boolean seenContent = false;
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    ByteBuffer logical = ByteBuffer.allocate(256);
    int logicalLine = 0;
    int physical = 0;
    int i = start;
    while (i <= bytes.length) {
      // find the end of the physical line
      int end = i;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      physical++;
      boolean continuation = end > i && (bytes[i] == ' ' || bytes[i] == '\t') && logicalLine > 0;
      if (continuation) {
        logical = append(logical, bytes, i + 1, end);
      } else {
        if (logicalLine > 0) {
          if (handle(logical, logicalLine, calendars, stack, seenContent)) {
            seenContent = true;
          }
        }
        logical.clear();
        logical = append(logical, bytes, i, end);
        logicalLine = physical;
      }
      if (end >= bytes.length) {
        break;
      }
      i = end + (bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n' ? 2 : 1);
      if (i == bytes.length) {
        break;
      }
    }
    if (logicalLine > 0) {
      handle(logical, logicalLine, calendars, stack, seenContent);
    }
    if (calendars.isEmpty() && stack.isEmpty()) {
      throw new EventFormatException(
          ICalendarProblem.I100_NOT_ICALENDAR,
          new Location(source, firstLine > 0 ? firstLine : 1, 1),
          "expected BEGIN:VCALENDAR, found "
              + (firstLine > 0
                  ? "'"
                      + abbreviate(firstText)
                      + "'"
                      + (wrapLines > 1 ? " and no BEGIN:VCALENDAR after it" : "")
                  : bytes.length == start ? "an empty input" : "no calendar"));
    }
    flushWrap();
    while (!stack.isEmpty()) {
      Component open = stack.pop();
      report.problem(
          ICalendarProblem.I104_UNTERMINATED_COMPONENT,
          open.line,
          1,
          "BEGIN:" + open.name + " has no END:" + open.name);
      if (stack.isEmpty()) {
        calendars.add(open);
      }
    }
    return calendars;
  }

  private static ByteBuffer append(ByteBuffer buf, byte[] bytes, int from, int to) {
    int n = to - from;
    if (buf.remaining() < n) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n));
      buf.flip();
      bigger.put(buf);
      buf = bigger;
    }
    buf.put(bytes, from, n);
    return buf;
  }

  /** Handles one unfolded line; returns whether it was content (not blank). */
  private boolean handle(
      ByteBuffer logical,
      int line,
      List<Component> calendars,
      Deque<Component> stack,
      boolean seenContent)
      throws EventFormatException {
    if (logical.position() == 0) {
      return false;
    }
    String text = decode(logical, line);
    if (text.isBlank()) {
      return false;
    }
    if (firstLine == 0) {
      firstLine = line;
      firstText = text;
    }
    if (stack.isEmpty()) {
      // outside every calendar: a new one begins, or this is text around it
      int at = indexOfIgnoreCase(text, "BEGIN:VCALENDAR");
      if (at < 0 || !text.substring(at + 15).isBlank()) {
        if (seenContent && at < 0 && looksLikeContentLine(text)) {
          Component.Property outside = property(text, line);
          if (outside != null && outside.name().equals("BEGIN")) {
            String name = outside.value().trim().toUpperCase(Locale.ROOT);
            report.unmapped(
                UnmappedReason.U106_NOT_CALENDAR_DATA,
                line,
                1,
                text,
                "component outside VCALENDAR");
            stack.push(new Component(name, line));
          } else if (outside != null && !outside.name().equals("END")) {
            report.unmapped(
                UnmappedReason.U106_NOT_CALENDAR_DATA, line, 1, text, "content outside VCALENDAR");
          }
          return true;
        }
        wrap(line, text);
        return false;
      }
      if (!text.substring(0, at).isBlank()) {
        wrap(line, text.substring(0, at));
      }
      flushWrap();
      Component c = new Component("VCALENDAR", line);
      stack.push(c);
      return true;
    }
    if (stack.size() == 1 && stack.peek().name.equals("VCALENDAR")) {
      String t = text.stripLeading();
      if (t.regionMatches(true, 0, "END:VCALENDAR", 0, 13) && t.length() > 13) {
        // END:VCALENDAR with text after it on the line (-->, </pre>)
        Component closed = stack.pop();
        closed.endLine = line;
        calendars.add(closed);
        wrap(line, t.substring(13));
        return true;
      }
    }
    Component.Property p = property(text, line);
    if (p == null) {
      brokenChars += nonBlank(text);
      return true;
    }
    if (p.name().equals("BEGIN")) {
      String name = p.value().trim().toUpperCase(Locale.ROOT);
      if (stack.size() >= limits.maxDepth()) {
        throw new EventFormatException(
            ICalendarProblem.I102_TOO_DEEP,
            new Location(source, line, 1),
            "expected components nested at most "
                + limits.maxDepth()
                + " deep, found BEGIN:"
                + name);
      }
      Component c = new Component(name, line);
      if (!stack.isEmpty()) {
        stack.peek().children.add(c);
      }
      stack.push(c);
    } else if (p.name().equals("END")) {
      String name = p.value().trim().toUpperCase(Locale.ROOT);
      if (stack.isEmpty()) {
        report.problem(
            ICalendarProblem.I105_MISMATCHED_END, line, 1, "END:" + name + " without BEGIN");
        return true;
      }
      if (!stack.peek().name.equals(name)) {
        boolean open = stack.stream().anyMatch(c -> c.name.equals(name));
        if (!open) {
          report.problem(
              ICalendarProblem.I105_MISMATCHED_END,
              line,
              1,
              "END:"
                  + name
                  + " does not close BEGIN:"
                  + stack.peek().name
                  + " of line "
                  + stack.peek().line);
          return true;
        }
        while (!stack.peek().name.equals(name)) {
          Component unclosed = stack.pop();
          report.problem(
              ICalendarProblem.I104_UNTERMINATED_COMPONENT,
              unclosed.line,
              1,
              "BEGIN:" + unclosed.name + " closed by END:" + name + " on line " + line);
        }
      }
      Component closed = stack.pop();
      closed.endLine = line;
      if (stack.isEmpty()) {
        if (closed.name.equals("VCALENDAR")) {
          calendars.add(closed);
        }
      }
    } else {
      stack.peek().properties.add(p.withChars(nonBlank(text)));
    }
    return true;
  }

  private String decode(ByteBuffer logical, int line) {
    byte[] a = logical.array();
    int off = logical.arrayOffset();
    int n = logical.position();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = a[off + i] >= 0;
    }
    if (ascii) {
      return new String(a, off, n, StandardCharsets.ISO_8859_1);
    }
    ByteBuffer in = ByteBuffer.wrap(a, off, n);
    strict.reset();
    try {
      CharBuffer chars = strict.decode(in);
      return chars.toString();
    } catch (CharacterCodingException e) {
      report.problem(
          ICalendarProblem.I106_MALFORMED_UTF8,
          line,
          1,
          "bytes that are not UTF-8 replaced by U+FFFD;"
              + " the file looks like "
              + TextDecoding.describe(TextDecoding.likelyEncoding(a, off, n)));
      return new String(a, off, n, StandardCharsets.UTF_8);
    }
  }

  /**
   * Parses {@code NAME *(;PARAM=value) : value}; reports and returns {@code null} when there is no
   * colon.
   */
  Component.@Nullable Property property(String text, int line) {
    int n = text.length();
    int i = 0;
    while (i < n
        && (Character.isLetterOrDigit(text.charAt(i))
            || text.charAt(i) == '-'
            || text.charAt(i) == '_')) {
      i++;
    }
    String name = text.substring(0, i).toUpperCase(Locale.ROOT);
    Map<String, List<String>> params = new LinkedHashMap<>();
    while (i < n && text.charAt(i) == ';') {
      int eq = text.indexOf('=', i + 1);
      int colon = text.indexOf(':', i + 1);
      int semi = text.indexOf(';', i + 1);
      if (eq < 0 || (colon >= 0 && colon < eq) || (semi >= 0 && semi < eq)) {
        // a parameter without a value: skip its name
        int stop = colon < 0 ? n : semi >= 0 && semi < colon ? semi : colon;
        report.problem(
            ICalendarProblem.I107_BAD_PARAMETER,
            line,
            i + 2,
            "parameter '" + text.substring(i + 1, stop) + "' of " + name + " has no value");
        i = stop;
        continue;
      }
      String pname = text.substring(i + 1, eq).trim().toUpperCase(Locale.ROOT);
      List<String> values = new ArrayList<>();
      i = eq + 1;
      while (true) {
        if (i < n && text.charAt(i) == '"') {
          int close = text.indexOf('"', i + 1);
          if (close < 0) {
            report.problem(
                ICalendarProblem.I107_BAD_PARAMETER,
                line,
                i + 1,
                "quoted value of parameter " + pname + " of " + name + " is not closed");
            int colon2 = text.indexOf(':', i + 1);
            values.add(caret(text.substring(i + 1, colon2 < 0 ? n : colon2)));
            i = colon2 < 0 ? n : colon2;
            break;
          }
          values.add(caret(text.substring(i + 1, close)));
          i = close + 1;
        } else {
          int j = i;
          while (j < n && text.charAt(j) != ',' && text.charAt(j) != ';' && text.charAt(j) != ':') {
            j++;
          }
          values.add(caret(text.substring(i, j)));
          i = j;
        }
        if (i < n && text.charAt(i) == ',') {
          i++;
          continue;
        }
        break;
      }
      params.put(pname, values);
    }
    if (i >= n || text.charAt(i) != ':' || name.isEmpty()) {
      report.problem(
          ICalendarProblem.I103_LINE_WITHOUT_COLON,
          line,
          i + 1,
          "expected NAME:value, found '"
              + abbreviate(text)
              + "'"
              + (name.isEmpty() ? "" : " (property " + name + ")"));
      report.unmapped(
          UnmappedReason.U106_NOT_CALENDAR_DATA, line, 1, abbreviate(text), "not a content line");
      return null;
    }
    String value = text.substring(i + 1);
    if (html && value.indexOf('&') >= 0) {
      // a calendar shown in an HTML page (<pre>) has its & and < escaped as the page's HTML needs
      value = org.jsoup.parser.Parser.unescapeEntities(value, false);
    }
    return new Component.Property(name, params, value, line);
  }

  /** RFC 6868: {@code ^n} newline, {@code ^'} double quote, {@code ^^} caret. */
  static String caret(String v) {
    if (v.indexOf('^') < 0) {
      return v;
    }
    StringBuilder sb = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '^' && i + 1 < v.length()) {
        char next = v.charAt(i + 1);
        if (next == 'n') {
          sb.append('\n');
          i++;
          continue;
        } else if (next == '\'') {
          sb.append('"');
          i++;
          continue;
        } else if (next == '^') {
          sb.append('^');
          i++;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Non-blank characters of content lines that did not parse. */
  long brokenChars() {
    return brokenChars;
  }

  /**
   * A tag of HTML ({@code <pre>}, {@code </div>}, {@code <!DOCTYPE html>}); not a comment, inside
   * which a page keeps text as it is.
   */
  private static final java.util.regex.Pattern HTML_TAG =
      java.util.regex.Pattern.compile(
          "<(/?[A-Za-z]|!DOCTYPE)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Whether text around the calendar is HTML, whose character references the calendar then holds.
   */
  private boolean html;

  private void wrap(int line, String text) {
    if (text.isBlank()) {
      return;
    }
    if (HTML_TAG.matcher(text).find()) {
      html = true;
    }
    if (wrapLines == 0) {
      wrapStart = line;
      wrapFirst = text.strip();
    }
    wrapLines++;
  }

  private void flushWrap() {
    if (wrapLines == 0) {
      return;
    }
    String what = "text around the calendar" + (wrapLines > 1 ? " (" + wrapLines + " lines)" : "");
    report.problem(
        ICalendarProblem.I108_TEXT_AROUND_CALENDAR,
        wrapStart,
        1,
        what
            + " skipped, beginning '"
            + abbreviate(wrapFirst)
            + "'; only BEGIN:VCALENDAR to END:VCALENDAR is read"
            + (html
                ? "; the page is HTML, so character references in the calendar (&amp;) are decoded"
                : ""));
    report.unmapped(
        UnmappedReason.U106_NOT_CALENDAR_DATA,
        wrapStart,
        1,
        abbreviate(wrapFirst),
        what + ": not calendar data");
    wrapLines = 0;
  }

  /** {@code NAME:} or {@code NAME;} at the start, as a content line begins. */
  private static boolean looksLikeContentLine(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    return i > 0
        && i < text.length()
        && (text.charAt(i) == ':' || text.charAt(i) == ';')
        && text.substring(0, i).chars().allMatch(c -> c < 128);
  }

  private static int indexOfIgnoreCase(String text, String what) {
    for (int i = 0; i + what.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  /** Characters other than spaces and line ends, as coverage counts them. */
  static long nonBlank(String text) {
    return dev.hackathonkit.io.internal.PlainText.nonBlank(text);
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
