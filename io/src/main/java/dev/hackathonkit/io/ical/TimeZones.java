package dev.hackathonkit.io.ical;

import dev.hackathonkit.io.internal.ReportBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves TZIDs: an IANA zone (also written with a leading {@code /}), a Windows zone name through
 * the CLDR mapping shipped as {@code windows-zones.tsv}, and otherwise the file's own VTIMEZONE.
 *
 * <p>A zone that only the file's VTIMEZONE defines (Outlook's {@code Customized Time Zone}) keeps
 * its rules, never a fixed offset: it is read as the IANA zone whose offsets and transitions match
 * the VTIMEZONE's over the whole years the file's dates fall in (a place the file names, in a
 * LOCATION or the TZID, picks among equal zones), and when none matches, as a zone built from the
 * VTIMEZONE's own rules ({@link FileZones}). A VTIMEZONE that disagrees with the IANA zone of the
 * same name is reported; the IANA zone is used, so that local times stay as written.
 */
final class TimeZones {
  /** A resolved zone: its {@link ZoneId} and rules, and the TZID as written. */
  record Zone(@Nullable ZoneId id, ZoneRules rules, String tzid) {}

  private static final Map<String, String> WINDOWS = loadWindows();
  private static final Set<String> IANA = new HashSet<>(ZoneId.getAvailableZoneIds());

