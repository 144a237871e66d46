package dev.hackathonkit.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as pages write them: numeric ({@code 29/04/2013}, {@code 2013-04-29}) and in English prose
 * ({@code May 16-17, 2013}, {@code 16-17 May 2013}, {@code May 30 - June 1, 2014}). Not API.
 */
public final class Dates {
  /** Month names (full, three letters, {@code Sept}), for use inside larger patterns. */
  public static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\\.?";

  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String DASH = "\\s*(?:-|\u2013|\u2014|to|until|till|through)\\s*";
  private static final String YEAR = "(?:,?\\s*(\\d{4}))";

  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  // May 30 - June 1, 2014
  private static final Pattern MONTH_DAY_TO_MONTH_DAY = Pattern.compile(
      "\\b(" + MONTH + ")\\s+" + DAY + DASH + "(" + MONTH + ")\\s+" + DAY + "\\b" + YEAR + "?",
      Pattern.CASE_INSENSITIVE);
  // 30 May - 1 June 2014
  private static final Pattern DAY_MONTH_TO_DAY_MONTH = Pattern.compile(
      "\\b" + DAY + "\\s+(" + MONTH + ")" + DASH + DAY + "\\s+(" + MONTH + ")" + YEAR + "?",
      Pattern.CASE_INSENSITIVE);
  // May 16-17, 2013
  private static final Pattern MONTH_DAYS = Pattern.compile(
      "\\b(" + MONTH + ")\\s+" + DAY + DASH + DAY + "\\b" + YEAR + "?", Pattern.CASE_INSENSITIVE);
  // 16-17 May 2013
  private static final Pattern DAYS_MONTH = Pattern.compile(
      "\\b" + DAY + DASH + DAY + "\\s+(" + MONTH + ")" + YEAR + "?", Pattern.CASE_INSENSITIVE);
  // May 16, 2013
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(" + MONTH + ")\\s+" + DAY + "\\b" + YEAR + "?", Pattern.CASE_INSENSITIVE);
  // 16 May 2013
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b" + DAY + "\\s+(" + MONTH + ")" + YEAR + "?", Pattern.CASE_INSENSITIVE);

  /**
   * Dates from {@code start} to {@code end}, found at {@code [from, to)} in the text searched.
   *
   * @param start the first day
   * @param end the last day (equal to {@code start} for one day)
   * @param from where the match starts
   * @param to where it ends
   */
  public record DateRange(LocalDate start, LocalDate end, int from, int to) {}

  private Dates() {}

  /** The month a name or abbreviation stands for ({@code May}, {@code Sept.}), or {@code null}. */
  public static @Nullable Month month(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    if (n.length() < 3) {
      return null;
    }
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(n)) {
        return m;
      }
    }
    return null;
  }

  /**
   * A numeric date: {@code dd/mm/yyyy} (also with {@code .} or {@code -}), or ISO {@code yyyy-mm-dd}.
   * When only the month-first reading is a real date ({@code 01/20/2014}) it is taken with a
   * {@link Warnings.Kind#MONTH_FIRST_DATE} warning; when both readings are ({@code 2/5/2014}) the
   * day-first one is taken with an {@link Warnings.Kind#AMBIGUOUS_DATE} warning.
   *
   * @return the date, or {@code null} if {@code text} (trimmed) is not such a date
   */
  public static @Nullable LocalDate parseNumeric(String text, Warnings warnings) {
    String s = text.strip();
    int lead = text.indexOf(s.isEmpty() ? " " : s.substring(0, 1));
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    }
    Matcher m = NUMERIC.matcher(s);
    if (!m.matches()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int year = Integer.parseInt(m.group(4));
    LocalDate dayFirst = date(year, b, a);
    LocalDate monthFirst = date(year, a, b);
    if (dayFirst != null && monthFirst != null && a != b) {
      warnings.warn(Warnings.Kind.AMBIGUOUS_DATE, Math.max(0, lead),
          "'" + s + "' reads as " + dayFirst + " (day first) or " + monthFirst + " (month first); took " + dayFirst);
      return dayFirst;
    }
    if (dayFirst == null && monthFirst != null) {
      warnings.warn(Warnings.Kind.MONTH_FIRST_DATE, Math.max(0, lead),
          "'" + s + "' is only a date month first: " + monthFirst);
      return monthFirst;
    }
    return dayFirst;
  }

  /**
   * The first date or date range written in English prose in {@code text}: {@code May 16-17, 2013},
   * {@code 16-17 May 2013}, {@code May 30 - June 1, 2014}, {@code 30 May - 1 June 2014}, {@code May
   * 16, 2013}, {@code 16 May 2013}. A range that runs over the new year ends in the year written.
   *
   * @param yearHint the year when the text names none, or {@code null} to require one
   * @return the range, or {@code null} if there is none
   */
  public static @Nullable DateRange findRange(String text, @Nullable Integer yearHint) {
    DateRange best = null;
    Matcher m = MONTH_DAY_TO_MONTH_DAY.matcher(text);
    if (m.find()) {
      best = earlier(best, range(m, yearHint, m.group(5), m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    m = DAY_MONTH_TO_DAY_MONTH.matcher(text);
    if (m.find()) {
      best = earlier(best, range(m, yearHint, m.group(5), m.group(2), m.group(1), m.group(4), m.group(3)));
    }
    m = MONTH_DAYS.matcher(text);
    if (m.find()) {
      best = earlier(best, range(m, yearHint, m.group(4), m.group(1), m.group(2), m.group(1), m.group(3)));
    }
    m = DAYS_MONTH.matcher(text);
    if (m.find()) {
      best = earlier(best, range(m, yearHint, m.group(4), m.group(3), m.group(1), m.group(3), m.group(2)));
    }
    if (best != null) {
      return best;
    }
    m = MONTH_DAY.matcher(text);
    if (m.find()) {
      best = earlier(best, range(m, yearHint, m.group(3), m.group(1), m.group(2), m.group(1), m.group(2)));
    }
    m = DAY_MONTH.matcher(text);
    if (m.find()) {
      best = earlier(best, range(m, yearHint, m.group(3), m.group(2), m.group(1), m.group(2), m.group(1)));
    }
    return best;
  }

  private static @Nullable DateRange earlier(@Nullable DateRange a, @Nullable DateRange b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.from() < a.from() || (b.from() == a.from() && b.to() > a.to()) ? b : a;
  }

  private static @Nullable DateRange range(
      Matcher m, @Nullable Integer yearHint, @Nullable String yearText,
      String month1, String day1, String month2, String day2) {
    Integer year = yearText != null ? Integer.valueOf(yearText) : yearHint;
    Month m1 = month(month1);
    Month m2 = month(month2);
    if (year == null || m1 == null || m2 == null) {
      return null;
    }
    LocalDate end = date(year, m2.getValue(), Integer.parseInt(day2));
    LocalDate start = date(year, m1.getValue(), Integer.parseInt(day1));
    if (start == null || end == null) {
      return null;
    }
    if (start.isAfter(end)) {
      start = start.minusYears(1);
    }
    return new DateRange(start, end, m.start(), m.end());
  }

  /** The date, or {@code null} when the numbers make none. */
  public static @Nullable LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
