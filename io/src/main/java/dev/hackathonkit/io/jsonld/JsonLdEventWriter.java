package dev.hackathonkit.io.jsonld;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes an event as a schema.org {@code Event} in JSON-LD ({@code "@context":
 * "https://schema.org"}), the markup search engines read.
 *
 * <p>Mapping (schema.org property names): {@code identifier} the event id, {@code name} the title,
 * {@code startDate} and {@code endDate} the first day's opening and the last day's closing (both as
 * dates when either day has no hours) as ISO 8601 date-times with the offset of the event's time
 * zone ({@code 2013-05-16T09:00:00+01:00}; a plain date for a day without hours), {@code location}
 * a {@code Place} with the venue's name and a {@code PostalAddress} ({@code streetAddress}, {@code
 * postalCode}, {@code addressLocality}, {@code addressCountry}), {@code url} the source page, each
 * link a {@code WebPage} in {@code subjectOf}, and each topic with a slot a {@code subEvent}: an
 * {@code Event} with its {@code identifier}, {@code name}, {@code description}, {@code startDate},
 * {@code endDate}, room as {@code location} ({@code Place}) and contacts as {@code performer}s
 * ({@code Person} with {@code affiliation} an {@code Organization}). Attendees are personal data:
 * they are written, as {@code attendee} {@code Person}s, only by a writer made {@link
 * #withAttendees(boolean) withAttendees(true)}. Unscheduled topics, comments and the other topic
 * fields have no schema.org {@code Event} property and are not written.
 *
 * <p>Time zones: schema.org and search engines read a {@code startDate} with a time as an instant
 * and need its offset (ISO 8601 {@code 2026-10-17T09:00:00+02:00}). An event without a time zone
 * states local times only, which name no instant: its {@code startDate} and {@code endDate}, the
 * event's and each {@code subEvent}'s, are plain dates ({@code 2026-10-17}), which are true, rather
 * than times with a guessed offset; {@link #notes} says so. Give the event its zone to have the
 * times written.
 *
 * <pre>{@code
 * String markup = JsonLdEventWriter.standard().write(event);   // for <script type="application/ld+json">
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLdEventWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final DateTimeFormatter OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final JsonLdEventWriter STANDARD = new JsonLdEventWriter(false);

  private final boolean attendees;

  private JsonLdEventWriter(boolean attendees) {
    this.attendees = attendees;
  }

  /** A writer that leaves attendees out. */
  public static JsonLdEventWriter standard() {
    return STANDARD;
  }

  /**
   * A copy that writes ({@code true}) the attendees as {@code attendee}s: names are personal data.
   */
  public JsonLdEventWriter withAttendees(boolean attendees) {
    return new JsonLdEventWriter(attendees);
  }

  /**
   * What {@link #write} leaves out of {@code event}'s facts or cannot give it, one sentence each:
   * the times of an event without a time zone (written as dates); the {@code startDate} of an event
   * without days (schema.org does not require one, search engines do for an {@code Event}). Empty
   * when nothing is missing.
   */
  public List<String> notes(Event event) {
    requireNonNull(event, "event");
    List<String> notes = new java.util.ArrayList<>();
    if (event.days().isEmpty()) {
      notes.add(
          "the event has no days: no startDate or endDate (search engines need a startDate for an Event)");
    }
    boolean times =
        event.days().stream().anyMatch(EventDay::hasHours)
            || event.topics().stream().anyMatch(t -> t.slot() != null);
    if (event.timeZone() == null && times) {
      notes.add(
          "the event states no time zone: startDate and endDate are written as dates without their times"
              + " (a schema.org date-time needs an offset)");
    }
    return List.copyOf(notes);
  }

  /** The event as a JSON-LD document, two-space indented, ending with a line break. */
  public String write(Event event) {
    requireNonNull(event, "event");
    StringWriter out = new StringWriter();
    try (JsonGenerator j = JSON.createGenerator(out)) {
      j.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      j.writeStartObject();
      j.writeStringField("@context", "https://schema.org");
      j.writeStringField("@type", "Event");
      j.writeStringField("identifier", event.id());
      j.writeStringField("name", event.title());
      ZoneId zone = event.timeZone();
      if (!event.days().isEmpty()) {
        EventDay first = event.days().get(0);
        EventDay last = event.days().get(event.days().size() - 1);
        // both with their times, or both as dates: a date beside a date-time reads as two kinds of
        // value
        boolean times = first.hasHours() && last.hasHours();
        j.writeStringField("startDate", when(first.date(), times ? first.opens() : null, zone));
        j.writeStringField("endDate", when(last.date(), times ? last.closes() : null, zone));
      }
      Venue v = event.venue();
      if (v != null && !v.displayName().isEmpty()) {
        j.writeObjectFieldStart("location");
        j.writeStringField("@type", "Place");
        writeIfPresent(j, "name", v.name());
        if (v.street() != null || v.postcode() != null || v.city() != null || v.country() != null) {
          j.writeObjectFieldStart("address");
          j.writeStringField("@type", "PostalAddress");
          writeIfPresent(j, "streetAddress", v.street());
          writeIfPresent(j, "postalCode", v.postcode());
          writeIfPresent(j, "addressLocality", v.city());
          writeIfPresent(j, "addressCountry", v.country());
          j.writeEndObject();
        }
        j.writeEndObject();
      }
      if (event.source() != null && event.source().url() != null) {
        j.writeStringField("url", event.source().url().toString());
      }
      if (!event.links().isEmpty()) {
        j.writeArrayFieldStart("subjectOf");
        for (Link l : event.links()) {
          j.writeStartObject();
          j.writeStringField("@type", "WebPage");
          j.writeStringField("url", l.target());
          writeIfPresent(j, "name", l.label());
          j.writeEndObject();
        }
        j.writeEndArray();
      }
      boolean anySlot = event.topics().stream().anyMatch(t -> t.slot() != null);
      if (anySlot) {
        j.writeArrayFieldStart("subEvent");
        for (Topic t : event.topics()) {
          if (t.slot() != null) {
            writeTopic(j, t, zone);
          }
        }
        j.writeEndArray();
      }
      if (attendees && !event.attendees().isEmpty()) {
        j.writeArrayFieldStart("attendee");
        for (Attendee a : event.attendees()) {
          writePerson(j, a.name(), a.affiliation());
        }
        j.writeEndArray();
      }
      j.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out + "\n";
  }

  private static void writeTopic(JsonGenerator j, Topic t, @Nullable ZoneId zone)
      throws IOException {
    Slot s =
        java.util.Objects.requireNonNull(
            t.slot(), "only scheduled topics are written as subEvents");
    j.writeStartObject();
    j.writeStringField("@type", "Event");
    j.writeStringField("identifier", t.id());
    j.writeStringField("name", t.title());
    writeIfPresent(j, "description", t.description());
    j.writeStringField("startDate", when(s.date(), s.start(), zone));
    if (s.end() != null) {
      j.writeStringField("endDate", when(s.date(), s.end(), zone));
    }
    if (s.room() != null) {
      j.writeObjectFieldStart("location");
      j.writeStringField("@type", "Place");
      j.writeStringField("name", s.room());
      j.writeEndObject();
    }
    if (!t.contacts().isEmpty()) {
      j.writeArrayFieldStart("performer");
      for (Person p : t.contacts()) {
        writePerson(j, p.name(), p.affiliation());
      }
      j.writeEndArray();
    }
    j.writeEndObject();
  }

  private static void writePerson(JsonGenerator j, String name, @Nullable String affiliation)
      throws IOException {
    j.writeStartObject();
    j.writeStringField("@type", "Person");
    j.writeStringField("name", name);
    if (affiliation != null) {
      j.writeObjectFieldStart("affiliation");
      j.writeStringField("@type", "Organization");
      j.writeStringField("name", affiliation);
      j.writeEndObject();
    }
    j.writeEndObject();
  }

  private static void writeIfPresent(JsonGenerator j, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      j.writeStringField(name, value);
    }
  }

  /**
   * A date-time with the zone's offset at that moment; a date without a time or without a zone
   * ({@link #notes}).
   */
  private static String when(LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone) {
    if (time == null || zone == null) {
      return date.toString();
    }
    return OFFSET.format(LocalDateTime.of(date, time).atZone(zone));
  }
}
