package dev.hackathonkit.io.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import dev.hackathonkit.model.testing.RandomEvents;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Parses the output with an independent JSON-LD 1.1 processor (titanium-json-ld) and compares the
 * expanded graph with the model. Tests stay offline: the loader answers {@code https://schema.org}
 * with a stand-in context that, like the published one, maps every term into the {@code
 * http://schema.org/} vocabulary.
 */
class JsonLdEventWriterTest {
  private static final String S = "http://schema.org/";
  private static final DocumentLoader OFFLINE =
      (url, options) -> {
        if (!url.toString().matches("https?://schema\\.org/?")) {
          throw new AssertionError("unexpected remote context " + url);
        }
        try (InputStream in =
            JsonLdEventWriterTest.class.getResourceAsStream("schema-org-context.jsonld")) {
          return JsonDocument.of(in);
        } catch (java.io.IOException e) {
          throw new AssertionError(e);
        }
      };

  static Event summit() {
    LocalDate d = LocalDate.of(2026, 10, 24);
    return Event.builder()
        .id("gnu-tools-cauldron")
        .title("Tools Cauldron 2026")
        .timeZone(ZoneId.of("America/Toronto"))
        .addDay(EventDay.of(d, LocalTime.of(9, 0), LocalTime.of(17, 30)))
        .addDay(EventDay.of(d.plusDays(1), LocalTime.of(9, 30), LocalTime.of(16, 0)))
        .venue(new Venue("Maple Hall", "200 Front Street", "M5V 3L9", "Toronto", "Canada"))
        .addTopic(
            Topic.builder()
                .id("linker-plugins")
                .title("Linker plugins")
                .description("State of the art.")
                .addContact(new Person("Priya Raman", null, "Example Labs", null))
                .slot(new Slot(d, LocalTime.of(11, 0), LocalTime.of(11, 45), "Room 2"))
                .build())
        .addTopic(Topic.builder().id("unscheduled").title("Hallway ideas").build())
        .addAttendee(new Attendee("Olu Adeyemi", "Example Co", AttendeeStatus.CONFIRMED))
        .build();
  }

  @Test
  void expandedGraphHoldsTheEventItsPlaceAndScheduledTopics() throws Exception {
    JsonObject e = expand(JsonLdEventWriter.standard().write(summit()));
    assertThat(types(e)).containsExactly(S + "Event");
    assertThat(value(e, "name")).isEqualTo("Tools Cauldron 2026");
    assertThat(value(e, "startDate")).isEqualTo("2026-10-24T09:00:00-04:00");
    assertThat(value(e, "endDate")).isEqualTo("2026-10-25T16:00:00-04:00");
    JsonObject place = node(e, "location");
    assertThat(types(place)).containsExactly(S + "Place");
    assertThat(value(place, "name")).isEqualTo("Maple Hall");
    JsonObject address = node(place, "address");
    assertThat(types(address)).containsExactly(S + "PostalAddress");
    assertThat(
            List.of(
                value(address, "streetAddress"),
                value(address, "postalCode"),
                value(address, "addressLocality"),
                value(address, "addressCountry")))
        .containsExactly("200 Front Street", "M5V 3L9", "Toronto", "Canada");
    JsonArray sub = e.getJsonArray(S + "subEvent");
    assertThat(sub).hasSize(1);
    JsonObject talk = sub.getJsonObject(0);
    assertThat(value(talk, "startDate")).isEqualTo("2026-10-24T11:00:00-04:00");
    assertThat(value(talk, "endDate")).isEqualTo("2026-10-24T11:45:00-04:00");
    JsonObject performer = node(talk, "performer");
    assertThat(types(performer)).containsExactly(S + "Person");
    assertThat(value(performer, "name")).isEqualTo("Priya Raman");
    assertThat(value(node(performer, "affiliation"), "name")).isEqualTo("Example Labs");
    assertThat(e.containsKey(S + "attendee")).isFalse();
  }

  @Test
  void attendeesOnlyWhenAskedFor() throws Exception {
    JsonObject e = expand(JsonLdEventWriter.standard().withAttendees(true).write(summit()));
    JsonObject a = node(e, "attendee");
    assertThat(value(a, "name")).isEqualTo("Olu Adeyemi");
    assertThat(value(node(a, "affiliation"), "name")).isEqualTo("Example Co");
  }

  @Test
  void anEventWithoutAZoneHasDatesWithoutTimesAndANoteSayingSo() throws Exception {
    Event floating = summit().toBuilder().timeZone(null).build();
    JsonObject e = expand(JsonLdEventWriter.standard().write(floating));
    // a date-time without an offset names no instant: plain dates, which are true
    assertThat(value(e, "startDate")).isEqualTo("2026-10-24");
    assertThat(value(e, "endDate")).isEqualTo("2026-10-25");
    JsonObject talk = e.getJsonArray(S + "subEvent").getJsonObject(0);
    assertThat(value(talk, "startDate")).isEqualTo("2026-10-24");
    assertThat(value(talk, "endDate")).isEqualTo("2026-10-24");
    assertThat(JsonLdEventWriter.standard().write(floating)).doesNotContain("T09:00", "T11:00");
    assertThat(JsonLdEventWriter.standard().notes(floating))
        .containsExactly(
            "the event states no time zone: startDate"
                + " and endDate are written as dates without their times (a schema.org date-time needs an offset)");
    assertThat(JsonLdEventWriter.standard().notes(summit())).isEmpty();
    Event undated = summit().toBuilder().days(List.of()).build();
    JsonObject u = expand(JsonLdEventWriter.standard().write(undated));
    assertThat(u.containsKey(S + "startDate")).isFalse();
    assertThat(value(u, "name")).isEqualTo("Tools Cauldron 2026");
    assertThat(JsonLdEventWriter.standard().notes(undated))
        .containsExactly(
            "the event has no days: no startDate or endDate (search engines need a startDate for an Event)");
  }

  @Test
  void seedAndGeneratedEventsExpandToTheirModel() throws Exception {
    List<Event> events = new ArrayList<>();
    events.add(
        JsonEventCodec.standard()
            .read(Path.of("src/test/resources/golden/xen-hackathon-may2013.json"))
            .event());
    for (long seed = 0; seed < 300; seed++) {
      events.add(RandomEvents.event(seed));
    }
    DateTimeFormatter offset = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    for (Event ev : events) {
      JsonObject e = expand(JsonLdEventWriter.standard().withAttendees(true).write(ev));
      assertThat(value(e, "identifier")).isEqualTo(ev.id());
      assertThat(value(e, "name")).isEqualTo(ev.title());
      EventDay first = ev.days().get(0);
      EventDay last = ev.days().get(ev.days().size() - 1);
      boolean times = first.hasHours() && last.hasHours();
      assertThat(value(e, "startDate"))
          .as(ev.id())
          .isEqualTo(
              times
                  ? offset.format(
                      LocalDateTime.of(first.date(), first.opens()).atZone(ev.timeZone()))
                  : first.date().toString());
      assertThat(value(e, "endDate"))
          .as(ev.id())
          .isEqualTo(
              times
                  ? offset.format(
                      LocalDateTime.of(last.date(), last.closes()).atZone(ev.timeZone()))
                  : last.date().toString());
      List<Topic> scheduled = ev.topics().stream().filter(t -> t.slot() != null).toList();
      JsonArray sub =
          e.containsKey(S + "subEvent")
              ? e.getJsonArray(S + "subEvent")
              : JsonValue.EMPTY_JSON_ARRAY;
      assertThat(sub.stream().map(v -> value(v.asJsonObject(), "identifier")).toList())
          .containsExactlyInAnyOrderElementsOf(scheduled.stream().map(Topic::id).toList());
      for (JsonValue v : sub) {
        Topic t =
            scheduled.stream()
                .filter(x -> x.id().equals(value(v.asJsonObject(), "identifier")))
                .findFirst()
                .orElseThrow();
        assertThat(value(v.asJsonObject(), "name")).isEqualTo(t.title());
        assertThat(value(v.asJsonObject(), "startDate"))
            .isEqualTo(
                offset.format(
                    LocalDateTime.of(t.slot().date(), t.slot().start()).atZone(ev.timeZone())));
      }
      int attendees = e.containsKey(S + "attendee") ? e.getJsonArray(S + "attendee").size() : 0;
      assertThat(attendees).isEqualTo(ev.attendees().size());
    }
  }

  private static JsonObject expand(String json) throws Exception {
    JsonArray expanded =
        JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(OFFLINE).get();
    assertThat(expanded).hasSize(1);
    return expanded.getJsonObject(0);
  }

  private static List<String> types(JsonObject o) {
    return o.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static String value(JsonObject o, String property) {
    JsonArray values = o.getJsonArray(S + property);
    assertThat(values).as(property).hasSize(1);
    return values.getJsonObject(0).getString("@value");
  }

  private static JsonObject node(JsonObject o, String property) {
    JsonArray values = o.getJsonArray(S + property);
    assertThat(values).as(property).hasSize(1);
    return values.getJsonObject(0);
  }

  @Test
  void startAndEndAreBothDatesWhenEitherDayHasNoHours() throws Exception {
    Event e =
        Event.builder()
            .title("Nachtcode")
            .timeZone(ZoneId.of("Europe/Berlin"))
            .addDay(new EventDay(LocalDate.of(2026, 10, 16), null, null))
            .addDay(
                EventDay.of(LocalDate.of(2026, 10, 17), LocalTime.of(9, 0), LocalTime.of(18, 0)))
            .build();
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(JsonLdEventWriter.standard().write(e));
    assertThat(json.path("startDate").asText()).isEqualTo("2026-10-16");
    assertThat(json.path("endDate").asText()).isEqualTo("2026-10-17");
  }
}
