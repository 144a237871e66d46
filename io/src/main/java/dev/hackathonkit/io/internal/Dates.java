package dev.hackathonkit.io.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Dates and date ranges as people write them, in English, German, French and Spanish (or any
 * language the JDK has month names for): {@code May 16-17, 2013}, {@code 30 May – 2 June 2019},
 * {@code 12.–14. April 2019}, {@code du 3 au 5 mai 2019}, {@code del 3 al 5 de mayo de 2019},
 * {@code 30.05.–02.06.2019}, {@code 11/09/2011 through 11/11/2011}, {@code 2019-05-03 to
 * 2019-05-05}, {@code Saturday, May 22nd}. Month and weekday names come from the JDK's CLDR locale
 * data ({@link java.time.format.TextStyle} full and short forms), matched ignoring case, accents
 * and a trailing dot; the grammar words ({@code to}, {@code bis}, {@code au}, {@code de}, ordinal
 * suffixes) from {@code date-words.properties}. Not API.
 *
 * <p>A number is only read as a day, month or year when it stands alone: never out of a bigger
 * number, a version ({@code 4.3}), a phone number ({@code +49 30 1234567}) or a time ({@code
 * 10:00}). The text is scanned once, in linear time.
 */
public final class Dates {
  private static final List<Locale> ENGLISH = List.of(Locale.ENGLISH);

  /**
   * English month names (full and short CLDR forms, optional trailing dot), for use inside larger
   * patterns: a regular expression without groups.
   */
  public static final String MONTH = englishMonthPattern();

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern NUMERIC_IN_TEXT =
      Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** A leap year that stands for "no year" while a day line is read without one. */
  private static final int NO_YEAR = 2000;

  /**
   * Dates from {@code start} to {@code end}, found at {@code [from, to)} in the text searched.
   *
   * @param start the first day
   * @param end the last day (equal to {@code start} for one day)
   * @param from where the match starts, a char index into the text
   * @param to where it ends (exclusive)
   */
  public record DateRange(LocalDate start, LocalDate end, int from, int to) {}

  /**
   * What a reader knows before it reads a date.
   *
   * @param yearHint the year of a date written without one (the page's event year), or {@code null}
   *     to read only dates that name their year
   * @param languages the languages whose month and weekday names and grammar words are read (by
   *     {@link Locale#getLanguage()}); not empty
   */
  public record DateContext(@Nullable Integer yearHint, List<Locale> languages) {
    /** English, German, French and Spanish, without a year hint. */
    public static final DateContext ANY =
        new DateContext(
            null,
            List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es")));

    /** Copies the list; rejects an empty one. */
    public DateContext {
      languages = List.copyOf(languages);
      if (languages.isEmpty()) {
        throw new IllegalArgumentException("languages is empty");
      }
    }

    /** This context with another year hint. */
    public DateContext withYearHint(@Nullable Integer year) {
      return new DateContext(year, languages);
    }
  }

  private Dates() {}

