package dev.hackathonkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.csv.SheetMapping;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front door: every readable format in every input shape gives the reader's own event; every
 * writable one reads back.
 */
class EventIOTest {
  private static final Path RES = Path.of("src/test/resources");
  private static final Path GOLDEN = RES.resolve("golden/xen-hackathon-may2013.json");

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(GOLDEN, EventFormat.JSON),
        Arguments.of(
            RES.resolve("dev/hackathonkit/io/page/corpus/gnome-hackfest.wiki"),
            EventFormat.WIKITEXT),
        Arguments.of(
            RES.resolve("dev/hackathonkit/io/page/corpus/fedora-hackfest.txt"), EventFormat.TEXT),
        Arguments.of(
            RES.resolve("dev/hackathonkit/io/page/corpus/dokuwiki-hackfest-saved.html"),
            EventFormat.HTML),
        Arguments.of(
            RES.resolve("dev/hackathonkit/io/ical/pretalx-schedule.ics"), EventFormat.ICALENDAR),
        Arguments.of(
            RES.resolve("dev/hackathonkit/io/csv/ScheduleSheetTest/dayof-headings-dated.csv"),
            EventFormat.CSV));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("inputs")
  void everyShapeOfInputGivesTheSameEventAsTheFile(Path file, EventFormat format) throws Exception {
    EventIO io = EventIO.standard();
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ImportResult fromFile = io.read(file);
    assertThat(fromFile.event().title()).isNotBlank();
    assertThat(EventFormat.byFileName(name)).isEqualTo(format);
    assertThat(EventFormat.byContent(bytes))
        .as("content of " + name)
        .isIn(format, EventFormat.TEXT);
    List<ImportResult> others =
        List.of(
            io.read(text, name),
            io.read(text, name, format),
            io.read(new StringReader(text), name),
            io.read(new StringReader(text), name, format),
            io.read(new ByteArrayInputStream(bytes), name),
            io.read(new ByteArrayInputStream(bytes), name, format),
            io.read(file, format));
    for (ImportResult r : others) {
      assertThat(r.event()).isEqualTo(fromFile.event());
      assertThat(r.report().problems()).hasSameSizeAs(fromFile.report().problems());
    }
  }

  @Test
  void aWikiFileIsTitledByItsNameWhenThePageStatesNone(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("Spring Sprint.wiki");
    Files.writeString(page, "== Topics ==\n* Packaging the docs tools\n");
    assertThat(EventIO.standard().read(page).event().title()).isEqualTo("Spring Sprint");
    assertThat(
            EventIO.standard()
                .read("== Topics ==\n* Packaging\n", "Autumn Sprint.wiki")
                .event()
                .title())
        .isEqualTo("Autumn Sprint");
  }

  @Test
  void aScheduleUnderAPlainNameIsToldByItsContent() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n<schedule><version>1</version><conference><acronym>x</acronym>"
            + "<title>Harbour Sprint</title><start>2026-05-02</start><end>2026-05-02</end><days>1</days>"
            + "<timeslot_duration>00:15</timeslot_duration><time_zone_name>Europe/Berlin</time_zone_name></conference>"
            + "<day index=\"1\" date=\"2026-05-02\" start=\"2026-05-02T09:00:00+02:00\" end=\"2026-05-02T18:00:00+02:00\">"
            + "</day></schedule>\n";
    ImportResult r = EventIO.standard().read(xml, "schedule.xml");
    assertThat(r.event().title()).isEqualTo("Harbour Sprint");
    assertThat(EventFormat.byContent(xml)).isEqualTo(EventFormat.FRAB_XML);
  }

  @Test
  void optionsReachTheFormatsReaders() throws Exception {
    String sheet = "Title,Scheduled At\nAlpha,3/12/2026 9:00:00 AM\n";
    ImportResult r =
        EventIO.standard()
            .withSheetMapping(SheetMapping.NONE.withDateOrder(SheetMapping.DateOrder.DAY_FIRST))
            .read(sheet, "export.csv");
    assertThat(r.event().topics().get(0).slot().date()).isEqualTo(LocalDate.of(2026, 12, 3));
    String json = Files.readString(GOLDEN).replaceFirst("\\{", "{\"colour\": \"red\",");
    assertThatThrownBy(() -> EventIO.standard().read(json, "x.json"))
        .isInstanceOf(EventFormatException.class);
    assertThat(EventIO.standard().withLenient(true).read(json, "x.json").report().problems())
        .anySatisfy(p -> assertThat(p.code().code()).isEqualTo("J101"));
    assertThatThrownBy(
            () ->
                EventIO.standard()
                    .withLimits(ReadLimits.DEFAULT.withMaxInputChars(100))
                    .read(Files.readString(GOLDEN), "big.json"))
        .isInstanceOf(EventFormatException.class);
  }

  @Test
  void formatsOnlyWrittenOrOnlyReadAreRefusedByName() {
    Event e = Event.builder().title("Sprint").build();
    assertThatThrownBy(() -> EventIO.standard().read("{}", "x.jsonld", EventFormat.JSONLD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schema.org JSON-LD can be written but not read");
    assertThatThrownBy(() -> EventIO.standard().write(e, EventFormat.HTML, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HTML page can be read but not written");
    // the message points to the class that reads dumps: that name is the point
    assertThat(
            FormatErrors.assertFails(
                    () ->
                        EventIO.standard()
                            .read("<mediawiki xmlns=\"x\"><page/></mediawiki>", "wiki.xml"),
                    ReadError.E102_DUMP_NOT_ONE_EVENT,
                    "wiki.xml:1:1")
                .expected())
        .contains("DumpConverter");
    assertThat(EventFormat.named("frab-xml")).isEqualTo(EventFormat.FRAB_XML);
    assertThat(EventFormat.named("ICALENDAR")).isEqualTo(EventFormat.ICALENDAR);
    assertThatThrownBy(() -> EventFormat.named("xls"))
        .hasMessageContaining("expected one of json, csv, ics");
  }

  static Stream<EventFormat> roundTrips() {
    return Stream.of(
        EventFormat.JSON,
        EventFormat.CSV,
        EventFormat.ICALENDAR,
        EventFormat.WIKITEXT,
        EventFormat.FRAB_XML,
        EventFormat.FRAB_JSON);
  }

  @ParameterizedTest
  @MethodSource("roundTrips")
  void whatIsWrittenReadsBackWithItsTopicsAndSlots(EventFormat format, @TempDir Path dir)
      throws Exception {
    Event event = JsonEventCodec.standard().read(GOLDEN).event();
    // a fixed clock: the three writes below must agree to the byte, DTSTAMP included
    EventIO io =
        EventIO.standard()
            .withClock(
                java.time.Clock.fixed(
                    java.time.Instant.parse("2013-05-01T12:00:00Z"), java.time.ZoneOffset.UTC));
    StringWriter text = new StringWriter();
    io.write(event, format, text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    io.write(event, format, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
    if (format == EventFormat.ICALENDAR) {
      assertThat(text.toString())
          .contains("\r\nDTSTAMP:20130501T120000Z\r\n")
          .doesNotContain("DTSTAMP:2026");
    }
    Path file = dir.resolve("event" + format.extensions().get(0));
    io.write(event, format, file);
    assertThat(Files.readString(file)).isEqualTo(text.toString());

    Event back = io.read(file).event();
    assertThat(back.title()).isEqualTo(event.title());
    assertThat(scheduled(back)).isEqualTo(scheduled(event));
    if (List.of(EventFormat.JSON, EventFormat.CSV, EventFormat.WIKITEXT)
        .contains(format)) { // calendars hold scheduled topics only
      assertThat(back.topics())
          .extracting(Topic::title)
          .containsExactlyElementsOf(event.topics().stream().map(Topic::title).toList());
    }
  }

  private static List<String> scheduled(Event e) {
    return e.topics().stream()
        .filter(t -> t.slot() != null)
        .map(t -> t.title() + " " + t.slot().date() + " " + t.slot().start())
        .sorted()
        .toList();
  }

  @Test
  void notesSayWhatAFormatCouldNotCarry() throws Exception {
    Event event =
        Event.builder()
            .title("Sprint")
            .addDay(
                dev.hackathonkit.model.EventDay.of(
                    LocalDate.of(2026, 5, 2), LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .addTopic(
                Topic.builder()
                    .title("Scheduled")
                    .slot(new Slot(LocalDate.of(2026, 5, 2), LocalTime.of(10, 0), null, null))
                    .build())
            .addTopic(Topic.builder().title("Unscheduled idea").build())
            .build();
    List<String> notes = EventIO.standard().write(event, EventFormat.FRAB_XML, new StringWriter());
    assertThat(notes).anySatisfy(n -> assertThat(n).contains("Unscheduled idea"));
    assertThat(EventIO.standard().write(event, EventFormat.JSON, new StringWriter())).isEmpty();
  }

  @Test
  void csvPathsNameAFlatSheetAZipOrAFolder(@TempDir Path dir) throws Exception {
    Event event = JsonEventCodec.standard().read(GOLDEN).event();
    EventIO io = EventIO.standard();
    io.write(event, EventFormat.CSV, dir.resolve("flat.csv"));
    io.write(event, EventFormat.CSV, dir.resolve("tables.zip"));
    io.write(event, EventFormat.CSV, dir.resolve("tables"));
    assertThat(dir.resolve("tables/event.csv")).isRegularFile();
    for (Path p :
        List.of(dir.resolve("flat.csv"), dir.resolve("tables.zip"), dir.resolve("tables"))) {
      assertThat(io.read(p).event().topics()).as(p.toString()).hasSameSizeAs(event.topics());
    }
    try (InputStream zip = Files.newInputStream(dir.resolve("tables.zip"))) {
      assertThat(io.read(zip, "tables.zip").event().attendees()).hasSameSizeAs(event.attendees());
    }
  }

  @Test
  void aFormatThatCannotHoldTheEventSaysWhyAndJsonLdNotesPlainDates() throws Exception {
    Event undated =
        Event.builder().title("Ideas").addTopic(Topic.builder().title("Packaging").build()).build();
    assertThatThrownBy(
            () -> EventIO.standard().write(undated, EventFormat.FRAB_XML, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event 'ideas' has no date");
    Event noZone =
        Event.builder()
            .title("Sprint")
            .addDay(
                dev.hackathonkit.model.EventDay.of(
                    LocalDate.of(2026, 5, 2), LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .build();
    assertThat(EventIO.standard().write(noZone, EventFormat.JSONLD, new StringWriter()))
        .isNotEmpty();
  }

  @Test
  void anErrorOnBytesThatAreNotUtf8NamesTheEncodingTheyLikelyHave() throws Exception {
    byte[] latin =
        "== Teilnehmer ==\n* J\u00fcrgen M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
    EventFormatException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            EventFormatException.class,
            () -> EventIO.standard().read(new ByteArrayInputStream(latin), "team.wiki"));
    assertThat(e.code()).isEqualTo(ReadError.E101_UNDECODABLE_TEXT);
    assertThat(e.location()).hasToString("team.wiki:2:4");
    assertThat(e.likelyEncoding()).contains(StandardCharsets.ISO_8859_1);

    EventFormatException other =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            EventFormatException.class,
            () -> EventIO.standard().read("{\"title\": [", "broken.json"));
    assertThat(other.likelyEncoding()).isEmpty();
  }

  @Test
  void theLikelyEncodingOfBytesWithoutAByteOrderMarkIsToldFromTheirHead() {
    byte[] utf16 = "Sprint\nDay one".getBytes(java.nio.charset.Charset.forName("UTF-16LE"));
    assertThat(EventFormat.likelyEncoding(utf16))
        .contains(java.nio.charset.Charset.forName("UTF-16LE"));
    byte[] cp1252 = "\u201cQuoted\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(EventFormat.likelyEncoding(cp1252))
        .contains(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(EventFormat.likelyEncoding(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7}))
        .as("binary data")
        .isEmpty();
  }
}
