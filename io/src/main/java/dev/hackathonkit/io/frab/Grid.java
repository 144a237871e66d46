package dev.hackathonkit.io.frab;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An event laid out as the frab grid, shared by the XML and JSON writers: days (the event's days plus
 * any date a topic is scheduled on), rooms per day in order of first use, entries per room by start.
 * Topics without a slot are not in the grid; {@link #notes} says so.
 */
final class Grid {
  /** {@code yyyy-mm-ddThh:mm:ss+hh:mm} (with seconds and offset, {@code Z} for UTC), as both schemas ask. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /**
   * {@code t} as {@code yyyy-mm-ddThh:mm:ss+hh:mm}. An offset with seconds (a zone's local mean time
   * before its standard time, such as +00:53:28) has none in this form: the same instant is written
   * at the offset rounded to whole minutes, so that it reads back as the same time (the offset's
   * seconds were cut before, moving the time).
   */
  static String dateTime(java.time.ZonedDateTime t) {
    int seconds = t.getOffset().getTotalSeconds();
    if (seconds % 60 == 0) {
      return DATE_TIME.format(t);
    }
    java.time.ZoneOffset minutes = java.time.ZoneOffset.ofTotalSeconds(Math.round(seconds / 60f) * 60);
    return DATE_TIME.format(t.toOffsetDateTime().withOffsetSameInstant(minutes));
  }
  /** Extra keys (frab element names) that the writer moves into entry fields and the reader back. */
  static final String TYPE = "Type";
  static final String TRACK = "Track";
  static final String SUBTITLE = "Subtitle";
  static final String LANGUAGE = "Language";
  /** The entry type written when a topic has no {@value #TYPE} extra. */
  static final String DEFAULT_TYPE = "other";
  private static final Pattern HTTP = Pattern.compile("https?://\\S+");

  final Event event;
  final String acronym;
  final ZoneId zone;
  final List<Day> days = new ArrayList<>();
  final List<String> rooms = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  record Day(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end, Map<String, List<Entry>> rooms) {}

  record Entry(int id, UUID guid, String slug, Topic topic, ZonedDateTime start, Duration duration,
      String room, List<Map.Entry<String, String>> links) {
    String durationText() {
      long minutes = duration.toMinutes();
      return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
  }

  Grid(Event event) {
    this.event = event;
    this.acronym = acronym(event.id());
    this.zone = event.timeZone() != null ? event.timeZone() : ZoneOffset.UTC;
    if (event.timeZone() == null) {
      notes.add("the event states no time zone: times are written as UTC");
    }
    TreeMap<LocalDate, EventDay> byDate = new TreeMap<>();
    for (EventDay d : event.days()) {
      byDate.putIfAbsent(d.date(), d);
    }
    List<Topic> scheduled = new ArrayList<>();
    for (Topic t : event.topics()) {
      Slot s = t.slot();
      if (s == null) {
        notes.add("topic '" + t.title() + "' (" + t.id() + ") has no slot: not in the schedule");
        continue;
      }
      if (!s.recurrence().isEmpty()) {
        notes.add("topic '" + t.title() + "' (" + t.id() + ") repeats (" + String.join(", ", s.recurrence())
            + "): only its first occurrence is in the schedule");
      }
      if (!byDate.containsKey(s.date())) {
        byDate.put(s.date(), new EventDay(s.date(), null, null));
        notes.add("topic '" + t.title() + "' (" + t.id() + ") is on " + s.date()
            + ", not an event day: that day is added to the schedule");
      }
      scheduled.add(t);
    }
    if (byDate.isEmpty()) {
      throw new IllegalArgumentException("event '" + event.id()
          + "' has no days and no scheduled topics: a frab schedule needs at least one day");
    }
    Map<LocalDate, Day> dayOf = new LinkedHashMap<>();
    int index = 1;
    for (EventDay d : byDate.values()) {
      ZonedDateTime start = d.hasHours() ? ZonedDateTime.of(d.date(), d.opens(), zone) : d.date().atStartOfDay(zone);
      ZonedDateTime end = d.hasHours() ? ZonedDateTime.of(d.date(), d.closes(), zone)
          : d.date().plusDays(1).atStartOfDay(zone);
      Day day = new Day(index++, d.date(), start, end, new LinkedHashMap<>());
      days.add(day);
      dayOf.put(d.date(), day);
    }
    scheduled.sort(Comparator.comparing((Topic t) -> t.slot().date()).thenComparing(t -> t.slot().start()));
    int id = 1;
    for (Topic t : scheduled) {
      Slot s = t.slot();
      ZonedDateTime start = ZonedDateTime.of(s.date(), s.start(), zone);
      Duration duration = s.end() == null ? Duration.ZERO
          : Duration.between(LocalDateTime.of(s.date(), s.start()), LocalDateTime.of(s.date(), s.end()));
      if (duration.isNegative()) {
        notes.add("topic '" + t.title() + "' (" + t.id() + ") ends before it starts: written without an end");
        duration = Duration.ZERO;
      }
      String room = s.room() != null ? s.room() : "";
      if (!rooms.contains(room)) {
        rooms.add(room);
      }
      List<Map.Entry<String, String>> links = new ArrayList<>();
      for (Map.Entry<String, String> x : t.extra().entrySet()) {
        if (HTTP.matcher(x.getValue()).matches() && isUri(x.getValue())) {
          links.add(Map.entry(x.getKey(), x.getValue()));
        }
      }
      Entry entry = new Entry(id++, Guids.topic(event.id(), t.id()), acronym + "-" + t.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_"), t, start, duration,
          room, links);
      dayOf.get(s.date()).rooms().computeIfAbsent(room, r -> new ArrayList<>()).add(entry);
    }
  }

  /** The entry's web page: the event's source page with the topic as fragment, else the guid as URN. */
  String url(Entry e) {
    URI page = event.source() != null ? event.source().url() : null;
    if (page != null && isHttp(page.toString()) && page.getFragment() == null) {
      return page + "#" + e.topic().id();
    }
    return "urn:uuid:" + e.guid();
  }

  @Nullable String conferenceUrl() {
    URI page = event.source() != null ? event.source().url() : null;
    return page != null && isHttp(page.toString()) ? page.toString() : null;
  }

  String extra(Topic t, String key, String fallback) {
    String v = t.extra().get(key);
    return v != null ? v : fallback;
  }

  static boolean isHttp(String s) {
    return HTTP.matcher(s).matches() && isUri(s);
  }

  private static boolean isUri(String s) {
    try {
      URI u = new URI(s);
      return u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /**
   * The conference acronym for an event id: both schemas allow lower-case letters, digits and
   * underscores (the JSON schema a hyphen only first), at least four: hyphens become underscores and
   * a short id is padded with underscores. {@link FrabScheduleReader} reverses both.
   */
  static String acronym(String eventId) {
    StringBuilder a = new StringBuilder(eventId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
    while (a.length() < 4) {
      a.append('_');
    }
    return a.toString();
  }
}
