package dev.hackathonkit.io.ical;

import dev.hackathonkit.io.ProblemCode;
import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps parsed calendars to an event.
 *
 * <p><b>Title and days.</b> The calendar's {@code NAME} or {@code X-WR-CALNAME} is the title,
 * unless it is an e-mail address (Google names a calendar after its owner); else the summary of the
 * longest all-day VEVENT; else the summary every VEVENT shares; else the input's name. VEVENTs with
 * the title as summary are the event's days; every other timed VEVENT is a session (a topic with a
 * slot), however often its summary repeats (breaks, lunches), and the sessions' dates are days too
 * (a session's series adds the date it starts on; its later dates stay in its rule).
 *
 * <p><b>Time.</b> RRULE (daily, weekly), RDATE and EXDATE give a VEVENT's occurrences;
 * RECURRENCE-ID overrides (RFC 5545 section 3.8.4.4) take their occurrence out of the series: a
 * cancelled one ({@code STATUS:CANCELLED}) is dropped, a moved one is an entry of its own. A VEVENT
 * with {@code STATUS:CANCELLED} is no day or topic. DURATION follows section 3.3.6 (weeks and days
 * nominal, hours to seconds exact); all-day ends are exclusive; a DATE-TIME start without an end
 * keeps its start. A session's series stays a series: its rule is kept on the slot ({@link
 * Slot#recurrence()}).
 *
 * <p><b>People and places.</b> ORGANIZER and ATTENDEE with {@code ROLE=CHAIR} of a session are its
 * contacts, other ATTENDEEs the event's attendees by {@code PARTSTAT}; the days' ORGANIZER and
 * chairs are the event's {@code Organizer}. {@code CONTACT} is one person: name, e-mail,
 * affiliation, further details (RFC 5545 section 3.8.4.2). URL, CATEGORIES, GEO and STATUS (other
 * than CONFIRMED) are kept.
 *
 * <p><b>Coverage.</b> As the page readers count it: the share of the non-blank characters of the
 * calendar's content lines that were placed in the model. BEGIN/END lines, text around the calendar
 * and bookkeeping properties (DTSTAMP, SEQUENCE, PRODID...) are not counted; every other property
 * that was not placed is listed in the report with its line.
 *
 * <p><b>Which properties.</b> {@link IcalProperty} is the list of what is known: the properties
 * read with a VEVENT's occurrences, those read into fields, the bookkeeping ones; a VEVENT property
 * that is not there is kept in a session's {@code extra}, any other listed as not mapped.
 */
final class EventMapper {
  private static final Pattern OWN_UID =
      Pattern.compile(
          "(?:day-\\d{8}|event|topic-("
              + Slugs.PATTERN
              + "))\\.("
              + Slugs.PATTERN
              + ")@"
              + Pattern.quote(ICalendarEventWriter.UID_DOMAIN));
  private static final Pattern ANGLE_CONTACT = Pattern.compile("(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>");
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:mailto:)?([^@\\s<>\",;:]+@[^@\\s<>\",;:]+\\.[^@\\s<>\",;:]+)");
  private static final Pattern PHONE_OR_URI =
      Pattern.compile("(?i)(?:tel:|https?://|\\+?[0-9][0-9 ()./-]{5,}$).*");

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

    /**
     * This time plus an exact duration: on the time line where the time has a zone, else on the
     * clock.
     */
    Time plusExact(Duration d) {
      Instant i = instant();
      if (i == null) {
        return withLocal(local.plus(d));
      }
      Instant j = i.plus(d);
      ZoneOffset offset = utc || zone == null ? ZoneOffset.UTC : zone.rules().getOffset(j);
      return withLocal(LocalDateTime.ofEpochSecond(j.getEpochSecond(), j.getNano(), offset));
    }
  }

  /**
   * One occurrence: all-day (dates, end exclusive) or timed ({@code end} absent when none is
   * stated).
   */
  private record Occurrence(
      boolean allDay,
      LocalDate startDate,
      LocalDate endDate,
      @Nullable Time start,
      @Nullable Time end) {}

  /** A problem kept until the entry's role is known (a session's rule need not be expanded). */
  private record Deferred(ProblemCode code, int line, String message) {}

  /** One VEVENT with its occurrences. */
  private static final class Entry {
    final Component vevent;
    final String uid;
    String summary;
    final boolean allDay;
    final String status;

    /** The RECURRENCE-ID value (a {@link LocalDate} or {@link Time}), for an override. */
    @Nullable Object recurrenceId;

    /** For an override: the series it takes its occurrence from, when the file has it. */
    @Nullable Entry series;

    /** DTSTART's occurrence, which a session's slot keeps even when it is excluded. */
    @Nullable Occurrence first;

    final List<Occurrence> occurrences = new ArrayList<>();
    @Nullable String rule;
    boolean ruleExpanded;
    final List<Object> rdates = new ArrayList<>();
    final List<Object> exdates = new ArrayList<>();
    final List<Deferred> ruleProblems = new ArrayList<>();

    Entry(Component vevent, String uid, String summary, boolean allDay, String status) {
      this.vevent = vevent;
      this.uid = uid;
      this.summary = summary;
      this.allDay = allDay;
      this.status = status;
    }

    boolean series() {
      return rule != null || !rdates.isEmpty();
    }
  }

  private final String sourceName;
  private final ReportBuilder report;
  private @Nullable TimeZones zones;
  private boolean floatingSeen;
  private int floatingLine;

  /** Coverage: the properties placed in the model, those not counted, those already listed. */
  private final Set<Component.Property> placed = identitySet();

  private final Set<Component.Property> listed = identitySet();
  private final Set<Component> listedComponents = identitySet();
  private final Map<Component.Property, String> reasons = new java.util.IdentityHashMap<>();

  private static <T> Set<T> identitySet() {
    return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  }

  EventMapper(String sourceName, ReportBuilder report) {
    this.sourceName = sourceName;
    this.report = report;
  }

  Event map(List<Component> calendars) {
    return map(calendars, 0);
  }

  /**
   * @param brokenChars non-blank characters of content lines that did not parse, counted as input
   *     not placed
   */
  Event map(List<Component> calendars, long brokenChars) {
    Component cal = calendars.get(0);
    for (int i = 1; i < calendars.size(); i++) {
      // VEVENTs of further calendars join the first one
      cal.children.addAll(calendars.get(i).children);
      for (Component.Property p : calendars.get(i).properties) {
        if (cal.first(p.name()) == null) {
          cal.properties.add(p);
        } else if (!IcalProperty.bookkeeping(p.name())) {
          reasons.put(
              p,
              "calendar property " + p.name() + " of a further VCALENDAR; the first one's is used");
        }
      }
    }
    List<Component> vtimezones = new ArrayList<>();
    List<Component> vevents = new ArrayList<>();
    for (Component c : cal.children) {
      switch (c.name) {
        case "VTIMEZONE" -> vtimezones.add(c);
        case "VEVENT" -> vevents.add(c);
        default -> listComponent(c, "component " + c.name + " not mapped");
      }
    }
    zones =
        new TimeZones(
            vtimezones,
            report,
            firstDate(vevents),
            lastDate(vevents),
            hints(cal, vevents, vtimezones));

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
    overrides(entries);
    entries.removeIf(
        e -> {
          if (!e.status.equals("CANCELLED")) {
            return false;
          }
          report.problem(
              ICalendarProblem.I137_CANCELLED,
              e.vevent.line,
              1,
              "VEVENT '"
                  + e.summary
                  + "' ("
                  + e.uid
                  + ") is cancelled (STATUS:CANCELLED); not an event day or topic");
          listComponent(e.vevent, "cancelled VEVENT '" + e.summary + "' (STATUS:CANCELLED)");
          return true;
        });

    String title = title(cal, entries);
    String key = norm(title);

    Set<String> uids = new HashSet<>();
    entries.forEach(e -> uids.add(e.uid));
    List<Entry> dayEntries = new ArrayList<>();
    List<Entry> topicEntries = new ArrayList<>();
    for (Entry e : entries) {
      boolean day = isDay(e, key, uids);
      if (!day && e.series != null && e.series.recurrenceId == null && isDay(e.series, key, uids)) {
        day = true; // an occurrence of the event's own series stays a day, whatever its summary
      }
      if (day) {
        dayEntries.add(e);
      } else if (!e.allDay) {
        topicEntries.add(e);
      } else {
        listComponent(e.vevent, "all-day VEVENT '" + e.summary + "' that is not the event");
      }
    }
    for (Entry e : dayEntries) {
      e.ruleProblems.forEach(d -> report.problem(d.code(), d.line(), 1, d.message()));
      use(e.vevent, IcalProperty.entryNames());
    }

    ZoneId zone = eventZone(cal, dayEntries, topicEntries);
    Component.Property wrTimezone = cal.first(IcalProperty.X_WR_TIMEZONE);
    if (wrTimezone != null
        && zone != null
        && zone.equals(TimeZones.known(TextCodec.unescape(wrTimezone.value())))) {
      placed.add(wrTimezone);
    }
    if (floatingSeen && zone != null && (wrTimezone == null || !placed.contains(wrTimezone))) {
      report.problem(
          ICalendarProblem.I113_FLOATING_TIME,
          floatingLine,
          1,
          "floating times read as " + zone.getId());
    }

    Event.Builder b = Event.builder().title(title).timeZone(zone);
    String id = ownEventId(entries);
    b.id(id != null ? id : Slugs.of(title));

    NavigableMap<LocalDate, EventDay> days = days(dayEntries, zone);

    Set<String> taken = new HashSet<>();
    List<Topic> topics = new ArrayList<>();
    Venue venue = null;
    String venueText = null;
    for (Entry e : dayEntries) {
      for (Component.Property loc : e.vevent.all(IcalProperty.LOCATION)) {
        String text = TextCodec.unescape(loc.value()).trim();
        if (venueText == null) {
          venue = venue(loc);
          venueText = text;
          placed.add(loc);
        } else if (text.equals(venueText)) {
          placed.add(loc);
        } else {
          reasons.put(loc, "LOCATION other than the venue '" + venueText + "'");
        }
      }
    }
    Component.Property calUrl = cal.first(IcalProperty.CALENDAR_URL);
    String pageUrl = calUrl == null ? null : calUrl.value().trim();
    if (calUrl != null) {
      placed.add(calUrl);
    }
    if (pageUrl == null) {
      for (Entry e : dayEntries) {
        Component.Property u = e.vevent.first(IcalProperty.URL);
        if (u != null) {
          pageUrl = u.value().trim();
          break;
        }
      }
    }
    People people = new People();

    Map<String, Link> links = new LinkedHashMap<>();
    Set<String> categories = new LinkedHashSet<>();
    Map<String, Set<String>> extras = new LinkedHashMap<>();
    List<String> calDescriptionNames =
        IcalProperty.namesFor(
            IcalProperty.Scope.VCALENDAR, IcalProperty.Fields.CALENDAR_DESCRIPTION);
    String calDescription = null;
    for (String name : calDescriptionNames) {
      calDescription = calDescription != null ? calDescription : text(cal, name);
    }
    use(cal, calDescriptionNames);
    String dayDescription = null;
    for (Entry e : dayEntries) {
      Component v = e.vevent;
      for (Component.Property p : v.properties) {
        IcalProperty known = IcalProperty.of(IcalProperty.Scope.VEVENT, p.name());
        if (known == null) {
          continue; // listed at the end
        }
        switch (known) {
          case LINK, X_WIKI_LINK -> {
            String target =
                known == IcalProperty.LINK ? p.value().trim() : TextCodec.unescape(p.value());
            links.putIfAbsent(target, new Link(target, p.param("LABEL")));
            placed.add(p);
          }
          case URL -> {
            String u = p.value().trim();
            if (!u.equals(pageUrl)) {
              links.putIfAbsent(u, new Link(u, null));
            }
            placed.add(p);
          }
          case CATEGORIES -> {
            TextCodec.splitList(p.value()).stream()
                .map(String::trim)
                .filter(c -> !c.isEmpty() && !c.equals("Event"))
                .forEach(categories::add);
            placed.add(p);
          }
          case CONFERENCE -> {
            if (id == null) { // in our own files these repeat the topics' channels
              String label = p.param("LABEL");
              String value = p.value().trim();
              extras
                  .computeIfAbsent("Conference", k -> new LinkedHashSet<>())
                  .add(label != null ? label + " " + value : value);
            }
            placed.add(p);
          }
          case CONTACT -> {
            Person c = contact(p);
            if (c != null) {
              extras
                  .computeIfAbsent("Contact", k -> new LinkedHashSet<>())
                  .add(ContactText.full(c));
              placed.add(p);
            }
          }
          case DESCRIPTION -> {
            String d = TextCodec.unescape(p.value());
            if (d.isBlank() || d.equals(calDescription) || d.equals(dayDescription)) {
              placed.add(p);
            } else if (dayDescription == null) {
              dayDescription = d;
              b.putExtra("Description", d);
              placed.add(p);
            } else if (id != null && d.startsWith("Topics:\n- ")) {
              placed.add(
                  p); // our own file: the day's list of its scheduled topics, which are VEVENTs of
              // their own
            } else {
              reasons.put(p, "DESCRIPTION of another day entry, other than the first one's");
            }
          }
          case STATUS -> {
            String s = p.value().trim().toUpperCase(Locale.ROOT);
            if (!s.equals("CONFIRMED")) {
              extras.computeIfAbsent("Status", k -> new LinkedHashSet<>()).add(s);
            }
            placed.add(p);
          }
          case GEO -> {
            extras.computeIfAbsent("Geo", k -> new LinkedHashSet<>()).add(p.value().trim());
            placed.add(p);
          }
          case ORGANIZER -> people.organizer(p);
          case ATTENDEE -> people.attendee(p, null);
          default -> {
            // other properties are handled elsewhere, or listed at the end
          }
        }
      }
      for (Component c : v.children) {
        listComponent(c, "component " + c.name + " not mapped");
      }
    }
    for (Entry e : topicEntries) {
      topics.add(topic(e, zone, taken, days, venueText, pageUrl, people));
    }
    if (calDescription != null && !calDescription.isBlank()) {
      b.putExtra("Calendar description", calDescription);
    }
    if (!categories.isEmpty()) {
      b.putExtra("Categories", String.join(", ", categories));
    }
    extras.forEach((k, values) -> b.putExtra(k, String.join("\n", values)));
    if (!people.organizers.isEmpty()) {
      b.putExtra("Organizer", String.join("\n", people.organizers));
    }
    if (!people.addresses.isEmpty()) {
      b.putExtra("Attendee addresses", String.join("\n", people.addresses));
    }
    b.days(new ArrayList<>(days.values()));
    b.venue(venue);
    b.links(new ArrayList<>(links.values()));
    b.topics(topics);
    b.attendees(new ArrayList<>(people.attendees.values()));
    if (pageUrl != null) {
      try {
        b.source(new Source(null, null, new URI(pageUrl), null, null));
      } catch (java.net.URISyntaxException ex) {
        b.putExtra("URL", pageUrl);
      }
    }
    for (Component vtz : zones.usedVtimezones()) {
      placeAll(vtz);
    }
    for (Component vtz : zones.unusedVtimezones()) {
      listComponent(
          vtz,
          "VTIMEZONE "
              + (vtz.first("TZID") == null ? "" : "'" + vtz.first("TZID").value().trim() + "' ")
              + "that no date uses");
    }
    coverage(calendars, brokenChars);
    return b.build();
  }

  /**
   * Whether a VEVENT is one of the event's days: its summary is the title and it is no child of
   * another.
   */
  private boolean isDay(Entry e, String key, Set<String> uids) {
    boolean child = false;
    for (Component.Property r : e.vevent.all(IcalProperty.RELATED_TO)) {
      String rel = r.param("RELTYPE");
      if ((rel == null || rel.equalsIgnoreCase("PARENT"))
          && uids.contains(TextCodec.unescape(r.value()).trim())) {
        child = true;
        placed.add(r);
      }
    }
    return !child && norm(e.summary).equals(key);
  }

  // ================================================================ title

  private String title(Component cal, List<Entry> entries) {
    List<String> titleNames =
        IcalProperty.namesFor(IcalProperty.Scope.VCALENDAR, IcalProperty.Fields.TITLE);
    for (String name : titleNames) {
      for (Component.Property p : cal.all(name)) {
        String text = TextCodec.unescape(p.value()).trim();
        if (text.isEmpty()) {
          continue;
        }
        if (ADDRESS.matcher(text).matches()) {
          reasons.put(
              p,
              "calendar name that is an e-mail address (the calendar's owner), not the event's title");
          continue;
        }
        use(cal, titleNames);
        return text;
      }
    }
    // the longest all-day VEVENT names the event; else the summary every VEVENT shares
    Entry longest = null;
    long longestDays = 0;
    for (Entry e : entries) {
      if (e.allDay && !e.summary.isBlank() && !e.occurrences.isEmpty()) {
        Occurrence o = e.occurrences.get(0);
        long n = ChronoUnit.DAYS.between(o.startDate(), o.endDate());
        if (n > longestDays) {
          longest = e;
          longestDays = n;
        }
      }
    }
    if (longest != null) {
      return longest.summary;
    }
    Set<String> summaries = new LinkedHashSet<>();
    entries.forEach(e -> summaries.add(norm(e.summary)));
    if (summaries.size() == 1 && !entries.get(0).summary.isBlank()) {
      return entries.get(0).summary;
    }
    String base = sourceName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
    String title = base.isBlank() ? "Untitled calendar" : base;
    report.problem(
        ICalendarProblem.I131_NO_TITLE,
        cal.line,
        1,
        "no NAME or X-WR-CALNAME, no all-day VEVENT and no summary every VEVENT shares; title taken from the"
            + " input name '"
            + title
            + "'");
    return title;
  }

  // ================================================================ days

  private NavigableMap<LocalDate, EventDay> days(List<Entry> dayEntries, @Nullable ZoneId zone) {
    NavigableMap<LocalDate, EventDay> days = new TreeMap<>();
    boolean detailed = false;
    for (Entry e : dayEntries) {
      for (Occurrence o : e.occurrences) {
        if (!o.allDay() || !o.endDate().isAfter(o.startDate().plusDays(1))) {
          detailed = true;
        }
      }
    }
    for (Entry e : dayEntries) {
      for (Occurrence o : e.occurrences) {
        if (o.allDay()) {
          if (detailed && o.endDate().isAfter(o.startDate().plusDays(1))) {
            continue; // an overview spanning days already listed one by one
          }
          spanDays(days, e, o.startDate(), o.endDate().minusDays(1));
          continue;
        }
        LocalDateTime s = local(o.start(), zone);
        LocalDate d = s.toLocalDate();
        if (o.end() == null) { // a start without a stated end keeps its start
          merge(days, d, s.toLocalTime(), null);
          continue;
        }
        LocalDateTime en = local(o.end(), zone);
        if (!en.isAfter(s)) {
          merge(days, d, s.toLocalTime(), null);
          continue;
        }
        LocalTime closes =
            en.toLocalDate().equals(d)
                ? en.toLocalTime()
                : en.equals(d.plusDays(1).atStartOfDay()) ? LocalTime.of(23, 59) : null;
        if (closes != null && closes.isAfter(s.toLocalTime())) {
          merge(days, d, s.toLocalTime(), closes);
        } else {
          report.problem(
              ICalendarProblem.I133_DAY_ACROSS_DATES,
              e.vevent.line,
              1,
              "VEVENT "
                  + e.uid
                  + " runs from "
                  + s
                  + " to "
                  + en
                  + "; its dates are kept without hours");
          LocalDate last =
              en.toLocalTime().equals(LocalTime.MIDNIGHT)
                  ? en.toLocalDate().minusDays(1)
                  : en.toLocalDate();
          spanDays(days, e, d, last);
        }
      }
    }
    return days;
  }

  /**
   * Adds the dates {@code from} to {@code last} as days without hours, while the event has fewer
   * than {@link Recurrence#MAX_OCCURRENCES} days: a VEVENT may span centuries in a few bytes
   * ({@code DTEND:40500618}), and its days would hold memory in proportion to the span, not the
   * input. A span cut short is reported ({@code I122}).
   */
  private void spanDays(
      NavigableMap<LocalDate, EventDay> days, Entry e, LocalDate from, LocalDate last) {
    for (LocalDate x = from; !x.isAfter(last); x = x.plusDays(1)) {
      if (days.size() >= Recurrence.MAX_OCCURRENCES && !days.containsKey(x)) {
        report.problem(
            ICalendarProblem.I122_TOO_MANY_OCCURRENCES,
            e.vevent.line,
            1,
            "VEVENT "
                + e.uid
                + " runs to "
                + last
                + "; its days are kept up to "
                + x.minusDays(1)
                + ", "
                + Recurrence.MAX_OCCURRENCES
                + " days in all");
        return;
      }
      days.putIfAbsent(x, new EventDay(x, null, null));
    }
  }

  /** Adds hours to a day: the earliest opening and the latest closing of its entries. */
  private static void merge(
      NavigableMap<LocalDate, EventDay> days,
      LocalDate d,
      LocalTime opens,
      @Nullable LocalTime closes) {
    EventDay old = days.get(d);
    if (old == null || old.opens() == null) {
      days.put(d, new EventDay(d, opens, closes));
      return;
    }
    LocalTime o = old.opens().isBefore(opens) ? old.opens() : opens;
    LocalTime c =
        old.closes() == null
            ? closes
            : closes == null || old.closes().isAfter(closes) ? old.closes() : closes;
    days.put(d, new EventDay(d, o, c != null && c.isAfter(o) ? c : null));
  }

  // ================================================================ topics

  private Topic topic(
      Entry e,
      @Nullable ZoneId zone,
      Set<String> taken,
      NavigableMap<LocalDate, EventDay> days,
      @Nullable String venueText,
      @Nullable String pageUrl,
      People people) {
    Component v = e.vevent;
    use(v, IcalProperty.entryNames());
    Topic.Builder t = Topic.builder().title(e.summary.isBlank() ? "Untitled" : e.summary);
    Matcher m = OWN_UID.matcher(e.uid);
    String id =
        m.matches() && m.group(1) != null && e.recurrenceId == null && taken.add(m.group(1))
            ? m.group(1)
            : Slugs.unique(e.summary, taken);
    t.id(id);
    Occurrence o = e.series() && e.first != null ? e.first : e.occurrences.get(0);
    LocalDateTime s = local(o.start(), zone);
    LocalTime end = null;
    if (o.end() != null) {
      LocalDateTime en = local(o.end(), zone);
      if (en.toLocalDate().equals(s.toLocalDate())) {
        end = en.toLocalTime().isAfter(s.toLocalTime()) ? en.toLocalTime() : null;
      } else {
        end = LocalTime.of(23, 59);
        report.problem(
            ICalendarProblem.I135_SLOT_ACROSS_DATES,
            v.line,
            1,
            "VEVENT " + e.uid + " ends " + en + ", after its start date; slot cut at 23:59");
      }
    }
    String room = null;
    String location = text(v, IcalProperty.LOCATION);
    if (location != null && !location.isBlank() && !location.trim().equals(venueText)) {
      room = location.trim();
    }
    use(v, IcalProperty.LOCATION);
    List<String> recurrence = new ArrayList<>();
    if (e.series()) {
      if (e.rule != null) {
        recurrence.add("RRULE:" + e.rule);
      }
      if (!e.rdates.isEmpty()) {
        recurrence.add("RDATE:" + String.join(",", localValues(e.rdates, zone)));
      }
      if (!e.exdates.isEmpty()) {
        recurrence.add("EXDATE:" + String.join(",", localValues(e.exdates, zone)));
      }
    }
    t.slot(new Slot(s.toLocalDate(), s.toLocalTime(), end, room, recurrence));
    days.putIfAbsent(s.toLocalDate(), new EventDay(s.toLocalDate(), null, null));
    String description = text(v, IcalProperty.DESCRIPTION);
    if (description != null && !description.isBlank()) {
      t.description(description);
    }
    use(v, IcalProperty.DESCRIPTION);
    for (Component.Property p : v.all(IcalProperty.CONTACT)) {
      Person c = contact(p);
      if (c != null) {
        t.addContact(c);
        placed.add(p);
      }
    }
    for (Component.Property p : v.all(IcalProperty.ORGANIZER)) {
      Person c = people.person(p);
      if (c != null) {
        t.addContact(c);
        placed.add(p);
      }
    }
    for (Component.Property p : v.all(IcalProperty.ATTENDEE)) {
      people.attendee(p, t);
    }
    List<String> categories = new ArrayList<>();
    for (Component.Property p : v.all(IcalProperty.CATEGORIES)) {
      for (String c : TextCodec.splitList(p.value())) {
        if (!c.isBlank() && !c.equals("Topic")) {
          categories.add(c.trim());
        }
      }
      placed.add(p);
    }
    if (!categories.isEmpty()) {
      t.putExtra("Categories", String.join(", ", categories));
    }
    for (Component.Property p : v.all(IcalProperty.CONFERENCE)) {
      String uri = p.value().trim();
      String label = p.param("LABEL");
      if (uri.regionMatches(true, 0, "irc", 0, 3)
          && label != null
          && label.matches("[#&][^\\s,:]+")) {
        t.ircChannel(label);
      } else if (uri.regionMatches(true, 0, "irc", 0, 3) && uri.lastIndexOf('/') >= 0) {
        String ch =
            URLDecoder.decode(uri.substring(uri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        t.ircChannel(ch.startsWith("#") || ch.startsWith("&") ? ch : "#" + ch);
      } else {
        t.putExtra("Conference", label != null ? label + " " + uri : uri);
      }
      placed.add(p);
    }
    Component.Property urlP = v.first(IcalProperty.URL);
    if (urlP != null) {
      String url = urlP.value().trim();
      if (!url.equals(pageUrl)) {
        t.putExtra("URL", url);
      }
      placed.add(urlP);
    }
    Component.Property status = v.first(IcalProperty.STATUS);
    if (status != null) {
      String st = status.value().trim().toUpperCase(Locale.ROOT);
      if (!st.equals("CONFIRMED")) {
        t.putExtra("Status", st);
      }
      placed.add(status);
    }
    Component.Property geo = v.first(IcalProperty.GEO);
    if (geo != null) {
      t.putExtra("Geo", geo.value().trim());
      placed.add(geo);
    }
    unknownProperties(v, t);
    return t.build();
  }

  /**
   * Recurrence values as local date-times (or dates) in the event's zone: {@code 20240514T180000}.
   */
  private static List<String> localValues(List<Object> values, @Nullable ZoneId zone) {
    TreeSet<String> sorted = new TreeSet<>();
    for (Object x : values) {
      if (x instanceof LocalDate d) {
        sorted.add(DateTimeCodec.date(d));
      } else if (x instanceof Time t) {
        sorted.add(DateTimeCodec.local(local(t, zone)));
      }
    }
    return new ArrayList<>(sorted);
  }

  /** Keeps the properties a session has no field for in its {@code extra}, and lists them. */
  private void unknownProperties(Component v, Topic.Builder topic) {
    for (Component.Property p : v.properties) {
      if (IcalProperty.bookkeeping(p.name())
          || IcalProperty.of(IcalProperty.Scope.VEVENT, p.name()) != null) {
        continue;
      }
      String value = TextCodec.unescape(p.value());
      report.unmapped(
          UnmappedReason.U108_KEPT_IN_EXTRA,
          p.line(),
          1,
          p.name() + ":" + ContentParser.abbreviate(value),
          "property " + p.name() + " kept in the topic's extra");
      listed.add(p);
      placed.add(p);
      topic.putExtra(p.name(), value);
    }
    for (Component c : v.children) {
      listComponent(c, "component " + c.name + " not mapped");
    }
  }

  // ================================================================ people

  /**
   * The people of the calendar: attendees of the event, its organizers, and the attendees'
   * addresses.
   */
  private final class People {
    final Map<String, Attendee> attendees = new LinkedHashMap<>();
    final Set<String> organizers = new LinkedHashSet<>();
    final Set<String> addresses = new LinkedHashSet<>();

    /**
     * {@code CN} and the {@code mailto:} address of an ORGANIZER or ATTENDEE; {@code null} if
     * neither.
     */
    @Nullable Person person(Component.Property p) {
      String cn = p.param("CN");
      String email = null;
      Matcher m = ADDRESS.matcher(p.value().trim());
      if (m.matches()) {
        email = m.group(1);
      }
      String name = cn != null && !cn.isBlank() ? cn.trim() : email;
      return name == null ? null : new Person(name, email, null, null);
    }

    void organizer(Component.Property p) {
      Person who = person(p);
      if (who != null) {
        organizers.add(ContactText.of(who));
        placed.add(p);
      }
    }

    /**
     * A session's chair is its contact; other attendees (of a session or the event) are the
     * event's.
     */
    void attendee(Component.Property p, Topic.@Nullable Builder topic) {
      Person who = person(p);
      if (who == null) {
        return;
      }
      String role = upper(p.param("ROLE"));
      String cutype = upper(p.param("CUTYPE"));
      if (cutype.equals("ROOM") || cutype.equals("RESOURCE")) {
        reasons.put(p, "ATTENDEE that is a " + cutype.toLowerCase(Locale.ROOT) + ", not a person");
        return;
      }
      placed.add(p);
      if (role.equals("CHAIR")) {
        if (topic != null) {
          topic.addContact(who);
        } else {
          organizers.add(ContactText.of(who));
        }
        return;
      }
      AttendeeStatus status =
          switch (upper(p.param("PARTSTAT"))) {
            case "ACCEPTED" -> AttendeeStatus.CONFIRMED;
            case "TENTATIVE" -> AttendeeStatus.TENTATIVE;
            case "DECLINED", "DELEGATED" -> AttendeeStatus.WITHDRAWN;
            default ->
                AttendeeStatus.INVITED; // NEEDS-ACTION, the default (RFC 5545 section 3.2.12)
          };
      String key = who.name().toLowerCase(Locale.ROOT);
      attendees.putIfAbsent(key, new Attendee(who.name(), null, status));
      if (who.email() != null && !who.email().equals(who.name())) {
        addresses.add(ContactText.of(who));
      }
    }
  }

  private static String upper(@Nullable String s) {
    return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * One CONTACT (RFC 5545 section 3.8.4.2: a name and how to reach them, such as {@code Jim
   * Dolittle\, ABC Industries\, +1-919-555-1234} or {@code Ana Pau\; ana@example.org}): the name,
   * the e-mail address (from the text, an {@code <address>} or the {@code ALTREP} URI), the first
   * other part as the affiliation, the rest (telephone numbers, web addresses) as the note.
   */
  private static @Nullable Person contact(Component.Property p) {
    String text = TextCodec.unescape(p.value()).strip();
    String altrep = p.param("ALTREP");
    String email = null;
    if (altrep != null) {
      Matcher am = ADDRESS.matcher(altrep.trim());
      if (am.matches()) {
        email = am.group(1);
      }
    }
    Matcher angle = ANGLE_CONTACT.matcher(text);
    if (angle.matches() && !angle.group(1).isBlank()) {
      return new Person(angle.group(1).strip(), angle.group(2), null, null);
    }
    String name = null;
    String affiliation = null;
    List<String> notes = new ArrayList<>();
    for (String raw : text.split("[;,]")) {
      String part = raw.strip();
      if (part.isEmpty()) {
        continue;
      }
      Matcher am = ADDRESS.matcher(part.replaceAll("^<|>$", ""));
      if (am.matches()) {
        if (email == null) {
          email = am.group(1);
        } else if (!email.equalsIgnoreCase(am.group(1))) {
          notes.add(part);
        }
      } else if (PHONE_OR_URI.matcher(part).matches()) {
        notes.add(part);
      } else if (name == null) {
        name = part;
      } else if (affiliation == null) {
        affiliation = part;
      } else {
        notes.add(part);
      }
    }
    if (name == null) {
      name = email;
    }
    if (name == null) {
      return null;
    }
    return new Person(name, email, affiliation, notes.isEmpty() ? null : String.join("; ", notes));
  }

  /** {@code Name <mail>}, or the name alone, as this library writes a person in text. */
  private static final class ContactText {
    private ContactText() {}

    static String of(Person p) {
      return p.email() != null && !p.email().equals(p.name())
          ? p.name() + " <" + p.email() + ">"
          : p.name();
    }

    /** {@code Name <mail>, affiliation (note)}: every part of a CONTACT, for a text field. */
    static String full(Person p) {
      return of(p)
          + (p.affiliation() != null ? ", " + p.affiliation() : "")
          + (p.note() != null ? " (" + p.note() + ")" : "");
    }
  }

  // ================================================================ entries and occurrences

  private @Nullable Entry entry(Component v) {
    String uid = text(v, IcalProperty.UID);
    String summary = text(v, IcalProperty.SUMMARY);
    Component.Property startP = v.first(IcalProperty.DTSTART);
    if (startP == null) {
      report.problem(
          ICalendarProblem.I130_NO_DTSTART,
          v.line,
          1,
          "VEVENT" + (summary != null ? " '" + summary + "'" : "") + " has no DTSTART; skipped");
      listComponent(v, "VEVENT without DTSTART");
      return null;
    }
    Object start = value(startP, startP.value().trim());
    if (start == null) {
      report.problem(
          ICalendarProblem.I130_NO_DTSTART,
          v.line,
          1,
          "VEVENT"
              + (summary != null ? " '" + summary + "'" : "")
              + " has no usable DTSTART; skipped");
      listComponent(v, "VEVENT without a usable DTSTART");
      return null;
    }
    Component.Property endP = v.first(IcalProperty.DTEND);
    Object end = endP != null ? value(endP, endP.value().trim()) : null;
    Component.Property durP = v.first(IcalProperty.DURATION);
    DateTimeCodec.Dur duration = durP != null ? DateTimeCodec.parseDuration(durP.value()) : null;
    if (durP != null && duration == null) {
      report.problem(
          ICalendarProblem.I110_BAD_DATE,
          durP.line(),
          1,
          "DURATION: expected a duration such as PT1H30M or P2D, found '" + durP.value() + "'");
    }
    if (durP != null && endP != null) {
      reasons.put(durP, "DURATION beside DTEND (RFC 5545 allows one of them); DTEND is used");
      duration = null;
    }
    if (duration != null && durP != null && duration.isNegative()) {
      report.problem(
          ICalendarProblem.I110_BAD_DATE,
          durP.line(),
          1,
          "DURATION " + durP.value().trim() + " is negative; the VEVENT is read without an end");
      duration = null;
    }
    Component.Property statusP = v.first(IcalProperty.STATUS);
    String status = statusP == null ? "" : statusP.value().trim().toUpperCase(Locale.ROOT);
    uid = uid != null ? uid.trim() : "line-" + v.line;
    summary = summary != null ? summary.trim() : "";
    Entry e = new Entry(v, uid, summary, start instanceof LocalDate, status);
    Component.Property ridP = v.first(IcalProperty.RECURRENCE_ID);
    if (ridP != null) {
      e.recurrenceId = value(ridP, ridP.value().trim());
    }
    for (Component.Property p : v.all(IcalProperty.EXDATE)) {
      for (String s : p.value().split(",")) {
        Object x = value(p, s.trim());
        if (x != null) {
          e.exdates.add(x);
        }
      }
    }
    e.rdates.addAll(rdates(v));

    if (start instanceof LocalDate sd) {
      long lengthDays =
          end instanceof LocalDate ed && ed.isAfter(sd)
              ? ChronoUnit.DAYS.between(sd, ed)
              : duration != null
                  ? Math.max(1, duration.days() + (duration.seconds() + 86_399) / 86_400)
                  : 1;
      for (LocalDateTime t : starts(e, sd.atStartOfDay(), null)) {
        LocalDate d = t.toLocalDate();
        e.occurrences.add(new Occurrence(true, d, d.plusDays(lengthDays), null, null));
      }
      e.first = e.occurrences.get(0);
      e.occurrences.removeIf(o -> e.exdates.stream().anyMatch(x -> matches(x, o)));
      for (Object extra : e.rdates) {
        if (extra instanceof LocalDate d) {
          e.occurrences.add(new Occurrence(true, d, d.plusDays(lengthDays), null, null));
        }
      }
    } else {
      Time st = (Time) start;
      Function<Time, @Nullable Time> endOf;
      if (end instanceof Time et) {
        Instant a = st.instant();
        Instant z = et.instant();
        Duration exact =
            a != null && z != null
                ? Duration.between(a, z)
                : Duration.between(st.local(), et.local());
        if (exact.isNegative()) {
          report.problem(
              ICalendarProblem.I110_BAD_DATE,
              endP == null ? v.line : endP.line(),
              1,
              "DTEND before DTSTART in VEVENT " + uid + "; read without an end");
          endOf = s -> null;
        } else {
          // RFC 5545 section 3.8.5.3: every occurrence lasts the exact duration of the first
          endOf = s -> s.plusExact(exact);
        }
      } else if (end instanceof LocalDate ed) {
        Duration length = Duration.between(st.local(), ed.atStartOfDay());
        endOf = s -> length.isNegative() ? null : s.withLocal(s.local().plus(length));
      } else if (duration != null && !duration.isZero()) {
        DateTimeCodec.Dur d = duration;
        // RFC 5545 section 3.3.6: days nominal (on the clock), then hours, minutes and seconds
        // exact
        endOf =
            s ->
                s.withLocal(s.local().plusDays(d.days()))
                    .plusExact(Duration.ofSeconds(d.seconds()));
      } else {
        endOf = s -> null;
      }
      for (LocalDateTime t : starts(e, st.local(), st)) {
        Time s = st.withLocal(t);
        e.occurrences.add(
            new Occurrence(false, t.toLocalDate(), t.toLocalDate(), s, endOf.apply(s)));
      }
      e.first = e.occurrences.get(0);
      e.occurrences.removeIf(o -> e.exdates.stream().anyMatch(x -> matches(x, o)));
      for (Object extra : e.rdates) {
        if (extra instanceof Time t) {
          e.occurrences.add(
              new Occurrence(
                  false, t.local().toLocalDate(), t.local().toLocalDate(), t, endOf.apply(t)));
        }
      }
    }
    // a day's margin at both ends: a time moved to the event's zone may change its date
    int before = e.occurrences.size();
    e.occurrences.removeIf(EventMapper::outOfRange);
    if (e.first != null && outOfRange(e.first)) {
      e.first = e.occurrences.isEmpty() ? null : e.occurrences.get(0);
    }
    if (e.occurrences.size() < before) {
      report.problem(
          ICalendarProblem.I138_DATE_OUT_OF_RANGE,
          v.line,
          1,
          (before - e.occurrences.size())
              + " occurrence(s) of "
              + uid
              + " start or end outside the years 0000 to 9999 that iCalendar dates hold;"
              + " skipped");
      if (e.occurrences.isEmpty()) {
        listComponent(v, "every occurrence of " + uid + " lies outside the years 0000 to 9999");
        return null;
      }
    }
    if (e.occurrences.isEmpty() && !(e.series() && !e.ruleExpanded)) {
      listComponent(v, "every occurrence of " + uid + " is excluded");
      return null;
    }
    return e;
  }

  private static final LocalDate FIRST_DATE = LocalDate.of(0, 1, 2);
  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 30);

  /** Outside the dates an iCalendar DATE holds, less a day at each end for moves between zones. */
  private static boolean outOfRange(LocalDate d) {
    return d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE);
  }

  private static boolean outOfRange(Occurrence o) {
    return outOfRange(o.startDate())
        || outOfRange(o.endDate())
        || (o.start() != null && outOfRange(o.start().local().toLocalDate()))
        || (o.end() != null && outOfRange(o.end().local().toLocalDate()));
  }

  /** Whether an EXDATE or RECURRENCE-ID value names the occurrence. */
  private static boolean matches(Object x, Occurrence o) {
    if (x instanceof LocalDate d) {
      return d.equals(o.startDate());
    }
    if (x instanceof Time t && o.start() != null) {
      Instant a = t.instant();
      Instant b = o.start().instant();
      return (a != null && b != null) ? a.equals(b) : t.local().equals(o.start().local());
    }
    return false;
  }

  /**
   * Applies RECURRENCE-ID overrides (RFC 5545 section 3.8.4.4): each takes its occurrence out of
   * the series with the same UID; a cancelled one is dropped, any other stays an entry of its own.
   */
  private void overrides(List<Entry> entries) {
    Map<String, Entry> series = new HashMap<>();
    for (Entry e : entries) {
      if (e.recurrenceId == null) {
        series.putIfAbsent(e.uid, e);
      }
    }
    List<Entry> drop = new ArrayList<>();
    for (Entry o : entries) {
      if (o.recurrenceId == null) {
        continue;
      }
      // an entry has a recurrence id only when its VEVENT states RECURRENCE-ID
      Component.Property rid =
          java.util.Objects.requireNonNull(
              o.vevent.first(IcalProperty.RECURRENCE_ID), "RECURRENCE-ID");
      Entry m = series.get(o.uid);
      if (m == null) {
        report.problem(
            ICalendarProblem.I123_OVERRIDE_WITHOUT_OCCURRENCE,
            rid.line(),
            1,
            "RECURRENCE-ID of "
                + o.uid
                + ": the series it overrides is not in the file; read as an entry of its own");
      } else {
        boolean removed = m.occurrences.removeIf(x -> matches(o.recurrenceId, x));
        m.exdates.add(o.recurrenceId);
        if (!removed && m.ruleExpanded) {
          report.problem(
              ICalendarProblem.I123_OVERRIDE_WITHOUT_OCCURRENCE,
              rid.line(),
              1,
              "RECURRENCE-ID "
                  + rid.value().trim()
                  + " names no occurrence of the series "
                  + o.uid
                  + " (line "
                  + m.vevent.line
                  + "); read as an entry of its own");
        }
        if ("THISANDFUTURE".equalsIgnoreCase(rid.param("RANGE"))) {
          report.problem(
              ICalendarProblem.I123_OVERRIDE_WITHOUT_OCCURRENCE,
              rid.line(),
              1,
              "RECURRENCE-ID with RANGE=THISANDFUTURE: only the occurrence it names is replaced");
        }
        if (o.summary.isBlank()) {
          o.summary = m.summary;
        }
        o.series = m;
      }
      if (o.status.equals("CANCELLED")) {
        placeAll(o.vevent); // applied: the occurrence is gone
        drop.add(o);
      } else {
        o.rule = null; // an override is one occurrence
        o.rdates.clear();
      }
    }
    entries.removeAll(drop);
    entries.removeIf(
        e -> {
          if (e.occurrences.isEmpty() && !(e.series() && !e.ruleExpanded)) {
            placeAll(e.vevent); // every occurrence moved or cancelled
            return true;
          }
          return false;
        });
  }

  /** The local starts of a VEVENT: DTSTART, expanded by its RRULE when supported. */
  private List<LocalDateTime> starts(Entry e, LocalDateTime dtstart, @Nullable Time startTime) {
    Component.Property rruleP = e.vevent.first(IcalProperty.RRULE);
    if (rruleP == null) {
      return List.of(dtstart);
    }
    e.rule = rruleP.value().trim();
    Map<String, String> parts = Recurrence.parts(rruleP.value());
    String why = Recurrence.unsupported(parts);
    if (why != null) {
      e.ruleProblems.add(
          new Deferred(
              ICalendarProblem.I120_UNSUPPORTED_RRULE,
              rruleP.line(),
              "RRULE:"
                  + rruleP.value()
                  + " ("
                  + why
                  + ") is not expanded; only the first occurrence is kept"));
      return List.of(dtstart);
    }
    Predicate<LocalDateTime> untilReached = t -> false;
    String until = parts.get("UNTIL");
    if (until != null) {
      if (until.length() == 8) {
        LocalDate u = DateTimeCodec.parseDate(until);
        if (u == null) {
          return badRule(e, rruleP, dtstart);
        }
        untilReached = t -> t.toLocalDate().isAfter(u);
      } else if (until.endsWith("Z")) {
        LocalDateTime u = DateTimeCodec.parseLocal(until.substring(0, until.length() - 1));
        if (u == null) {
          return badRule(e, rruleP, dtstart);
        }
        Instant ui = u.toInstant(ZoneOffset.UTC);
        untilReached =
            t -> {
              Instant i = startTime != null ? startTime.withLocal(t).instant() : null;
              return i != null ? i.isAfter(ui) : t.isAfter(u);
            };
      } else {
        LocalDateTime u = DateTimeCodec.parseLocal(until);
        if (u == null) {
          return badRule(e, rruleP, dtstart);
        }
        untilReached = t -> t.isAfter(u);
      }
    }
    try {
      Recurrence.Expansion x = Recurrence.expand(parts, dtstart, untilReached);
      if (x.cut()) {
        e.ruleProblems.add(
            new Deferred(
                ICalendarProblem.I122_TOO_MANY_OCCURRENCES,
                rruleP.line(),
                "RRULE:" + rruleP.value() + " cut after " + x.starts().size() + " occurrences"));
      }
      e.ruleExpanded = !x.cut();
      return x.starts();
    } catch (IllegalArgumentException ex) {
      return badRule(e, rruleP, dtstart);
    }
  }

  private List<LocalDateTime> badRule(Entry e, Component.Property rruleP, LocalDateTime dtstart) {
    e.ruleProblems.add(
        new Deferred(
            ICalendarProblem.I121_BAD_RRULE,
            rruleP.line(),
            "RRULE:" + rruleP.value() + " does not parse; only the first occurrence is kept"));
    return List.of(dtstart);
  }

  private List<Object> rdates(Component v) {
    List<Object> list = new ArrayList<>();
    for (Component.Property p : v.all(IcalProperty.RDATE)) {
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

  /**
   * A DATE ({@link LocalDate}) or DATE-TIME ({@link Time}); {@code null} (reported) when malformed.
   */
  private @Nullable Object value(Component.Property p, String v) {
    String type = p.param("VALUE");
    if ((type != null && type.equalsIgnoreCase("DATE")) || v.length() == 8) {
      LocalDate d = DateTimeCodec.parseDate(v);
      if (d == null) {
        report.problem(
            ICalendarProblem.I110_BAD_DATE,
            p.line(),
            1,
            p.name() + ": expected a DATE such as 20130516, found '" + v + "'");
      }
      return d;
    }
    boolean utc = v.endsWith("Z") || v.endsWith("z");
    LocalDateTime t = DateTimeCodec.parseLocal(utc ? v.substring(0, v.length() - 1) : v);
    if (t == null) {
      report.problem(
          ICalendarProblem.I110_BAD_DATE,
          p.line(),
          1,
          p.name() + ": expected a DATE-TIME such as 20130516T090000, found '" + v + "'");
      return null;
    }
    if (utc) {
      return new Time(t, null, true);
    }
    String tzid = p.param("TZID");
    TimeZones.Zone zone =
        tzid == null || zones == null ? null : zones.resolve(tzid, p.line(), p.name());
    if (zone == null && !floatingSeen) {
      floatingSeen = true;
      floatingLine = p.line();
    }
    return new Time(t, zone, false);
  }

  // ================================================================ zone

  private @Nullable ZoneId eventZone(
      Component cal, List<Entry> dayEntries, List<Entry> topicEntries) {
    for (List<Entry> group : List.of(dayEntries, topicEntries)) {
      for (Entry e : group) {
        Time t = e.occurrences.isEmpty() ? null : e.occurrences.get(0).start();
        if (t != null && t.zone() != null && t.zone().id() != null) {
          return t.zone().id();
        }
      }
      if (group == dayEntries) {
        String wr = text(cal, IcalProperty.X_WR_TIMEZONE);
        ZoneId z = wr == null ? null : TimeZones.known(wr);
        if (z == null && wr != null) {
          // a zone read from a VTIMEZONE earlier in this run, which the writer names here too
          z = FileZones.registered(wr.trim());
        }
        if (z != null) {
          return z;
        }
      }
    }
    for (List<Entry> group : List.of(dayEntries, topicEntries)) {
      for (Entry e : group) {
        Time t = e.occurrences.isEmpty() ? null : e.occurrences.get(0).start();
        if (t != null && t.utc()) {
          return ZoneId.of("UTC");
        }
      }
    }
    return null;
  }

  /**
   * The first date the VEVENTs name (DTSTART, DTEND, RDATE, EXDATE, RECURRENCE-ID), for the zones'
   * range.
   */
  private static LocalDate firstDate(List<Component> vevents) {
    LocalDate first = null;
    for (LocalDate d : dates(vevents)) {
      first = first == null || d.isBefore(first) ? d : first;
    }
    return first != null ? first : LocalDate.of(2000, 1, 1);
  }

  private static LocalDate lastDate(List<Component> vevents) {
    LocalDate last = null;
    for (LocalDate d : dates(vevents)) {
      last = last == null || d.isAfter(last) ? d : last;
    }
    return last != null ? last : LocalDate.of(2000, 1, 1);
  }

  private static List<LocalDate> dates(List<Component> vevents) {
    List<LocalDate> list = new ArrayList<>();
    for (Component v : vevents) {
      for (Component.Property p : v.properties) {
        IcalProperty known = IcalProperty.of(IcalProperty.Scope.VEVENT, p.name());
        IcalProperty.Value type =
            known == null || known.read() != IcalProperty.Read.ENTRY ? null : known.value();
        switch (type == null ? IcalProperty.Value.TEXT : type) {
          case DATE_TIME -> {
            for (String s : p.value().split(",")) {
              String t = s.trim();
              LocalDate d = t.length() >= 8 ? DateTimeCodec.parseDate(t.substring(0, 8)) : null;
              if (d != null) {
                list.add(d);
              }
            }
          }
          case RECUR -> {
            String until = Recurrence.parts(p.value()).get("UNTIL");
            LocalDate d =
                until != null && until.length() >= 8
                    ? DateTimeCodec.parseDate(until.substring(0, 8))
                    : null;
            if (d != null) {
              list.add(d);
            }
          }
          default -> {
            // not a date
          }
        }
      }
    }
    return list;
  }

  /**
   * Text that may name the place of a zone the file defines: locations, calendar name, zone hints.
   */
  private static String hints(Component cal, List<Component> vevents, List<Component> vtimezones) {
    StringBuilder sb = new StringBuilder();
    List<String> names =
        new ArrayList<>(
            IcalProperty.namesFor(IcalProperty.Scope.VCALENDAR, IcalProperty.Fields.TIME_ZONE));
    names.addAll(IcalProperty.namesFor(IcalProperty.Scope.VCALENDAR, IcalProperty.Fields.TITLE));
    for (String name : names) {
      String t = text(cal, name);
      if (t != null) {
        sb.append(t).append(' ');
      }
    }
    for (Component z : vtimezones) {
      String t = text(z, "X-LIC-LOCATION");
      if (t != null) {
        sb.append(t).append(' ');
      }
    }
    for (Component v : vevents) {
      String t = text(v, IcalProperty.LOCATION);
      if (t != null && sb.length() < 10_000) {
        sb.append(t).append(' ');
      }
    }
    return sb.toString();
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
      Matcher m = OWN_UID.matcher(e.uid);
      if (m.matches()) {
        return m.group(2);
      }
    }
    return null;
  }

  /**
   * The venue of a LOCATION: from our {@code X-VENUE-*} parameters when present, else from the text
   * as calendars write an address ({@link Places#parseVenue}: country, postcode and city, street,
   * name, read from the right).
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
    if (parsed != null
        && text.indexOf(',') < 0
        && parsed.postcode() == null
        && parsed.country() == null) {
      // one part alone names the place ("Main hall"), as calendars write a room
      return new Venue(text, null, null, null, null);
    }
    return parsed != null ? parsed : new Venue(null, null, null, null, null);
  }

  // ================================================================ coverage

  /** Marks a component's properties of one kind as placed. */
  private void use(Component c, IcalProperty property) {
    use(c, List.of(property.propertyName()));
  }

  /** Marks the properties of a component with one of the names as placed. */
  private void use(Component c, List<String> names) {
    for (Component.Property p : c.properties) {
      for (String n : names) {
        if (p.name().equals(n) && !reasons.containsKey(p)) {
          placed.add(p);
        }
      }
    }
  }

  /** Marks every property of a component and its sub-components as placed. */
  private void placeAll(Component c) {
    placed.addAll(c.properties);
    c.children.forEach(this::placeAll);
  }

  /** Lists a whole component as not placed (once), rather than each of its properties. */
  private void listComponent(Component c, String reason) {
    if (listedComponents.add(c)) {
      report.unmapped(UnmappedReason.U107_NO_FIELD_IN_MODEL, c.line, 1, "BEGIN:" + c.name, reason);
    }
  }

  /**
   * Sets the coverage, as the page readers count it (see {@link EventMapper}), and lists every
   * property of the calendar and its VEVENTs that was not placed, with its line.
   */
  private void coverage(List<Component> calendars, long brokenChars) {
    long[] counts = {brokenChars, 0};
    Set<Component> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Map<String, List<Component.Property>> bookkeeping = new LinkedHashMap<>();
    for (Component cal : calendars) {
      count(cal, counts, seen, false, bookkeeping);
    }
    // one entry per bookkeeping property, naming every line it is on
    bookkeeping.forEach(
        (name, list) -> {
          Component.Property p = list.get(0);
          StringBuilder lines = new StringBuilder();
          for (int i = 0; i < list.size() && i < 50; i++) {
            lines.append(i == 0 ? "" : ", ").append(list.get(i).line());
          }
          report.unmapped(
              UnmappedReason.U109_BOOKKEEPING,
              p.line(),
              1,
              name + ":" + ContentParser.abbreviate(p.value()),
              "bookkeeping, not event data (not counted in coverage): "
                  + (list.size() == 1 ? "line " : "lines ")
                  + lines
                  + (list.size() > 50 ? " and " + (list.size() - 50) + " more" : ""));
        });
    report.coverage(counts[0], Math.min(counts[0], counts[1]));
  }

  private void count(
      Component c,
      long[] counts,
      Set<Component> seen,
      boolean inListed,
      Map<String, List<Component.Property>> bookkeepingLines) {
    if (!seen.add(c)) {
      return;
    }
    boolean quiet = inListed || listedComponents.contains(c);
    for (Component.Property p : c.properties) {
      boolean bookkeeping =
          IcalProperty.bookkeeping(p.name())
              && !placed.contains(p)
              && (c.name.equals("VCALENDAR") || c.name.equals("VEVENT"));
      if (bookkeeping) {
        if (!quiet) {
          bookkeepingLines.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        }
        continue;
      }
      counts[0] += p.chars();
      if (placed.contains(p)) {
        counts[1] += p.chars();
      } else if (!quiet && listed.add(p)) {
        report.unmapped(
            p.line(),
            1,
            p.name() + ":" + ContentParser.abbreviate(TextCodec.unescape(p.value())),
            reasons.getOrDefault(
                p,
                (c.name.equals("VCALENDAR") ? "calendar property " : "property ")
                    + p.name()
                    + " not mapped"));
      }
    }
    for (Component child : c.children) {
      count(child, counts, seen, quiet, bookkeepingLines);
    }
  }

  private static @Nullable String text(Component c, IcalProperty property) {
    return text(c, property.propertyName());
  }

  private static @Nullable String text(Component c, String name) {
    Component.Property p = c.first(name);
    return p == null ? null : TextCodec.unescape(p.value());
  }

  private static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
