package dev.hackathonkit.io.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours as people write them, in English, German, French and Spanish: {@code 9am–5:30pm},
 * {@code 9AM to 5PM}, {@code 10:00–18:00}, {@code 10:00 - 18:00 Uhr}, {@code 9–17 Uhr}, {@code
 * 10h–18h}, {@code 10h00 - 18h00}, {@code de 9h à 17h}, {@code de 10:00 a 18:00}, {@code 09:00 -
 * 09:50 hrs}, {@code 10.00–18.00}; a start alone ({@code from 10:00}, {@code ab 10 Uhr}, {@code à
 * partir de 10h}, {@code desde las 10:00}, {@code starts at 9am}); and day lines such as {@code Sat
 * 12 Oct: 10:00–18:00}. Every pattern is compiled once. Not API.
 */
public final class Hours {
  /** One time: hour, separator, minutes, a/p of am/pm, an hour word (h, Uhr, hrs). 5 groups. */
  private static final String TIME =
      "(\\d{1,2})(?:([:.hH])(\\d{2}))?"
          + "(?:\\s*(?:([aApP])\\.?\\s?[mM](?![\\p{L}])\\.?|((?:h|hrs?|uhr|horas?|heures?)(?![\\p{L}\\d]))))?";

  private static final String NOT_AFTER = "(?<![\\d:/\\p{L}])(?<!\\d[.,])";
  private static final String NOT_BEFORE = "(?![\\d/\\p{L}])(?![.:,]\\d)";
  private static final String CONNECT =
      "(?:\\s*[-\u2010\u2011\u2013\u2014\u2212~]\\s*"
          + "|\\s+(?:to|until|till|through|bis|\u00e0|a|al|au|hasta(?:\\s+las)?|jusqu['\u2019]\u00e0)\\s+)";
  private static final Pattern RANGE =
      Pattern.compile(
          NOT_AFTER + TIME + CONNECT + TIME + NOT_BEFORE,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern START =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:from|start(?:s|ing)?\\s+at|begin(?:s|ning)?\\s+at|doors\\s+open\\s+at|opens?\\s+at"
              + "|ab|beginn\\s+um|\u00e0\\s+partir\\s+de|d\u00e8s|desde(?:\\s+las)?|a\\s+partir\\s+de(?:\\s+las)?)\\s+"
              + NOT_AFTER
              + TIME
              + NOT_BEFORE,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern END =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:until|till|by|ends?\\s+at|finish(?:es)?\\s+at|closes?\\s+at|bis|schluss\\s+um"
              + "|jusqu['\u2019]\u00e0|fin\\s+\u00e0|hasta(?:\\s+las)?|termina\\s+a\\s+las)\\s+"
              + NOT_AFTER
              + TIME
              + NOT_BEFORE,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Opening hours found at {@code [from, to)}.
   *
   * @param opens when the day starts
   * @param closes when it ends; never {@code null} from {@link #findRange}, {@code null} from
   *     {@link #findStart} (a start without an end)
   * @param from where the match starts, a char index
   * @param to where it ends (exclusive)
   */
  public record TimeRange(LocalTime opens, @Nullable LocalTime closes, int from, int to) {}

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
   * The first range of hours in {@code text}. Either both ends carry minutes ({@code 09:00}, {@code
   * 10.00}, {@code 10h00}), or one carries {@code am}/{@code pm}, or one an hour word ({@code h},
   * {@code Uhr}, {@code hrs}); bare number pairs such as {@code 16-17} are not hours. An end
   * without {@code am}/{@code pm} takes the other end's when that keeps the order. {@code 24:00}
   * closes at 23:59.
   *
   * @return the range with a non-null {@code closes}, or {@code null} if there is none (or the
   *     first one ends before it starts)
   */
  public static @Nullable TimeRange findRange(String text) {
    return findRange(text, false);
  }

  /**
   * As {@link #findRange(String)}; with {@code acrossMidnight}, a range whose end is not after its
   * start ({@code 22:00 - 01:00}, {@code 11:30pm-12:30am}) is a range that ends the next day, its
   * {@code closes} before its {@code opens}.
   */
  public static @Nullable TimeRange findRange(String text, boolean acrossMidnight) {
    if (!Dates.hasDigit(text)) {
      return null;
    }
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      boolean clock = m.group(3) != null && m.group(8) != null;
      String ap1 = meridian(m.group(4));
      String ap2 = meridian(m.group(9));
      boolean hourWord =
          m.group(5) != null
              || m.group(10) != null
              || "h".equalsIgnoreCase(m.group(2))
              || "h".equalsIgnoreCase(m.group(7));
      if (!clock && ap1 == null && ap2 == null && !hourWord) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(6));
      int ma = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int mb = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
      if (ap1 != null || ap2 != null) {
        if (ap1 == null) {
          ap1 = to24(a, ap2) <= to24(b, ap2) ? ap2 : "a";
        }
        if (ap2 == null) {
          ap2 = to24(b, ap1) >= to24(a, ap1) ? ap1 : "p";
        }
        if (a > 12 || b > 12) {
          continue;
        }
        a = to24(a, ap1);
        b = to24(b, ap2);
      }
      if (a > 23 || b > 24 || ma > 59 || mb > 59 || (b == 24 && mb > 0)) {
        continue;
      }
      LocalTime opens = LocalTime.of(a, ma);
      LocalTime closes = b == 24 ? LocalTime.of(23, 59) : LocalTime.of(b, mb);
      if (!closes.isAfter(opens) && !(acrossMidnight && !closes.equals(opens))) {
        return null;
      }
      return new TimeRange(opens, closes, m.start(), m.end());
    }
    return null;
  }

  /**
   * The first start time stated without an end: {@code from 10:00}, {@code starts at 9am}, {@code
   * ab 10 Uhr}, {@code à partir de 10h}, {@code dès 9h30}, {@code desde las 10:00}. The time needs
   * minutes, {@code am}/{@code pm} or an hour word; one that starts a range of {@link #findRange}
   * is not a start alone.
   *
   * @return the start, with {@code closes} {@code null} and the offsets of the phrase, or {@code
   *     null}
   */
  public static @Nullable TimeRange findStart(String text) {
    return loneTime(START, text, true);
  }

  /**
   * Hours written as a start and an end in words: {@code we start at 10:00 and leave by 19:00},
   * {@code ab 10 Uhr bis 18 Uhr}. The end must follow the start.
   *
   * @return the hours, or {@code null} when the text states no start or no end after it
   */
  public static @Nullable TimeRange findStartAndEnd(String text) {
    TimeRange start = findStart(text);
    if (start == null) {
      return null;
    }
    TimeRange end = findEnd(text.substring(start.to()));
    if (end == null || !end.opens().isAfter(start.opens())) {
      return null;
    }
    return new TimeRange(start.opens(), end.opens(), start.from(), start.to() + end.to());
  }

  /**
   * The first end time stated alone: {@code until 19:00}, {@code ends at 3pm}, {@code bis 18 Uhr},
   * {@code jusqu'à 18h}, {@code hasta las 18:00}. The time is returned as {@code opens} of a range
   * without {@code closes}; it needs minutes, {@code am}/{@code pm} or an hour word.
   *
   * @return the end, or {@code null}
   */
  public static @Nullable TimeRange findEnd(String text) {
    return loneTime(END, text, false);
  }

  /**
   * The first time {@code cue} finds after its cue word that states minutes, am/pm or an hour word
   * (and, when {@code notInRange}, does not start a range of {@link #findRange}), as a range
   * without {@code closes}; or {@code null}.
   */
  private static @Nullable TimeRange loneTime(Pattern cue, String text, boolean notInRange) {
    if (!Dates.hasDigit(text)) {
      return null;
    }
    Matcher m = cue.matcher(text);
    TimeRange range = null;
    boolean rangeRead = !notInRange;
    while (m.find()) {
      String ap = meridian(m.group(4));
      boolean hourWord = m.group(5) != null || "h".equalsIgnoreCase(m.group(2));
      if (m.group(3) == null && ap == null && !hourWord) {
        continue;
      }
      int h = Integer.parseInt(m.group(1));
      int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (ap != null) {
        if (h > 12) {
          continue;
        }
        h = to24(h, ap);
      }
      if (h > 23 || min > 59) {
        continue;
      }
      if (!rangeRead) {
        range = findRange(text);
        rangeRead = true;
      }
      if (range != null && m.start(1) >= range.from() && m.start(1) < range.to()) {
        continue;
      }
      return new TimeRange(LocalTime.of(h, min), null, m.start(), m.end());
    }
    return null;
  }

  /**
   * A day line in English: a day ({@code May 16th}, {@code 16 May}, {@code 16/05/2013}) followed by
   * hours. Same as {@link #parseDayLine(String, Dates.DateContext, Warnings)} in every language of
   * {@link Dates.DateContext#ANY}, except that a line needs a full range of hours and a year taken
   * from the hint is not reported.
   *
   * @param yearHint the year when the line names none, or {@code null}
   * @return the day and hours, or {@code null} if the line holds no range of hours
   */
  public static @Nullable DayHours parseDayLine(
      String line, @Nullable Integer yearHint, Warnings warnings) {
    TimeRange hours = findRange(line);
    if (hours == null) {
      return null;
    }
    Warnings quiet =
        (kind, offset, message) -> {
          if (kind != Warnings.Kind.YEAR_INFERRED) {
            warnings.warn(kind, offset, message);
          }
        };
    return dayLine(line, hours, Dates.DateContext.ANY.withYearHint(yearHint), quiet);
  }

  /**
   * A day line: a day written before hours, such as {@code Sat 12 Oct: 10:00–18:00}, {@code
   * Samstag, 12. Oktober: 10–18 Uhr}, {@code May 16th: 9AM to 5PM}, {@code 16/05/2013: 9AM to 5PM},
   * {@code vendredi 3 mai : 9h-18h}, {@code sábado 4 de mayo, 10:00-18:00}, or {@code Sunday 13
   * October: from 10:00} (a start alone, {@code closes} {@code null}). The day is read as {@link
   * Dates#findRange(String, Dates.DateContext, Warnings)} reads a single date, but a day without a
   * year and without a hint still gives its {@link MonthDay}.
   *
   * @param ctx the languages and the year of a day written without one
   * @param warnings receives the date's warnings, with offsets into {@code line}
   * @return the day (or none) and the hours, or {@code null} if the line holds no hours
   */
  public static @Nullable DayHours parseDayLine(
      String line, Dates.DateContext ctx, Warnings warnings) {
    TimeRange hours = findRange(line);
    if (hours == null) {
      hours = findStart(line);
    }
    if (hours == null) {
      return null;
    }
    return dayLine(line, hours, ctx, warnings);
  }

  private static DayHours dayLine(
      String line, TimeRange hours, Dates.DateContext ctx, Warnings warnings) {
    Dates.Day d = Dates.findDay(line.substring(0, hours.from()), ctx, warnings);
    return d == null ? new DayHours(null, null, hours) : new DayHours(d.day(), d.date(), hours);
  }

  /** {@code "a"}, {@code "p"} or {@code null}. */
  private static @Nullable String meridian(@Nullable String raw) {
    return raw == null ? null : raw.toLowerCase(Locale.ROOT);
  }

  private static int to24(int hour, @Nullable String marker) {
    if ("a".equals(marker)) {
      return hour == 12 ? 0 : hour;
    }
    if ("p".equals(marker)) {
      return hour == 12 ? 12 : hour + 12;
    }
    return hour;
  }
}
