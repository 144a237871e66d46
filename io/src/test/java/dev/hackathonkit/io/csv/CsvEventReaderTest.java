package dev.hackathonkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEventReaderTest {
  private static final CsvEventReader STRICT = CsvEventReader.standard();
  private static final CsvEventReader LENIENT =
      CsvEventReader.standard().withOptions(CsvOptions.DEFAULT.withStrict(false));
  private static final String EVENT = "id,title\r\nsummit,Summit\r\n";

  /**
   * Fuzz finding (CsvZipFuzzTest): a zip cut inside an entry made ZipInputStream throw a bare
   * EOFException, which escaped as an I/O failure rather than as a located format error.
   */
  @Test
  void aZipCutInsideAnEntryIsAFormatError() throws Exception {
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () ->
                STRICT.readZip(
                    Files.newInputStream(ZIP_FINDINGS.resolve("truncated-inside-entry.zip")),
                    "cut.zip"));
    assertThat(e.location()).isEqualTo(new Location("cut.zip", 0, 0));
    assertThat(e.code()).isEqualTo(CsvProblem.C212_MALFORMED_ZIP);
  }

  /**
   * Fuzz finding (CsvZipFuzzTest): an entry name that is not UTF-8 (here Latin-1 {@code café.csv})
   * made ZipInputStream throw IllegalArgumentException ("malformed input"), which escaped the
   * reader.
   */
  @Test
  void aZipEntryNameThatIsNotUtf8IsAFormatError() throws Exception {
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () ->
                STRICT.readZip(
                    Files.newInputStream(ZIP_FINDINGS.resolve("latin1-entry-name.zip")),
                    "latin.zip"));
    assertThat(e.location().source()).isEqualTo("latin.zip");
    assertThat(e.code()).isEqualTo(CsvProblem.C212_MALFORMED_ZIP);
  }

  /**
   * Fuzz finding (CsvZipFuzzTest): an entry with an empty name was reported as an ignored file at a
   * location whose source was that empty name, a place no one can find; it is refused as unsafe.
   */
  @Test
  void aZipEntryWithoutANameIsRefused() throws Exception {
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () ->
                STRICT.readZip(
                    Files.newInputStream(ZIP_FINDINGS.resolve("entry-without-name.zip")),
                    "nameless.zip"));
    assertThat(e.location()).isEqualTo(new Location("nameless.zip", 0, 0));
    assertThat(e.code()).isEqualTo(CsvProblem.C212_MALFORMED_ZIP);
  }

  private static final Path ZIP_FINDINGS =
      Path.of("src/test/resources/dev/hackathonkit/io/csv/zip-findings");

  @Test
  void importsSpreadsheetSavedSheetWithSemicolonsBomAndCrlf() throws Exception {
    String sheet =
        "\uFEFF"
            + "event.title;event.time_zone;title;inserted_on;gsoc;contacts;description;Room wish\r\n"
            + "Summit 2026;Europe/Dublin;Release planning;2026-05-01;YES;"
            + "\"Ana Müller <ana@example.org> [Example Corp]; José García (or a deputy)\";"
            + "\"Line one\n- item; with semicolon\";Big room\r\n"
            + "Summit 2026;Europe/Dublin;\"Quote \"\"this\"\"\";;n/a;;'=not a formula;\r\n";
    Path file = Files.createTempFile("sheet", ".csv");
    Files.write(file, sheet.getBytes(StandardCharsets.UTF_8));
    ImportResult result = STRICT.withOptions(CsvOptions.DEFAULT.withSeparator(';')).read(file);
    Event expected =
        Event.builder()
            .id("summit-2026")
            .title("Summit 2026")
            .timeZone(ZoneId.of("Europe/Dublin"))
            .addTopic(
                Topic.builder()
                    .id("release-planning")
                    .title("Release planning")
                    .insertedOn(LocalDate.of(2026, 5, 1))
                    .gsoc(Gsoc.YES)
                    .addContact(new Person("Ana Müller", "ana@example.org", "Example Corp", null))
                    .addContact(new Person("José García", null, null, "or a deputy"))
                    .description("Line one\n- item; with semicolon")
                    .putExtra("Room wish", "Big room")
                    .build())
            .addTopic(
                Topic.builder()
                    .id("quote-this")
                    .title("Quote \"this\"")
                    .gsoc(Gsoc.NOT_APPLICABLE)
                    .description("=not a formula")
                    .build())
            .build();
    assertThat(result.event()).isEqualTo(expected);
    assertThat(result.report().problems())
        .extracting(ImportProblem::code, ImportProblem::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                CsvProblem.C101_UNKNOWN_COLUMN, new Location(file.getFileName().toString(), 1, 8)));
    Files.delete(file);
  }

  @Test
  void readsColumnsInAnyOrder() throws Exception {
    ImportResult r =
        STRICT.readZip(
            zip(
                Map.of(
                    "event.csv", "title,id\r\nSummit,summit\r\n",
                    "attendees.csv",
                        "status,name,affiliation\r\ninvited,Zoë Øster,\r\nCONFIRMED,Ana,'\r\n")),
            "z.zip");
    assertThat(r.event().attendees())
        .extracting(a -> a.name(), a -> a.affiliation(), a -> a.status())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Zoë Øster", null, AttendeeStatus.INVITED),
            org.assertj.core.groups.Tuple.tuple("Ana", "", AttendeeStatus.CONFIRMED));
  }

  @Test
  void readsShortRowsAndSkipsBlankLinesKeepingRowNumbers() throws Exception {
    ImportResult r =
        STRICT.readZip(
            zip(
                Map.of(
                    "event.csv",
                    EVENT,
                    "topics.csv",
                    "id,title,skills,description\r\na,A\r\n\r\nb,B,C\r\n")),
            "z.zip");
    assertThat(r.event().topics())
        .extracting(Topic::id, Topic::skills, Topic::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", null, null),
            org.assertj.core.groups.Tuple.tuple("b", "C", null));
    EventFormatException e =
        strictFails(
            Map.of("event.csv", EVENT, "topics.csv", "id,title,inserted_on\r\n\r\nb,B,soon\r\n"));
    assertThat(e.location()).isEqualTo(new Location("topics.csv", 3, 3));
  }

  @Test
  void reportsBadDateWithFileRowColumnAndValue() throws Exception {
    EventFormatException e =
        strictFails(
            Map.of(
                "event.csv",
                EVENT,
                "topics.csv",
                "id,title,inserted_on\r\na,A,2013-02-28\r\nb,B,31/02/2013\r\n"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(CsvProblem.C202_BAD_VALUE);
              assertThat(p.location()).isEqualTo(new Location("topics.csv", 3, 3));
              assertThat(p.message())
                  .isEqualTo(
                      "column 'inserted_on': expected a date yyyy-mm-dd, found '31/02/2013'");
            });
    assertThat(e.code()).isEqualTo(CsvProblem.C202_BAD_VALUE);
    assertThat(e.location()).hasToString("topics.csv:3:3");
  }

  @Test
  void reportsUnknownStatusWithFileRowColumnAndValue() throws Exception {
    EventFormatException e =
        strictFails(
            Map.of(
                "event.csv",
                EVENT,
                "attendees.csv",
                "name,affiliation,status\r\nAna,,speaker\r\n"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(CsvProblem.C202_BAD_VALUE);
              assertThat(p.location()).isEqualTo(new Location("attendees.csv", 2, 3));
              assertThat(p.message())
                  .isEqualTo(
                      "column 'status': expected one of confirmed, invited, tentative, waitlisted, withdrawn, found 'speaker'");
            });
  }

  @Test
  void strictModeReportsEveryErrorOfTheInputAtOnceAndReturnsNothing() throws Exception {
    EventFormatException e =
        strictFails(
            Map.of(
                "event.csv",
                "id,title,time_zone\r\nsummit,Summit,Mars/Base\r\n",
                "days.csv",
                "date,opens,closes\r\n2013-05-16,9am,17:00\r\n",
                "topics.csv",
                "id,title,gsoc,slot.date\r\na,A,perhaps,\r\nb,,,2013-05-16\r\n"));
    assertThat(e.problems())
        .extracting(p -> p.location().toString() + " " + p.code().code() + " " + p.message())
        .containsExactlyInAnyOrder(
            "event.csv:2:3 C202 column 'time_zone': expected a time zone id such as Europe/Dublin, found 'Mars/Base'",
            "days.csv:2:2 C202 column 'opens': expected a time hh:mm or hh:mm:ss, found '9am'",
            "topics.csv:2:3 C202 column 'gsoc': expected one of yes, no, not_applicable, found 'perhaps'",
            "topics.csv:3:2 C203 column 'title': expected a value, found an empty cell",
            "topics.csv:3 C203 column 'slot.start': expected a value, found an empty cell");
  }

  @Test
  void lenientModeSkipsBadRowsAndReportsThem() throws Exception {
    ImportResult r =
        LENIENT.readZip(
            zip(
                Map.of(
                    "event.csv",
                    EVENT,
                    "topics.csv",
                    "id,title,inserted_on\r\na,A,2013-02-28\r\nb,B,31/02/2013\r\nc,C,\r\n",
                    "attendees.csv",
                    "name,status\r\nAna,speaker\r\nBo,confirmed\r\n")),
            "z.zip");
    assertThat(r.event().topics()).extracting(Topic::id).containsExactly("a", "c");
    assertThat(r.event().attendees()).extracting(a -> a.name()).containsExactly("Bo");
    assertThat(r.report().problems())
        .extracting(p -> p.location().toString() + " " + p.message())
        .containsExactlyInAnyOrder(
            "topics.csv:3:3 column 'inserted_on': expected a date yyyy-mm-dd, found '31/02/2013'; row skipped",
            "attendees.csv:2:2 column 'status': expected one of confirmed, invited, tentative, waitlisted, withdrawn, found 'speaker'; row skipped");
  }

  @Test
  void lenientModeStillFailsWithoutAUsableEventRow() throws Exception {
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () ->
                LENIENT.readZip(
                    zip(Map.of("event.csv", "id,title,time_zone\r\ns,S,Nowhere\r\n")), "z.zip"));
    assertThat(e.location()).isEqualTo(new Location("event.csv", 2, 3));
    assertThat(e.problems())
        .extracting(ImportProblem::code)
        .containsExactly(CsvProblem.C202_BAD_VALUE);
  }

  @Test
  void reportsMissingRequiredColumnsByName() throws Exception {
    EventFormatException e =
        strictFails(
            Map.of(
                "event.csv",
                EVENT,
                "comments.csv",
                "topic_id,posted_at,text\r\na,2013-04-29T18:02:00Z,hi\r\n"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(CsvProblem.C201_MISSING_COLUMN);
              assertThat(p.location()).isEqualTo(new Location("comments.csv", 1, 0));
              assertThat(p.message()).startsWith("missing required columns 'author', 'kind';");
            });
  }

  @Test
  void keepsUnknownTopicColumnsAsExtraWithAWarning() throws Exception {
    ImportResult r =
        STRICT.readZip(
            zip(
                Map.of(
                    "event.csv",
                    EVENT,
                    "topics.csv",
                    "id,title,Mentor,extra.Repository\r\na,A,Ana,https://example.org/r\r\n")),
            "z.zip");
    assertThat(r.event().topics().get(0).extra())
        .containsExactly(
            Map.entry("Mentor", "Ana"), Map.entry("Repository", "https://example.org/r"));
    assertThat(r.report().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(CsvProblem.C101_UNKNOWN_COLUMN);
              assertThat(p.location()).isEqualTo(new Location("topics.csv", 1, 3));
              assertThat(p.message()).contains("'Mentor'", "topics.csv");
            });
  }

  @Test
  void reportsUnknownColumnOfATableWithoutExtraAsNotKept() throws Exception {
    ImportResult r =
        STRICT.readZip(
            zip(
                Map.of(
                    "event.csv",
                    EVENT,
                    "attendees.csv",
                    "name,status,shirt\r\nAna,confirmed,XL\r\n")),
            "z.zip");
    assertThat(r.report().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(CsvProblem.C101_UNKNOWN_COLUMN);
              assertThat(p.message()).contains("'shirt'", "not kept");
            });
  }

  @Test
  void reportsCommentForUnknownTopic() throws Exception {
    EventFormatException e =
        strictFails(
            Map.of(
                "event.csv",
                EVENT,
                "topics.csv",
                "id,title\r\na,A\r\n",
                "comments.csv",
                "topic_id,author,posted_at,kind,text\r\nzz,Ana,2013-04-29T18:02:00Z,vote,Will attend\r\n"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(CsvProblem.C205_UNKNOWN_TOPIC);
              assertThat(p.location()).isEqualTo(new Location("comments.csv", 2, 1));
              assertThat(p.message()).contains("'zz'");
            });
  }

  @Test
  void lenientModeSkipsCommentsForUnknownTopics() throws Exception {
    ImportResult r =
        LENIENT.readZip(
            zip(
                Map.of(
                    "event.csv",
                    EVENT,
                    "topics.csv",
                    "id,title\r\na,A\r\n",
                    "comments.csv",
                    "topic_id,author,posted_at,kind\r\nzz,Ana,2013-04-29T18:02:00Z,vote\r\n"
                        + "a,Bo,2013-04-29T18:03:00Z,comment\r\n")),
            "z.zip");
    assertThat(r.event().topics().get(0).comments())
        .extracting(c -> c.author())
        .containsExactly("Bo");
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + " " + p.location() + " " + p.message())
        .containsExactly(
            "C205 comments.csv:2:1 column 'topic_id': expected the id of a topic in topics.csv, "
                + "found 'zz'; row skipped");
  }

  @Test
  void reportsAnEmptyTableFile() throws Exception {
    assertThat(strictFails(Map.of("event.csv", EVENT, "days.csv", "")).problems())
        .extracting(p -> p.code().code() + " " + p.location() + " " + p.message())
        .containsExactly("C201 days.csv:1 expected a header row, found an empty file");
  }

  @Test
  void attachesCommentsWhateverTheOrderOfZipEntries() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "comments.csv",
        "topic_id,author,posted_at,kind,text\r\na,Ana,2013-04-29T18:02:00Z,VOTE,\r\n");
    files.put("topics.csv", "id,title\r\na,A\r\n");
    files.put("event.csv", EVENT);
    Event e = STRICT.readZip(zip(files), "z.zip").event();
    assertThat(e.topics().get(0).comments())
        .singleElement()
        .satisfies(c -> assertThat(c.text()).isEmpty());
  }

  @Test
  void emptyHeaderCellsAsSpreadsheetsSaveThemAreNoColumnsAndATextUnderOneIsReported()
      throws Exception {
    // Excel and LibreOffice save trailing columns with empty header cells: ";;" after the last name
    ImportResult r =
        STRICT.readFlat(
            new StringReader(
                "event.title,title,skills,,\r\nSummit,Intro,C,,\r\nSummit,Outro,Go,,arrives late\r\n"),
            "flat.csv");
    assertThat(r.event().topics()).extracting(Topic::title).containsExactly("Intro", "Outro");
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + " " + p.location() + " " + p.message())
        .containsExactly(
            "C101 flat.csv:3:5 cell 'arrives late' stands under a column without a name; it is not kept");
  }

  @Test
  void reportsStructuralErrors() throws Exception {
    assertThat(strictFails(Map.of("event.csv", "id,title,title\r\ns,S,T\r\n")).problems())
        .extracting(p -> p.code().code() + " " + p.location())
        .containsExactly("C204 event.csv:1:3");
    assertThat(strictFails(Map.of("event.csv", "id,title\r\ns,S,oops\r\n")).problems())
        .extracting(p -> p.code().code() + " " + p.location() + " " + p.message())
        .containsExactly(
            "C206 event.csv:2:3 expected at most 2 cells, found 3 (extra cell 'oops')");
    assertThat(strictFails(Map.of("event.csv", "id,title\r\ns,S\r\nt,T\r\n")).problems())
        .extracting(p -> p.code().code() + " " + p.location())
        .containsExactly("C207 event.csv:3");
    assertThat(strictFails(Map.of("topics.csv", "id,title\r\na,A\r\n")).problems())
        .extracting(p -> p.code().code() + " " + p.message())
        .containsExactly("C209 expected event.csv, found none");
    assertThat(
            strictFails(Map.of("event.csv", EVENT, "topics.csv", "id,title\r\na,A\r\na,B\r\n"))
                .problems())
        .extracting(p -> p.code().code() + " " + p.location() + " " + p.message())
        .containsExactly(
            "C208 topics.csv:3:1 column 'id': expected a unique topic id, found 'a' again");
    assertThat(
            strictFails(
                    Map.of(
                        "event.csv",
                        EVENT,
                        "topics.csv",
                        "id,title,contacts\r\na,A,Ana <ana@x\r\n"))
                .problems())
        .extracting(p -> p.code().code() + " " + p.location() + " " + p.message())
        .containsExactly(
            "C202 topics.csv:2:3 column 'contacts': expected contacts "
                + "'Name <email> [affiliation] (note); ...' (a closing '>'), found 'Ana <ana@x'");
  }

  @Test
  void failsAtOnceOnMalformedCsv() throws Exception {
    EventFormatException e = strictFails(Map.of("event.csv", "id,title\r\ns,\"unclosed\r\n"));
    assertThat(e.location().source()).isEqualTo("event.csv");
    assertThat(e.code()).isEqualTo(CsvProblem.C210_MALFORMED_CSV);
    assertThat(e.location())
        .as("the parser stops at the end, inside the open quote")
        .hasToString("event.csv:3:1");
  }

  @Test
  void failsOnInvalidUtf8() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("event.csv"));
      z.write(
          new byte[] {
            'i', 'd', ',', 't', 'i', 't', 'l', 'e', '\r', '\n', 's', ',', (byte) 0xC3, (byte) 0x28
          });
    }
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () -> STRICT.readZip(new ByteArrayInputStream(bytes.toByteArray()), "z.zip"));
    assertThat(e.location()).isEqualTo(new Location("event.csv", 2, 3));
    assertThat(e.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    // the bytes found and the encoding they read in: the words are the point
    assertThat(e.expected())
        .startsWith("expected UTF-8 text, found the byte C3, which UTF-8 does not define;")
        .contains("ISO-8859-1");
  }

  @Test
  void failsWhenInputExceedsTheLimit(@TempDir Path dir) throws Exception {
    CsvEventWriter.standard()
        .writeFolder(dev.hackathonkit.model.testing.RandomEvents.event(3), dir);
    CsvEventReader small =
        STRICT.withOptions(
            CsvOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxInputChars(500)));
    EventFormatException e =
        catchThrowableOfType(EventFormatException.class, () -> small.read(dir));
    assertThat(e.code()).isEqualTo(CsvProblem.C211_TOO_LARGE);
    assertThat(e.location().line()).as("the whole file").isZero();
  }

  @Test
  void rejectsZipEntriesThatEscapeTheFolder() throws Exception {
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () -> STRICT.readZip(zip(Map.of("../event.csv", EVENT)), "evil.zip"));
    assertThat(e.code()).isEqualTo(CsvProblem.C212_MALFORMED_ZIP);
    assertThat(e.location()).hasToString("evil.zip");
    assertThat(e.expected()).as("names the entry").endsWith("'../event.csv'");
  }

  @Test
  void rejectsTooManyZipEntries() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("event.csv", EVENT);
    for (int i = 0; i < 5; i++) {
      files.put("junk" + i + ".txt", "x");
    }
    CsvEventReader reader = STRICT.withOptions(CsvOptions.DEFAULT.withMaxZipEntries(4));
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class, () -> reader.readZip(zip(files), "many.zip"));
    assertThat(e.code()).isEqualTo(CsvProblem.C211_TOO_LARGE);
    assertThat(e.location()).hasToString("many.zip");
  }

  @Test
  void stopsInflatingAZipBomb() throws Exception {
    StringBuilder big = new StringBuilder("id,title\r\ns,");
    big.append("a".repeat(2_000_000)).append("\r\n");
    CsvEventReader reader =
        STRICT.withOptions(
            CsvOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxInputChars(100_000)));
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () -> reader.readZip(zip(Map.of("event.csv", big.toString())), "bomb.zip"));
    assertThat(e.code()).isEqualTo(CsvProblem.C211_TOO_LARGE);
    assertThat(e.location()).hasToString("event.csv");
  }

  @Test
  void countsIgnoredZipEntriesAgainstTheLimit() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("event.csv", EVENT);
    files.put("padding.bin", "0".repeat(2_000_000));
    CsvEventReader reader =
        STRICT.withOptions(
            CsvOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxInputChars(100_000)));
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class, () -> reader.readZip(zip(files), "bomb.zip"));
    assertThat(e.code()).isEqualTo(CsvProblem.C211_TOO_LARGE);
    assertThat(e.location()).hasToString("padding.bin");
  }

  @Test
  void ignoresAndReportsFilesThatAreNotTables() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("sheet/event.csv", EVENT);
    files.put("__MACOSX/sheet/._event.csv", "junk");
    files.put("sheet/notes.txt", "hello");
    ImportResult r = STRICT.readZip(zip(files), "mac.zip");
    assertThat(r.event().title()).isEqualTo("Summit");
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + " " + p.location())
        .containsExactly("C102 __MACOSX/sheet/._event.csv", "C102 sheet/notes.txt");
  }

  @Test
  void reportsDifferingEventCellsInTheFlatView() throws Exception {
    ImportResult r =
        STRICT.readFlat(
            new StringReader("event.title,title\r\nSummit,A\r\nOther,B\r\n"), "flat.csv");
    assertThat(r.event().title()).isEqualTo("Summit");
    assertThat(r.event().topics()).extracting(Topic::title).containsExactly("A", "B");
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + " " + p.location())
        .containsExactly("C103 flat.csv:3:1");
  }

  @Test
  void flatViewNeedsItsColumns() throws Exception {
    // a sheet with one of our own columns (slot.start) is ours, and then needs event.title
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () -> STRICT.readFlat(new StringReader("title,slot.start\r\nA,10:00\r\n"), "flat.csv"));
    assertThat(e.problems())
        .extracting(p -> p.code().code() + " " + p.message())
        .singleElement()
        .asString()
        .startsWith("C201 missing required column 'event.title';");
    // without any, it is another tool's schedule sheet (ScheduleSheetTest)
    ImportResult other = STRICT.readFlat(new StringReader("name,title\r\nx,A\r\n"), "flat.csv");
    assertThat(other.event().topics()).extracting(Topic::title).containsExactly("A");
    assertThat(other.report().problems()).extracting(p -> p.code().code()).contains("C110", "C111");
  }

  private static EventFormatException strictFails(Map<String, String> files) throws IOException {
    return catchThrowableOfType(
        EventFormatException.class, () -> STRICT.readZip(zip(files), "z.zip"));
  }

  static ByteArrayInputStream zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  @Test
  void readsStreetPostcodeAndEveryAttendeeStatus() throws Exception {
    ImportResult r =
        STRICT.readZip(
            zip(
                Map.of(
                    "event.csv",
                        "id,title,venue.name,venue.street,venue.postcode,venue.city,venue.country\r\n"
                            + "summit,Summit,Example Hall,Musterstraße 12-14,10999,Berlin,Germany\r\n",
                    "attendees.csv",
                        "name,affiliation,status\r\nAna,,confirmed\r\nBo,,Invited\r\nCy,X,tentative\r\n"
                            + "Di,,WAITLISTED\r\nEd,,withdrawn\r\n")),
            "z.zip");
    assertThat(r.event().venue())
        .isEqualTo(
            new dev.hackathonkit.model.Venue(
                "Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany"));
    assertThat(r.event().attendees())
        .extracting(a -> a.name() + "/" + a.status())
        .containsExactly(
            "Ana/CONFIRMED", "Bo/INVITED", "Cy/TENTATIVE", "Di/WAITLISTED", "Ed/WITHDRAWN");
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void readsSheetsWrittenBeforeStreetAndPostcodeHadColumns() throws Exception {
    ImportResult r =
        STRICT.readZip(
            zip(
                Map.of(
                    "event.csv",
                    "id,title,time_zone,venue.name,venue.city,venue.country,links\r\n"
                        + "summit,Summit,Europe/Dublin,Example Hall,Dublin,Ireland,\r\n")),
            "old.zip");
    assertThat(r.event().venue())
        .isEqualTo(
            new dev.hackathonkit.model.Venue("Example Hall", null, null, "Dublin", "Ireland"));
    assertThat(r.report().problems()).isEmpty();
    ImportResult flat =
        STRICT.readFlat(
            new StringReader("event.title,event.venue.city,title\r\nSummit,Cork,Intro\r\n"),
            "topics.csv");
    assertThat(flat.event().venue())
        .isEqualTo(new dev.hackathonkit.model.Venue(null, null, null, "Cork", null));
    assertThat(flat.report().problems()).isEmpty();
  }
}
