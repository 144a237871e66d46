package dev.hackathonkit.io.frab;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes an event's schedule in the frab / c3voc format that frab and pretalx publish and
 * conference apps read, as {@code schedule.xml} (valid against the c3voc {@code schedule.xml.xsd})
 * or {@code schedule.json} (valid against the c3voc JSON schema, version 1).
 *
 * <p>Mapping: the conference has the event's title, an acronym from its id (lower case, other
 * characters as {@code _}, padded to four), first and last date, number of days and time zone name;
 * each date with scheduled topics or an event day is a {@code day} (from its opening to its closing
 * hour, a day without hours from midnight to midnight); each topic with a {@link
 * dev.hackathonkit.model.Slot} is an {@code event} in the room of its slot (an empty room name when
 * it has none; names that differ only in letter case or spacing are one room, spelled as first
 * used, with a note), with a stable {@code guid}, {@code id} (its position), {@code date} (start
 * with offset), {@code start} ({@code hh:mm}), {@code duration} ({@code hh:mm}, {@code 00:00} when
 * the slot has no end), {@code title}, {@code abstract} (the description), {@code slug} ({@code
 * acronym-topicid}), {@code persons} (the contacts' names), {@code links} (the topic's extra values
 * that are http(s) URLs, titled by their key) and {@code url} (the source page with the topic id as
 * fragment, else {@code urn:uuid:GUID}).
 *
 * <p>Identity: a {@code guid} is a version-5 UUID from the event and topic ids (RFC 9562;
 * re-exports keep it), and a room's from the event id and room name. An event read by {@link
 * FrabScheduleReader} from a pretalx or frab schedule keeps what that schedule said (in extras the
 * reader's documentation names) and gets it back: each entry's {@code guid}, {@code id}, {@code
 * code} and {@code url}; each person's {@code id}, {@code guid}, {@code code}, {@code url}, {@code
 * avatar} and {@code biography} (JSON; XML's {@code person} has only {@code id} and {@code guid});
 * each room's {@code guid}, and in JSON its {@code description}, {@code capacity}, {@code slug},
 * {@code type}, {@code stream_id} and {@code url} (a room the source listed with a guid is listed
 * even when no entry uses it); the schedule's {@code base_url} and {@code url}. A kept value the
 * syntax has no place for, or that its schema would refuse (a guid that is not a UUID, an id
 * another entry has, a code of other than six characters in XML), is not written: {@link
 * WrittenSchedule#notes()} names it (once per kind, with a count), and a made one stands in for a
 * missing identifier. The topic's {@code Type}, {@code Track}, {@code Subtitle} and {@code
 * Language} extras fill those elements; the type is {@code other} without one. Topics without a
 * slot are not invented into the grid: {@link WrittenSchedule#notes()} lists them. Venue,
 * attendees, comments and the remaining topic fields have no place in the format.
 *
 * <p>Time zone: {@code time_zone_name} is an IANA (tz database) name, as conference apps expect:
 * the event's zone as it is ({@code Europe/Berlin}); {@code UTC} for an event without a zone, whose
 * local times are then written as UTC (with a note: give the event its zone to have them right); a
 * fixed offset of whole hours as the tz database's {@code Etc/GMT-2} (for +02:00; the sign is
 * inverted, as POSIX has it); an offset no tz name stands for ({@code +05:30}) leaves the element
 * out, with a note (every date-time carries its offset, and the reader takes the zone from it). In
 * JSON a name outside the schema's pattern ({@code Area/Location}, or {@code UTC}; for example
 * {@code Etc/GMT+5}, {@code US/Eastern}) goes to {@code conference.meta.time_zone_name}, which the
 * schema leaves open and {@link FrabScheduleReader} reads.
 *
 * <pre>{@code
 * WrittenSchedule xml = FrabScheduleWriter.standard().writeXml(event);
 * Files.writeString(Path.of("schedule.xml"), xml.text());
 * xml.notes().forEach(System.err::println);   // topic 'Release planning' (release-planning) has no slot: ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the same event gives the same text.
 */
public final class FrabScheduleWriter {
  /** The schedule {@code version} written. */
  public static final String VERSION = "hackathon-kit 1";

  private static final String GENERATOR = "hackathon-kit";
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The JSON schema's {@code time_zone_name} pattern. */
  private static final Pattern JSON_ZONE = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

  /** The XSD's {@code pretalx-random-code}: an entry's {@code code} attribute. */
  private static final Pattern XML_CODE = Pattern.compile("[0-9A-Z]{6}");

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

  /** The JSON schema's room and track {@code slug}. */
  private static final Pattern JSON_SLUG = Pattern.compile("^[a-z0-9_-]+[a-z0-9]$");

  /** The JSON schema's room {@code type} values. */
  private static final java.util.Set<String> ROOM_TYPES =
      java.util.Set.of(
          "lecturehall",
          "stage",
          "workshop",
          "outside",
          "online",
          "project",
          "bbb",
          "hangar",
          "other");

  private static final FrabScheduleWriter STANDARD = new FrabScheduleWriter();

  private FrabScheduleWriter() {}

  /** The writer. */
  public static FrabScheduleWriter standard() {
    return STANDARD;
  }

  /**
   * Why {@code event} cannot be written as a schedule, empty when it can. A frab schedule needs a
   * start date (the conference's {@code start} and at least one {@code day}): an event with neither
   * days nor scheduled topics has none, and the sentence says so, naming the event and its source
   * page. An event with days but no scheduled topic is written: a conference whose days have no
   * rooms yet is valid against both schemas.
   */
  public Optional<String> refusal(Event event) {
    return Optional.ofNullable(Grid.refusal(requireNonNull(event, "event")));
  }

  /**
   * Writes {@code schedule.xml}.
   *
   * @throws IllegalArgumentException if the event has neither days nor scheduled topics, with the
   *     sentence {@link #refusal} gives (the format needs at least one {@code day})
   */
  public WrittenSchedule writeXml(Event event) {
    requireNonNull(event, "event");
    Grid g = new Grid(event);
    XmlOut x = new XmlOut(g.notes);
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    x.raw("  <generator name=\"").attr(GENERATOR, "generator").raw("\"/>\n");
    if (g.scheduleUrl() != null) {
      x.element(2, "url", g.scheduleUrl(), "schedule url");
    }
    x.raw("  <version>").text(VERSION, "version").raw("</version>\n");
    x.raw("  <conference>\n");
    x.element(4, "acronym", g.acronym, "acronym");
    x.element(4, "title", event.title(), "event title");
    x.element(4, "start", g.days.get(0).date().toString(), "start");
    x.element(4, "end", g.days.get(g.days.size() - 1).date().toString(), "end");
    x.element(4, "days", Integer.toString(g.days.size()), "days");
    x.element(4, "timeslot_duration", "00:15", "timeslot");
    if (g.conferenceUrl() != null) {
      x.element(4, "url", g.conferenceUrl(), "source url");
    }
    String baseUrl = g.baseUrl();
    if (baseUrl != null && Grid.isHttp(baseUrl)) {
      x.element(4, "base_url", baseUrl, "base_url");
    } else if (baseUrl != null) {
      g.notWritten("base_url '" + baseUrl + "' (not an http(s) URL)");
    }
    if (g.zoneName != null) {
      x.element(4, "time_zone_name", g.zoneName, "time zone");
    }
    x.raw("  </conference>\n");
    for (Grid.Day d : g.days) {
      x.raw("  <day index=\"")
          .raw(Integer.toString(d.index()))
          .raw("\" date=\"")
          .raw(d.date().toString())
          .raw("\" start=\"")
          .raw(Grid.dateTime(d.start()))
          .raw("\" end=\"")
          .raw(Grid.dateTime(d.end()))
          .raw("\">\n");
      for (Map.Entry<String, List<Grid.Entry>> room : d.rooms().entrySet()) {
        x.raw("    <room name=\"")
            .attr(room.getKey(), "room")
            .raw("\" guid=\"")
            .raw(g.roomGuid(room.getKey()).toString())
            .raw("\">\n");
        for (Grid.Entry e : room.getValue()) {
          writeXmlEntry(g, x, e);
        }
        x.raw("    </room>\n");
      }
      x.raw("  </day>\n");
    }
    x.raw("</schedule>\n");
    // XML lists rooms per day, with their entries: no room list, no room fields but the guid
    for (String room : g.allRooms()) {
      if (!g.rooms.contains(room)) {
        g.notWritten("room that no entry uses");
      }
      g.roomFields(room).keySet().stream()
          .filter(f -> !f.equals("guid"))
          .forEach(f -> g.notWritten("room " + f));
    }
    return new WrittenSchedule(x.toString(), g.notesWith("schedule.xml"));
  }

  private static void writeXmlEntry(Grid g, XmlOut x, Grid.Entry e) {
    Topic t = e.topic();
    String what = "topic '" + t.title() + "'";
    x.raw("      <event guid=\"")
        .raw(e.guid().toString())
        .raw("\" id=\"")
        .raw(Integer.toString(e.id()));
    if (e.code() != null && XML_CODE.matcher(e.code()).matches()) {
      x.raw("\" code=\"").raw(e.code());
    } else if (e.code() != null) {
      g.notWritten("entry code of other than six characters");
    }
    x.raw("\">\n");
    x.element(8, "room", e.room(), what + " room");
    x.element(8, "title", t.title(), what + " title");
    String subtitle = t.extra().get(Grid.SUBTITLE);
    if (subtitle != null) {
      x.element(8, "subtitle", subtitle, what + " subtitle");
    }
    x.element(8, "type", g.extra(t, Grid.TYPE, Grid.DEFAULT_TYPE), what + " type");
    x.element(8, "date", Grid.dateTime(e.start()), "date");
    x.element(
        8,
        "start",
        String.format(
            java.util.Locale.ROOT, "%02d:%02d", e.start().getHour(), e.start().getMinute()),
        "start");
    x.element(8, "duration", e.durationText(), "duration");
    x.element(8, "abstract", t.description() != null ? t.description() : "", what + " description");
    if (e.slug().matches("[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}")) {
      x.element(8, "slug", e.slug(), "slug");
    }
    x.element(8, "track", g.extra(t, Grid.TRACK, ""), what + " track");
    if (!t.contacts().isEmpty()) {
      x.raw("        <persons>\n");
      for (Person p : t.contacts()) {
        Map<String, String> kept = e.persons().getOrDefault(p.name(), Map.of());
        x.raw("          <person");
        for (Map.Entry<String, String> f : kept.entrySet()) {
          boolean fits =
              f.getKey().equals("id")
                  ? INTEGER.matcher(f.getValue()).matches()
                  : f.getKey().equals("guid") && Grid.uuid(f.getValue()) != null;
          if (fits) {
            x.raw(" ")
                .raw(f.getKey())
                .raw("=\"")
                .attr(f.getValue(), what + " person " + f.getKey())
                .raw("\"");
          } else {
            g.notWritten("person " + f.getKey());
          }
        }
        x.raw(">").text(p.name(), what + " contact").raw("</person>\n");
      }
      x.raw("        </persons>\n");
    }
    String language = t.extra().get(Grid.LANGUAGE);
    if (language != null) {
      x.element(8, "language", language, what + " language");
    }
    String license = t.extra().get(Kept.RECORDING_LICENSE);
    if (license != null || Grid.doNotRecord(t)) {
      x.raw("        <recording>\n");
      x.element(10, "license", license != null ? license : "", what + " recording license");
      x.element(10, "optout", Boolean.toString(Grid.doNotRecord(t)), "optout");
      x.raw("        </recording>\n");
    }
    if (!e.links().isEmpty()) {
      x.raw("        <links>\n");
      for (Map.Entry<String, String> link : e.links()) {
        x.raw("          <link href=\"")
            .attr(link.getValue(), what + " link")
            .raw("\">")
            .text(link.getKey(), what + " link")
            .raw("</link>\n");
      }
      x.raw("        </links>\n");
    }
    String url = g.url(e);
    if (Grid.isHttp(url)) {
      x.element(8, "url", url, "url");
    }
    for (String[] f :
        new String[][] {{"feedback_url", Kept.FEEDBACK_URL}, {"origin_url", Kept.ORIGIN_URL}}) {
      String v = t.extra().get(f[1]);
      if (v != null && Grid.isHttp(v)) {
        x.element(8, f[0], v, what + " " + f[0]);
      } else if (v != null) {
        g.notWritten("entry " + f[0] + " that is not an http(s) URL");
      }
    }
    x.raw("      </event>\n");
  }

  /**
   * Writes {@code schedule.json}.
   *
   * @throws IllegalArgumentException if the event has neither days nor scheduled topics, with the
   *     sentence {@link #refusal} gives
   */
  public WrittenSchedule writeJson(Event event) {
    requireNonNull(event, "event");
    Grid g = new Grid(event);
    StringWriter out = new StringWriter();
    try (JsonGenerator j = JSON.createGenerator(out)) {
      j.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      j.writeStartObject();
      j.writeObjectFieldStart("generator");
      j.writeStringField("name", GENERATOR);
      j.writeEndObject();
      j.writeObjectFieldStart("schedule");
      j.writeStringField("version", VERSION);
      if (g.scheduleUrl() != null) {
        j.writeStringField("url", g.scheduleUrl());
      }
      String baseUrl = g.baseUrl();
      if (baseUrl != null && Grid.isHttp(baseUrl)) {
        j.writeStringField("base_url", baseUrl);
      } else if (baseUrl != null) {
        g.notWritten("base_url '" + baseUrl + "' (not an http(s) URL)");
      }
      j.writeObjectFieldStart("conference");
      j.writeStringField("acronym", g.acronym);
      j.writeStringField("title", event.title());
      j.writeStringField("start", g.days.get(0).date().toString());
      j.writeStringField("end", g.days.get(g.days.size() - 1).date().toString());
      j.writeNumberField("daysCount", g.days.size());
      j.writeStringField("timeslot_duration", "00:15");
      if (g.conferenceUrl() != null) {
        j.writeStringField("url", g.conferenceUrl());
      }
      if (g.zoneName != null && JSON_ZONE.matcher(g.zoneName).find()) {
        j.writeStringField("time_zone_name", g.zoneName);
      } else if (g.zoneName != null) {
        j.writeObjectFieldStart("meta");
        j.writeStringField("time_zone_name", g.zoneName);
        j.writeEndObject();
      }
      j.writeArrayFieldStart("rooms");
      for (String room : g.allRooms()) {
        writeJsonRoom(g, j, room);
      }
      j.writeEndArray();
      j.writeArrayFieldStart("days");
      for (Grid.Day d : g.days) {
        j.writeStartObject();
        j.writeNumberField("index", d.index());
        j.writeStringField("date", d.date().toString());
        j.writeStringField("day_start", Grid.dateTime(d.start()));
        j.writeStringField("day_end", Grid.dateTime(d.end()));
        j.writeObjectFieldStart("rooms");
        for (Map.Entry<String, List<Grid.Entry>> room : d.rooms().entrySet()) {
          j.writeArrayFieldStart(room.getKey());
          for (Grid.Entry e : room.getValue()) {
            writeJsonEntry(g, j, e);
          }
          j.writeEndArray();
        }
        j.writeEndObject();
        j.writeEndObject();
      }
      j.writeEndArray();
      j.writeEndObject();
      j.writeEndObject();
      j.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return new WrittenSchedule(out + "\n", g.notesWith("schedule.json"));
  }

  /**
   * A conference room: name, guid and the fields kept from a source that the schema's {@code Room}
   * has.
   */
  private static void writeJsonRoom(Grid g, JsonGenerator j, String room) throws IOException {
    j.writeStartObject();
    j.writeStringField("name", room);
    j.writeStringField("guid", g.roomGuid(room).toString());
    for (Map.Entry<String, String> f : g.roomFields(room).entrySet()) {
      String v = f.getValue();
      switch (f.getKey()) {
        case "guid" -> {} // written above
        case "description", "stream_id" -> j.writeStringField(f.getKey(), v);
        case "capacity" -> {
          if (v.matches("[0-9]{1,9}")) {
            j.writeNumberField("capacity", Integer.parseInt(v));
          } else {
            g.notWritten("room capacity that is not a whole number");
          }
        }
        case "url" -> writeIf(g, j, "url", v, Grid.isHttp(v), "room url");
        case "slug" -> writeIf(g, j, "slug", v, JSON_SLUG.matcher(v).matches(), "room slug");
        case "type" -> writeIf(g, j, "type", v, ROOM_TYPES.contains(v), "room type");
        default -> g.notWritten("room " + f.getKey());
      }
    }
    j.writeEndObject();
  }

  private static void writeIf(
      Grid g, JsonGenerator j, String key, String value, boolean fits, String what)
      throws IOException {
    if (fits) {
      j.writeStringField(key, value);
    } else {
      g.notWritten(what + " the schema does not allow");
    }
  }

  private static void writeJsonEntry(Grid g, JsonGenerator j, Grid.Entry e) throws IOException {
    Topic t = e.topic();
    j.writeStartObject();
    j.writeStringField("guid", e.guid().toString());
    if (e.code() != null) {
      j.writeStringField("code", e.code());
    }
    j.writeNumberField("id", e.id());
    j.writeStringField("date", Grid.dateTime(e.start()));
    j.writeStringField(
        "start",
        String.format(
            java.util.Locale.ROOT, "%02d:%02d", e.start().getHour(), e.start().getMinute()));
    j.writeStringField("duration", e.durationText());
    if (!e.duration().isZero()) {
      j.writeStringField("end", Grid.dateTime(e.start().plus(e.duration())));
    }
    j.writeStringField("room", e.room());
    j.writeStringField("slug", e.slug());
    j.writeStringField("url", g.url(e));
    j.writeStringField("title", t.title());
    j.writeStringField("subtitle", t.extra().get(Grid.SUBTITLE));
    j.writeStringField("track", t.extra().get(Grid.TRACK));
    j.writeStringField("type", g.extra(t, Grid.TYPE, Grid.DEFAULT_TYPE));
    j.writeStringField("language", t.extra().get(Grid.LANGUAGE));
    j.writeStringField("abstract", t.description());
    String license = t.extra().get(Kept.RECORDING_LICENSE);
    if (license != null) {
      j.writeStringField("recording_license", license);
    }
    if (Grid.doNotRecord(t)) {
      j.writeBooleanField("do_not_record", true);
    }
    for (String[] f :
        new String[][] {{"feedback_url", Kept.FEEDBACK_URL}, {"origin_url", Kept.ORIGIN_URL}}) {
      String v = t.extra().get(f[1]);
      if (v != null) {
        writeIf(g, j, f[0], v, Grid.isHttp(v), "entry " + f[0]);
      }
    }
    j.writeArrayFieldStart("persons");
    for (Person p : t.contacts()) {
      j.writeStartObject();
      j.writeStringField("name", p.name());
      // the schema's Person is one of FrabPerson (id and public_name) and PretalxPerson (name):
      // with a
      // name written, public_name is left out, or both would match
      for (Map.Entry<String, String> f : e.persons().getOrDefault(p.name(), Map.of()).entrySet()) {
        String v = f.getValue();
        switch (f.getKey()) {
          case "id" -> {
            if (INTEGER.matcher(v).matches()) {
              j.writeNumberField("id", Integer.parseInt(v));
            } else {
              g.notWritten("person id that is not a whole number");
            }
          }
          case "guid" -> writeIf(g, j, "guid", v, Grid.uuid(v) != null, "person guid");
          case "code" -> writeIf(g, j, "code", v, v.matches("[A-Z0-9]+"), "person code");
          case "url", "avatar" ->
              writeIf(g, j, f.getKey(), v, Grid.isHttp(v), "person " + f.getKey());
          case "biography" -> j.writeStringField("biography", v);
          default -> g.notWritten("person " + f.getKey());
        }
      }
      j.writeEndObject();
    }
    j.writeEndArray();
    j.writeArrayFieldStart("links");
    for (Map.Entry<String, String> link : e.links()) {
      j.writeStartObject();
      j.writeStringField("url", link.getValue());
      j.writeStringField("title", link.getKey());
      j.writeEndObject();
    }
    j.writeEndArray();
    j.writeEndObject();
  }

  /**
   * XML text with the escapes XML 1.0 needs: markup characters as entities; in attributes also tab
   * and line breaks as character references (attribute-value normalisation would turn them into
   * spaces); {@code \r} everywhere (end-of-line handling would drop it); characters XML 1.0 cannot
   * hold at all (C0 controls, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD, with a note.
   */
  private static final class XmlOut {
    private final StringBuilder sb = new StringBuilder(4096);
    private final List<String> notes;

    XmlOut(List<String> notes) {
      this.notes = notes;
    }

    XmlOut raw(String s) {
      sb.append(s);
      return this;
    }

    XmlOut element(int indent, String name, String value, String what) {
      sb.append(" ".repeat(indent)).append('<').append(name).append('>');
      text(value, what);
      sb.append("</").append(name).append(">\n");
      return this;
    }

    XmlOut text(String s, String what) {
      return escape(s, false, what);
    }

    XmlOut attr(String s, String what) {
      return escape(s, true, what);
    }

    private XmlOut escape(String s, boolean attribute, String what) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '&' -> sb.append("&amp;");
          case '"' -> sb.append(attribute ? "&quot;" : "\"");
          case '\r' -> sb.append("&#13;");
          case '\t', '\n' -> {
            if (attribute) {
              sb.append("&#").append((int) c).append(';');
            } else {
              sb.append(c);
            }
          }
          default -> {
            if (Character.isHighSurrogate(c)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
              sb.append('\uFFFD');
              notes.add(
                  String.format(
                      java.util.Locale.ROOT,
                      "%s: character U+%04X replaced by U+FFFD (XML 1.0 cannot hold it)",
                      what,
                      (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      return this;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
