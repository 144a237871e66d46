package dev.hackathonkit.io.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A VTIMEZONE generated from a zone's {@link ZoneRules}, trimmed to a date range: the observance in
 * effect when the range starts and every transition inside it. Where the range lies after the
 * zone's last explicit transition, the observances are yearly RRULEs taken from the zone's
 * transition rules; otherwise each kind of transition is one observance with RDATEs.
 */
final class VTimezoneWriter {
  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  private VTimezoneWriter() {}

  /** One STANDARD or DAYLIGHT sub-component. */
  private record Observance(
      boolean daylight,
      LocalDateTime start,
      ZoneOffset from,
      ZoneOffset to,
      @Nullable String rrule,
      List<LocalDateTime> rdates) {}

  static void write(ZoneId zone, LocalDate first, LocalDate last, ContentLineWriter w) {
    w.line("BEGIN", "VTIMEZONE");
    w.name("TZID").value(TextCodec.escape(zone.getId()));
    for (Observance o : observances(zone.getRules(), first, last)) {
      String kind = o.daylight() ? "DAYLIGHT" : "STANDARD";
      w.line("BEGIN", kind);
      w.line("DTSTART", DateTimeCodec.local(o.start()));
      w.line("TZOFFSETFROM", DateTimeCodec.offset(o.from()));
      w.line("TZOFFSETTO", DateTimeCodec.offset(o.to()));
      if (o.rrule() != null) {
        w.line("RRULE", o.rrule());
      }
      if (!o.rdates().isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (LocalDateTime d : o.rdates()) {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(DateTimeCodec.local(d));
        }
        w.line("RDATE", sb.toString());
      }
      w.line("END", kind);
    }
    w.line("END", "VTIMEZONE");
  }

