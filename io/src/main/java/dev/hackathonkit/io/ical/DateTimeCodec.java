package dev.hackathonkit.io.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** DATE, DATE-TIME and UTC-OFFSET values (RFC 5545 §3.3.4, §3.3.5, §3.3.14). */
final class DateTimeCodec {
  private DateTimeCodec() {}

  /** {@code 20130516}. */
  static String date(LocalDate d) {
    StringBuilder sb = new StringBuilder(8);
    appendDate(sb, d);
    return sb.toString();
  }

  /** {@code 20130516T090000}, floating or local to a TZID. */
  static String local(LocalDateTime t) {
    StringBuilder sb = new StringBuilder(15);
    appendDate(sb, t.toLocalDate());
    sb.append('T');
    pad2(sb, t.getHour());
    pad2(sb, t.getMinute());
    pad2(sb, t.getSecond());
    return sb.toString();
  }

  /** {@code 20130516T080000Z}. */
  static String utc(Instant instant) {
    return local(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC)) + "Z";
  }

  /** {@code +0100}, {@code -002521}. */
  static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    StringBuilder sb = new StringBuilder(7);
    sb.append(total < 0 ? '-' : '+');
    total = Math.abs(total);
    pad2(sb, total / 3600);
    pad2(sb, total / 60 % 60);
    if (total % 60 != 0) {
      pad2(sb, total % 60);
    }
    return sb.toString();
  }

  private static void appendDate(StringBuilder sb, LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      throw new IllegalArgumentException("year outside 0000-9999: " + d);
    }
    sb.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10));
    pad2(sb, y % 100);
    pad2(sb, d.getMonthValue());
    pad2(sb, d.getDayOfMonth());
  }

  private static void pad2(StringBuilder sb, int v) {
    sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** Parses {@code YYYYMMDD}; {@code null} when malformed. */
  static @Nullable LocalDate parseDate(String s) {
    if (s.length() != 8 || !digits(s, 0, 8)) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(s, 0, 4, 10),
          Integer.parseInt(s, 4, 6, 10),
          Integer.parseInt(s, 6, 8, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Parses {@code YYYYMMDDTHHMMSS} (without a trailing Z); {@code null} when malformed. */
  static @Nullable LocalDateTime parseLocal(String s) {
    if (s.length() != 15 || s.charAt(8) != 'T' || !digits(s, 9, 15)) {
      return null;
    }
    LocalDate d = parseDate(s.substring(0, 8));
    if (d == null) {
      return null;
    }
    int h = Integer.parseInt(s, 9, 11, 10);
    int m = Integer.parseInt(s, 11, 13, 10);
    int sec = Integer.parseInt(s, 13, 15, 10);
    if (h > 23 || m > 59 || sec > 60) {
      return null;
    }
    return LocalDateTime.of(d, LocalTime.of(h, m, Math.min(sec, 59)));
  }

  /** Parses {@code +HHMM} or {@code +HHMMSS}; {@code null} when malformed. */
  static @Nullable ZoneOffset parseOffset(String s) {
    String v = s.trim();
    if ((v.length() != 5 && v.length() != 7)
        || (v.charAt(0) != '+' && v.charAt(0) != '-')
        || !digits(v, 1, v.length())) {
      return null;
    }
    int sign = v.charAt(0) == '-' ? -1 : 1;
    int h = Integer.parseInt(v, 1, 3, 10);
    int m = Integer.parseInt(v, 3, 5, 10);
    int sec = v.length() == 7 ? Integer.parseInt(v, 5, 7, 10) : 0;
    try {
      return ZoneOffset.ofHoursMinutesSeconds(sign * h, sign * m, sign * sec);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * A DURATION value (RFC 5545 section 3.3.6): weeks and days are nominal (calendar days, which may
   * be 23 or 25 hours long across a clock change), hours, minutes and seconds are exact.
   *
   * @param days nominal days (weeks times seven plus days), negative for a negative duration
   * @param seconds exact seconds, negative for a negative duration
   */
  record Dur(long days, long seconds) {
    boolean isNegative() {
      return days < 0 || seconds < 0;
    }

    boolean isZero() {
      return days == 0 && seconds == 0;
    }
  }

  private static final java.util.regex.Pattern DURATION =
      java.util.regex.Pattern.compile(
          "([+-])?P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?)");

  /**
   * Parses a DURATION such as {@code P1D}, {@code PT1H30M}, {@code P1DT12H}, {@code -P1W} (RFC 5545
   * section 3.3.6); {@code null} when malformed (also for {@code P}, {@code PT} and a weeks value
   * mixed with others).
   */
  static @Nullable Dur parseDuration(String s) {
    String v = s.trim().toUpperCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = DURATION.matcher(v);
    if (!m.matches() || v.endsWith("P") || v.endsWith("T")) {
      return null;
    }
    try {
      long sign = "-".equals(m.group(1)) ? -1 : 1;
      long days = m.group(2) != null ? 7 * Long.parseLong(m.group(2)) : num(m.group(3));
      long seconds =
          Math.addExact(
              Math.addExact(
                  Math.multiplyExact(num(m.group(4)), 3600),
                  Math.multiplyExact(num(m.group(5)), 60)),
              num(m.group(6)));
      if (days > 366L * 10_000 || seconds > 86_400L * 366 * 10_000) {
        return null;
      }
      return new Dur(sign * days, sign * seconds);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static long num(@Nullable String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
