package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.model.EventDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the writer states dates and hours: {@code 16/05/2013}, {@code 9AM to 5:30PM}. */
final class DateFormats {
  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private DateFormats() {}

  static String format(LocalDate date) {
    return DMY.format(date);
  }

  /** A slot's time: {@code 9AM to 5PM}, or {@code 9AM} for a slot that states only its start. */
  static String slotTime(LocalTime start, @Nullable LocalTime end) {
    return end == null ? time(start) : hours(start, end);
  }

  /** {@code 9AM to 5PM}, minutes only when not on the hour. */
  static String hours(LocalTime opens, LocalTime closes) {
    return time(opens) + " to " + time(closes);
  }

  static String time(LocalTime t) {
    int h = t.getHour();
    String suffix = h < 12 ? "AM" : "PM";
    int h12 = h % 12 == 0 ? 12 : h % 12;
    StringBuilder sb = new StringBuilder().append(h12);
    if (t.getMinute() != 0 || t.getSecond() != 0) {
      sb.append(':').append(String.format(Locale.ROOT, "%02d", t.getMinute()));
    }
    if (t.getSecond() != 0) {
      sb.append(':').append(String.format(Locale.ROOT, "%02d", t.getSecond()));
    }
    return sb.append(suffix).toString();
  }

  /** The days as a human range: {@code May 16-17, 2013}. */
  static String range(List<EventDay> days) {
    LocalDate first = days.get(0).date();
    LocalDate last = days.get(days.size() - 1).date();
    if (first.equals(last)) {
      return month(first) + " " + first.getDayOfMonth() + ", " + first.getYear();
    }
    if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
      return month(first)
          + " "
          + first.getDayOfMonth()
          + "-"
          + last.getDayOfMonth()
          + ", "
          + first.getYear();
    }
    if (first.getYear() == last.getYear()) {
      return month(first)
          + " "
          + first.getDayOfMonth()
          + " - "
          + month(last)
          + " "
          + last.getDayOfMonth()
          + ", "
          + last.getYear();
    }
    return month(first)
        + " "
        + first.getDayOfMonth()
        + ", "
        + first.getYear()
        + " - "
        + month(last)
        + " "
        + last.getDayOfMonth()
        + ", "
        + last.getYear();
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
