package dev.hackathonkit.io.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.testing.RandomEvents;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrabScheduleWriterTest {
  private static final FrabScheduleWriter WRITER = FrabScheduleWriter.standard();

  /** A two-day sprint with two rooms, a talk without an end and a topic without a slot. */
  static Event sprint() {
    LocalDate d1 = LocalDate.of(2026, 3, 27);
    return Event.builder()
        .id("pg-sprint-2026")
        .title("Packaging Sprint 2026")
        .timeZone(ZoneId.of("Europe/Lisbon"))
        .addDay(EventDay.of(d1, LocalTime.of(9, 30), LocalTime.of(18, 0)))
        .addDay(new EventDay(d1.plusDays(1), null, null))
        .source(
            new Source(
                "Example Wiki",
                "Sprints/2026",
                URI.create("https://wiki.example.net/Sprints/2026"),
                null,
                null))
        .addTopic(
            Topic.builder()
                .id("reproducible-builds")
                .title("Reproducible builds & <you>")
                .description("Why bit-for-bit matters.\n\n- compare hashes\n- fix timestamps")
                .addContact(new Person("Inês Carvalho", null, "Lisbon LUG", null))
                .addContact(new Person("Tomasz Wójcik", null, null, null))
                .slot(new Slot(d1, LocalTime.of(10, 0), LocalTime.of(11, 30), "Sala\tAzul"))
                .putExtra("Slides", "https://slides.example.net/rb.pdf")
                .putExtra("Type", "workshop")
                .build())
        .addTopic(
            Topic.builder()
                .id("lightning")
                .title("Lightning talks")
                .slot(new Slot(d1.plusDays(1), LocalTime.of(16, 0), null, null))
                .build())
        .addTopic(Topic.builder().id("ci-matrix").title("CI matrix clean-up").build())
        .build();
  }

  @Test
  void writesConferenceDaysRoomsAndEntriesAndListsTopicsWithoutSlot() {
    WrittenSchedule xml = WRITER.writeXml(sprint());
    assertThat(xml.text())
        .contains(
            "<acronym>pg_sprint_2026</acronym>",
            "<time_zone_name>Europe/Lisbon</time_zone_name>",
            "<day index=\"1\" date=\"2026-03-27\" start=\"2026-03-27T09:30:00Z\" end=\"2026-03-27T18:00:00Z\">",
            // a day without hours runs midnight to midnight; DST starts in Lisbon on 29 March
            "<day index=\"2\" date=\"2026-03-28\" start=\"2026-03-28T00:00:00Z\" end=\"2026-03-29T00:00:00Z\">",
            "<room name=\"Sala&#9;Azul\"",
            "<title>Reproducible builds &amp; &lt;you&gt;</title>",
            "<type>workshop</type>",
            "<date>2026-03-27T10:00:00Z</date>",
            "<start>10:00</start>",
            "<duration>01:30</duration>",
            "<person>Inês Carvalho</person>",
            "<link href=\"https://slides.example.net/rb.pdf\">Slides</link>",
            "<url>https://wiki.example.net/Sprints/2026#reproducible-builds</url>",
            "<slug>pg_sprint_2026-lightning</slug>",
            "<duration>00:00</duration>",
            "<room name=\"\"")
        .doesNotContain("ci-matrix", "CI matrix");
    assertThat(xml.notes())
        .containsExactly("topic 'CI matrix clean-up' (ci-matrix) has no slot: not in the schedule");
    assertThat(WRITER.writeJson(sprint()).notes()).isEqualTo(xml.notes());
  }

  @Test
  void guidsAreVersion5FromEventAndTopicIdsAndStableAcrossExports() throws Exception {
    Event e = sprint();
    JsonNode first = FrabSchemas.MAPPER.readTree(WRITER.writeJson(e).text());
    JsonNode entry = first.at("/schedule/conference/days/0/rooms/Sala\tAzul/0");
    UUID guid = UUID.fromString(entry.get("guid").asText());
    assertThat(guid.version()).isEqualTo(5);
    assertThat(guid).isEqualTo(Guids.topic("pg-sprint-2026", "reproducible-builds"));
    // another export after edits elsewhere keeps the guid; another event with the same topic does
    // not
    Event edited =
        e.toBuilder()
            .title("Packaging Sprint (moved)")
            .topics(List.of(e.topics().get(1), e.topics().get(0)))
            .build();
    assertThat(WRITER.writeXml(edited).text()).contains("guid=\"" + guid + "\"");
    Event other = e.toBuilder().id("pg-sprint-2027").build();
    assertThat(WRITER.writeXml(other).text()).doesNotContain(guid.toString());
    // the algorithm agrees with an independent implementation: Python's uuid.uuid5(NAMESPACE_URL,
    // ...)
    assertThat(Guids.v5("https://example.org/"))
        .isEqualTo(UUID.fromString("527dda32-a0de-5105-a042-cb475b5f7d11"));
  }

  @Test
  void sprintAndSeedEventValidateAgainstTheXsdAndTheJsonSchema(@TempDir Path dir) throws Exception {
    Event seed =
        JsonEventCodec.standard()
            .read(Path.of("src/test/resources/golden/xen-hackathon-may2013.json"))
            .event();
    JsonSchema schema = FrabSchemas.jsonSchema();
    List<Path> files = new ArrayList<>();
    for (Event e : List.of(sprint(), seed)) {
      Path xml = dir.resolve(e.id() + ".xml");
      Files.writeString(xml, WRITER.writeXml(e).text());
      files.add(xml);
      assertThat(FrabSchemas.validateJson(schema, WRITER.writeJson(e).text())).as(e.id()).isEmpty();
    }
    assertThat(FrabSchemas.xmllint(files)).isEmpty();
    // the seed has no scheduled topic: its two days are there and all 16 topics are noted
    assertThat(WRITER.writeXml(seed).notes()).hasSize(16);
  }

  @Test
  void thousandGeneratedEventsValidateAgainstTheXsdAndTheJsonSchema(@TempDir Path dir)
      throws Exception {
    JsonSchema schema = FrabSchemas.jsonSchema();
    List<Path> files = new ArrayList<>();
    for (long seed = 0; seed < 1000; seed++) {
      Event e = RandomEvents.event(seed);
      Path xml = dir.resolve("seed-" + seed + ".xml");
      Files.writeString(xml, WRITER.writeXml(e).text());
      files.add(xml);
      assertThat(FrabSchemas.validateJson(schema, WRITER.writeJson(e).text()))
          .as("seed %d", seed)
          .isEmpty();
    }
    assertThat(FrabSchemas.xmllint(files)).isEmpty();
  }

  @Test
  void checkersRejectWhatTheSchemasForbid(@TempDir Path dir) throws Exception {
    // the checks can fail: a schedule without guids, or with a bad duration, is refused by both
    String xml =
        WRITER
            .writeXml(sprint())
            .text()
            .replaceFirst(" guid=\"[0-9a-f-]+\" id=", " id=")
            .replace("<duration>01:30</duration>", "<duration>90 min</duration>");
    Path file = dir.resolve("broken.xml");
    Files.writeString(file, xml);
    assertThat(FrabSchemas.xmllint(List.of(file)))
        .anySatisfy(l -> assertThat(l).contains("guid"))
        .anySatisfy(l -> assertThat(l).contains("duration"));
    ObjectNode json = (ObjectNode) FrabSchemas.MAPPER.readTree(WRITER.writeJson(sprint()).text());
    ObjectNode entry = (ObjectNode) json.at("/schedule/conference/days/0/rooms/Sala\tAzul/0");
    entry.remove("guid");
    entry.put("duration", "90 min");
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json.toString()))
        .anySatisfy(m -> assertThat(m.getMessage()).contains("guid"))
        .anySatisfy(m -> assertThat(m.getMessage()).contains("duration"));
  }

  @Test
  void zoneOutsideTheJsonPatternGoesToMetaAndComesBack() throws Exception {
    Event e = sprint().toBuilder().timeZone(ZoneId.of("Etc/GMT+5")).build();
    String json = WRITER.writeJson(e).text();
    assertThat(
            FrabSchemas.MAPPER
                .readTree(json)
                .at("/schedule/conference/meta/time_zone_name")
                .asText())
        .isEqualTo("Etc/GMT+5");
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json)).isEmpty();
    assertThat(FrabScheduleReader.standard().read(json, "s.json").event().timeZone())
        .isEqualTo(ZoneId.of("Etc/GMT+5"));
  }

  @Test
  void characterXmlCannotHoldIsReplacedWithANote() throws Exception {
    Event e = sprint().toBuilder().title("Sprint\u0007 bell").build();
    WrittenSchedule xml = WRITER.writeXml(e);
    assertThat(xml.notes())
        .contains("event title: character U+0007 replaced by U+FFFD (XML 1.0 cannot hold it)");
    ImportResult back = FrabScheduleReader.standard().read(xml.text(), "s.xml");
    assertThat(back.event().title()).isEqualTo("Sprint\uFFFD bell");
    // the tab in the room's attribute and the line breaks of the description survive
    Topic rb =
        back.event().topics().stream()
            .filter(t -> t.id().equals("reproducible-builds"))
            .findFirst()
            .orElseThrow();
    assertThat(rb.slot().room()).isEqualTo("Sala\tAzul");
    assertThat(rb.description()).isEqualTo(sprint().topics().get(0).description());
  }

  @Test
  void eventWithoutAnyDateIsRefusedByNameAndSourceInBothSyntaxes() {
    Event empty =
        Event.builder()
            .id("nothing")
            .title("Nothing yet")
            .source(Source.page("Example Wiki", "Ideas/2026"))
            .addTopic(Topic.builder().id("idea").title("An idea").build())
            .build();
    String why =
        "event 'nothing' (page 'Ideas/2026') has no date: a frab schedule needs at least a start date (the"
            + " conference's start and one day), and the event has no days and no topic with a slot";
    assertThat(WRITER.refusal(empty)).contains(why);
    assertThatThrownBy(() -> WRITER.writeXml(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(why);
    assertThatThrownBy(() -> WRITER.writeJson(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(why);
    assertThat(WRITER.refusal(sprint())).isEmpty();
  }

  @Test
  void eventWithDaysAndNoTimedTopicIsAValidScheduleOfEmptyDays(@TempDir Path dir) throws Exception {
    LocalDate d = LocalDate.of(2026, 11, 7);
    Event days =
        Event.builder()
            .id("quiet-weekend")
            .title("Quiet Weekend")
            .timeZone(ZoneId.of("Europe/Vienna"))
            .addDay(EventDay.of(d, LocalTime.of(10, 0), LocalTime.of(16, 0)))
            .addDay(new EventDay(d.plusDays(1), null, null))
            .addTopic(Topic.builder().id("tba").title("To be announced").build())
            .build();
    assertThat(WRITER.refusal(days)).isEmpty();
    WrittenSchedule xml = WRITER.writeXml(days);
    assertThat(xml.text())
        .contains(
            "<start>2026-11-07</start>",
            "<end>2026-11-08</end>",
            "<days>2</days>",
            "<day index=\"1\" date=\"2026-11-07\" start=\"2026-11-07T10:00:00+01:00\" end=\"2026-11-07T16:00:00+01:00\">",
            "<day index=\"2\" date=\"2026-11-08\" start=\"2026-11-08T00:00:00+01:00\" end=\"2026-11-09T00:00:00+01:00\">")
        .doesNotContain("<room");
    assertThat(xml.notes())
        .containsExactly("topic 'To be announced' (tba) has no slot: not in the schedule");
    Path file = dir.resolve("days.xml");
    Files.writeString(file, xml.text());
    assertThat(FrabSchemas.xmllint(List.of(file))).isEmpty();
    String json = WRITER.writeJson(days).text();
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json)).isEmpty();
    assertThat(FrabScheduleReader.standard().read(json, "days.json").event().days())
        .isEqualTo(days.days());
  }

  @Test
  void timeZoneNameIsAnIanaNameUtcForAnEventWithoutAZone(@TempDir Path dir) throws Exception {
    Event floating = sprint().toBuilder().timeZone(null).build();
    WrittenSchedule xml = WRITER.writeXml(floating);
    assertThat(xml.text())
        .contains("<time_zone_name>UTC</time_zone_name>", "<date>2026-03-27T10:00:00Z</date>");
    assertThat(xml.notes())
        .first()
        .isEqualTo("the event states no time zone: times are written as UTC (time_zone_name UTC)");
    String json = WRITER.writeJson(floating).text();
    assertThat(FrabSchemas.MAPPER.readTree(json).at("/schedule/conference/time_zone_name").asText())
        .isEqualTo("UTC");
    // a fixed offset of whole hours is the tz database's Etc/GMT zone (sign inverted); +05:30 has
    // no name
    Event plusTwo = sprint().toBuilder().timeZone(java.time.ZoneOffset.ofHours(2)).build();
    assertThat(WRITER.writeXml(plusTwo).text())
        .contains(
            "<time_zone_name>Etc/GMT-2</time_zone_name>", "<date>2026-03-27T10:00:00+02:00</date>");
    assertThat(WRITER.writeXml(plusTwo).notes())
        .contains("time zone +02:00 written as its IANA name Etc/GMT-2");
    Event india = sprint().toBuilder().timeZone(java.time.ZoneOffset.ofHoursMinutes(5, 30)).build();
    assertThat(WRITER.writeXml(india).text())
        .doesNotContain("time_zone_name")
        .contains("<date>2026-03-27T10:00:00+05:30</date>");
    assertThat(WRITER.writeXml(india).notes())
        .contains(
            "time zone +05:30 has no IANA name: time_zone_name left out (every time carries its offset)");
    List<Path> files = new ArrayList<>();
    for (Event e : List.of(floating, plusTwo, india)) {
      Path file = dir.resolve(files.size() + ".xml");
      Files.writeString(file, WRITER.writeXml(e).text());
      files.add(file);
      assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), WRITER.writeJson(e).text()))
          .isEmpty();
      // read back: the same instants; the zone is the one named, or the offset the times carry
      Event back = FrabScheduleReader.standard().read(WRITER.writeJson(e).text(), "z.json").event();
      ZoneId expected =
          e.timeZone() == null
              ? ZoneId.of("UTC")
              : e == plusTwo ? ZoneId.of("Etc/GMT-2") : e.timeZone();
      assertThat(back.timeZone()).isEqualTo(expected);
      assertThat(back.topics().get(0).slot().start()).isEqualTo(LocalTime.of(10, 0));
    }
    assertThat(FrabSchemas.xmllint(files)).isEmpty();
  }
}
