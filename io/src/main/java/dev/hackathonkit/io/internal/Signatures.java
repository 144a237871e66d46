package dev.hackathonkit.io.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * MediaWiki signatures as pages show them: {@code Jdoe 18:02, 29 April 2013 (UTC)}, the user name
 * followed by the time of signing. Not API.
 */
public final class Signatures {
  private static final Pattern STAMP =
      Pattern.compile(
          "(\\d{1,2}):(\\d{2}),\\s+(\\d{1,2})\\s+("
              + Dates.MONTH
              + ")\\s+(\\d{4})\\s*\\((?:UTC|GMT)\\)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A signature found at {@code [from, to)}: {@code from} is where the author starts, {@code to} is
   * after the time stamp and a colon that follows it, if any.
   *
   * @param author the user name as shown
   * @param postedAt when it was signed
   * @param from where the author starts
   * @param to where the signature (and its colon) ends
   */
  public record Signature(String author, Instant postedAt, int from, int to) {}

  /**
   * A signed entry: the author, the time and the text after the signature.
   *
   * @param author the user name as shown
   * @param postedAt when it was signed
   * @param text what follows the signature and its colon, trimmed (inner spacing as written); may
   *     be empty
   */
  public record Signed(String author, Instant postedAt, String text) {}

  private Signatures() {}

  /** The instant of a stamp such as {@code 18:02, 29 April 2013 (UTC)}, or {@code null}. */
  public static @Nullable Instant parseStamp(String stamp) {
    Matcher m = STAMP.matcher(stamp.strip());
    return m.matches() ? instant(m) : null;
  }

  /**
   * Every signature in {@code text}, in order. The author is the word before the time stamp (user
   * names shown in signatures rarely hold spaces; {@link #parse} takes every word instead).
   */
  public static List<Signature> findAll(String text) {
    List<Signature> found = new ArrayList<>();
    int from = stampFrom(text);
    if (from < 0) {
      return found;
    }
    Matcher m = STAMP.matcher(text);
    int floor = 0;
    for (boolean more = m.find(from); more; more = m.find()) {
      Instant at = instant(m);
      int authorEnd = m.start();
      while (authorEnd > floor && PlainText.isSpace(text.charAt(authorEnd - 1))) {
        authorEnd--;
      }
      int authorStart = authorEnd;
      while (authorStart > floor && !PlainText.isSpace(text.charAt(authorStart - 1))) {
        authorStart--;
      }
      if (at == null || authorStart == authorEnd) {
        continue;
      }
      int to = m.end();
      if (to < text.length() && text.charAt(to) == ':') {
        to++;
      }
      found.add(new Signature(text.substring(authorStart, authorEnd), at, authorStart, to));
      floor = to;
    }
    return found;
  }

  /**
   * One signed entry, {@code Author HH:MM, D Month YYYY (UTC)[:] text}: the author is everything
   * before the stamp (so names with spaces work), the text everything after it.
   *
   * @return the entry, or {@code null} when {@code segment} holds no stamp or no author before it
   */
  public static @Nullable Signed parse(String segment) {
    int from = stampFrom(segment);
    if (from < 0) {
      return null;
    }
    Matcher m = STAMP.matcher(segment);
    if (!m.find(from)) {
      return null;
    }
    String author = PlainText.clean(segment.substring(0, m.start()));
    Instant at = instant(m);
    if (author.isEmpty() || at == null) {
      return null;
    }
    String rest = segment.substring(m.end()).strip();
    if (rest.startsWith(":")) {
      rest = rest.substring(1).strip();
    }
    return new Signed(author, at, rest);
  }

  /**
   * Where the first time stamp in {@code text} can start, or -1 when it holds none: a stamp starts
   * with one or two digits and a colon, so no stamp starts more than two characters before the
   * first colon that follows a digit. The pattern search then starts there rather than trying every
   * character of the text.
   */
  private static int stampFrom(String text) {
    for (int colon = text.indexOf(':', 1); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (isDigit(text.charAt(colon - 1))) {
        return Math.max(0, colon - 2);
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static @Nullable Instant instant(Matcher m) {
    Month month = Dates.month(m.group(4));
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (month == null || hour > 23 || minute > 59) {
      return null;
    }
    LocalDate date =
        Dates.date(Integer.parseInt(m.group(5)), month.getValue(), Integer.parseInt(m.group(3)));
    return date == null ? null : date.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
  }
}
