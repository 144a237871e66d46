package dev.hackathonkit.io.frab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a pretalx or frab schedule says about identity and places (entry guids, ids and codes,
 * person and room fields, base_url) comes through the model and is written back; what a syntax has
 * no place for is noted, and what the reader does not keep is listed in its report.
 */
class FrabSourceFieldsTest {
  private static final Path DIR =
      Path.of("src/test/resources/dev/hackathonkit/io/frab/FrabSourceFieldsTest");
  private static final FrabScheduleReader READER = FrabScheduleReader.standard();
  private static final FrabScheduleWriter WRITER = FrabScheduleWriter.standard();

  @Test
  void pretalxJsonComesBackWithItsGuidsPersonsRoomsAndBaseUrl(@TempDir Path tmp) throws Exception {
    ImportResult r = READER.read(DIR.resolve("pretalx-bayhack.schedule.json"));
    assertThat(r.report().problems()).isEmpty();
    // what is not kept is listed with its place, never dropped
    assertThat(r.report().unmapped())
        .extracting(u -> u.location().line() + " " + u.text())
        .containsExactlyInAnyOrder("16 primary: #3aa57c", "22 color: #123456", "40 type: related");

    String json = WRITER.writeJson(r.event()).text();
    JsonNode in =
        FrabSchemas.MAPPER.readTree(Files.readString(DIR.resolve("pretalx-bayhack.schedule.json")));
    JsonNode out = FrabSchemas.MAPPER.readTree(json);
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json)).isEmpty();
    assertThat(out.at("/schedule/base_url").asText()).isEqualTo("https://pretalx.example.org");
    assertThat(out.at("/schedule/url").asText())
        .isEqualTo("https://pretalx.example.org/bayhack/schedule/");
    assertThat(entries(out)).isEqualTo(entries(in));
    // each entry keeps guid, code, id and url; each person its code, guid and url as pretalx wrote
    // them
    JsonNode open = out.at("/schedule/conference/days/0/rooms/Atrium/0");
    JsonNode source = in.at("/schedule/conference/days/0/rooms/Atrium/0");
    for (String f : List.of("guid", "code", "id", "url", "slug", "feedback_url", "origin_url")) {
      assertThat(open.get(f)).as(f).isEqualTo(source.get(f));
    }
    // the speaker of the workshop asked not to be recorded: that stays said
    JsonNode gtfs = out.at("/schedule/conference/days/0/rooms/Room 204/0");
    assertThat(gtfs.get("do_not_record").asBoolean()).isTrue();
    assertThat(open.has("do_not_record")).isFalse();
    for (int i = 0; i < 2; i++) {
      for (String f : List.of("name", "code", "guid", "url", "biography")) {
        JsonNode had = source.at("/persons/" + i + "/" + f);
        // a null in the input says nothing and is not written
        assertThat(open.at("/persons/" + i + "/" + f))
            .as("person %d %s", i, f)
            .isEqualTo(had.isNull() ? open.at("/x") : had);
      }
    }
    assertThat(out.at("/schedule/conference/days/0/rooms/Room 204/0/persons/0/code").asText())
        .isEqualTo("RST789");
    // rooms: guid, description and capacity; a null description stays absent
    JsonNode rooms = out.at("/schedule/conference/rooms");
    assertThat(rooms).hasSize(3);
    assertThat(rooms.get(0).toString())
        .isEqualTo(
            "{\"name\":\"Atrium\",\"guid\":\"b1a1d3c2-1111-4c1a-9d5e-000000000001\","
                + "\"description\":\"Ground floor\",\"capacity\":200}");
    assertThat(rooms.get(1).toString())
        .isEqualTo(
            "{\"name\":\"Room 204\",\"guid\":\"b1a1d3c2-1111-4c1a-9d5e-000000000002\","
                + "\"capacity\":40}");
    // a room pretalx lists that no session uses yet stays listed
    assertThat(rooms.get(2).toString())
        .isEqualTo(
            "{\"name\":\"Balcony\",\"guid\":\"b1a1d3c2-1111-4c1a-9d5e-000000000003\","
                + "\"capacity\":12}");

    // the XML form keeps guids and room guids; what its XSD has no attribute for is noted, not lost
    // silently
    WrittenSchedule xml = WRITER.writeXml(r.event());
    assertThat(xml.text())
        .contains(
            "<event guid=\"f0e1d2c3-aaaa-5bbb-8ccc-000000000101\" id=\"101\" code=\"H7KXPA\">",
            "<recording>\n          <license></license>\n          <optout>true</optout>\n        </recording>",
            "<feedback_url>https://pretalx.example.org/bayhack/talk/H7KXPA/feedback/</feedback_url>",
            "<room name=\"Atrium\" guid=\"b1a1d3c2-1111-4c1a-9d5e-000000000001\">",
            "<person guid=\"c0ffee00-0000-5000-8000-000000000001\">Dolores Vega</person>",
            "<base_url>https://pretalx.example.org</base_url>",
            "<url>https://pretalx.example.org/bayhack/talk/H7KXPA/</url>");
    assertThat(xml.notes())
        .containsExactly(
            "person code (3 values) not written: schedule.xml has no place for it",
            "person biography (1 value) not written: schedule.xml has no place for it",
            "person url (2 values) not written: schedule.xml has no place for it",
            "room description (1 value) not written: schedule.xml has no place for it",
            "room capacity (3 values) not written: schedule.xml has no place for it",
            "room that no entry uses (1 value) not written: schedule.xml has no place for it");
    assertValid(tmp, xml.text());

    // and through our own JSON, as a user keeps an event between tools, nothing changes
    Event viaJson =
        JsonEventCodec.standard()
            .read(JsonEventCodec.standard().write(r.event()), "e.json")
            .event();
    assertThat(WRITER.writeJson(viaJson).text()).isEqualTo(json);
  }

  @Test
  void identitiesSurviveAWikiPageInBetween() throws Exception {
    Event pretalx = READER.read(DIR.resolve("pretalx-bayhack.schedule.json")).event();
    String page = dev.hackathonkit.io.wikitext.WikitextWriter.standard().write(pretalx);
    assertThat(page)
        .contains(
            "|GUID=f0e1d2c3-aaaa-5bbb-8ccc-000000000101",
            "|Room guid (Atrium)=b1a1d3c2-1111-4c1a-9d5e-000000000001");
    Event back = dev.hackathonkit.io.wikitext.WikitextReader.standard().read(page).event();
    JsonNode direct = FrabSchemas.MAPPER.readTree(WRITER.writeJson(pretalx).text());
    JsonNode viaWiki = FrabSchemas.MAPPER.readTree(WRITER.writeJson(back).text());
    assertThat(entries(viaWiki)).isEqualTo(entries(direct));
    assertThat(viaWiki.at("/schedule/conference/rooms"))
        .isEqualTo(direct.at("/schedule/conference/rooms"));
    assertThat(viaWiki.at("/schedule/conference/days/0/rooms/Atrium/0/persons"))
        .isEqualTo(direct.at("/schedule/conference/days/0/rooms/Atrium/0/persons"));
  }

  @Test
  void pretalxXmlComesBackWithItsGuidsAndIdsAndItsReportListsTheRest(@TempDir Path tmp)
      throws Exception {
    ImportResult r = READER.read(DIR.resolve("pretalx-nordhack.schedule.xml"));
    Topic ci = r.event().topics().get(0);
    assertThat(ci.extra())
        .containsEntry("GUID", "0b5f3e8c-2d7a-4a5f-8f7e-1a2b3c4d5e01")
        .containsEntry("Entry id", "301")
        .containsEntry("Person id (Ingrid Halvorsen)", "71")
        .containsEntry("Person code (Ingrid Halvorsen)", "QWE7");
    assertThat(r.event().extra())
        .containsEntry("Base URL", "https://pretalx.example.org/nordhack26/schedule/")
        .containsEntry("Room guid (Store sal)", "6a2d7e0e-6c51-4f6e-9a7a-6c3f8d1c0a01")
        .containsEntry("Room guid (Verksted)", "6a2d7e0e-6c51-4f6e-9a7a-6c3f8d1c0a02");
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::text)
        .containsExactlyInAnyOrder("color: #1f77b4", "color: #ff7f0e");

    WrittenSchedule xml = WRITER.writeXml(r.event());
    assertValid(tmp, xml.text());
    assertThat(attributes(xml.text(), "event"))
        .containsExactly(
            "guid=\"0b5f3e8c-2d7a-4a5f-8f7e-1a2b3c4d5e01\" id=\"301\"",
                "guid=\"0b5f3e8c-2d7a-4a5f-8f7e-1a2b3c4d5e02\" id=\"302\"",
            "guid=\"0b5f3e8c-2d7a-4a5f-8f7e-1a2b3c4d5e03\" id=\"303\"",
                "guid=\"0b5f3e8c-2d7a-4a5f-8f7e-1a2b3c4d5e04\" id=\"304\"");
    assertThat(xml.text())
        .contains(
            "<person id=\"71\">Ingrid Halvorsen</person>",
            "<room name=\"Verksted\" guid=\"6a2d7e0e-6c51-4f6e-9a7a-6c3f8d1c0a02\">",
            "<base_url>https://pretalx.example.org/nordhack26/schedule/</base_url>",
            "<recording>\n          <license>CC BY 4.0</license>\n          <optout>false</optout>\n        </recording>",
            "<feedback_url>https://pretalx.example.org/nordhack26/talk/QWE7AB/feedback/</feedback_url>");
    // pretalx writes a person code the XSD has no attribute for: noted; the JSON form carries it
    assertThat(xml.notes())
        .containsExactly("person code (5 values) not written: schedule.xml has no place for it");
    String json = WRITER.writeJson(r.event()).text();
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json)).isEmpty();
    JsonNode ingrid =
        FrabSchemas.MAPPER
            .readTree(json)
            .at("/schedule/conference/days/0/rooms/Store sal/0/persons/0");
    assertThat(ingrid.toString())
        .isEqualTo("{\"name\":\"Ingrid Halvorsen\",\"id\":71,\"code\":\"QWE7\"}");

    // read again, the written schedule gives the same event, but for the person codes the notes
    // name
    List<Topic> withoutCodes =
        r.event().topics().stream()
            .map(
                t -> {
                  Map<String, String> extra = new java.util.LinkedHashMap<>(t.extra());
                  extra.keySet().removeIf(k -> k.startsWith("Person code ("));
                  return t.toBuilder().extra(extra).build();
                })
            .toList();
    assertThat(READER.read(xml.text(), "again.xml").event())
        .isEqualTo(r.event().toBuilder().topics(withoutCodes).build());
  }

  @Test
  void frabExportKeepsIdsOneRoomForTwoSpellingsAndADayForTheNightSession(@TempDir Path tmp)
      throws Exception {
    ImportResult r = READER.read(DIR.resolve("frab-makerfaire.schedule.xml"));
    Event e = r.event();
    // the frab day runs 18:00 to 03:00: the race at 00:30 is on 6 June, which becomes a day without
    // hours
    assertThat(e.days())
        .containsExactly(
            new EventDay(LocalDate.of(2026, 6, 5), null, null),
            new EventDay(LocalDate.of(2026, 6, 6), null, null));
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + "@" + p.location().line())
        .containsExactly("F113@16", "F119@35");
    Topic race = e.topics().get(1);
    assertThat(race.slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2026, 6, 6), LocalTime.of(0, 30), LocalTime.of(1, 30), "room 204"));
    assertThat(race.contacts())
        .extracting(Person::name)
        .containsExactly("Kwame Asante-Berg", "Renata Oyelaran");
    assertThat(race.extra())
        .containsEntry("Person id (Kwame Asante-Berg)", "908")
        .containsEntry("Entry id", "4402");
    assertThat(r.report().unmapped()).isEmpty();

    WrittenSchedule xml = WRITER.writeXml(e);
    assertValid(tmp, xml.text());
    // one room, as first spelled; ids and guids as frab wrote them
    assertThat(xml.text())
        .contains("<room>Room 204</room>")
        .doesNotContain("room 204")
        .contains(
            "<event guid=\"5e0d8c1a-7b3f-4e2a-9c6d-3f1a2b4c5d62\" id=\"4402\">",
            "<person id=\"908\">Kwame Asante-Berg</person>",
            "<person id=\"907\">Renata Oyelaran</person>");
    assertThat(xml.notes())
        .containsExactly(
            "topic 'Midnight robot race' (4402-midnight-robot-race): room 'room 204' written as 'Room 204', as an earlier"
                + " topic spells it");
  }

  @Test
  void entriesWithoutGuidsGetDerivedOnesAndPersonsAsStringsOrFrabObjectsAreRead(@TempDir Path tmp)
      throws Exception {
    ImportResult r = READER.read(DIR.resolve("no-guids-meetup.schedule.json"));
    Event e = r.event();
    assertThat(e.topics())
        .extracting(Topic::id)
        .containsExactly("typing-the-untyped", "packaging-in-2026");
    assertThat(e.topics().get(0).contacts())
        .extracting(Person::name)
        .containsExactly("Oluwaseun Park", "Greta Lindahl");
    assertThat(e.topics().get(1).contacts())
        .extracting(Person::name)
        .containsExactly("Ines Marchetti");
    assertThat(e.topics().get(1).extra())
        .containsEntry("Person id (Ines Marchetti)", "31")
        .doesNotContainKey("GUID");
    assertThat(e.extra())
        .containsEntry("Room capacity (Hall B)", "about 60")
        .containsEntry("Room type (Hall B)", "stage");
    // a room listed by name that no entry uses has no place in the model: listed
    assertThat(r.report().unmapped())
        .extracting(u -> u.location().line() + " " + u.text())
        .containsExactly("12 rooms: Library annex");

    String json = WRITER.writeJson(e).text();
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json)).isEmpty();
    JsonNode entry =
        FrabSchemas.MAPPER.readTree(json).at("/schedule/conference/days/0/rooms/Hall B/0");
    // no guid in the input: the derived one, the same at every export
    assertThat(entry.get("guid").asText())
        .isEqualTo(Guids.topic("riverbend-py", "typing-the-untyped").toString());
    assertThat(entry.get("id").asInt()).isEqualTo(7);
    // frab's {id, public_name} person is written as {name, id}: public_name too would match both
    // person kinds
    assertThat(
            FrabSchemas.MAPPER
                .readTree(json)
                .at("/schedule/conference/days/0/rooms/Hall B/1/persons/0")
                .toString())
        .isEqualTo("{\"name\":\"Ines Marchetti\",\"id\":31}");
    assertThat(FrabSchemas.MAPPER.readTree(json).at("/schedule/conference/rooms/0").toString())
        .isEqualTo(
            "{\"name\":\"Hall B\",\"guid\":\""
                + Guids.room("riverbend-py", "Hall B")
                + "\",\"type\":\"stage\"}");
    assertThat(WRITER.writeJson(e).notes())
        .containsExactly(
            "room capacity that is not a whole number (1 value) not written: schedule.json has no place for it");
    WrittenSchedule xml = WRITER.writeXml(e);
    assertValid(tmp, xml.text());
    assertThat(xml.text())
        .contains("guid=\"" + Guids.topic("riverbend-py", "typing-the-untyped") + "\" id=\"7\"");
    // read again and written again: the derived guid is derived again, the source's id stays
    Event again = READER.read(xml.text(), "again.xml").event();
    assertThat(again.topics().get(0).extra())
        .containsEntry("Entry id", "7")
        .doesNotContainKey("GUID");
    assertThat(WRITER.writeXml(again).text())
        .contains("guid=\"" + Guids.topic("riverbend-py", "typing-the-untyped") + "\" id=\"7\"");
  }

  @Test
  void aRoomWithAnotherGuidOnItsSecondDayIsReportedAndTheFirstKept() throws Exception {
    String xml =
        "<schedule><version>1</version><conference><acronym>twoday</acronym><title>Two days</title>"
            + "<time_zone_name>Europe/Madrid</time_zone_name></conference>\n"
            + "<day index='1' date='2026-05-04' start='2026-05-04T09:00:00+02:00' end='2026-05-04T17:00:00+02:00'>"
            + "<room name='Sala 1' guid='11111111-2222-4333-8444-555555555551'/></day>\n"
            + "<day index='2' date='2026-05-05' start='2026-05-05T09:00:00+02:00' end='2026-05-05T17:00:00+02:00'>"
            + "<room name='Sala 1' guid='11111111-2222-4333-8444-555555555552'/></day></schedule>";
    ImportResult r = READER.read(xml, "twoday.xml");
    assertThat(r.event().extra())
        .containsEntry("Room guid (Sala 1)", "11111111-2222-4333-8444-555555555551");
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + "@" + p.location().line() + " " + p.message())
        .containsExactly(
            "F118@3 room 'Sala 1': guid '11111111-2222-4333-8444-555555555552' differs from"
                + " '11111111-2222-4333-8444-555555555551' read before; the first is kept");
  }

  @Test
  void keptIdentifiersThatDoNotFitAreReplacedWithANote() {
    Event e = FrabScheduleWriterTest.sprint();
    List<Topic> topics = new ArrayList<>(e.topics());
    topics.set(
        0,
        topics.get(0).toBuilder()
            .putExtra("GUID", "not-a-uuid")
            .putExtra("Entry id", "7")
            .putExtra("Code", "ab")
            .build());
    topics.set(1, topics.get(1).toBuilder().putExtra("Entry id", "7").build());
    WrittenSchedule xml = WRITER.writeXml(e.toBuilder().topics(topics).build());
    assertThat(xml.notes())
        .contains(
            "topic 'Lightning talks' (lightning): Entry id '7' is another entry's too: another id written",
            "topic 'Reproducible builds & <you>' (reproducible-builds): GUID 'not-a-uuid' is not a UUID: the derived guid "
                + Guids.topic("pg-sprint-2026", "reproducible-builds")
                + " written",
            "topic 'Reproducible builds & <you>' (reproducible-builds): Code 'ab' is not upper-case letters and digits: not written");
    assertThat(xml.text())
        .contains(
            "guid=\"" + Guids.topic("pg-sprint-2026", "reproducible-builds") + "\" id=\"7\">");
  }

  /** Each entry's guid by its title. */
  private static Map<String, String> entries(JsonNode schedule) {
    Map<String, String> guids = new TreeMap<>();
    for (JsonNode day : schedule.at("/schedule/conference/days")) {
      day.get("rooms")
          .forEach(
              room ->
                  room.forEach(e -> guids.put(e.get("title").asText(), e.get("guid").asText())));
    }
    return guids;
  }

  private static List<String> attributes(String xml, String element) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("<" + element + " ([^>]*)>").matcher(xml);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static void assertValid(Path dir, String xml) throws Exception {
    Path file = Files.createTempFile(dir, "schedule", ".xml");
    Files.writeString(file, xml);
    assertThat(FrabSchemas.xmllint(List.of(file))).isEmpty();
  }
}