  private static List<Observance> observances(ZoneRules rules, LocalDate first, LocalDate last) {
    Instant start = first.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = last.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
    if (rules.isFixedOffset()) {
      ZoneOffset o = rules.getOffset(start);
      return List.of(
          new Observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), o, o, null, List.of()));
    }
    List<Observance> recurring = recurring(rules, start);
    if (recurring != null) {
      return recurring;
    }
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    ZoneOffsetTransition previous = rules.previousTransition(start);
    for (ZoneOffsetTransition t = rules.nextTransition(start);
        t != null && !t.getInstant().isAfter(end);
        t = rules.nextTransition(t.getInstant())) {
      transitions.add(t);
    }
    // The observance in effect when the range starts: its offset from the onset on, stated as
    // TZOFFSETFROM = TZOFFSETTO (what it changed from lies outside the range, and readers such as
    // ical4j take a lone observance's TZOFFSETFROM as the zone's base offset).
    List<Observance> list = new ArrayList<>();
    ZoneOffset o = rules.getOffset(start);
    LocalDateTime onset =
        previous != null ? previous.getDateTimeAfter() : LocalDateTime.of(1601, 1, 1, 0, 0);
    list.add(new Observance(rules.isDaylightSavings(start), onset, o, o, null, List.of()));
    list.addAll(grouped(rules, transitions));
    return list;
  }

  /**
   * Transitions of the same kind and offsets share one observance: the first as DTSTART, all as
   * RDATEs.
   */
  private static List<Observance> grouped(ZoneRules rules, List<ZoneOffsetTransition> transitions) {
    Map<String, List<ZoneOffsetTransition>> groups = new LinkedHashMap<>();
    for (ZoneOffsetTransition t : transitions) {
      boolean daylight = rules.isDaylightSavings(t.getInstant());
      groups
          .computeIfAbsent(
              daylight + "/" + t.getOffsetBefore() + "/" + t.getOffsetAfter(),
              k -> new ArrayList<>())
          .add(t);
    }
    List<Observance> list = new ArrayList<>();
    for (List<ZoneOffsetTransition> g : groups.values()) {
      ZoneOffsetTransition head = g.get(0);
      // every onset is an RDATE, the first one too: RFC 5545 makes DTSTART an onset by itself, but
      // readers such as ical4j 4.x only build transitions from RDATE and RRULE
      List<LocalDateTime> rdates = new ArrayList<>();
      for (int i = 0; i < g.size(); i++) {
        rdates.add(g.get(i).getDateTimeBefore());
      }
      list.add(
          new Observance(
              rules.isDaylightSavings(head.getInstant()),
              head.getDateTimeBefore(),
              head.getOffsetBefore(),
              head.getOffsetAfter(),
              null,
              rdates));
    }
    return list;
  }

  /**
   * Yearly RRULE observances, when the zone's transition rules govern from a year before {@code
   * start}.
   */
  private static @Nullable List<Observance> recurring(ZoneRules rules, Instant start) {
    List<ZoneOffsetTransitionRule> lastRules = rules.getTransitionRules();
    if (lastRules.isEmpty()) {
      return null;
    }
    List<ZoneOffsetTransition> explicit = rules.getTransitions();
    Instant lastExplicit =
        explicit.isEmpty() ? Instant.MIN : explicit.get(explicit.size() - 1).getInstant();
    int year = LocalDateTime.ofInstant(start, ZoneOffset.UTC).getYear() - 1;
    List<Observance> list = new ArrayList<>();
    for (ZoneOffsetTransitionRule r : lastRules) {
      ZoneOffsetTransition t = r.createTransition(year);
      if (!t.getInstant().isAfter(lastExplicit)) {
        return null;
      }
      String rrule = rrule(r, t);
      if (rrule == null) {
        return null;
      }
      list.add(
          new Observance(
              rules.isDaylightSavings(t.getInstant()),
              t.getDateTimeBefore(),
              t.getOffsetBefore(),
              t.getOffsetAfter(),
              rrule,
              List.of()));
    }
    return list;
  }

  /**
   * The RRULE that yields the rule's transitions in wall time before the transition, or {@code
   * null}.
   */
  static @Nullable String rrule(ZoneOffsetTransitionRule r, ZoneOffsetTransition sample) {
    if (r.isMidnightEndOfDay()) {
      return null;
    }
    int seconds = r.getLocalTime().toSecondOfDay();
    seconds +=
        switch (r.getTimeDefinition()) {
          case WALL -> 0;
          case STANDARD ->
              r.getOffsetBefore().getTotalSeconds() - r.getStandardOffset().getTotalSeconds();
          case UTC -> r.getOffsetBefore().getTotalSeconds();
        };
    if (seconds < 0
        || seconds >= 86_400
        || sample.getDateTimeBefore().toLocalTime().toSecondOfDay() != seconds) {
      return null;
    }
    StringBuilder sb = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(r.getMonth().getValue());
    int dom = r.getDayOfMonthIndicator();
    DayOfWeek dow = r.getDayOfWeek();
    int minLength = r.getMonth().minLength();
    if (dow == null) {
      sb.append(";BYMONTHDAY=").append(dom);
      return sb.toString();
    }
    String day = DAYS[dow.getValue() - 1];
    if (dom > 0) {
      if (dom + 6 == minLength && minLength == r.getMonth().maxLength()) {
        sb.append(";BYDAY=-1").append(day);
      } else if ((dom - 1) % 7 == 0 && dom <= 22) {
        sb.append(";BYDAY=").append((dom - 1) / 7 + 1).append(day);
      } else if (dom + 6 <= minLength) {
        sb.append(";BYDAY=").append(day).append(";BYMONTHDAY=");
        for (int d = dom; d <= dom + 6; d++) {
          sb.append(d == dom ? "" : ",").append(d);
        }
      } else {
        return null;
      }
    } else if (dom == -1) {
      sb.append(";BYDAY=-1").append(day);
    } else if (-dom + 6 <= minLength) {
      sb.append(";BYDAY=").append(day).append(";BYMONTHDAY=");
      for (int d = dom; d >= dom - 6; d--) {
        sb.append(d == dom ? "" : ",").append(d);
      }
    } else {
      return null;
    }
    return sb.toString();
  }
}
