package dev.hackathonkit.io.frab;

import static dev.hackathonkit.io.FormatErrors.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FrabScheduleReaderTest {
  private static final Path DIR =
      Path.of("src/test/resources/dev/hackathonkit/io/frab/FrabScheduleReaderTest");
  private static final FrabScheduleReader READER = FrabScheduleReader.standard();

  @Test
  void readsAPretalxStyleXmlScheduleWithItsWarningsAndUnplacedParts() throws Exception {
    ImportResult r = READER.read(DIR.resolve("pretalx-style-festival.xml"));
    Event e = r.event();
    assertThat(e.id()).isEqualTo("ohw2025");
    assertThat(e.title()).isEqualTo("Open Hardware Weekend 2025");
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    // frab's first day runs 04:00 to 03:59 the next morning: its hours are not the event's
    assertThat(e.days())
        .containsExactly(
            new EventDay(LocalDate.of(2025, 9, 13), null, null),
            EventDay.of(LocalDate.of(2025, 9, 14), LocalTime.of(9, 0), LocalTime.of(17, 0)));
    assertThat(e.topics())
        .extracting(Topic::id)
        .containsExactly("101-soldering-for-absolute-beginners", "night-hacking", "closing-panel");
    Topic solder = e.topics().get(0);
    assertThat(solder.slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2025, 9, 13), LocalTime.of(10, 30), LocalTime.of(12, 15), "Hall A"));
    assertThat(solder.description())
        .isEqualTo("We build a blinking badge together.\n\nIrons and kits are provided.");
    assertThat(solder.contacts())
        .extracting(Person::name)
        .containsExactly("Marisol Quintero", "Pekka Lindqvist");
    assertThat(solder.extra())
        .containsEntry("Badge repository", "https://git.example.com/badge")
        .containsEntry("Type", "Workshop")
        .containsEntry("Track", "Hardware")
        .containsEntry("Subtitle", "Bring a laptop")
        .containsEntry("Language", "en")
        .containsEntry("URL", "https://talks.example.com/ohw2025/talk/QX7TRM/");
    assertThat(e.topics().get(1).slot().end()).isEqualTo(LocalTime.of(23, 59));
    assertThat(e.topics().get(2).slot())
        .isEqualTo(new Slot(LocalDate.of(2025, 9, 14), LocalTime.of(16, 0), null, "Workshop Room"));
    assertThat(e.topics().get(2).extra()).containsEntry("do_not_film", "yes");

    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + "@" + p.location().line())
        .containsExactly("F113@17", "F115@53", "F112@69", "F116@72");
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::text)
        .containsExactlyInAnyOrder(
            "color: #aa3300",
            "attachment: Kit list",
            "href: https://talks.example.com/media/badge.pdf");
    assertThat(solder.extra())
        .containsEntry("Recording license", "CC BY 4.0")
        .doesNotContainKey("Do not record")
        .containsEntry("Feedback URL", "https://talks.example.com/ohw2025/talk/QX7TRM/feedback/");
    assertThat(r.report().coverage()).isBetween(0.7, 0.99);
  }

  @Test
  void readsAPretalxStyleJsonSchedule() throws Exception {
    ImportResult r = READER.read(DIR.resolve("pretalx-style-meetup.json"));
    Event e = r.event();
    assertThat(e.id()).isEqualTo("rustdays-2025");
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(e.links())
        .containsExactly(new Link("https://talks.example.com/rustdays/schedule/", "Schedule"));
    assertThat(e.days())
        .containsExactly(
            EventDay.of(LocalDate.of(2025, 5, 22), LocalTime.of(8, 30), LocalTime.of(18, 0)));
    assertThat(e.topics())
        .extracting(Topic::id)
        .containsExactly("async-sans-peur", "no-std-au-quotidien");
    Topic async = e.topics().get(0);
    assertThat(async.slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2025, 5, 22),
                LocalTime.of(9, 15),
                LocalTime.of(9, 55),
                "Amphi Lumière"));
    assertThat(async.contacts()).extracting(Person::name).containsExactly("Camille Roussel");
    assertThat(async.extra())
        .containsEntry("Slides", "https://slides.example.com/async.pdf")
        .containsEntry("Type", "Talk")
        .containsEntry("Track", "Embedded")
        .containsEntry("Language", "fr");
    assertThat(e.topics().get(1).extra()).containsEntry("difficulty", "intermediate");
    assertThat(r.report().problems())
        .extracting(ImportProblem::code)
        .containsExactly(FrabProblem.F116_FIELD_IN_EXTRA);
    assertThat(r.report().problems().get(0).location().line()).isEqualTo(67);
    // the speaker's fields and the entry's identifiers are kept to be written back; a track's
    // colour is listed
    assertThat(async.extra())
        .containsEntry("Person biography (Camille Roussel)", "Écrit des pilotes.")
        .containsEntry("Person code (Camille Roussel)", "ZP8QX")
        .containsEntry("Person guid (Camille Roussel)", "6c43e2b4-8c5b-5b37-9f1e-2c0c8a7d1b22")
        .containsEntry("GUID", "0e61b9a3-8f7e-5a0f-9d1a-3c7b2e4a5f60")
        .containsEntry("Code", "K9D2QW");
    assertThat(e.extra())
        .containsEntry("Room guid (Amphi Lumière)", "5d1bd44e-3f5d-5a2a-8f3f-6bb61f0c3a10");
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::text)
        .containsExactlyInAnyOrder("primary: #3aa57c", "color: #112233", "type: related");
    assertThat(async.extra())
        .containsEntry("Feedback URL", "https://talks.example.com/rustdays/talk/K9D2QW/feedback/");
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    String xml = "<schedule>\n  <conference>\n    <title>Broken</conference>\n</schedule>\n";
    EventFormatException e =
        assertFails(
            () -> READER.read(xml, "broken.xml"), FrabProblem.F103_MALFORMED, "broken.xml:3:20");
    assertThat(e.getMessage())
        .as("the parser's words, not its class names")
        .doesNotContain("ParseError");
  }

  @Test
  void entityExpansionAndExternalEntitiesAreRefused() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<schedule><conference><title>&b;&x;</title></conference></schedule>";
    assertThat(
            assertFails(
                    () -> READER.read(laughs, "laughs.xml"),
                    FrabProblem.F103_MALFORMED,
                    "laughs.xml:3:33")
                .getMessage())
        .doesNotContain("root:");
  }

  @Test
  void deepNestingAndSizeAreBounded() {
    String deep = "<schedule>" + "<x>".repeat(300) + "</x>".repeat(300) + "</schedule>";
    assertFails(() -> READER.read(deep, "deep.xml"), FrabProblem.F102_TOO_DEEP, "deep.xml:1:779");
    String deepJson = "{\"schedule\":" + "[".repeat(300) + "]".repeat(300) + "}";
    assertFails(
        () -> READER.read(deepJson, "deep.json"), FrabProblem.F102_TOO_DEEP, "deep.json:1:269");
    assertFails(
        () ->
            READER
                .withLimits(ReadLimits.DEFAULT.withMaxInputChars(100))
                .read(" ".repeat(101) + "{}", "big.json"),
        FrabProblem.F101_TOO_LARGE,
        "big.json");
  }

  @Test
  void otherInputIsNotASchedule() {
    assertFails(
        () -> READER.read("BEGIN:VCALENDAR\r\n", "cal.ics"),
        FrabProblem.F100_NOT_A_SCHEDULE,
        "cal.ics:1:1");
    assertThat(
            assertFails(
                    () -> READER.read("<feed></feed>", "atom.xml"),
                    FrabProblem.F100_NOT_A_SCHEDULE,
                    "atom.xml:1:7")
                .expected())
        .as("names what it found")
        .isEqualTo("expected a <schedule> element, found <feed>");
    assertFails(
        () -> READER.read("{\"title\": \"x\"}", "event.json"),
        FrabProblem.F100_NOT_A_SCHEDULE,
        "event.json:1:1");
    assertFails(
        () -> READER.read("{\"schedule\": {\"conference\": ", "cut.json"),
        FrabProblem.F103_MALFORMED,
        "cut.json:1:29");
  }

  @Test
  void aByteOrderMarkIsSkippedAndLeadingSpaceBeforeJsonIsFine() throws Exception {
    String xml =
        "\uFEFF<?xml version='1.0'?><schedule><conference><title>Mini</title><acronym>mini</acronym>"
            + "<time_zone_name>UTC</time_zone_name></conference><day index='1' date='2025-01-02' start='2025-01-02T00:00:00Z'"
            + " end='2025-01-03T00:00:00Z'/></schedule>";
    assertThat(READER.read(xml, "bom.xml").event().title()).isEqualTo("Mini");
    String json =
        "\n  {\"schedule\": {\"version\": \"1\", \"conference\": {\"title\": \"Mini\", \"acronym\": \"mini\","
            + " \"time_zone_name\": \"UTC\", \"days\": []}}}";
    assertThat(READER.read(json, "space.json").event().title()).isEqualTo("Mini");
  }

  @Test
  void detectsSchedulesByContent() {
    assertThat(FrabScheduleReader.isSchedule("\uFEFF<?xml version='1.0'?>\n<!-- x -->\n<schedule>"))
        .isTrue();
    assertThat(
            FrabScheduleReader.isSchedule(
                "{\n  \"$schema\": \"https://c3voc.de/schedule/schema.json\",\n  \"generator\": {\"name\": \"pretalx\"},\n  \"schedule\": {"))
        .isTrue();
    assertThat(FrabScheduleReader.isSchedule("{\"schedule\":{}}")).isTrue();
    assertThat(FrabScheduleReader.isSchedule("{\"id\": \"x\", \"title\": \"schedule\"}")).isFalse();
    assertThat(FrabScheduleReader.isSchedule("<mediawiki><page>")).isFalse();
    assertThat(FrabScheduleReader.isSchedule("title,day\n")).isFalse();
  }

  @Test
  void missingTitleAndZoneAreReportedAndFallBack() throws Exception {
    String xml =
        "<schedule><version>1</version><conference><acronym>tiny</acronym></conference>\n"
            + "<day index='1' date='2025-01-02' start='2025-01-02T10:00:00-05:00' end='2025-01-02T12:00:00-05:00'/></schedule>";
    ImportResult r = READER.read(xml, "tiny.xml");
    assertThat(r.event().title()).isEqualTo("tiny.xml");
    assertThat(r.event().timeZone()).isEqualTo(java.time.ZoneOffset.ofHours(-5));
    assertThat(r.event().days())
        .containsExactly(
            EventDay.of(LocalDate.of(2025, 1, 2), LocalTime.of(10, 0), LocalTime.of(12, 0)));
    assertThat(r.report().problems())
        .extracting(ImportProblem::code)
        .containsExactly(FrabProblem.F110_NO_TITLE, FrabProblem.F111_NO_TIME_ZONE);
  }
}
