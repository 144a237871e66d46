package dev.hackathonkit.io.frab;

import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Topic;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Maps a schedule {@link Tree} (from XML or JSON) to an event; see {@link FrabScheduleReader}. */
final class ScheduleMapper {
  /** Identifiers and derived values: neither placed nor counted in coverage, never listed. */
  private static final Set<String> BOOKKEEPING =
      Set.of(
          "index",
          "version",
          "generator",
          "daysCount",
          "timeslot_duration",
          "$schema",
          "start",
          "end",
          "duration",
          "date");

  /** Entry fields the mapper places itself. */
  private static final Set<String> ENTRY_FIELDS =
      Set.of(
          "title",
          "date",
          "start",
          "end",
          "duration",
          "room",
          "slug",
          "abstract",
          "description",
          "persons",
          "links",
          "type",
          "track",
          "subtitle",
          "language",
          "url",
          "guid",
          "id",
          "code",
          "feedback_url",
          "origin_url",
          "recording_license",
          "do_not_record",
          "recording");

  /** Entry fields that name media or apps' bookkeeping: listed as unmapped, not kept. */
  private static final Set<String> ENTRY_MEDIA =
      Set.of("logo", "do_not_stream", "attachments", "video_download_url", "answers");

  private static final Set<String> CONFERENCE_FIELDS =
      Set.of(
          "title",
          "acronym",
          "start",
          "end",
          "days",
          "daysCount",
          "timeslot_duration",
          "time_zone_name",
          "url",
          "meta",
          "rooms",
          "tracks",
          "base_url",
          "logo",
          "colors",
          "color",
          "track",
          "description",
          "keywords");
  private static final Pattern HHMM = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");

  private final String source;
  private final ReportBuilder report;
  private ZoneId zone = ZoneOffset.UTC;
  private String acronym = "";
  private String eventId = "";
  private final Set<String> ids = new HashSet<>();

  /** Entries dated after the day they are listed under (a frab day past midnight), with where. */
  private final Map<LocalDate, Tree.Node> afterMidnight = new LinkedHashMap<>();

  /** The rooms' fields kept ({@link Kept}), added to the event's extras at the end. */
  private final Map<String, String> roomsKept = new LinkedHashMap<>();

  private final List<Tree.Leaf> namedRooms = new ArrayList<>();
  private final Set<String> entryRooms = new HashSet<>();

  ScheduleMapper(String source, ReportBuilder report) {
    this.source = source;
    this.report = report;
  }

  Event map(Tree.Node schedule, Tree.@Nullable Node conference, List<Object> days) {
    Event.Builder event = Event.builder();
    Tree.Node conf =
        conference != null
            ? conference
            : new Tree.Node("conference", schedule.line, schedule.column);
    String title = conf.take("title");
    if (title == null) {
      problem(
          FrabProblem.F110_NO_TITLE,
          conf,
          "conference without a title; the title is '" + source + "'");
      title = source;
    }
    event.title(title);
    String acr = conf.take("acronym");
    // as Event.Builder derives it without an acronym: the guids this library derives need it
    eventId = Slugs.of(title);
    if (acr != null) {
      acronym = acr;
      eventId = Slugs.of(acr.replaceAll("_+$", "").replace('_', '-'));
      event.id(eventId);
    }
    zone = zone(conf, days);
    event.timeZone(zone);
    String url = conf.take("url");
    if (url != null) {
      event.addLink(new Link(url, null));
    }
    String scheduleUrl = schedule.take("url");
    if (scheduleUrl != null && !scheduleUrl.equals(url)) {
      event.addLink(new Link(scheduleUrl, Kept.SCHEDULE_LINK));
    }
    String baseUrl = schedule.take("base_url");
    if (baseUrl == null) {
      baseUrl = conf.take("base_url");
    }
    if (baseUrl != null) {
      event.putExtra(Kept.BASE_URL, baseUrl);
    }
    Tree.markUsed(conf.leaf("days"));
    // the conference's rooms: their fields are kept as the event's Room extras; the track list
    // names
    // what the entries name themselves (its colours and other fields stay unmapped, listed)
    for (Object r : conf.list("rooms")) {
      if (r instanceof Tree.Node room) {
        String name = room.take("name");
        roomFields(room, name != null ? name : "");
      } else if (r instanceof Tree.Leaf name) {
        namedRooms.add(name); // a room by name only: placed when an entry uses it
      }
    }
    for (String key : List.of("tracks", "track")) {
      for (Object tr : conf.list(key)) {
        if (tr instanceof Tree.Node track) {
          track.take("name");
        }
      }
    }
    String description = conf.take("description");
    if (description != null) {
      event.putExtra("Description", description);
    }
    for (Map.Entry<String, Object> f : conf.fields.entrySet()) {
      if (!CONFERENCE_FIELDS.contains(f.getKey())
          && f.getValue() instanceof Tree.Leaf l
          && l.text() != null) {
        l.used = true;
        event.putExtra(f.getKey(), l.text());
        problem(
            FrabProblem.F116_FIELD_IN_EXTRA,
            l,
            "conference field '" + f.getKey() + "' kept in extra");
      }
    }
    Map<LocalDate, EventDay> eventDays = new LinkedHashMap<>();
    for (Object d : days) {
      if (d instanceof Tree.Node day) {
        day(day, event, eventDays);
      }
    }
    for (Map.Entry<LocalDate, Tree.Node> late : afterMidnight.entrySet()) {
      if (!eventDays.containsKey(late.getKey())) {
        eventDays.put(late.getKey(), new EventDay(late.getKey(), null, null));
        problem(
            FrabProblem.F119_ENTRY_AFTER_MIDNIGHT,
            late.getValue(),
            "entry on "
                + late.getKey()
                + " is listed under the day before, which runs past midnight: "
                + late.getKey()
                + " added as an event day without hours");
      }
    }
    roomsKept.forEach(event::putExtra);
    for (Tree.Leaf name : namedRooms) {
      name.used = name.text() != null && entryRooms.contains(name.text());
    }
    event.days(
        eventDays.values().stream()
            .sorted(java.util.Comparator.comparing(EventDay::date))
            .toList());
    return event.build();
  }

