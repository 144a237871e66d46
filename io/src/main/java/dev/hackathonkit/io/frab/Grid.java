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
 * An event laid out as the frab grid, shared by the XML and JSON writers: days (the event's days
 * plus any date a topic is scheduled on), rooms per day in order of first use, entries per room by
 * start. Topics without a slot are not in the grid; {@link #notes} says so.
 */
final class Grid {
  /**
   * {@code yyyy-mm-ddThh:mm:ss+hh:mm} (with seconds and offset, {@code Z} for UTC), as both schemas
   * ask.
   */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /**
   * {@code t} as {@code yyyy-mm-ddThh:mm:ss+hh:mm}. An offset with seconds (a zone's local mean
   * time before its standard time, such as +00:53:28) has none in this form: the same instant is
   * written at the offset rounded to whole minutes, so that it reads back as the same time (the
   * offset's seconds were cut before, moving the time).
   */
  static String dateTime(java.time.ZonedDateTime t) {
    int seconds = t.getOffset().getTotalSeconds();
    if (seconds % 60 == 0) {
      return DATE_TIME.format(t);
    }
    java.time.ZoneOffset minutes =
        java.time.ZoneOffset.ofTotalSeconds(Math.round(seconds / 60f) * 60);
    return DATE_TIME.format(t.toOffsetDateTime().withOffsetSameInstant(minutes));
  }

  /**
   * Extra keys (frab element names) that the writer moves into entry fields and the reader back.
   */
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

  /**
   * The conference's {@code time_zone_name}; {@code null} when the zone has no IANA name ({@link
   * #zoneName}).
   */
  final @Nullable String zoneName;

  final List<Day> days = new ArrayList<>();
  final List<String> rooms = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  /** Room fields kept from a schedule read ({@link Kept}), by room name. */
  final Map<String, Map<String, String>> roomFields;

  /** Kept fields a writer had no place for: what, and how many values. */
  private final Map<String, Integer> unwritten = new LinkedHashMap<>();

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");

  record Day(
      int index,
      LocalDate date,
      ZonedDateTime start,
      ZonedDateTime end,
      Map<String, List<Entry>> rooms) {}

  /**
   * A scheduled topic as a frab entry.
   *
   * @param id the source's numeric id ({@link Kept#ENTRY_ID}) when it is a positive integer no
   *     other entry has, else the next free number
   * @param guid the source's guid ({@link Kept#GUID}) when it is a UUID no other entry has, else
   *     {@link Guids#topic}
   * @param code the source's submission code ({@link Kept#CODE}) when it is upper-case letters and
   *     digits no other entry has, else {@code null}
   * @param persons the fields kept of each contact ({@link Kept}), by name
   */
  record Entry(
      int id,
      UUID guid,
      @Nullable String code,
      String slug,
      Topic topic,
      ZonedDateTime start,
      Duration duration,
      String room,
      List<Map.Entry<String, String>> links,
      Map<String, Map<String, String>> persons) {
    String durationText() {
      long minutes = duration.toMinutes();
      return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
  }

  Grid(Event event) {
    this.event = event;
    this.roomFields = Kept.fields(event.extra(), Kept.ROOM);
    this.acronym = acronym(event.id());
    this.zone = event.timeZone() != null ? event.timeZone() : ZoneOffset.UTC;
    this.zoneName = zoneName(zone);
    if (event.timeZone() == null) {
      notes.add("the event states no time zone: times are written as UTC (time_zone_name UTC)");
    } else if (zoneName == null) {
      notes.add(
          "time zone "
              + zone.getId()
              + " has no IANA name: time_zone_name left out (every time carries its"
              + " offset)");
    } else if (!zoneName.equals(zone.getId())) {
      notes.add("time zone " + zone.getId() + " written as its IANA name " + zoneName);
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
        notes.add(
            "topic '"
                + t.title()
                + "' ("
                + t.id()
                + ") repeats ("
                + String.join(", ", s.recurrence())
                + "): only its first occurrence is in the schedule");
      }
      if (!byDate.containsKey(s.date())) {
        byDate.put(s.date(), new EventDay(s.date(), null, null));
        notes.add(
            "topic '"
                + t.title()
                + "' ("
                + t.id()
                + ") is on "
                + s.date()
                + ", not an event day: that day is added to the schedule");
      }
      scheduled.add(t);
    }
    String refusal = refusal(event);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    Map<LocalDate, Day> dayOf = new LinkedHashMap<>();
    int index = 1;
    for (EventDay d : byDate.values()) {
      ZonedDateTime start =
          d.hasHours() ? ZonedDateTime.of(d.date(), d.opens(), zone) : d.date().atStartOfDay(zone);
      ZonedDateTime end =
          d.hasHours()
              ? ZonedDateTime.of(d.date(), d.closes(), zone)
              : d.date().plusDays(1).atStartOfDay(zone);
      // a day holds its entries: one before its opening hour (a session after the night before's
      // midnight)
      // or after its closing hour widens it, as frab's day_start and day_end bound the day's
      // entries
      for (Topic t : scheduled) {
        Slot s = slot(t);
        if (!s.date().equals(d.date())) {
          continue;
        }
        ZonedDateTime from = ZonedDateTime.of(s.date(), s.start(), zone);
        ZonedDateTime to =
            s.end() != null && s.end().isAfter(s.start())
                ? ZonedDateTime.of(s.date(), s.end(), zone)
                : from;
        if (from.isBefore(start) || to.isAfter(end)) {
          notes.add(
              "day "
                  + d.date()
                  + " runs from "
                  + (from.isBefore(start) ? from : start).toLocalTime()
                  + " to "
                  + (to.isAfter(end) ? to : end).toLocalTime()
                  + " in the schedule, to hold '"
                  + t.title()
                  + "' ("
                  + s.start()
                  + "), outside its hours");
          start = from.isBefore(start) ? from : start;
          end = to.isAfter(end) ? to : end;
        }
      }
      Day day = new Day(index++, d.date(), start, end, new LinkedHashMap<>());
      days.add(day);
      dayOf.put(d.date(), day);
    }
    scheduled.sort(
        Comparator.comparing((Topic t) -> slot(t).date()).thenComparing(t -> slot(t).start()));
    // the source's ids, guids and codes are written back; a missing, malformed or repeated one is
    // made
    Map<Topic, Integer> keptIds = new java.util.IdentityHashMap<>();
    java.util.Set<Integer> takenIds = new java.util.HashSet<>();
    java.util.Set<UUID> takenGuids = new java.util.HashSet<>();
    java.util.Set<String> takenCodes = new java.util.HashSet<>();
    for (Topic t : scheduled) {
      String kept = t.extra().get(Kept.ENTRY_ID);
      if (kept == null) {
        continue;
      }
      Integer n = kept.matches("0*[1-9][0-9]{0,8}") ? Integer.valueOf(kept) : null;
      if (n != null && takenIds.add(n)) {
        keptIds.put(t, n);
      } else {
        notes.add(
            what(t)
                + ": "
                + Kept.ENTRY_ID
                + " '"
                + kept
                + "' is "
                + (n == null ? "not a positive number" : "another entry's too")
                + ": another id written");
      }
    }
    int nextId = 1;
    Map<String, String> spelling = new java.util.HashMap<>();
    for (Topic t : scheduled) {
      Slot s = slot(t);
      ZonedDateTime start = ZonedDateTime.of(s.date(), s.start(), zone);
      Duration duration =
          s.end() == null
              ? Duration.ZERO
              : Duration.between(
                  LocalDateTime.of(s.date(), s.start()), LocalDateTime.of(s.date(), s.end()));
      if (duration.isNegative()) {
        notes.add(
            "topic '"
                + t.title()
                + "' ("
                + t.id()
                + ") ends before it starts: written without an end");
        duration = Duration.ZERO;
      }
      String room = s.room() != null ? s.room() : "";
      String first = spelling.putIfAbsent(roomKey(room), room);
      if (first == null) {
        rooms.add(room);
      } else if (!first.equals(room)) {
        notes.add(
            what(t)
                + ": room '"
                + room
                + "' written as '"
                + first
                + "', as an earlier topic spells it");
        room = first;
      }
      List<Map.Entry<String, String>> links = new ArrayList<>();
      for (Map.Entry<String, String> x : t.extra().entrySet()) {
        if (!Kept.ENTRY_KEYS.contains(x.getKey())
            && !Kept.isKey(Kept.PERSON, x.getKey())
            && isHttp(x.getValue())) {
          links.add(Map.entry(x.getKey(), x.getValue()));
        }
      }
      Integer id = keptIds.get(t);
      if (id == null) {
        while (takenIds.contains(nextId)) {
          nextId++;
        }
        id = nextId++;
      }
      UUID guid = Guids.topic(event.id(), t.id());
      String keptGuid = t.extra().get(Kept.GUID);
      if (keptGuid != null) {
        UUID parsed = uuid(keptGuid);
        if (parsed != null && takenGuids.add(parsed)) {
          guid = parsed;
        } else {
          notes.add(
              what(t)
                  + ": "
                  + Kept.GUID
                  + " '"
                  + keptGuid
                  + "' is "
                  + (parsed == null ? "not a UUID" : "another entry's too")
                  + ": the derived guid "
                  + guid
                  + " written");
        }
      }
      takenGuids.add(guid);
      String code = t.extra().get(Kept.CODE);
      if (code != null && !(CODE.matcher(code).matches() && takenCodes.add(code))) {
        notes.add(
            what(t)
                + ": "
                + Kept.CODE
                + " '"
                + code
                + "' is "
                + (CODE.matcher(code).matches()
                    ? "another entry's too"
                    : "not upper-case letters and digits")
                + ": not written");
        code = null;
      }
      Entry entry =
          new Entry(
              id,
              guid,
              code,
              slug(t),
              t,
              start,
              duration,
              room,
              links,
              Kept.fields(t.extra(), Kept.PERSON));
      // byDate, and so dayOf, holds the date of every scheduled topic
      java.util.Objects.requireNonNull(dayOf.get(s.date()), "no day for a scheduled date")
          .rooms()
          .computeIfAbsent(room, r -> new ArrayList<>())
          .add(entry);
    }
  }

  /** The slot of a topic in {@code scheduled}, which holds only topics with a slot. */
  private static Slot slot(Topic t) {
    return java.util.Objects.requireNonNull(t.slot(), "a scheduled topic without a slot");
  }

  /**
   * Why an event cannot be a frab schedule, or {@code null} when it can: the format needs a start
   * date (the conference's {@code start}, at least one {@code day}), which an event without days
   * and without scheduled topics does not have. An event with days and no scheduled topic is a
   * valid schedule (days without rooms).
   */
  static @Nullable String refusal(Event event) {
    if (!event.days().isEmpty() || event.topics().stream().anyMatch(t -> t.slot() != null)) {
      return null;
    }
    dev.hackathonkit.model.Source source = event.source();
    String from =
        source == null
            ? ""
            : source.page() != null
                ? " (page '" + source.page() + "')"
                : source.url() != null ? " (" + source.url() + ")" : "";
    return "event '"
        + event.id()
        + "'"
        + from
        + " has no date: a frab schedule needs at least a start date (the"
        + " conference's start and one day), and the event has no days and no topic with a slot";
  }

  /**
   * The entry's web page: the one the source schedule gave ({@link Kept#URL}), else the event's
   * source page with the topic as fragment, else the guid as URN.
   */
  String url(Entry e) {
    String kept = e.topic().extra().get(Kept.URL);
    if (kept != null && isHttp(kept)) {
      return kept;
    }
    URI page = event.source() != null ? event.source().url() : null;
    if (page != null && isHttp(page.toString()) && page.getFragment() == null) {
      return page + "#" + e.topic().id();
    }
    return "urn:uuid:" + e.guid();
  }

  /**
   * What makes two room names one room: letter case and runs of white space do not ({@code Room
   * 204}, {@code room 204}).
   */
  static String roomKey(String room) {
    return room.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String what(Topic t) {
    return "topic '" + t.title() + "' (" + t.id() + ")";
  }

  static @Nullable UUID uuid(String s) {
    if (!s.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
      return null;
    }
    return UUID.fromString(s);
  }

  /** The fields kept of a room ({@link Kept}), found by {@link #roomKey}; empty when none. */
  Map<String, String> roomFields(String room) {
    Map<String, String> kept = roomFields.get(room);
    if (kept == null) {
      for (Map.Entry<String, Map<String, String>> r : roomFields.entrySet()) {
        if (roomKey(r.getKey()).equals(roomKey(room))) {
          return r.getValue();
        }
      }
    }
    return kept != null ? kept : Map.of();
  }

  /**
   * The rooms of the schedule: those of its entries, then those a source schedule listed (with a
   * guid) that no entry uses.
   */
  List<String> allRooms() {
    List<String> all = new ArrayList<>(rooms);
    java.util.Set<String> keys = new java.util.HashSet<>();
    rooms.forEach(r -> keys.add(roomKey(r)));
    for (Map.Entry<String, Map<String, String>> r : roomFields.entrySet()) {
      if (r.getValue().containsKey("guid") && keys.add(roomKey(r.getKey()))) {
        all.add(r.getKey());
      }
    }
    return all;
  }

  /**
   * The schedule's own address: the event's link labelled {@code Schedule}, as the reader keeps it.
   */
  @Nullable String scheduleUrl() {
    for (dev.hackathonkit.model.Link l : event.links()) {
      if (Kept.SCHEDULE_LINK.equals(l.label()) && isHttp(l.target())) {
        return l.target();
      }
    }
    return null;
  }

  /** A room's guid: the one kept from the source when it is a UUID, else {@link Guids#room}. */
  UUID roomGuid(String room) {
    String kept = roomFields(room).get("guid");
    UUID guid = kept != null ? uuid(kept) : null;
    return guid != null ? guid : Guids.room(event.id(), room);
  }

  /**
   * The schedule's {@code base_url} kept from the source ({@link Kept#BASE_URL}), or {@code null}.
   */
  @Nullable String baseUrl() {
    return event.extra().get(Kept.BASE_URL);
  }

  /** Whether the source said the entry must not be recorded ({@link Kept#DO_NOT_RECORD}). */
  static boolean doNotRecord(Topic t) {
    return "true".equalsIgnoreCase(t.extra().get(Kept.DO_NOT_RECORD));
  }

  /** Counts a kept value the format has no place for; {@link #notesWith} sums them up. */
  void notWritten(String what) {
    unwritten.merge(what, 1, Integer::sum);
  }

  /** The notes, with one line per kind of kept value that was not written. */
  List<String> notesWith(String format) {
    List<String> all = new ArrayList<>(notes);
    unwritten.forEach(
        (what, n) ->
            all.add(
                what
                    + " ("
                    + n
                    + (n == 1 ? " value" : " values")
                    + ") not written: "
                    + format
                    + " has no place for it"));
    return all;
  }

  /**
   * The event's page: the source page's address, else the event's first untitled web link (a
   * schedule's conference url).
   */
  @Nullable String conferenceUrl() {
    URI page = event.source() != null ? event.source().url() : null;
    if (page != null && isHttp(page.toString())) {
      return page.toString();
    }
    return event.links().stream()
        .filter(l -> l.label() == null && isHttp(l.target()))
        .map(l -> l.target())
        .findFirst()
        .orElse(null);
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
   * The IANA (tz database) name apps expect in {@code time_zone_name} for a zone: a region id as it
   * is ({@code Europe/Berlin}); a fixed offset as {@code UTC} when zero, else as the tz database's
   * {@code Etc/GMT-2} for +02:00 (whole hours; the sign is inverted, as POSIX has it); {@code null}
   * for an offset no tz name stands for ({@code +05:30}).
   */
  static @Nullable String zoneName(ZoneId zone) {
    if (!(zone instanceof ZoneOffset) && ZoneId.getAvailableZoneIds().contains(zone.getId())) {
      return zone.getId();
    }
    if (zone.normalized() instanceof ZoneOffset o) {
      int seconds = o.getTotalSeconds();
      if (seconds == 0) {
        return "UTC";
      }
      String name = "Etc/GMT" + (seconds > 0 ? "-" : "+") + Math.abs(seconds / 3600);
      return seconds % 3600 == 0 && ZoneId.getAvailableZoneIds().contains(name) ? name : null;
    }
    return zone.getId();
  }

  /**
   * An entry's {@code slug}: {@code acronym-topicid}. The schedule XSD asks for at least four
   * characters after the hyphen, and the JSON schema for a letter or digit last; a shorter topic id
   * ({@code unt}) is padded in front with underscores ({@code _unt}), which no topic id starts
   * with, so that a reader strips them and gets the id back.
   */
  private String slug(Topic t) {
    String id = t.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    return acronym + "-" + "_".repeat(Math.max(0, 4 - id.length())) + id;
  }

  /**
   * The conference acronym for an event id: both schemas allow lower-case letters, digits and
   * underscores (the JSON schema a hyphen only first), at least four: hyphens become underscores
   * and a short id is padded with underscores. {@link FrabScheduleReader} reverses both.
   */
  static String acronym(String eventId) {
    StringBuilder a =
        new StringBuilder(eventId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
    while (a.length() < 4) {
      a.append('_');
    }
    return a.toString();
  }
}
