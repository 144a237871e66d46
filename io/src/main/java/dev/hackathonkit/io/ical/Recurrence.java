package dev.hackathonkit.io.ical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Expands an RRULE with {@code FREQ=DAILY} or {@code WEEKLY}, {@code INTERVAL}, {@code COUNT},
 * {@code UNTIL}, {@code BYDAY} and {@code WKST} into local start times. Other rules are reported as
 * unsupported by {@link #unsupported}.
 */
final class Recurrence {
  /** The most occurrences one rule expands to. */
  static final int MAX_OCCURRENCES = 1000;

  private static final Set<String> SUPPORTED =
      Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST");

  /** The outcome: the starts, and whether the occurrence limit cut them. */
  record Expansion(List<LocalDateTime> starts, boolean cut) {}

  private Recurrence() {}

  /** {@code KEY=VALUE;...} as an ordered map with upper-case keys. */
  static Map<String, String> parts(String rule) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String part : rule.trim().split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        map.put(
            part.substring(0, eq).trim().toUpperCase(Locale.ROOT),
            part.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
      }
    }
    return map;
  }

  static @Nullable DayOfWeek day(String code) {
    return switch (code) {
      case "MO" -> DayOfWeek.MONDAY;
      case "TU" -> DayOfWeek.TUESDAY;
      case "WE" -> DayOfWeek.WEDNESDAY;
      case "TH" -> DayOfWeek.THURSDAY;
      case "FR" -> DayOfWeek.FRIDAY;
      case "SA" -> DayOfWeek.SATURDAY;
      case "SU" -> DayOfWeek.SUNDAY;
      default -> null;
    };
  }

  /** Why the rule is not expanded, or {@code null} when it is supported. */
  static @Nullable String unsupported(Map<String, String> parts) {
    String freq = parts.get("FREQ");
    if (freq == null) {
      return "no FREQ";
    }
    if (!freq.equals("DAILY") && !freq.equals("WEEKLY")) {
      return "FREQ=" + freq;
    }
    for (String key : parts.keySet()) {
      if (!SUPPORTED.contains(key)) {
        return key;
      }
    }
    String byday = parts.get("BYDAY");
    if (byday != null) {
      for (String d : byday.split(",")) {
        if (day(d.trim()) == null) {
          return "BYDAY=" + byday;
        }
      }
    }
    return null;
  }

  /**
   * The local starts of a supported rule, DTSTART first.
   *
   * @param untilReached whether a local start lies after UNTIL (UNTIL's form decides how to
   *     compare)
   * @throws IllegalArgumentException if a number does not parse
   */
  static Expansion expand(
      Map<String, String> parts, LocalDateTime dtstart, Predicate<LocalDateTime> untilReached) {
    boolean weekly = "WEEKLY".equals(parts.get("FREQ"));
    int interval = parts.containsKey("INTERVAL") ? Integer.parseInt(parts.get("INTERVAL")) : 1;
    if (interval < 1) {
      throw new IllegalArgumentException("INTERVAL=" + interval);
    }
    int count = parts.containsKey("COUNT") ? Integer.parseInt(parts.get("COUNT")) : -1;
    boolean bounded = count >= 0 || parts.containsKey("UNTIL");
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (parts.containsKey("BYDAY")) {
      for (String d : parts.get("BYDAY").split(",")) {
        days.add(day(d.trim()));
      }
    }
    DayOfWeek wkst =
        parts.containsKey("WKST") && day(parts.get("WKST")) != null
            ? day(parts.get("WKST"))
            : DayOfWeek.MONDAY;
    List<LocalDateTime> starts = new ArrayList<>();
    starts.add(dtstart);
    int limit = count >= 0 ? Math.min(count, MAX_OCCURRENCES) : MAX_OCCURRENCES;
    LocalDate date = dtstart.toLocalDate();
    if (weekly && !days.isEmpty()) {
      LocalDate weekStart = date.with(TemporalAdjusters.previousOrSame(wkst));
      outer:
      for (int week = 0; starts.size() < limit && week < MAX_OCCURRENCES * 7; week += interval) {
        LocalDate ws = weekStart.plusWeeks(week);
        for (int d = 0; d < 7; d++) {
          LocalDate candidate = ws.plusDays(d);
          if (!days.contains(candidate.getDayOfWeek()) || !candidate.isAfter(date)) {
            continue;
          }
          LocalDateTime t = candidate.atTime(dtstart.toLocalTime());
          if (untilReached.test(t)) {
            break outer;
          }
          starts.add(t);
          if (starts.size() >= limit) {
            break outer;
          }
        }
      }
    } else {
      int step = weekly ? 7 * interval : interval;
      for (int i = 1; starts.size() < limit && i < MAX_OCCURRENCES * 7; i++) {
        LocalDate candidate = date.plusDays((long) i * step);
        if (!days.isEmpty() && !days.contains(candidate.getDayOfWeek())) {
          continue;
        }
        LocalDateTime t = candidate.atTime(dtstart.toLocalTime());
        if (untilReached.test(t)) {
          break;
        }
        starts.add(t);
      }
    }
    if (count >= 0 && starts.size() > count) {
      starts = starts.subList(0, Math.max(count, 1));
    }
    boolean cut =
        starts.size() >= MAX_OCCURRENCES
            && (!bounded
                || count > MAX_OCCURRENCES
                || (count < 0
                    && !untilReached.test(
                        starts.get(starts.size() - 1).plusDays(step(weekly, interval)))));
    return new Expansion(List.copyOf(starts), cut);
  }

  private static long step(boolean weekly, int interval) {
    return weekly ? 7L * interval : interval;
  }
}