  private ZoneId zone(Tree.Node conf, List<Object> days) {
    Tree.Node meta = conf.node("meta");
    String name = conf.take("time_zone_name");
    Tree.Leaf at = conf.leaf("time_zone_name");
    if (name == null && meta != null) {
      name = meta.take("time_zone_name");
      at = meta.leaf("time_zone_name");
    }
    if (name != null) {
      try {
        return ZoneId.of(name);
      } catch (DateTimeException e) {
        problem(
            FrabProblem.F111_NO_TIME_ZONE,
            at != null ? (Object) at : conf,
            "time zone '" + name + "' is not an IANA zone; " + fallbackSaying(days));
        return fallbackZone(days);
      }
    }
    problem(FrabProblem.F111_NO_TIME_ZONE, conf, "no time_zone_name; " + fallbackSaying(days));
    return fallbackZone(days);
  }

  private String fallbackSaying(List<Object> days) {
    ZoneId z = fallbackZone(days);
    return z.equals(ZoneOffset.UTC)
        ? "times read as UTC"
        : "times read at the offset " + z + " of the first day";
  }

  private static ZoneId fallbackZone(List<Object> days) {
    for (Object d : days) {
      if (d instanceof Tree.Node day) {
        Tree.Leaf start = day.leaf("day_start") != null ? day.leaf("day_start") : day.leaf("start");
        if (start != null && start.text() != null) {
          try {
            return OffsetDateTime.parse(start.text()).getOffset();
          } catch (DateTimeParseException e) {
            // try the next day
          }
        }
      }
    }
    return ZoneOffset.UTC;
  }

