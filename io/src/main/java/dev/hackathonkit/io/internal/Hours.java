package dev.hackathonkit.io.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours as pages write them: {@code 9AM to 5PM}, {@code 9:30am-5pm}, {@code 09:00–17:00},
 * and day lines such as {@code May 16th: 9AM to 5PM}. Not API.
 */
public final class Hours {
  private static final String TIME = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*([ap]\\.?\\s?m\\.?|h\\b)?";
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\d:/])" + TIME + "\\s*(?:-|\u2013|\u2014|to|until|till)\\s*" + TIME + "(?![\\d/])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(" + Dates.MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + Dates.MONTH + ")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  /**
   * Opening hours found at {@code [from, to)}.
   *
   * @param opens when the day starts
   * @param closes when it ends
   * @param from where the match starts
   * @param to where it ends
   */
  public record TimeRange(LocalTime opens, LocalTime closes, int from, int to) {}

  /**
   * A day and its hours.
   *
   * @param day the day of the year the line names, or {@code null} when it names none
   * @param date the full date, when the line or the year hint gives the year
   * @param hours the hours
   */
  public record DayHours(@Nullable MonthDay day, @Nullable LocalDate date, TimeRange hours) {}

  private Hours() {}

  /**
   * The first range of hours in {@code text}. Either both ends carry minutes ({@code 09:00}) or at
   * least one carries {@code am}/{@code pm}; bare number pairs such as {@code 16-17} are not hours.
   * An end without {@code am}/{@code pm} takes the other end's when that keeps the order.
   *
   * @return the range, or {@code null} if there is none (or it ends before it starts)
   */
  public static @Nullable TimeRange findRange(String text) {
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      String h1 = m.group(1);
      String min1 = m.group(2);
      String ap1 = marker(m.group(3));
      String h2 = m.group(4);
      String min2 = m.group(5);
      String ap2 = marker(m.group(6));
      boolean clock = min1 != null && min2 != null;
      boolean meridian = isMeridian(ap1) || isMeridian(ap2);
      boolean hourMark = "h".equals(ap1) || "h".equals(ap2);
      if (!clock && !meridian && !hourMark) {
        continue;
      }
      int a = Integer.parseInt(h1);
      int b = Integer.parseInt(h2);
      int ma = min1 == null ? 0 : Integer.parseInt(min1);
      int mb = min2 == null ? 0 : Integer.parseInt(min2);
      if (meridian) {
        if (!isMeridian(ap1)) {
          ap1 = to24(a, ap2) <= to24(b, ap2) ? ap2 : "am";
        }
        if (!isMeridian(ap2)) {
          ap2 = to24(b, ap1) >= to24(a, ap1) ? ap1 : "pm";
        }
        a = to24(a, ap1);
        b = to24(b, ap2);
      }
      if (a > 23 || b > 24 || ma > 59 || mb > 59 || (b == 24 && mb > 0)) {
        continue;
      }
      LocalTime opens = LocalTime.of(a, ma);
      LocalTime closes = b == 24 ? LocalTime.MAX.withNano(0).withSecond(0) : LocalTime.of(b, mb);
      if (!closes.isAfter(opens)) {
        return null;
      }
      return new TimeRange(opens, closes, m.start(), m.end());
    }
    return null;
  }

  /**
   * A day line: a day ({@code May 16th}, {@code 16 May}, {@code 16/05/2013}) followed by hours.
   *
   * @param yearHint the year when the line names none, or {@code null}
   * @return the day and hours, or {@code null} if the line holds no hours
   */
  public static @Nullable DayHours parseDayLine(String line, @Nullable Integer yearHint, Warnings warnings) {
    TimeRange hours = findRange(line);
    if (hours == null) {
      return null;
    }
    String head = line.substring(0, hours.from());
    Matcher numeric = NUMERIC_DATE.matcher(head);
    if (numeric.find()) {
      LocalDate d = Dates.parseNumeric(numeric.group(), warnings.shifted(numeric.start()));
      if (d != null) {
        return new DayHours(MonthDay.from(d), d, hours);
      }
    }
    Matcher m = MONTH_DAY.matcher(head);
    if (!m.find()) {
      return new DayHours(null, null, hours);
    }
    Month month = Dates.month(m.group(1) != null ? m.group(1) : m.group(4));
    int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
    if (month == null || day < 1 || day > month.maxLength()) {
      return new DayHours(null, null, hours);
    }
    MonthDay md = MonthDay.of(month, day);
    Integer year = yearHint;
    Matcher y = YEAR.matcher(head);
    if (y.find(m.end())) {
      year = Integer.valueOf(y.group());
    }
    LocalDate date = year != null && md.isValidYear(year) ? md.atYear(year) : null;
    return new DayHours(md, date, hours);
  }

  private static @Nullable String marker(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
    return s.isEmpty() ? null : s;
  }

  private static boolean isMeridian(@Nullable String marker) {
    return "am".equals(marker) || "pm".equals(marker);
  }

  private static int to24(int hour, @Nullable String marker) {
    if ("am".equals(marker)) {
      return hour == 12 ? 0 : hour;
    }
    if ("pm".equals(marker)) {
      return hour == 12 ? 12 : hour + 12;
    }
    return hour;
  }
}
