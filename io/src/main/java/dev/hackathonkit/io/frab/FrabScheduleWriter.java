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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an event's schedule in the frab / c3voc format that frab and pretalx publish and conference
 * apps read, as {@code schedule.xml} (valid against the c3voc {@code schedule.xml.xsd}) or {@code
 * schedule.json} (valid against the c3voc JSON schema, version 1).
 *
 * <p>Mapping: the conference has the event's title, an acronym from its id (lower case, other
 * characters as {@code _}, padded to four), first and last date, number of days and time zone name;
 * each date with scheduled topics or an event day is a {@code day} (from its opening to its closing
 * hour, a day without hours from midnight to midnight); each topic with a {@link
 * dev.hackathonkit.model.Slot} is an {@code event} in the room of its slot (an empty room name when it
 * has none), with a stable {@code guid} (a version-5 UUID from the event and topic ids, so re-exports
 * keep it), {@code id} (its position), {@code date} (start with offset), {@code start} ({@code hh:mm}),
 * {@code duration} ({@code hh:mm}, {@code 00:00} when the slot has no end), {@code title}, {@code
 * abstract} (the description), {@code slug} ({@code acronym-topicid}), {@code persons} (the
 * contacts' names), {@code links} (the topic's extra values that are http(s) URLs, titled by their
 * key) and {@code url} (the source page with the topic id as fragment, else {@code urn:uuid:GUID}).
 * The topic's {@code Type}, {@code Track}, {@code Subtitle} and {@code Language} extras fill those
 * elements; the type is {@code other} without one. Topics without a slot are not invented into the
 * grid: {@link WrittenSchedule#notes()} lists them. Venue, attendees, comments and the remaining topic
 * fields have no place in the format.
 *
 * <p>JSON: a time zone name outside the schema's pattern ({@code Area/Location}, or {@code UTC}; for
 * example {@code Etc/GMT+5}, {@code US/Eastern}) goes to {@code conference.meta.time_zone_name}, which
 * the schema leaves open and {@link FrabScheduleReader} reads.
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

  private static final FrabScheduleWriter STANDARD = new FrabScheduleWriter();

  private FrabScheduleWriter() {}

  /** The writer. */
  public static FrabScheduleWriter standard() {
    return STANDARD;
  }

  /**
   * Writes {@code schedule.xml}.
   *
   * @throws IllegalArgumentException if the event has neither days nor scheduled topics (the format
   *     needs at least one {@code day})
   */
  public WrittenSchedule writeXml(Event event) {
    requireNonNull(event, "event");
    Grid g = new Grid(event);
    XmlOut x = new XmlOut(g.notes);
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    x.raw("  <generator name=\"").attr(GENERATOR, "generator").raw("\"/>\n");
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
    x.element(4, "time_zone_name", g.zone.getId(), "time zone");
    x.raw("  </conference>\n");
    for (Grid.Day d : g.days) {
      x.raw("  <day index=\"").raw(Integer.toString(d.index())).raw("\" date=\"").raw(d.date().toString())
          .raw("\" start=\"").raw(Grid.dateTime(d.start())).raw("\" end=\"")
          .raw(Grid.dateTime(d.end())).raw("\">\n");
      for (Map.Entry<String, List<Grid.Entry>> room : d.rooms().entrySet()) {
        x.raw("    <room name=\"").attr(room.getKey(), "room").raw("\" guid=\"")
            .raw(Guids.room(event.id(), room.getKey()).toString()).raw("\">\n");
        for (Grid.Entry e : room.getValue()) {
          writeXmlEntry(g, x, e);
        }
        x.raw("    </room>\n");
      }
      x.raw("  </day>\n");
    }
    x.raw("</schedule>\n");
    return new WrittenSchedule(x.toString(), g.notes);
  }

  private static void writeXmlEntry(Grid g, XmlOut x, Grid.Entry e) {
    Topic t = e.topic();
    String what = "topic '" + t.title() + "'";
    x.raw("      <event guid=\"").raw(e.guid().toString()).raw("\" id=\"").raw(Integer.toString(e.id()))
        .raw("\">\n");
    x.element(8, "room", e.room(), what + " room");
    x.element(8, "title", t.title(), what + " title");
    String subtitle = t.extra().get(Grid.SUBTITLE);
    if (subtitle != null) {
      x.element(8, "subtitle", subtitle, what + " subtitle");
    }
    x.element(8, "type", g.extra(t, Grid.TYPE, Grid.DEFAULT_TYPE), what + " type");
    x.element(8, "date", Grid.dateTime(e.start()), "date");
    x.element(8, "start", String.format(java.util.Locale.ROOT, "%02d:%02d", e.start().getHour(),
        e.start().getMinute()), "start");
    x.element(8, "duration", e.durationText(), "duration");
    x.element(8, "abstract", t.description() != null ? t.description() : "", what + " description");
    if (e.slug().matches("[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}")) {
      x.element(8, "slug", e.slug(), "slug");
    }
    x.element(8, "track", g.extra(t, Grid.TRACK, ""), what + " track");
    if (!t.contacts().isEmpty()) {
      x.raw("        <persons>\n");
      for (Person p : t.contacts()) {
        x.element(10, "person", p.name(), what + " contact");
      }
      x.raw("        </persons>\n");
    }
    String language = t.extra().get(Grid.LANGUAGE);
    if (language != null) {
      x.element(8, "language", language, what + " language");
    }
    if (!e.links().isEmpty()) {
      x.raw("        <links>\n");
      for (Map.Entry<String, String> link : e.links()) {
        x.raw("          <link href=\"").attr(link.getValue(), what + " link").raw("\">")
            .text(link.getKey(), what + " link").raw("</link>\n");
      }
      x.raw("        </links>\n");
    }
    String url = g.url(e);
    if (Grid.isHttp(url)) {
      x.element(8, "url", url, "url");
    }
    x.raw("      </event>\n");
  }

  /**
   * Writes {@code schedule.json}.
   *
   * @throws IllegalArgumentException if the event has neither days nor scheduled topics
   */
  public WrittenSchedule writeJson(Event event) {
    requireNonNull(event, "event");
    Grid g = new Grid(event);
    StringWriter out = new StringWriter();
    try (JsonGenerator j = JSON.createGenerator(out)) {
      j.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      j.writeStartObject();
      j.writeObjectFieldStart("generator");
      j.writeStringField("name", GENERATOR);
      j.writeEndObject();
      j.writeObjectFieldStart("schedule");
      j.writeStringField("version", VERSION);
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
      ZoneId zone = g.zone;
      if (JSON_ZONE.matcher(zone.getId()).find()) {
        j.writeStringField("time_zone_name", zone.getId());
      } else {
        j.writeObjectFieldStart("meta");
        j.writeStringField("time_zone_name", zone.getId());
        j.writeEndObject();
      }
      j.writeArrayFieldStart("rooms");
      for (String room : g.rooms) {
        j.writeStartObject();
        j.writeStringField("name", room);
        j.writeStringField("guid", Guids.room(event.id(), room).toString());
        j.writeEndObject();
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
    return new WrittenSchedule(out + "\n", g.notes);
  }

  private static void writeJsonEntry(Grid g, JsonGenerator j, Grid.Entry e) throws IOException {
    Topic t = e.topic();
    j.writeStartObject();
    j.writeStringField("guid", e.guid().toString());
    j.writeNumberField("id", e.id());
    j.writeStringField("date", Grid.dateTime(e.start()));
    j.writeStringField("start", String.format(java.util.Locale.ROOT, "%02d:%02d", e.start().getHour(),
        e.start().getMinute()));
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
    j.writeArrayFieldStart("persons");
    for (Person p : t.contacts()) {
      j.writeStartObject();
      j.writeStringField("name", p.name());
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
   * XML text with the escapes XML 1.0 needs: markup characters as entities; in attributes also tab and
   * line breaks as character references (attribute-value normalisation would turn them into spaces);
   * {@code \r} everywhere (end-of-line handling would drop it); characters XML 1.0 cannot hold at all
   * (C0 controls, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD, with a note.
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
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
              sb.append('\uFFFD');
              notes.add(String.format(java.util.Locale.ROOT,
                  "%s: character U+%04X replaced by U+FFFD (XML 1.0 cannot hold it)", what, (int) c));
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