  private void day(Tree.Node day, Event.Builder event, Map<LocalDate, EventDay> eventDays) {
    String dateText = day.take("date");
    String startKey = day.fields.containsKey("day_start") ? "day_start" : "start";
    String endKey = day.fields.containsKey("day_end") ? "day_end" : "end";
    ZonedDateTime start = dateTime(day, startKey);
    ZonedDateTime end = dateTime(day, endKey);
    LocalDate date = null;
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        badTime(day, "date", dateText, "a date yyyy-mm-dd");
      }
    }
    if (date == null && start != null) {
      date = start.toLocalDate();
    }
    if (date != null) {
      LocalTime opens = null;
      LocalTime closes = null;
      boolean wholeDay =
          start != null
              && end != null
              && start.isEqual(date.atStartOfDay(zone))
              && end.isEqual(date.plusDays(1).atStartOfDay(zone));
      if (!wholeDay && start != null && end != null) {
        opens = start.toLocalDate().equals(date) ? start.toLocalTime() : null;
        if (end.toLocalDate().equals(date)) {
          closes = end.toLocalTime();
        } else {
          Tree.Leaf at = day.leaf(endKey);
          problem(
              FrabProblem.F113_DAY_PAST_MIDNIGHT,
              at != null ? (Object) at : day,
              "day "
                  + date
                  + " ends at "
                  + end.toLocalDateTime()
                  + ", after its date; its hours are left out");
          opens = null;
        }
        if (opens == null) {
          closes = null;
        }
      }
      eventDays.putIfAbsent(date, new EventDay(date, opens, closes));
    }
    // rooms: XML <room name=".."><event/>...</room>; JSON "rooms": {"name": [ ... ]}
    Object rooms = day.fields.get("room");
    if (rooms != null) {
      for (Object r : day.list("room")) {
        if (r instanceof Tree.Node room) {
          String name = room.take("name");
          roomFields(room, name != null ? name : "");
          for (Object e : room.list("event")) {
            if (e instanceof Tree.Node entry) {
              entry(entry, name, date, event);
            }
          }
        }
      }
    }
    Tree.Node roomMap = day.node("rooms");
    if (roomMap != null) {
      for (Map.Entry<String, Object> r : roomMap.fields.entrySet()) {
        for (Object e : roomMap.list(r.getKey())) {
          if (e instanceof Tree.Node entry) {
            entry(entry, r.getKey(), date, event);
          }
        }
      }
    }
  }

  private void entry(
      Tree.Node e,
      @Nullable String containerRoom,
      @Nullable LocalDate dayDate,
      Event.Builder event) {
    String title = e.take("title");
    if (title == null) {
      problem(FrabProblem.F114_ENTRY_WITHOUT_TITLE, e, "entry without a title skipped");
      return;
    }
    Topic.Builder t = Topic.builder().title(title);
    String slug = e.take("slug");
    String candidate =
        slug != null && !acronym.isEmpty() && slug.startsWith(acronym + "-")
            ? slug.substring(acronym.length() + 1).replaceFirst("^_+", "")
            : null; // "_unt": a short id, padded
    String topicId;
    if (candidate != null && candidate.matches(Slugs.PATTERN) && ids.add(candidate)) {
      topicId = candidate;
    } else {
      topicId = Slugs.unique(title, ids);
    }
    t.id(topicId);
    // identifiers: a guid this library derived is derived again when written; any other guid, and
    // the
    // entry's id (which apps may also match by: kept even when it was a position this library gave)
    // and code, are kept to be written back
    String guid = e.take("guid");
    if (guid != null && !guid.equalsIgnoreCase(Guids.topic(eventId, topicId).toString())) {
      t.putExtra(Kept.GUID, guid);
    }
    putIfPresent(t, Kept.ENTRY_ID, e.take("id"));
    putIfPresent(t, Kept.CODE, e.take("code"));
    String room = e.take("room");
    if (room == null) {
      room = containerRoom != null && !containerRoom.isBlank() ? containerRoom.strip() : null;
    }
    Slot slot = slot(e, dayDate, room, t);
    if (room != null) {
      entryRooms.add(room);
    }
    if (slot != null && dayDate != null && slot.date().isAfter(dayDate)) {
      afterMidnight.putIfAbsent(slot.date(), e);
    }
    String abstractText = e.take("abstract");
    String description = e.take("description");
    if (abstractText != null && description != null && !description.equals(abstractText)) {
      t.description(abstractText + "\n\n" + description);
    } else {
      t.description(abstractText != null ? abstractText : description);
    }
    persons(e, t);
    links(e, t);
    String type = e.take("type");
    if (type != null && !type.equals(Grid.DEFAULT_TYPE)) {
      t.putExtra(Grid.TYPE, type);
    }
    putIfPresent(t, Grid.TRACK, e.take("track"));
    putIfPresent(t, Grid.SUBTITLE, e.take("subtitle"));
    putIfPresent(t, Grid.LANGUAGE, e.take("language"));
    String url = e.take("url");
    if (url != null && !url.startsWith("urn:uuid:")) {
      t.putExtra(Kept.URL, url);
    }
    putIfPresent(t, Kept.FEEDBACK_URL, e.take("feedback_url"));
    putIfPresent(t, Kept.ORIGIN_URL, e.take("origin_url"));
    // recording: JSON's recording_license and do_not_record, XML's <recording><license/><optout/>
    String license = e.take("recording_license");
    String doNotRecord = e.take("do_not_record");
    Tree.Node recording = e.node("recording");
    if (recording != null) {
      String l = recording.take("license");
      String optout = recording.take("optout");
      license = license != null ? license : l;
      doNotRecord = doNotRecord != null ? doNotRecord : optout;
    }
    putIfPresent(t, Kept.RECORDING_LICENSE, license);
    if ("true".equalsIgnoreCase(doNotRecord)) {
      t.putExtra(Kept.DO_NOT_RECORD, "true");
    }
    for (Map.Entry<String, Object> f : e.fields.entrySet()) {
      String key = f.getKey();
      if (!ENTRY_FIELDS.contains(key)
          && !ENTRY_MEDIA.contains(key)
          && f.getValue() instanceof Tree.Leaf l
          && l.text() != null) {
        l.used = true;
        t.putExtra(key, l.text());
        problem(
            FrabProblem.F116_FIELD_IN_EXTRA,
            l,
            "entry field '" + key + "' of '" + title + "' kept in extra");
      }
    }
    event.addTopic(t.build());
  }

  private @Nullable Slot slot(
      Tree.Node e, @Nullable LocalDate dayDate, @Nullable String room, Topic.Builder t) {
    ZonedDateTime start = dateTime(e, "date");
    String startText = e.take("start");
    if (start == null && startText != null && dayDate != null) {
      Matcher m = HHMM.matcher(startText);
      if (m.matches() && Integer.parseInt(m.group(1)) < 24) {
        start =
            ZonedDateTime.of(
                dayDate,
                LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                zone);
      } else {
        badTime(e, "start", startText, "a time hh:mm");
      }
    }
    if (start == null) {
      problem(
          FrabProblem.F117_ENTRY_WITHOUT_START,
          e,
          "entry '" + t.build().title() + "' has no usable date or start: no slot");
      return null;
    }
    ZonedDateTime end = e.fields.containsKey("end") ? dateTime(e, "end") : null;
    String durationText = e.take("duration");
    if (end == null && durationText != null) {
      Matcher m = HHMM.matcher(durationText);
      if (m.matches()) {
        Duration d =
            Duration.ofHours(Integer.parseInt(m.group(1)))
                .plusMinutes(Integer.parseInt(m.group(2)))
                .plusSeconds(m.group(3) != null ? Integer.parseInt(m.group(3)) : 0);
        end = d.isZero() ? null : start.plus(d);
      } else {
        badTime(e, "duration", durationText, "a duration hh:mm");
      }
    }
    LocalTime endTime = null;
    if (end != null && end.isAfter(start)) {
      if (end.toLocalDate().equals(start.toLocalDate())) {
        endTime = end.toLocalTime();
      } else {
        endTime = LocalTime.of(23, 59);
        Tree.Leaf at = e.leaf("end") != null ? e.leaf("end") : e.leaf("duration");
        problem(
            FrabProblem.F115_ENTRY_ACROSS_DATES,
            at != null ? (Object) at : e,
            "entry '"
                + t.build().title()
                + "' ends on "
                + end.toLocalDate()
                + ", after its start's date; its slot ends at 23:59");
      }
    }
    Slot slot = new Slot(start.toLocalDate(), start.toLocalTime(), endTime, room);
    t.slot(slot);
    return slot;
  }

  private void persons(Tree.Node e, Topic.Builder t) {
    Object persons = e.fields.get("persons");
    List<Object> list = persons instanceof Tree.Node n ? n.list("person") : e.list("persons");
    Map<String, String> personsKept = new LinkedHashMap<>();
    for (Object p : list) {
      String name = null;
      if (p instanceof Tree.Leaf l) {
        l.used = true;
        name = l.text();
      } else if (p instanceof Tree.Node n) {
        name = n.take("name");
        if (name == null) {
          name = n.take("public_name");
        }
        if (name == null) {
          name = n.take("#text");
        }
        if (name != null) {
          Tree.Leaf publicName = n.leaf("public_name");
          if (publicName != null && name.equals(publicName.text())) {
            publicName.used = true; // frab's older spelling of the same name
          }
          keepFields(n, Kept.PERSON, name, personsKept);
        }
      }
      if (name != null) {
        t.addContact(new Person(name, null, null, null));
      }
    }
    personsKept.forEach(t::putExtra);
  }

  private void links(Tree.Node e, Topic.Builder t) {
    Object links = e.fields.get("links");
    List<Object> list = links instanceof Tree.Node n ? n.list("link") : e.list("links");
    Map<String, String> seen = new LinkedHashMap<>();
    for (Object o : list) {
      if (o instanceof Tree.Node link) {
        String href = link.take("href");
        if (href == null) {
          href = link.take("url");
        }
        String label = link.take("#text");
        if (label == null) {
          label = link.take("title");
        }
        if (href == null) {
          continue;
        }
        String key = label != null ? label : "Link";
        String unique = key;
        for (int i = 2; seen.containsKey(unique); i++) {
          unique = key + " " + i;
        }
        seen.put(unique, href);
        t.putExtra(unique, href);
      }
    }
  }

  /**
   * Keeps a room's fields other than its name (and a guid this library derives) as the event's Room
   * extras.
   */
  private void roomFields(Tree.Node room, String name) {
    Tree.Leaf guid = room.leaf("guid");
    Tree.Leaf raw = room.leaf("name");
    String written =
        raw != null && raw.value != null ? raw.value : name; // as the writer had it, unstripped
    if (guid != null && Guids.room(eventId, written).toString().equalsIgnoreCase(guid.text())) {
      guid.used = true;
    }
    keepFields(room, Kept.ROOM, name, roomsKept);
  }

  /**
   * Keeps every text field of a person or room node not yet placed as the extra {@code KIND FIELD
   * (OWNER)} ({@link Kept}); a field already kept with another value is reported ({@link
   * FrabProblem#F118_CONFLICTING_VALUE}) and the first value stays. Blank and null values carry
   * nothing and are passed over; nested values are left for {@link #finish} to list.
   */
  private void keepFields(Tree.Node n, String kind, String owner, Map<String, String> kept) {
    for (Map.Entry<String, Object> f : n.fields.entrySet()) {
      if (!(f.getValue() instanceof Tree.Leaf l)
          || l.used
          || f.getKey().equals("#text")
          || f.getKey().contains(" ")) {
        continue;
      }
      l.used = true;
      String value = l.text();
      if (value == null) {
        continue;
      }
      String key = Kept.key(kind, f.getKey(), owner);
      String old = kept.get(key);
      if (old == null) {
        kept.put(key, value);
      } else if (!old.equals(value)) {
        problem(
            FrabProblem.F118_CONFLICTING_VALUE,
            l,
            kind.toLowerCase(java.util.Locale.ROOT)
                + " '"
                + owner
                + "': "
                + f.getKey()
                + " '"
                + value
                + "' differs from '"
                + old
                + "' read before; the first is kept");
      }
    }
  }

  private static void putIfPresent(Topic.Builder t, String key, @Nullable String value) {
    if (value != null) {
      t.putExtra(key, value);
    }
  }

  private @Nullable ZonedDateTime dateTime(Tree.Node n, String key) {
    String text = n.take(key);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(zone);
    } catch (DateTimeParseException e) {
      badTime(n, key, text, "a date-time yyyy-mm-ddThh:mm:ss+hh:mm");
      return null;
    }
  }

  private void badTime(Tree.Node n, String key, String text, String expected) {
    Tree.Leaf l = n.leaf(key);
    problem(
        FrabProblem.F112_BAD_TIME,
        l != null ? (Object) l : n,
        "'" + key + "': expected " + expected + ", found '" + text + "'");
  }

  /** Records a problem at a node's or leaf's position. */
  private void problem(FrabProblem code, Object at, String message) {
    if (at instanceof Tree.Leaf l) {
      report.problem(code, l.line, l.column, message);
    } else if (at instanceof Tree.Node n) {
      report.problem(code, n.line, n.column, message);
    }
  }

  /** Lists every leaf not placed (and not bookkeeping) as unmapped and sets the coverage. */
  void finish(Tree.Node root) {
    long[] counts = new long[2];
    walk(root, "", counts);
    report.coverage(counts[0], counts[1]);
  }

  private void walk(Object value, String key, long[] counts) {
    if (BOOKKEEPING.contains(key)) {
      return;
    }
    if (value instanceof Tree.Leaf l) {
      if (l.value == null) {
        return;
      }
      long chars = l.value.codePoints().filter(c -> !Character.isWhitespace(c)).count();
      counts[0] += chars;
      if (l.used) {
        counts[1] += chars;
      } else if (chars > 0) {
        String text = l.value.strip();
        report.unmapped(
            UnmappedReason.U107_NO_FIELD_IN_MODEL,
            l.line,
            l.column,
            key + ": " + (text.length() > 80 ? text.substring(0, 77) + "..." : text),
            "no place in the model");
      }
    } else if (value instanceof Tree.Node n) {
      for (Map.Entry<String, Object> f : n.fields.entrySet()) {
        walk(f.getValue(), f.getKey().equals("#text") ? n.name : f.getKey(), counts);
      }
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        walk(o, key, counts);
      }
    }
  }

  static List<Object> listOf(@Nullable Object o) {
    if (o == null) {
      return List.of();
    }
    return o instanceof List<?> l ? new ArrayList<>(l) : List.of(o);
  }
}
