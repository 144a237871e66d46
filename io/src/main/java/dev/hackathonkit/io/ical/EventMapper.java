package dev.hackathonkit.io.ical;

import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps parsed calendars to an event: the calendar name (or the events' common summary) is the
 * title; VEVENTs with that summary are the event's days (timed: with hours; all-day: without), other
 * timed VEVENTs are topics with slots; LOCATION of the days is the venue.
 */
final class EventMapper {
  private static final Pattern OWN_UID = Pattern.compile(
      "(?:day-\\d{8}|event|topic-(" + Slugs.PATTERN + "))\\.(" + Slugs.PATTERN + ")@"
          + Pattern.quote(ICalendarEventWriter.UID_DOMAIN));
  private static final Pattern CONTACT = Pattern.compile("(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>");
  private static final Set<String> IGNORED = Set.of(
      "UID", "DTSTAMP", "SEQUENCE", "LAST-MODIFIED", "CREATED", "STATUS", "TRANSP", "CLASS");
  private static final Set<String> MAPPED = Set.of(
      "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "SUMMARY", "DESCRIPTION", "LOCATION",
      "URL", "CATEGORIES", "CONFERENCE", "CONTACT", "RELATED-TO", "LINK", "X-WIKI-LINK");
  private static final Set<String> CALENDAR_PROPERTIES = Set.of(
      "VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC",
      "URL", "SOURCE", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "X-WR-TIMEZONE");

  /** A DATE-TIME: local time and its zone ({@code null} and not UTC: floating). */
  private record Time(LocalDateTime local, TimeZones.@Nullable Zone zone, boolean utc) {
    @Nullable Instant instant() {
      if (utc) {
        return local.toInstant(ZoneOffset.UTC);
      }
      return zone == null ? null : TimeZones.instant(local, zone);
    }

    Time withLocal(LocalDateTime l) {
      return new Time(l, zone, utc);
    }
  }

  /** One occurrence: all-day (dates, end exclusive) or timed. */
  private record Occurrence(boolean allDay, LocalDate startDate, LocalDate endDate, @Nullable Time start,
      @Nullable Time end) {}

  /** One VEVENT with its occurrences. */
  private record Entry(Component vevent, String uid, String summary, boolean allDay, List<Occurrence> occurrences) {}

  private final String sourceName;
  private final ImportReport.Builder report;
  private @Nullable TimeZones zones;
  private boolean floatingSeen;
  private int floatingLine;

  EventMapper(String sourceName, ImportReport.Builder report) {
    this.sourceName = sourceName;
    this.report = report;
  }

  Event map(List<Component> calendars) {
    Component cal = calendars.get(0);
    for (int i = 1; i < calendars.size(); i++) {
      // VEVENTs of further calendars join the first one
      cal.children.addAll(calendars.get(i).children);
      cal.properties.addAll(calendars.get(i).properties.stream()
          .filter(p -> cal.first(p.name()) == null).toList());
    }
    List<Component> vtimezones = new ArrayList<>();
    List<Component> vevents = new ArrayList<>();
    for (Component c : cal.children) {
      switch (c.name) {
        case "VTIMEZONE" -> vtimezones.add(c);
        case "VEVENT" -> vevents.add(c);
        default -> report.unmapped(c.line, 1, "BEGIN:" + c.name, "component " + c.name + " not mapped");
      }
    }
    for (Component.Property p : cal.properties) {
      if (!CALENDAR_PROPERTIES.contains(p.name())) {
        report.unmapped(p.line(), 1, p.name() + ":" + ContentParser.abbreviate(p.value()),
            "calendar property " + p.name() + " not mapped");
      }
    }
    zones = new TimeZones(vtimezones, report);

    List<Entry> entries = new ArrayList<>();
    for (Component v : vevents) {
      Entry e = entry(v);
      if (e != null) {
        entries.add(e);
      }
    }
    if (vevents.isEmpty()) {
      report.problem(ICalendarProblem.I132_NO_EVENTS, cal.line, 1, "the calendar has no VEVENT");
    }

    String title = text(cal, "NAME");
    if (title == null) {
      title = text(cal, "X-WR-CALNAME");
    }
    if (title == null || title.isBlank()) {
      // the summary with the most occurrences, when it has at least two (or is the only one) and no rival
      Map<String, Integer> counts = new LinkedHashMap<>();
      entries.forEach(e -> counts.merge(e.summary(), e.occurrences().size(), Integer::sum));
      String best = null;
      int bestCount = 0;
      boolean tie = false;
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        if (c.getValue() > bestCount) {
          best = c.getKey();
          bestCount = c.getValue();
          tie = false;
        } else if (c.getValue() == bestCount) {
          tie = true;
        }
      }
      if (best != null && !best.isBlank() && !tie && (bestCount >= 2 || counts.size() == 1)) {
        title = best;
      } else {
        String base = sourceName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        title = base.isBlank() ? "Untitled calendar" : base;
        report.problem(ICalendarProblem.I131_NO_TITLE, cal.line, 1,
            "no NAME or X-WR-CALNAME and no summary that most VEVENTs share; title taken from the input name '"
                + title + "'");
      }
    }
    String key = norm(title);

    Set<String> uids = new HashSet<>();
    entries.forEach(e -> uids.add(e.uid()));
    List<Entry> dayEntries = new ArrayList<>();
    List<Entry> topicEntries = new ArrayList<>();
    for (Entry e : entries) {
      boolean child = e.vevent().all("RELATED-TO").stream().anyMatch(r -> {
        String rel = r.param("RELTYPE");
        return (rel == null || rel.equalsIgnoreCase("PARENT")) && uids.contains(TextCodec.unescape(r.value()).trim());
      });
      if (!child && norm(e.summary()).equals(key)) {
        dayEntries.add(e);
      } else if (!e.allDay()) {
        topicEntries.add(e);
      } else {
        report.unmapped(e.vevent().line, 1, "SUMMARY:" + e.summary(), "all-day VEVENT that is not the event");
      }
    }

    ZoneId zone = eventZone(cal, dayEntries, topicEntries);
    String wrTimezone = text(cal, "X-WR-TIMEZONE");
    if (floatingSeen && zone != null && (wrTimezone == null || TimeZones.known(wrTimezone) == null)) {
      report.problem(ICalendarProblem.I113_FLOATING_TIME, floatingLine, 1,
          "floating times read as " + zone.getId());
    }

    Event.Builder b = Event.builder().title(title).timeZone(zone);
    String id = ownEventId(entries);
    b.id(id != null ? id : Slugs.of(title));

    TreeMap<LocalDate, EventDay> days = new TreeMap<>();
    boolean detailed = false;
    for (Entry e : dayEntries) {
      for (Occurrence o : e.occurrences()) {
        if (!o.allDay() || !o.endDate().isAfter(o.startDate().plusDays(1))) {
          detailed = true;
        }
      }
    }
    for (Entry e : dayEntries) {
      for (Occurrence o : e.occurrences()) {
        if (o.allDay()) {
          if (detailed && o.endDate().isAfter(o.startDate().plusDays(1))) {
            continue; // an overview spanning days already listed one by one
          }
          for (LocalDate d = o.startDate(); d.isBefore(o.endDate()); d = d.plusDays(1)) {
            days.putIfAbsent(d, new EventDay(d, null, null));
          }
          continue;
        }
        LocalDateTime s = local(o.start(), zone);
        LocalDateTime en = local(o.end(), zone);
        LocalDate d = s.toLocalDate();
        if (!en.isAfter(s)) { // no DTEND: an instant on that day, kept without hours
          days.putIfAbsent(d, new EventDay(d, null, null));
          continue;
        }
        LocalTime closes = en.toLocalDate().equals(d) ? en.toLocalTime()
            : en.equals(d.plusDays(1).atStartOfDay()) ? LocalTime.of(23, 59) : null;
        if (closes != null && closes.isAfter(s.toLocalTime())) {
          EventDay old = days.get(d);
          if (old != null && old.hasHours()) {
            LocalTime opens = old.opens().isBefore(s.toLocalTime()) ? old.opens() : s.toLocalTime();
            closes = old.closes().isAfter(closes) ? old.closes() : closes;
            days.put(d, EventDay.of(d, opens, closes));
          } else {
            days.put(d, EventDay.of(d, s.toLocalTime(), closes));
          }
        } else {
          report.problem(ICalendarProblem.I133_DAY_ACROSS_DATES, e.vevent().line, 1,
              "VEVENT " + e.uid() + " runs from " + s + " to " + en + "; its dates are kept without hours");
          LocalDate last = en.toLocalTime().equals(LocalTime.MIDNIGHT) ? en.toLocalDate().minusDays(1) : en.toLocalDate();
          for (LocalDate x = d; !x.isAfter(last); x = x.plusDays(1)) {
            days.putIfAbsent(x, new EventDay(x, null, null));
          }
        }
      }
    }

    Set<String> taken = new HashSet<>();
    List<Topic> topics = new ArrayList<>();
    Venue venue = null;
    String venueText = null;
    for (Entry e : dayEntries) {
      Component.Property loc = e.vevent().first("LOCATION");
      if (loc != null) {
        venue = venue(loc);
        venueText = TextCodec.unescape(loc.value()).trim();
        break;
      }
    }
    String pageUrl = text(cal, "URL");
    if (pageUrl == null) {
      for (Entry e : dayEntries) {
        if (e.vevent().first("URL") != null) {
          pageUrl = e.vevent().first("URL").value().trim();
          break;
        }
      }
    }
    for (Entry e : topicEntries) {
      topics.add(topic(e, zone, taken, days, venueText, pageUrl));
    }

    Map<String, Link> links = new LinkedHashMap<>();
    Set<String> categories = new LinkedHashSet<>();
    Map<String, Set<String>> extras = new LinkedHashMap<>();
    for (Entry e : dayEntries) {
      Component v = e.vevent();
      for (Component.Property p : v.properties) {
        switch (p.name()) {
          case "LINK", "X-WIKI-LINK" -> {
            String target = p.name().equals("LINK") ? p.value().trim() : TextCodec.unescape(p.value());
            links.putIfAbsent(target, new Link(target, p.param("LABEL")));
          }
          case "URL" -> {
            String u = p.value().trim();
            if (!u.equals(pageUrl)) {
              links.putIfAbsent(u, new Link(u, null));
            }
          }
          case "CATEGORIES" -> TextCodec.splitList(p.value()).stream().map(String::trim)
              .filter(c -> !c.isEmpty() && !c.equals("Event")).forEach(categories::add);
          case "CONFERENCE", "CONTACT" -> {
            if (id == null) { // in our own files these repeat the topics' channels
              String label = p.param("LABEL");
              String value = p.name().equals("CONTACT") ? TextCodec.unescape(p.value()) : p.value().trim();
              extras.computeIfAbsent(p.name().equals("CONTACT") ? "Contact" : "Conference", k -> new LinkedHashSet<>())
                  .add(label != null ? label + " " + value : value);
            }
          }
          default -> {
            // other properties are handled elsewhere
          }
        }
      }
      unknownProperties(v, null);
    }
    String calDescription = text(cal, "DESCRIPTION");
    if (calDescription == null) {
      calDescription = text(cal, "X-WR-CALDESC");
    }
    if (calDescription != null && !calDescription.isBlank()) {
      b.putExtra("Calendar description", calDescription);
    }
    for (Entry e : dayEntries) {
      String d = text(e.vevent(), "DESCRIPTION");
      if (d != null && !d.isBlank() && !d.equals(calDescription)) {
        b.putExtra("Description", d);
        break;
      }
    }
    if (!categories.isEmpty()) {
      b.putExtra("Categories", String.join(", ", categories));
    }
    extras.forEach((k, values) -> b.putExtra(k, String.join("\n", values)));
    b.days(new ArrayList<>(days.values()));
    b.venue(venue);
    b.links(new ArrayList<>(links.values()));
    b.topics(topics);
    if (pageUrl != null) {
      try {
        b.source(new Source(null, null, new URI(pageUrl), null, null));
      } catch (java.net.URISyntaxException ex) {
        b.putExtra("URL", pageUrl);
      }
    }
    return b.build();
  }

  private Topic topic(Entry e, @Nullable ZoneId zone, Set<String> taken, TreeMap<LocalDate, EventDay> days,
      @Nullable String venueText, @Nullable String pageUrl) {
    Component v = e.vevent();
    Topic.Builder t = Topic.builder().title(e.summary().isBlank() ? "Untitled" : e.summary());
    Matcher m = OWN_UID.matcher(e.uid());
    String id = m.matches() && m.group(1) != null && taken.add(m.group(1)) ? m.group(1) : Slugs.unique(e.summary(), taken);
    t.id(id);
    Occurrence o = e.occurrences().get(0);
    LocalDateTime s = local(o.start(), zone);
    LocalDateTime en = local(o.end(), zone);
    LocalTime end;
    if (en.toLocalDate().equals(s.toLocalDate())) {
      end = en.toLocalTime();
    } else {
      end = LocalTime.of(23, 59);
      report.problem(ICalendarProblem.I135_SLOT_ACROSS_DATES, v.line, 1,
          "VEVENT " + e.uid() + " ends " + en + ", after its start date; slot cut at 23:59");
    }
    String room = null;
    String location = text(v, "LOCATION");
    if (location != null && !location.isBlank() && !location.trim().equals(venueText)) {
      room = location.trim();
    }
    t.slot(new Slot(s.toLocalDate(), s.toLocalTime(), end, room));
    days.putIfAbsent(s.toLocalDate(), new EventDay(s.toLocalDate(), null, null));
    if (e.occurrences().size() > 1) {
      StringBuilder more = new StringBuilder();
      for (int i = 1; i < e.occurrences().size(); i++) {
        more.append(i == 1 ? "" : ", ").append(local(e.occurrences().get(i).start(), zone));
      }
      t.putExtra("Also scheduled", more.toString());
    }
    String description = text(v, "DESCRIPTION");
    if (description != null && !description.isBlank()) {
      t.description(description);
    }
    for (Component.Property p : v.all("CONTACT")) {
      String c = TextCodec.unescape(p.value()).trim();
      Matcher cm = CONTACT.matcher(c);
      if (cm.matches() && !cm.group(1).isBlank()) {
        t.addContact(new Person(cm.group(1), cm.group(2), null, null));
      } else if (!c.isEmpty()) {
        t.addContact(Person.named(c));
      }
    }
    List<String> categories = new ArrayList<>();
    for (Component.Property p : v.all("CATEGORIES")) {
      for (String c : TextCodec.splitList(p.value())) {
        if (!c.isBlank() && !c.equals("Topic")) {
          categories.add(c.trim());
        }
      }
    }
    if (!categories.isEmpty()) {
      t.putExtra("Categories", String.join(", ", categories));
    }
    for (Component.Property p : v.all("CONFERENCE")) {
      String uri = p.value().trim();
      String label = p.param("LABEL");
      if (uri.regionMatches(true, 0, "irc", 0, 3) && label != null && label.matches("[#&][^\\s,:]+")) {
        t.ircChannel(label);
      } else if (uri.regionMatches(true, 0, "irc", 0, 3) && uri.lastIndexOf('/') >= 0) {
        String ch = URLDecoder.decode(uri.substring(uri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        t.ircChannel(ch.startsWith("#") || ch.startsWith("&") ? ch : "#" + ch);
      } else {
        t.putExtra("Conference", label != null ? label + " " + uri : uri);
      }
    }
    String url = text(v, "URL");
    if (url != null && !url.trim().equals(pageUrl)) {
      t.putExtra("URL", url.trim());
    }
    unknownProperties(v, t);
    return t.build();
  }

  /** Reports properties the mapping has no place for; for topics, keeps them in {@code extra}. */
  private void unknownProperties(Component v, Topic.@Nullable Builder topic) {
    for (Component.Property p : v.properties) {
      if (IGNORED.contains(p.name()) || MAPPED.contains(p.name())) {
        continue;
      }
      String value = TextCodec.unescape(p.value());
      report.unmapped(p.line(), 1, p.name() + ":" + ContentParser.abbreviate(value),
          topic != null ? "property " + p.name() + " kept in the topic's extra" : "property " + p.name() + " not mapped");
      if (topic != null) {
        topic.putExtra(p.name(), value);
      }
    }
    for (Component c : v.children) {
      report.unmapped(c.line, 1, "BEGIN:" + c.name, "component " + c.name + " not mapped");
    }
  }

  private @Nullable Entry entry(Component v) {
    String uid = text(v, "UID");
    String summary = text(v, "SUMMARY");
    Component.Property startP = v.first("DTSTART");
    if (startP == null) {
      report.problem(ICalendarProblem.I130_NO_DTSTART, v.line, 1,
          "VEVENT" + (summary != null ? " '" + summary + "'" : "") + " has no DTSTART; skipped");
      report.unmapped(v.line, 1, "BEGIN:VEVENT", "VEVENT without DTSTART");
      return null;
    }
    Object start = value(startP, startP.value().trim());
    if (start == null) {
      report.problem(ICalendarProblem.I130_NO_DTSTART, v.line, 1,
          "VEVENT" + (summary != null ? " '" + summary + "'" : "") + " has no usable DTSTART; skipped");
      report.unmapped(v.line, 1, "BEGIN:VEVENT", "VEVENT without a usable DTSTART");
      return null;
    }
    Component.Property endP = v.first("DTEND");
    Object end = endP != null ? value(endP, endP.value().trim()) : null;
    Component.Property durP = v.first("DURATION");
    Duration duration = durP != null ? DateTimeCodec.parseDuration(durP.value()) : null;
    if (durP != null && duration == null) {
      report.problem(ICalendarProblem.I110_BAD_DATE, durP.line(), 1, "DURATION: malformed value '" + durP.value() + "'");
    }
    uid = uid != null ? uid.trim() : "line-" + v.line;
    summary = summary != null ? summary.trim() : "";

    List<Occurrence> occurrences = new ArrayList<>();
    if (start instanceof LocalDate sd) {
      long lengthDays = end instanceof LocalDate ed && ed.isAfter(sd) ? ChronoUnit.DAYS.between(sd, ed)
          : duration != null && duration.toDays() > 0 ? duration.toDays() : 1;
      for (LocalDateTime t : starts(v, sd.atStartOfDay(), null)) {
        LocalDate d = t.toLocalDate();
        occurrences.add(new Occurrence(true, d, d.plusDays(lengthDays), null, null));
      }
      occurrences.removeIf(o -> excluded(v, o));
      for (Object extra : rdates(v)) {
        if (extra instanceof LocalDate d) {
          occurrences.add(new Occurrence(true, d, d.plusDays(lengthDays), null, null));
        }
      }
      return new Entry(v, uid, summary, true, occurrences);
    }
    Time st = (Time) start;
    Duration length;
    if (end instanceof Time et) {
      Instant a = st.instant();
      Instant z = et.instant();
      length = a != null && z != null && !java.util.Objects.equals(st.zone(), et.zone())
          ? Duration.between(a, z) : Duration.between(st.local(), et.local());
    } else if (end instanceof LocalDate ed) {
      length = Duration.between(st.local(), ed.atStartOfDay());
    } else {
      length = duration != null ? duration : Duration.ZERO;
    }
    if (length.isNegative()) {
      report.problem(ICalendarProblem.I110_BAD_DATE, endP != null ? endP.line() : v.line, 1,
          "DTEND before DTSTART in VEVENT " + uid + "; end taken as the start");
      length = Duration.ZERO;
    }
    for (LocalDateTime t : starts(v, st.local(), st)) {
      Time s = st.withLocal(t);
      occurrences.add(new Occurrence(false, t.toLocalDate(), t.toLocalDate(), s, s.withLocal(t.plus(length))));
    }
    occurrences.removeIf(o -> excluded(v, o));
    for (Object extra : rdates(v)) {
      if (extra instanceof Time t) {
        occurrences.add(new Occurrence(false, t.local().toLocalDate(), t.local().toLocalDate(), t,
            t.withLocal(t.local().plus(length))));
      }
    }
    if (occurrences.isEmpty()) {
      report.unmapped(v.line, 1, "BEGIN:VEVENT", "every occurrence of " + uid + " is excluded");
      return null;
    }
    return new Entry(v, uid, summary, false, occurrences);
  }

  /** The local starts of a VEVENT: DTSTART, expanded by its RRULE when supported. */
  private List<LocalDateTime> starts(Component v, LocalDateTime dtstart, @Nullable Time startTime) {
    Component.Property rruleP = v.first("RRULE");
    if (rruleP == null) {
      return List.of(dtstart);
    }
    Map<String, String> parts = Recurrence.parts(rruleP.value());
    String why = Recurrence.unsupported(parts);
    if (why != null) {
      report.problem(ICalendarProblem.I120_UNSUPPORTED_RRULE, rruleP.line(), 1,
          "RRULE:" + rruleP.value() + " (" + why + ") is not expanded; only the first occurrence is kept");
      return List.of(dtstart);
    }
    Predicate<LocalDateTime> untilReached = t -> false;
    String until = parts.get("UNTIL");
    if (until != null) {
      if (until.length() == 8) {
        LocalDate u = DateTimeCodec.parseDate(until);
        if (u == null) {
          return badRule(rruleP, dtstart);
        }
        untilReached = t -> t.toLocalDate().isAfter(u);
      } else if (until.endsWith("Z")) {
        LocalDateTime u = DateTimeCodec.parseLocal(until.substring(0, until.length() - 1));
        if (u == null) {
          return badRule(rruleP, dtstart);
        }
        Instant ui = u.toInstant(ZoneOffset.UTC);
        untilReached = t -> {
          Instant i = startTime != null ? startTime.withLocal(t).instant() : null;
          return i != null ? i.isAfter(ui) : t.isAfter(u);
        };
      } else {
        LocalDateTime u = DateTimeCodec.parseLocal(until);
        if (u == null) {
          return badRule(rruleP, dtstart);
        }
        untilReached = t -> t.isAfter(u);
      }
    }
    try {
      Recurrence.Expansion x = Recurrence.expand(parts, dtstart, untilReached);
      if (x.cut()) {
        report.problem(ICalendarProblem.I122_TOO_MANY_OCCURRENCES, rruleP.line(), 1,
            "RRULE:" + rruleP.value() + " cut after " + x.starts().size() + " occurrences");
      }
      return x.starts();
    } catch (IllegalArgumentException e) {
      return badRule(rruleP, dtstart);
    }
  }

  private List<LocalDateTime> badRule(Component.Property rruleP, LocalDateTime dtstart) {
    report.problem(ICalendarProblem.I121_BAD_RRULE, rruleP.line(), 1,
        "RRULE:" + rruleP.value() + " does not parse; only the first occurrence is kept");
    return List.of(dtstart);
  }

  private boolean excluded(Component v, Occurrence o) {
    for (Component.Property p : v.all("EXDATE")) {
      for (String s : p.value().split(",")) {
        Object x = value(p, s.trim());
        if (x instanceof LocalDate d && d.equals(o.startDate())) {
          return true;
        }
        if (x instanceof Time t && o.start() != null) {
          Instant a = t.instant();
          Instant b = o.start().instant();
          if (a != null && b != null ? a.equals(b) : t.local().equals(o.start().local())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<Object> rdates(Component v) {
    List<Object> list = new ArrayList<>();
    for (Component.Property p : v.all("RDATE")) {
      for (String s : p.value().split(",")) {
        String one = s.trim();
        int slash = one.indexOf('/');
        Object x = value(p, slash >= 0 ? one.substring(0, slash) : one);
        if (x != null) {
          list.add(x);
        }
      }
    }
    return list;
  }

  /** A DATE ({@link LocalDate}) or DATE-TIME ({@link Time}); {@code null} (reported) when malformed. */
  private @Nullable Object value(Component.Property p, String v) {
    String type = p.param("VALUE");
    if ((type != null && type.equalsIgnoreCase("DATE")) || v.length() == 8) {
      LocalDate d = DateTimeCodec.parseDate(v);
      if (d == null) {
        report.problem(ICalendarProblem.I110_BAD_DATE, p.line(), 1,
            p.name() + ": expected a DATE such as 20130516, found '" + v + "'");
      }
      return d;
    }
    boolean utc = v.endsWith("Z") || v.endsWith("z");
    LocalDateTime t = DateTimeCodec.parseLocal(utc ? v.substring(0, v.length() - 1) : v);
    if (t == null) {
      report.problem(ICalendarProblem.I110_BAD_DATE, p.line(), 1,
          p.name() + ": expected a DATE-TIME such as 20130516T090000, found '" + v + "'");
      return null;
    }
    if (utc) {
      return new Time(t, null, true);
    }
    String tzid = p.param("TZID");
    TimeZones.Zone zone = tzid == null || zones == null ? null : zones.resolve(tzid, p.line(), p.name());
    if (zone == null && !floatingSeen) {
      floatingSeen = true;
      floatingLine = p.line();
    }
    return new Time(t, zone, false);
  }

  private @Nullable ZoneId eventZone(Component cal, List<Entry> dayEntries, List<Entry> topicEntries) {
    for (List<Entry> group : List.of(dayEntries, topicEntries)) {
      for (Entry e : group) {
        Time t = e.occurrences().isEmpty() ? null : e.occurrences().get(0).start();
        if (t != null && t.zone() != null && t.zone().id() != null) {
          return t.zone().id();
        }
      }
      if (group == dayEntries) {
        String wr = text(cal, "X-WR-TIMEZONE");
        ZoneId z = wr == null ? null : TimeZones.known(wr);
        if (z != null) {
          return z;
        }
      }
    }
    for (List<Entry> group : List.of(dayEntries, topicEntries)) {
      for (Entry e : group) {
        Time t = e.occurrences().isEmpty() ? null : e.occurrences().get(0).start();
        if (t != null && t.zone() != null) {
          Instant i = t.instant();
          ZoneOffset offset = t.zone().rules().getOffset(i);
          report.problem(ICalendarProblem.I134_ZONE_AS_OFFSET, e.vevent().line, 1,
              "TZID '" + t.zone().tzid() + "' is not in the zone database; the event's zone is the offset "
                  + offset + " it has at " + t.local());
          return offset;
        }
      }
    }
    for (List<Entry> group : List.of(dayEntries, topicEntries)) {
      for (Entry e : group) {
        Time t = e.occurrences().isEmpty() ? null : e.occurrences().get(0).start();
        if (t != null && t.utc()) {
          return ZoneId.of("UTC");
        }
      }
    }
    return null;
  }

  private static LocalDateTime local(@Nullable Time t, @Nullable ZoneId zone) {
    if (t == null) {
      throw new IllegalStateException("timed occurrence without time");
    }
    Instant i = t.instant();
    if (i == null || zone == null) {
      return t.local();
    }
    return LocalDateTime.ofInstant(i, zone);
  }

  private static @Nullable String ownEventId(List<Entry> entries) {
    for (Entry e : entries) {
      Matcher m = OWN_UID.matcher(e.uid());
      if (m.matches()) {
        return m.group(2);
      }
    }
    return null;
  }

  /**
   * The venue of a LOCATION: from our {@code X-VENUE-*} parameters when present, else from the
   * text as calendars write an address ({@link Places#parseVenue}: country, postcode and city,
   * street, name, read from the right).
   */
  private static Venue venue(Component.Property loc) {
    String name = loc.param("X-VENUE-NAME");
    String street = loc.param("X-VENUE-STREET");
    String postcode = loc.param("X-VENUE-POSTCODE");
    String city = loc.param("X-VENUE-CITY");
    String country = loc.param("X-VENUE-COUNTRY");
    if (name != null || street != null || postcode != null || city != null || country != null) {
      return new Venue(name, street, postcode, city, country);
    }
    String text = TextCodec.unescape(loc.value()).strip();
    Venue parsed = Places.parseVenue(text);
    if (parsed != null && text.indexOf(',') < 0 && parsed.postcode() == null && parsed.country() == null) {
      // one part alone names the place ("Main hall"), as calendars write a room
      return new Venue(text, null, null, null, null);
    }
    return parsed != null ? parsed : new Venue(null, null, null, null, null);
  }

  private static @Nullable String text(Component c, String name) {
    Component.Property p = c.first(name);
    return p == null ? null : TextCodec.unescape(p.value());
  }

  private static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