  /**
   * The month an English name or abbreviation stands for ({@code May}, {@code Sept.}, {@code
   * Septem}): a CLDR name, or the start (three letters or more) of a full English name.
   *
   * @return the month, or {@code null}
   */
  public static @Nullable Month month(String name) {
    String n = Words.key(name);
    Month m = DateWords.of(ENGLISH).months.get(n);
    if (m != null || n.length() < 3) {
      return m;
    }
    for (Month candidate : Month.values()) {
      if (Words.key(candidate.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
          .startsWith(n)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * A numeric date: {@code dd/mm/yyyy} (also with {@code .} or {@code -}), or ISO {@code
   * yyyy-mm-dd}. When only the month-first reading is a real date ({@code 01/20/2014}) it is taken
   * with a {@link Warnings.Kind#MONTH_FIRST_DATE} warning; when both readings are ({@code
   * 2/5/2014}) the day-first one is taken with an {@link Warnings.Kind#AMBIGUOUS_DATE} warning.
   *
   * @return the date, or {@code null} if {@code text} (trimmed) is not such a date
   */
  public static @Nullable LocalDate parseNumeric(String text, Warnings warnings) {
    return parseNumeric(text, false, warnings);
  }

  /**
   * How the first numeric date {@code a/b/yyyy} in a text can be read; see {@link #numericReading}.
   */
  public enum NumericReading {
    /** Only day first is a real date ({@code 13/3/2026}). */
    DAY_FIRST_ONLY,
    /** Only month first is a real date ({@code 3/13/2026}). */
    MONTH_FIRST_ONLY,
    /** Both are real and differ ({@code 3/12/2026}). */
    EITHER
  }

  /**
   * How the first numeric date {@code a/b/yyyy} (also with {@code .} or {@code -}) in {@code text}
   * reads, for a caller that decides one order for a whole table from its unambiguous dates.
   *
   * @return the readings, or {@code null} when the text holds no such date, or one that reads the
   *     same both ways ({@code 3/3/2026}) or neither
   */
  public static @Nullable NumericReading numericReading(String text) {
    Matcher m = NUMERIC_IN_TEXT.matcher(text);
    if (!m.find()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int year = Integer.parseInt(m.group(4));
    boolean dayFirst = date(year, b, a) != null;
    boolean monthFirst = date(year, a, b) != null;
    if (dayFirst && monthFirst) {
      return a == b ? null : NumericReading.EITHER;
    }
    return dayFirst
        ? NumericReading.DAY_FIRST_ONLY
        : monthFirst ? NumericReading.MONTH_FIRST_ONLY : null;
  }

  /**
   * The first numeric date {@code a/b/yyyy} inside {@code text} ({@code Wed 3/4/2026}), read as
   * {@link #parseNumeric(String, boolean, Warnings)} reads it, without warnings.
   *
   * @return the date, or {@code null} when the text holds none
   */
  public static @Nullable LocalDate findNumeric(String text, boolean monthFirst) {
    Matcher m = NUMERIC_IN_TEXT.matcher(text);
    return m.find() ? parseNumeric(m.group(), monthFirst, Warnings.IGNORE) : null;
  }

  /**
   * A numeric date as {@link #parseNumeric(String, Warnings)} reads it, except that a date real
   * both ways is read month first when {@code monthFirst} is set (the order a caller chose for a
   * whole table, with its own report); no {@link Warnings.Kind#AMBIGUOUS_DATE} warning is given
   * then.
   *
   * @return the date, or {@code null} if {@code text} (trimmed) is not such a date
   */
  public static @Nullable LocalDate parseNumeric(
      String text, boolean monthFirst, Warnings warnings) {
    String s = text.strip();
    int lead = s.isEmpty() ? 0 : text.indexOf(s.charAt(0));
    // the patterns only match whole values of 10 (yyyy-mm-dd) and of 8 to 10 characters
    if (s.length() < 8 || s.length() > 10) {
      return null;
    }
    if (s.length() == 10) {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return date(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
    }
    Matcher m = NUMERIC.matcher(s);
    if (!m.matches()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int year = Integer.parseInt(m.group(4));
    LocalDate dayFirst = date(year, b, a);
    LocalDate monthFirstDate = date(year, a, b);
    if (dayFirst != null && monthFirstDate != null && a != b) {
      if (monthFirst) {
        return monthFirstDate;
      }
      warnings.warn(
          Warnings.Kind.AMBIGUOUS_DATE,
          lead,
          "'"
              + s
              + "' reads as "
              + dayFirst
              + " (day first) or "
              + monthFirstDate
              + " (month first); took "
              + dayFirst);
      return dayFirst;
    }
    if (dayFirst == null && monthFirstDate != null) {
      warnings.warn(
          Warnings.Kind.MONTH_FIRST_DATE,
          lead,
          "'" + s + "' is only a date month first: " + monthFirstDate);
      return monthFirstDate;
    }
    return dayFirst;
  }

  /**
   * The first English date range in {@code text}, else its first single English date; numeric dates
   * are read too. Same as {@link #findRange(String, DateContext, Warnings)} with English only and
   * no warnings.
   *
   * @param yearHint the year when the text names none, or {@code null} to require one
   * @return the range, or {@code null} if there is none
   */
  public static @Nullable DateRange findRange(String text, @Nullable Integer yearHint) {
    return findRange(text, new DateContext(yearHint, ENGLISH), Warnings.IGNORE);
  }

  /**
   * The first date range written in {@code text}; when it holds none, its first single date.
   *
   * <p>Read: a day with a month name before or after it ({@code May 22nd}, {@code 12. Oktober},
   * {@code 1er juin}, {@code 3 de mayo de 2019}), optionally after a weekday ({@code Sat}, {@code
   * Samstag,}, {@code le samedi}); numeric {@code d.m.yyyy}, {@code d/m/yyyy}, {@code d-m-yyyy},
   * ISO {@code yyyy-mm-dd}; and two of these joined by a dash or a range word ({@code to}, {@code
   * bis}, {@code au}, {@code al}…), where the first may leave out what the second states ({@code
   * May 16-17, 2013}, {@code 02. to 04. September 2011}, {@code 30.05.–02.06.2019}). A range whose
   * end is before its start, or that lasts more than 31 days, is not a range. A first end without a
   * year that would fall after the second is taken in the year before ({@code Dec 30 – Jan 2,
   * 2020}).
   *
   * <p>Warnings, at the match's offset in {@code text}: {@link Warnings.Kind#YEAR_INFERRED} when
   * the year came from {@code ctx.yearHint()} (a date without a year and without a hint is not
   * read); {@link Warnings.Kind#AMBIGUOUS_DATE} when a numeric date reads both day-first and
   * month-first and neither its weekday nor the range decides (day-first is taken); {@link
   * Warnings.Kind#MONTH_FIRST_DATE} when only the month-first reading is a date (or makes a range);
   * {@link Warnings.Kind#PARTLY_READ} when a written weekday is not the date's.
   *
   * @return the range ({@code start == end} for one day) with its char offsets in {@code text}, or
   *     {@code null}
   */
  public static @Nullable DateRange findRange(String text, DateContext ctx, Warnings warnings) {
    if (!hasDigit(text)) {
      return null;
    }
    Scanner s = new Scanner(text, DateWords.of(ctx.languages()), ctx.yearHint(), false);
    Found single = null;
    for (int i = 0; i < s.n; ) {
      Found f = s.at(i);
      if (f == null) {
        i++;
        continue;
      }
      if (f.range) {
        f.report(warnings);
        return f.toRange();
      }
      if (single == null) {
        single = f;
      }
      i = f.lastToken + 1;
    }
    if (single == null) {
      return null;
    }
    single.report(warnings);
    return single.toRange();
  }

  /**
   * Every date and date range in {@code text}, in order and not overlapping, read as {@link
   * #findRange(String, DateContext, Warnings)} reads one.
   *
   * @return the ranges found, possibly empty
   */
  public static List<DateRange> findAll(String text, DateContext ctx, Warnings warnings) {
    if (!hasDigit(text)) {
      return List.of();
    }
    Scanner s = new Scanner(text, DateWords.of(ctx.languages()), ctx.yearHint(), false);
    List<DateRange> out = new ArrayList<>();
    for (int i = 0; i < s.n; ) {
      Found f = s.at(i);
      if (f == null) {
        i++;
        continue;
      }
      f.report(warnings);
      out.add(f.toRange());
      i = f.lastToken + 1;
    }
    return out;
  }

  /**
   * A day found by {@link #findDay}: its month and day, its date when the year is known.
   *
   * @param day the month and day
   * @param date the date, or {@code null} when neither the text nor the hint gives the year
   * @param from where the match starts
   * @param to where it ends
   */
  record Day(MonthDay day, @Nullable LocalDate date, int from, int to) {}

  /** The first single day in {@code text}, read even without a year (day lines). */
  static @Nullable Day findDay(String text, DateContext ctx, Warnings warnings) {
    if (!hasDigit(text)) {
      return null;
    }
    Scanner s = new Scanner(text, DateWords.of(ctx.languages()), ctx.yearHint(), true);
    for (int i = 0; i < s.n; i++) {
      Found f = s.at(i);
      if (f != null) {
        f.report(warnings);
        return new Day(MonthDay.from(f.start), f.noYear ? null : f.start, f.from, f.to);
      }
    }
    return null;
  }

  /** Whether {@code text} has an ASCII digit: every date, time and range has one. */
  static boolean hasDigit(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c <= '9' && c >= '0') {
        return true;
      }
    }
    return false;
  }

  /** The date, or {@code null} when the numbers make none. */
  public static @Nullable LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String englishMonthPattern() {
    return DateWords.of(ENGLISH).months.keySet().stream()
        .sorted(
            Comparator.comparingInt(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?i:(?:", ")(?![\\p{L}])\\.?)"));
  }

  // ---- the scanner -----------------------------------------------------------------------------

  /** A date or range found, with the warnings it would give. */
  private static final class Found {
    LocalDate start;
    LocalDate end;
    int from;
    int to;
    int lastToken;
    boolean range;
    boolean noYear;
    final List<Object[]> pending = new ArrayList<>(2);

    Found(LocalDate start, LocalDate end) {
      this.start = start;
      this.end = end;
    }

    void report(Warnings w) {
      for (Object[] p : pending) {
        w.warn((Warnings.Kind) p[0], (Integer) p[1], (String) p[2]);
      }
    }

    DateRange toRange() {
      return new DateRange(start, end, from, to);
    }
  }

  /** One side of a date or range, as written. */
  private static final class Part {
    int first;
    int last;
    @Nullable DayOfWeek weekday;
    int weekdayLength;
    int weekdayToken = -1;
    int day;
    int month;
    int year;

    /** Numeric d/m or m/d: the first and second number; {@code fixed} when the order is known. */
    boolean numeric;

    boolean fixed;
    boolean partial;
    boolean bare;
    int a;
    int b;

    int day(boolean monthFirst) {
      return numeric && !fixed ? (monthFirst ? b : a) : day;
    }

    int month(boolean monthFirst) {
      return numeric && !fixed ? (monthFirst ? a : b) : month;
    }

    boolean hasMonth() {
      return numeric || month > 0;
    }

    boolean ambiguous() {
      return numeric && !fixed && a != b && a <= 12 && b <= 12;
    }
  }

  private static final byte NUM = 1;
  private static final byte WORD = 2;
  private static final byte PUNCT = 3;

  /** The text as tokens (numbers, words, single punctuation), and the date grammar over them. */
  private static final class Scanner {
    final String text;
    final DateWords words;
    final @Nullable Integer hint;
    final boolean lenientYear;
    int n;
    byte[] type;
    int[] start;
    int[] end;

    /** A number's value (-1 when too long), a punctuation's char. */
    int[] value;

    byte[] digits;
    boolean[] glued;

    /** A word's {@link Words#key}, computed when first asked for. */
    @Nullable String[] key;

    Scanner(String text, DateWords words, @Nullable Integer hint, boolean lenientYear) {
      this.text = text;
      this.words = words;
      this.hint = hint;
      this.lenientYear = lenientYear;
      int cap = Math.max(8, text.length() / 3);
      type = new byte[cap];
      start = new int[cap];
      end = new int[cap];
      value = new int[cap];
      digits = new byte[cap];
      glued = new boolean[cap];
      key = new String[cap];
      tokenize();
    }

    private void add(byte t, int s, int e, int v, int d, boolean g, @Nullable String k) {
      if (n == type.length) {
        int cap = n * 2;
        type = java.util.Arrays.copyOf(type, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        value = java.util.Arrays.copyOf(value, cap);
        digits = java.util.Arrays.copyOf(digits, cap);
        glued = java.util.Arrays.copyOf(glued, cap);
        key = java.util.Arrays.copyOf(key, cap);
      }
      type[n] = t;
      start[n] = s;
      end[n] = e;
      value[n] = v;
      digits[n] = (byte) Math.min(d, 100);
      glued[n] = g;
      key[n] = k;
      n++;
    }

    private static boolean letter(char c) {
      return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void tokenize() {
      String t = text;
      int len = t.length();
      int i = 0;
      while (i < len) {
        char c = t.charAt(i);
        if (c >= '0' && c <= '9') {
          int s = i;
          long v = 0;
          while (i < len && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            v = v < 100_000_000 ? v * 10 + (t.charAt(i) - '0') : Integer.MAX_VALUE;
            i++;
          }
          boolean g = s > 0 && letter(t.charAt(s - 1));
          int e = i;
          if (i < len && letter(t.charAt(i))) {
            int w = i;
            while (w < len && letter(t.charAt(w))) {
              w++;
            }
            if (words.ordinals.contains(Words.key(t.substring(i, w)))) {
              e = w;
              i = w;
            } else {
              g = true;
            }
          }
          add(NUM, s, e, v >= Integer.MAX_VALUE ? -1 : (int) v, countDigits(s), g, null);
        } else if (letter(c)) {
          int s = i;
          while (i < len && letter(t.charAt(i))) {
            i++;
          }
          boolean g = i < len && t.charAt(i) >= '0' && t.charAt(i) <= '9';
          add(WORD, s, i, 0, 0, g, null);
        } else if (Character.isWhitespace(c) || c == '\u00a0') {
          i++;
        } else {
          add(PUNCT, i, i + 1, c, 0, false, null);
          i++;
        }
      }
    }

    private int countDigits(int s) {
      int e = s;
      while (e < text.length() && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
        e++;
      }
      return e - s;
    }

    // token tests

    private boolean adjacent(int i) {
      return i > 0 && i < n && start[i] == end[i - 1];
    }

    private boolean punct(int i, char c) {
      return i < n && type[i] == PUNCT && value[i] == c;
    }

    private boolean dash(int i) {
      return i < n
          && type[i] == PUNCT
          && (value[i] == '-'
              || value[i] == '\u2013'
              || value[i] == '\u2014'
              || value[i] == '\u2010'
              || value[i] == '\u2011'
              || value[i] == '\u2212');
    }

    private boolean num(int i) {
      return i < n && type[i] == NUM && !glued[i] && value[i] >= 0;
    }

    private String key(int i) {
      String k = key[i];
      if (k == null) {
        k = Words.key(text.substring(start[i], end[i]));
        key[i] = k;
      }
      return k;
    }

    private boolean word(int i, java.util.Set<String> set) {
      return i < n && type[i] == WORD && set.contains(key(i));
    }

    private @Nullable Month monthAt(int i) {
      return i < n && type[i] == WORD && !glued[i] ? words.months.get(key(i)) : null;
    }

    /**
     * Whether a number follows within the next few tokens (a date starting with a word needs one).
     */
    private boolean numberNear(int i) {
      for (int j = i + 1; j < n && j <= i + 4; j++) {
        if (type[j] == NUM) {
          return true;
        }
      }
      return false;
    }

    /**
     * The number at {@code i} is part of a bigger number ({@code 4.3}, {@code 10:00}, {@code 3,5}).
     */
    private boolean joinedAfter(int i) {
      int j = i + 1;
      return j + 1 < n
          && adjacent(j)
          && type[j] == PUNCT
          && ".:,/".indexOf(value[j]) >= 0
          && type[j + 1] == NUM
          && adjacent(j + 1);
    }

    private boolean canStart(int i) {
      if (type[i] == PUNCT || glued[i]) {
        return false;
      }
      if (i == 0 || !adjacent(i)) {
        return true;
      }
      // adjacent to something before: "+49", "4.3", "10:00", "a-3"
      int p = i - 1;
      if (type[p] != PUNCT) {
        return false;
      }
      char c = (char) value[p];
      if (c == '+' || c == '#' || c == '$' || c == '\u20ac' || c == '\u00a3') {
        return false;
      }
      return !(".:,/-".indexOf(c) >= 0 && p > 0 && adjacent(p) && type[p - 1] != PUNCT);
    }

    private boolean yearValue(int i) {
      return num(i) && digits[i] == 4 && value[i] >= 1900 && value[i] <= 2199;
    }

    /** A year at {@code i} (after an optional comma or filler), or -1; sets {@code p.year}. */
    private int year(int i, Part p) {
      int j = i;
      if (punct(j, ',')) {
        j++;
      }
      if (word(j, words.fillers)) {
        j++;
      }
      if (yearValue(j)
          && !joinedAfter(j)
          && !(j + 1 < n
              && adjacent(j + 1)
              && (dash(j + 1) || punct(j + 1, '/'))
              && j + 2 < n
              && type[j + 2] == NUM
              && adjacent(j + 2))) {
        p.year = value[j];
        return j;
      }
      return -1;
    }

    private boolean dayValue(int i) {
      return num(i)
          && digits[i] <= 2
          && value[i] >= 1
          && value[i] <= 31
          && !joinedAfter(i)
          && !(i + 1 < n && adjacent(i + 1) && type[i + 1] == PUNCT && value[i + 1] == '%');
    }

    /** One side of a date at token {@code i}, with an optional weekday before it. */
    private @Nullable Part part(int i, boolean allowBare) {
      if (i >= n) {
        return null;
      }
      if (type[i] == WORD) {
        if (!numberNear(i)) {
          return null;
        }
        DayOfWeek wd = words.weekdays.get(key(i));
        if (wd != null && !glued[i]) {
          int j = i + 1;
          if (punct(j, '.') && adjacent(j)) {
            j++;
          }
          if (punct(j, ',')) {
            j++;
          }
          Part p = core(j, allowBare);
          if (p != null) {
            p.weekday = wd;
            p.weekdayLength = end[i] - start[i];
            p.weekdayToken = i;
            p.first = i;
            return p;
          }
        }
      }
      return core(i, allowBare);
    }

    private @Nullable Part core(int i, boolean allowBare) {
      if (i >= n) {
        return null;
      }
      Part p = new Part();
      p.first = i;
      if (type[i] == WORD) {
        Month m = monthAt(i);
        if (m == null) {
          return null;
        }
        int j = i + 1;
        if (punct(j, '.') && adjacent(j)) {
          j++;
        }
        if (word(j, words.articles) && j + 1 < n && type[j + 1] == NUM) {
          j++; // "May the 4th"
        }
        if (!dayValue(j)
            || (j + 1 < n
                && adjacent(j + 1)
                && type[j + 1] == PUNCT
                && value[j + 1] == '.'
                && j + 2 < n
                && type[j + 2] == NUM
                && adjacent(j + 2))) {
          return null;
        }
        p.month = m.getValue();
        p.day = value[j];
        p.last = j;
        int y = year(j + 1, p);
        if (y >= 0) {
          p.last = y;
        }
        return p;
      }
      if (type[i] != NUM || glued[i] || value[i] < 0) {
        return null;
      }
      // ISO yyyy-mm-dd (or yyyy/mm/dd)
      if (digits[i] == 4
          && i + 4 < n
          && (punct(i + 1, '-') || punct(i + 1, '/'))
          && adjacent(i + 1)
          && num(i + 2)
          && adjacent(i + 2)
          && digits[i + 2] <= 2
          && punct(i + 3, (char) value[i + 1])
          && adjacent(i + 3)
          && num(i + 4)
          && adjacent(i + 4)
          && digits[i + 4] <= 2
          && !joinedAfter(i + 4)
          && !(i + 5 < n
              && adjacent(i + 5)
              && (type[i + 5] == NUM || punct(i + 5, (char) value[i + 1])))) {
        p.numeric = true;
        p.fixed = true;
        p.year = value[i];
        p.month = value[i + 2];
        p.day = value[i + 4];
        p.last = i + 4;
        return p;
      }
      // d.m.yyyy, d/m/yyyy, d-m-yyyy, and d.m. (no year)
      if (digits[i] <= 2
          && i + 3 < n
          && type[i + 1] == PUNCT
          && adjacent(i + 1)
          && "./-".indexOf(value[i + 1]) >= 0
          && num(i + 2)
          && adjacent(i + 2)
          && digits[i + 2] <= 2
          && punct(i + 3, (char) value[i + 1])
          && adjacent(i + 3)) {
        if (value[i] < 1 || value[i + 2] < 1) {
          return null;
        }
        p.numeric = true;
        p.a = value[i];
        p.b = value[i + 2];
        if (num(i + 4) && adjacent(i + 4)) {
          if (digits[i + 4] != 4
              || !yearValue(i + 4)
              || joinedAfter(i + 4)
              || (i + 5 < n
                  && adjacent(i + 5)
                  && (type[i + 5] == NUM || punct(i + 5, (char) value[i + 1])))) {
            return null;
          }
          p.year = value[i + 4];
          p.last = i + 4;
          return p;
        }
        if (value[i + 1] == '.' && !(i + 4 < n && adjacent(i + 4) && type[i + 4] == NUM)) {
          p.partial = true;
          p.last = i + 3;
          return p;
        }
        return null;
      }
      if (!dayValue(i)) {
        return null;
      }
      p.day = value[i];
      int j = i + 1;
      p.last = i;
      if (punct(j, '.') && adjacent(j) && !(j + 1 < n && type[j + 1] == NUM && adjacent(j + 1))) {
        p.last = j; // German ordinal "12."
        j++;
      }
      int k = j;
      if (word(k, words.fillers) && monthAt(k + 1) != null) {
        k++;
      }
      Month m = monthAt(k);
      if (m != null) {
        p.month = m.getValue();
        p.last = k;
        if (punct(k + 1, '.') && adjacent(k + 1)) {
          p.last = k + 1;
        }
        int y = year(p.last + 1, p);
        if (y >= 0) {
          p.last = y;
        }
        return p;
      }
      if (!allowBare) {
        return null;
      }
      p.bare = true;
      int y = year(p.last + 1, p);
      if (y >= 0) {
        p.last = y;
      }
      return p;
    }

    /** The connector after token {@code i} and the index of the token that follows it, or -1. */
    private int connector(int i) {
      if (i >= n) {
        return -1;
      }
      int j;
      if (dash(i)) {
        j = i + 1;
      } else if (type[i] == WORD && words.range.contains(key(i))) {
        j = i + 1;
        if (word(j, words.articles)) {
          j++;
        }
      } else {
        return -1;
      }
      return j;
    }

    /** The date or range that starts at token {@code i}, or {@code null}. */
    @Nullable Found at(int i) {
      if (!canStart(i)) {
        return null;
      }
      Part p1 = part(i, true);
      if (p1 == null) {
        return null;
      }
      int c = connector(p1.last + 1);
      if (c >= 0) {
        Part p2 = part(c, true);
        if (p2 != null && fits(p1, p2)) {
          Found f = resolve(p1, p2);
          if (f != null) {
            return f;
          }
        }
      }
      if (c < 0 && p1.bare && word(p1.last + 1, words.pair)) {
        // "Friday 14 and Saturday 15 March 2025": two days that follow each other, read as their
        // range
        Part p2 = part(p1.last + 2, false);
        if (p2 != null && fits(p1, p2)) {
          Found f = resolve(p1, p2);
          if (f != null && f.end.equals(f.start.plusDays(1))) {
            return f;
          }
        }
      }
      if (p1.bare || p1.partial || !p1.hasMonth()) {
        return null;
      }
      return resolve(p1, null);
    }

    private static boolean fits(Part p1, Part p2) {
      if (p1.partial) {
        return p2.numeric && !p2.fixed && p2.year > 0;
      }
      if (p2.partial) {
        return false;
      }
      if (p1.bare) {
        return !p2.bare && !p2.numeric;
      }
      if (p2.bare) {
        return !p1.numeric && p1.year == 0;
      }
      return true;
    }

    private @Nullable Found resolve(Part p1, @Nullable Part p2) {
      Part last = p2 != null ? p2 : p1;
      boolean ambiguous = p1.ambiguous() || (p2 != null && p2.ambiguous());
      Found best = null;
      int valid = 0;
      int validIgnoringWeekdays = 0;
      boolean bestMonthFirst = false;
      Found fallback = null;
      for (int order = 0; order < (ambiguous ? 2 : 1); order++) {
        boolean mf = order == 1;
        Found f = dates(p1, p2, mf);
        if (f == null) {
          continue;
        }
        validIgnoringWeekdays++;
        if (fallback == null) {
          fallback = f;
          bestMonthFirst = mf;
        }
        if (weekdaysFit(p1, f.start, f.noYear)
            && (p2 == null || weekdaysFit(p2, f.end, f.noYear))) {
          valid++;
          if (best == null) {
            best = f;
            bestMonthFirst = mf;
          }
        }
      }
      if (fallback == null) {
        // maybe only month-first is a date at all (01/20/2014)
        if ((p1.numeric && !p1.fixed) || (p2 != null && p2.numeric && !p2.fixed)) {
          Found f = dates(p1, p2, true);
          if (f != null) {
            f.pending.add(
                new Object[] {
                  Warnings.Kind.MONTH_FIRST_DATE,
                  start[p1.first],
                  "'" + matched(p1, last) + "' is only a date month first: " + describe(f)
                });
            weekdayWarnings(f, p1, p2);
            return finish(f, p1, last);
          }
        }
        return null;
      }
      Found f = best != null ? best : fallback;
      String written = matched(p1, last);
      if (ambiguous && valid != 1 && validIgnoringWeekdays == 2) {
        f.pending.add(
            new Object[] {
              Warnings.Kind.AMBIGUOUS_DATE,
              start[p1.first],
              "'"
                  + written
                  + "' reads day first or month first; took "
                  + describe(f)
                  + " (day first)"
            });
      } else if (bestMonthFirst && validIgnoringWeekdays == 1) {
        f.pending.add(
            new Object[] {
              Warnings.Kind.MONTH_FIRST_DATE,
              start[p1.first],
              "'" + written + "' is only a date (range) month first: " + describe(f)
            });
      }
      if (best == null) {
        weekdayWarnings(f, p1, p2);
      }
      return finish(f, p1, last);
    }

    private Found finish(Found f, Part p1, Part last) {
      int firstTok = p1.first;
      if (p1.weekday != null
          && !f.noYear
          && f.start.getDayOfWeek() != p1.weekday
          && p1.weekdayLength <= 2) {
        firstTok = p1.weekdayToken + 1; // "so 12 May": a short word, not a weekday
        if (punct(firstTok, '.')) {
          firstTok++;
        }
        if (punct(firstTok, ',')) {
          firstTok++;
        }
      }
      f.from = start[firstTok];
      f.to = end[last.last];
      f.lastToken = last.last;
      return f;
    }

    private void weekdayWarnings(Found f, Part p1, @Nullable Part p2) {
      if (f.noYear) {
        return;
      }
      if (!weekdaysFit(p1, f.start, false) && p1.weekdayLength > 2) {
        f.pending.add(
            new Object[] {
              Warnings.Kind.PARTLY_READ,
              start[p1.first],
              "'"
                  + text.substring(start[p1.weekdayToken], end[p1.weekdayToken])
                  + "' but "
                  + f.start
                  + " is a "
                  + f.start
                      .getDayOfWeek()
                      .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                  + "; kept the date"
            });
      }
      if (p2 != null && !weekdaysFit(p2, f.end, false) && p2.weekdayLength > 2) {
        f.pending.add(
            new Object[] {
              Warnings.Kind.PARTLY_READ,
              start[p2.first],
              "'"
                  + text.substring(start[p2.weekdayToken], end[p2.weekdayToken])
                  + "' but "
                  + f.end
                  + " is a "
                  + f.end
                      .getDayOfWeek()
                      .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                  + "; kept the date"
            });
      }
    }

    /** Whether the part's weekday (if any) is the date's; a date without a known year fits any. */
    private static boolean weekdaysFit(Part p, LocalDate d, boolean noYear) {
      return p.weekday == null || noYear || d.getDayOfWeek() == p.weekday;
    }

    private String matched(Part p1, Part last) {
      return text.substring(start[p1.first], end[last.last]);
    }

    private static String describe(Found f) {
      return f.start.equals(f.end) ? f.start.toString() : f.start + " to " + f.end;
    }

    /**
     * The dates the parts give in one reading order, or {@code null} if they make no date (range).
     */
    private @Nullable Found dates(Part p1, @Nullable Part p2, boolean monthFirst) {
      int y2 = p2 == null ? p1.year : (p2.year > 0 ? p2.year : p1.year);
      boolean inferred = false;
      boolean noYear = false;
      if (y2 == 0) {
        if (hint != null) {
          y2 = hint;
          inferred = true;
        } else if (lenientYear) {
          y2 = NO_YEAR;
          noYear = true;
        } else {
          return null;
        }
      }
      int d1 = p1.day(monthFirst);
      int m1 = p1.month(monthFirst);
      if (p2 == null) {
        LocalDate s = date(y2, m1, d1);
        if (s == null) {
          return null;
        }
        Found f = new Found(s, s);
        f.noYear = noYear;
        inferred(f, inferred, p1, p1);
        return f;
      }
      int d2 = p2.day(monthFirst);
      int m2 = p2.hasMonth() ? p2.month(monthFirst) : m1;
      if (m1 == 0) {
        m1 = m2;
      }
      LocalDate e = date(y2, m2, d2);
      if (e == null) {
        return null;
      }
      LocalDate s;
      if (p1.year > 0) {
        s = date(p1.year, m1, d1);
      } else {
        s = date(y2, m1, d1);
        if (s != null && s.isAfter(e)) {
          s = date(y2 - 1, m1, d1);
        }
      }
      if (s == null || s.isAfter(e) || ChronoUnit.DAYS.between(s, e) > 30) {
        return null;
      }
      Found f = new Found(s, e);
      f.range = true;
      f.noYear = noYear;
      inferred(f, inferred, p1, p2);
      return f;
    }

    private void inferred(Found f, boolean inferred, Part p1, Part last) {
      if (inferred) {
        f.pending.add(
            new Object[] {
              Warnings.Kind.YEAR_INFERRED,
              start[p1.first],
              "'"
                  + matched(p1, last)
                  + "' names no year; took "
                  + Objects.requireNonNull(hint)
                  + " from the page"
            });
      }
    }
  }
}