  /**
   * The zones a VTIMEZONE is compared with: region zones, not aliases such as {@code CET} or {@code
   * Etc/GMT+1}.
   */
  private static final List<String> REGIONS =
      IANA.stream()
          .filter(
              z ->
                  z.matches(
                      "(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
          .sorted()
          .toList();

  private static final Set<String> PRIMARY = Set.copyOf(WINDOWS.values());

  private final Map<String, Component> vtimezones = new HashMap<>();
  private final Map<String, @Nullable Zone> resolved = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final ReportBuilder report;

  /** The whole years the file's dates fall in, and the dates themselves (a day either side). */
  private final java.time.Instant yearsFrom;

  private final java.time.Instant yearsTo;
  private final java.time.Instant datesFrom;
  private final java.time.Instant datesTo;
  private final String hints;
  private final int firstYear;
  private final int lastYear;

  /**
   * @param first the first date the file names (its range is widened to whole years)
   * @param last the last date the file names
   * @param hints text that may name the zone's place (locations, calendar name, X-WR-TIMEZONE)
   */
  TimeZones(
      List<Component> vtimezones,
      ReportBuilder report,
      LocalDate first,
      LocalDate last,
      String hints) {
    this.report = report;
    for (Component c : vtimezones) {
      Component.Property tzid = c.first("TZID");
      if (tzid != null) {
        this.vtimezones.putIfAbsent(tzid.value().trim(), c);
      }
    }
    this.firstYear = first.getYear();
    this.lastYear = last.getYear();
    this.yearsFrom = first.withDayOfYear(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    this.yearsTo = last.plusYears(1).withDayOfYear(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    this.datesFrom = first.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    this.datesTo = last.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
    this.hints = norm(hints);
  }

  /** The zone a Windows name stands for, or {@code null}. */
  static @Nullable String windows(String name) {
    return WINDOWS.get(name.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * An IANA (or Windows) zone for the name, without looking at VTIMEZONEs; {@code null} if none.
   */
  static @Nullable ZoneId known(String tzid) {
    String id = tzid.trim();
    if (id.startsWith("/")) {
      id = id.substring(1);
    }
    if (IANA.contains(id)) {
      return ZoneId.of(id);
    }
    for (String candidate : IANA) {
      if (candidate.equalsIgnoreCase(id)) {
        return ZoneId.of(candidate);
      }
    }
    String w = windows(id);
    if (w != null) {
      return ZoneId.of(w);
    }
    if (id.equalsIgnoreCase("UTC") || id.equalsIgnoreCase("GMT") || id.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    return null;
  }

  /** The VTIMEZONEs whose TZID a date used, so their lines count as placed. */
  List<Component> usedVtimezones() {
    List<Component> list = new ArrayList<>();
    vtimezones.forEach(
        (id, c) -> {
          if (used.contains(id)) {
            list.add(c);
          }
        });
    return list;
  }

  /** The VTIMEZONEs no date used. */
  List<Component> unusedVtimezones() {
    List<Component> list = new ArrayList<>();
    vtimezones.forEach(
        (id, c) -> {
          if (!used.contains(id)) {
            list.add(c);
          }
        });
    list.sort((a, b) -> Integer.compare(a.line, b.line));
    return list;
  }

  /**
   * The zone for a TZID used on {@code line}; {@code null} (floating) with a warning when unknown.
   */
  @Nullable Zone resolve(String tzid, int line, String property) {
    String key = tzid.trim();
    if (resolved.containsKey(key)) {
      return resolved.get(key);
    }
    Zone zone = null;
    ZoneId id = known(key);
    Component vtz = vtimezones.get(key);
    if (vtz != null) {
      used.add(key);
    }
    ZoneRules own = vtz == null ? null : rules(vtz, firstYear, lastYear + 30);
    int vtzLine = vtz == null ? line : vtz.line;
    ZoneId registered = own == null ? null : FileZones.registered(key);
    if (id != null) {
      zone = new Zone(id, id.getRules(), key);
      if (own != null) {
        String differs = difference(own, id.getRules(), datesFrom, datesTo);
        if (differs != null) {
          report.problem(
              ICalendarProblem.I114_VTIMEZONE_DISAGREES,
              vtzLine,
              1,
              "the file's VTIMEZONE '"
                  + key
                  + "' disagrees with the IANA zone "
                  + id.getId()
                  + ": "
                  + differs
                  + "; the IANA zone "
                  + id.getId()
                  + " was used, so that local times stay as written");
        }
      }
    } else if (own != null
        && registered != null
        && difference(own, registered.getRules(), datesFrom, datesTo) == null) {
      // a zone this library made from a VTIMEZONE earlier in this run, written back with its TZID
      // and
      // the observances around the file's dates: the same zone again, not a new one named after it
      ZoneId z = registered;
      zone = new Zone(z, z.getRules(), key);
      report.problem(
          ICalendarProblem.I112_TZID_FROM_VTIMEZONE,
          line,
          1,
          property
              + ": TZID '"
              + key
              + "' is a zone read from a VTIMEZONE earlier in this run; the file's VTIMEZONE"
              + " (line "
              + vtzLine
              + ") agrees with it over the file's dates, so it was read as that zone");
    } else if (own != null) {
      // the whole years first (a VTIMEZONE with yearly rules), then only the file's dates (one
      // trimmed to them)
      java.time.Instant from = yearsFrom;
      java.time.Instant to = yearsTo;
      List<String> matches = matches(own, from, to);
      if (matches.isEmpty()) {
        from = datesFrom;
        to = datesTo;
        matches = matches(own, from, to);
      }
      String range =
          LocalDate.ofInstant(from, ZoneOffset.UTC)
              + " to "
              + LocalDate.ofInstant(to, ZoneOffset.UTC).minusDays(1);
      if (!matches.isEmpty()) {
        String chosen = choose(matches, key);
        ZoneId z = ZoneId.of(chosen);
        zone = new Zone(z, z.getRules(), key);
        report.problem(
            ICalendarProblem.I112_TZID_FROM_VTIMEZONE,
            line,
            1,
            property
                + ": TZID '"
                + key
                + "' is defined only by the file's VTIMEZONE (line "
                + vtzLine
                + "); read as "
                + chosen
                + ", whose offsets and transitions match it from "
                + range
                + (matches.size() > 1 ? " (as do " + (matches.size() - 1) + " other zones)" : ""));
      } else {
        ZoneId z = FileZones.register(key, own);
        zone = new Zone(z, own, key);
        report.problem(
            ICalendarProblem.I112_TZID_FROM_VTIMEZONE,
            line,
            1,
            property
                + ": TZID '"
                + key
                + "' is defined only by the file's VTIMEZONE (line "
                + vtzLine
                + ") and no IANA zone matches it from "
                + range
                + "; read with the VTIMEZONE's own rules as zone "
                + z.getId());
      }
    } else {
      report.problem(
          ICalendarProblem.I111_UNKNOWN_TZID,
          line,
          1,
          property
              + ": TZID '"
              + tzid
              + "' is neither an IANA zone, a Windows zone name, nor defined by a"
              + " VTIMEZONE; read as floating time");
    }
    resolved.put(key, zone);
    return zone;
  }

  /**
   * Where two rule sets differ between {@code from} and {@code to} ({@code at 2024-06-10T12:00Z the
   * VTIMEZONE gives +01:00, the zone database +02:00}), or {@code null} when their offsets and
   * transitions are the same.
   */
  private static List<String> matches(ZoneRules own, java.time.Instant from, java.time.Instant to) {
    List<String> matches = new ArrayList<>();
    for (String candidate : REGIONS) {
      if (difference(own, ZoneId.of(candidate).getRules(), from, to) == null) {
        matches.add(candidate);
      }
    }
    return matches;
  }

  private static @Nullable String difference(
      ZoneRules file, ZoneRules iana, java.time.Instant from, java.time.Instant to) {
    if (!file.getOffset(from).equals(iana.getOffset(from))) {
      return "on "
          + from
          + " the VTIMEZONE gives "
          + file.getOffset(from)
          + ", the zone database "
          + iana.getOffset(from);
    }
    java.time.Instant t = from;
    while (true) {
      ZoneOffsetTransition a = file.nextTransition(t);
      ZoneOffsetTransition b = iana.nextTransition(t);
      java.time.Instant ta = a == null || !a.getInstant().isBefore(to) ? null : a.getInstant();
      java.time.Instant tb = b == null || !b.getInstant().isBefore(to) ? null : b.getInstant();
      if (ta == null && tb == null) {
        return null;
      }
      java.time.Instant next = ta == null ? tb : tb == null ? ta : ta.isBefore(tb) ? ta : tb;
      if (!file.getOffset(next).equals(iana.getOffset(next))) {
        return "from "
            + next
            + " the VTIMEZONE gives "
            + file.getOffset(next)
            + ", the zone database "
            + iana.getOffset(next);
      }
      t = next;
    }
  }

  /**
   * Among equally matching zones: one whose place the file names, else one CLDR maps a Windows zone
   * to, else the first.
   */
  private String choose(List<String> matches, String tzid) {
    String text = hints + " " + norm(tzid);
    for (String z : matches) {
      String city = norm(z.substring(z.lastIndexOf('/') + 1).replace('_', ' '));
      if (!city.isEmpty() && (" " + text + " ").contains(" " + city + " ")) {
        return z;
      }
    }
    for (String z : matches) {
      if (PRIMARY.contains(z)) {
        return z;
      }
    }
    return matches.get(0);
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /**
   * Rules built from a VTIMEZONE's observances, expanded to the year 2200; {@code null} if
   * unusable.
   */
  static @Nullable ZoneRules rules(Component vtz) {
    return rules(vtz, Integer.MIN_VALUE, 2200);
  }

  /**
   * Rules built from a VTIMEZONE's observances, with yearly rules expanded over {@code fromYear} to
   * {@code untilYear} only (from the observance's start when it counts its onsets); {@code null} if
   * unusable.
   */
  static @Nullable ZoneRules rules(Component vtz, int fromYear, int untilYear) {
    // standard: the zone's standard offset from this onset on (a STANDARD observance's TZOFFSETTO,
    // a
    // DAYLIGHT one's TZOFFSETFROM: RFC 5545 section 3.6.5), so that the rules know daylight saving
    // time
    record Onset(LocalDateTime local, ZoneOffset from, ZoneOffset to, ZoneOffset standard) {}
    List<Onset> onsets = new ArrayList<>();
    for (Component o : vtz.children) {
      if (!o.name.equals("STANDARD") && !o.name.equals("DAYLIGHT")) {
        continue;
      }
      Component.Property start = o.first("DTSTART");
      Component.Property fromP = o.first("TZOFFSETFROM");
      Component.Property toP = o.first("TZOFFSETTO");
      if (start == null || toP == null) {
        continue;
      }
      LocalDateTime dtstart = DateTimeCodec.parseLocal(start.value().trim());
      ZoneOffset to = DateTimeCodec.parseOffset(toP.value());
      ZoneOffset from = fromP == null ? to : DateTimeCodec.parseOffset(fromP.value());
      if (dtstart == null || to == null || from == null) {
        continue;
      }
      ZoneOffset standard = o.name.equals("STANDARD") ? to : from;
      onsets.add(new Onset(dtstart, from, to, standard));
      for (Component.Property rdate : o.all("RDATE")) {
        for (String v : rdate.value().split(",")) {
          LocalDateTime t = DateTimeCodec.parseLocal(v.trim());
          if (t != null) {
            onsets.add(new Onset(t, from, to, standard));
          }
        }
      }
      Component.Property rrule = o.first("RRULE");
      if (rrule != null) {
        try {
          for (LocalDateTime t : yearly(rrule.value(), dtstart, fromYear, untilYear)) {
            onsets.add(new Onset(t, from, to, standard));
          }
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    if (onsets.isEmpty()) {
      return null;
    }
    onsets.sort(
        (a, b) ->
            a.local().toEpochSecond(a.from()) < b.local().toEpochSecond(b.from())
                ? -1
                : a.local().toEpochSecond(a.from()) == b.local().toEpochSecond(b.from()) ? 0 : 1);
    Onset first = onsets.get(0);
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    List<ZoneOffsetTransition> standardTransitions = new ArrayList<>();
    ZoneOffset current = first.to();
    ZoneOffset standard = first.standard();
    for (int i = 1; i < onsets.size(); i++) {
      Onset o = onsets.get(i);
      if (!o.to().equals(current)) {
        transitions.add(ZoneOffsetTransition.of(o.local().withNano(0), current, o.to()));
        current = o.to();
      }
      if (!o.standard().equals(standard)) {
        standardTransitions.add(
            ZoneOffsetTransition.of(o.local().withNano(0), standard, o.standard()));
        standard = o.standard();
      }
    }
    try {
      return ZoneRules.of(
          first.standard(), first.to(), standardTransitions, transitions, List.of());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Onsets of a yearly observance rule: BYMONTH with BYDAY ({@code -1SU}, {@code 2SU}, {@code SU})
   * and BYMONTHDAY.
   */
  private static List<LocalDateTime> yearly(
      String rule, LocalDateTime dtstart, int fromYear, int untilYear) {
    Map<String, String> parts = Recurrence.parts(rule);
    if (!"YEARLY".equals(parts.get("FREQ"))) {
      return List.of();
    }
    int month =
        parts.containsKey("BYMONTH")
            ? Integer.parseInt(parts.get("BYMONTH").split(",")[0].trim())
            : dtstart.getMonthValue();
    String byday = parts.get("BYDAY");
    List<Integer> monthDays = new ArrayList<>();
    if (parts.containsKey("BYMONTHDAY")) {
      for (String d : parts.get("BYMONTHDAY").split(",")) {
        monthDays.add(Integer.parseInt(d.trim()));
      }
    }
    LocalDateTime until = null;
    if (parts.containsKey("UNTIL")) {
      String u = parts.get("UNTIL").replace("Z", "");
      until =
          u.length() == 8
              ? LocalDate.parse(u, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                  .atTime(23, 59, 59)
              : DateTimeCodec.parseLocal(u);
    }
    int count =
        parts.containsKey("COUNT") ? Integer.parseInt(parts.get("COUNT")) : Integer.MAX_VALUE;
    List<LocalDateTime> list = new ArrayList<>();
    int firstYear =
        count == Integer.MAX_VALUE ? Math.max(dtstart.getYear(), fromYear - 1) : dtstart.getYear();
    for (int year = firstYear; year <= untilYear && list.size() < count; year++) {
      LocalDate base = LocalDate.of(year, month, 1);
      LocalDate date = null;
      if (byday != null) {
        String b = byday.split(",")[0].trim().toUpperCase(Locale.ROOT);
        DayOfWeek dow = Recurrence.day(b.substring(b.length() - 2));
        String ordinal = b.substring(0, b.length() - 2);
        if (dow == null) {
          return list;
        }
        if (!ordinal.isEmpty()) {
          int nth = Integer.parseInt(ordinal.replace("+", ""));
          date =
              nth > 0
                  ? base.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow))
                  : base.with(TemporalAdjusters.lastInMonth(dow)).minusWeeks(-nth - 1L);
        } else {
          for (int d : monthDays) {
            int dom = d > 0 ? d : base.lengthOfMonth() + 1 + d;
            if (dom >= 1
                && dom <= base.lengthOfMonth()
                && base.withDayOfMonth(dom).getDayOfWeek() == dow) {
              date = base.withDayOfMonth(dom);
              break;
            }
          }
        }
      } else if (!monthDays.isEmpty()) {
        int d = monthDays.get(0);
        int dom = d > 0 ? d : base.lengthOfMonth() + 1 + d;
        date = dom >= 1 && dom <= base.lengthOfMonth() ? base.withDayOfMonth(dom) : null;
      } else {
        date = dtstart.toLocalDate().withYear(year);
      }
      if (date == null) {
        continue;
      }
      LocalDateTime t = date.atTime(dtstart.toLocalTime());
      if (t.isBefore(dtstart)) {
        continue;
      }
      if (until != null && t.isAfter(until)) {
        break;
      }
      list.add(t);
    }
    return list;
  }

  private static Map<String, String> loadWindows() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = TimeZones.class.getResourceAsStream("windows-zones.tsv")) {
      if (in == null) {
        throw new IllegalStateException("windows-zones.tsv missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        map.put(
            line.substring(0, tab).trim().toLowerCase(Locale.ROOT), line.substring(tab + 1).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The instant of a local time in a zone: gaps shift forward, overlaps take the earlier offset.
   */
  static java.time.Instant instant(LocalDateTime local, Zone zone) {
    if (zone.id() != null) {
      return local.atZone(zone.id()).toInstant();
    }
    ZoneRules rules = zone.rules();
    List<ZoneOffset> valid = rules.getValidOffsets(local);
    if (valid.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
    }
    return local.toInstant(valid.get(0));
  }
}
