package dev.hackathonkit.io.json;

import static dev.hackathonkit.io.FormatErrors.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Golden;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Venue;
import dev.hackathonkit.model.testing.RandomEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonEventCodecTest {
  private final JsonEventCodec json = JsonEventCodec.standard();

  @Test
  void writesTheGoldenFileByteForByte() {
    assertThat(json.write(Golden.event())).isEqualTo(Golden.json());
  }

  @Test
  void roundTripsAThousandGeneratedEvents() throws Exception {
    JsonEventCodec compact = json.withPretty(false);
    for (long seed = 0; seed < 1000; seed++) {
      Event event = RandomEvents.event(seed);
      assertThat(json.read(json.write(event), "seed").event())
          .as("seed %d pretty", seed)
          .isEqualTo(event);
      assertThat(compact.read(compact.write(event), "seed").event())
          .as("seed %d compact", seed)
          .isEqualTo(event);
    }
  }

  @Test
  void compactOutputIsOneLine() {
    assertThat(json.withPretty(false).write(Golden.event())).doesNotContain("\n");
  }

  @Test
  void writesIsoValuesLowerCaseEnumsAndOmitsAbsentValues() {
    String text = json.write(Golden.event());
    assertThat(text)
        .contains("\"timeZone\": \"Europe/Dublin\"")
        .contains("\"opens\": \"09:00\"")
        .contains("\"postedAt\": \"2013-04-29T18:02:00Z\"")
        .contains("\"gsoc\": \"not_applicable\"")
        .contains("\"kind\": \"vote\"")
        .doesNotContain("null")
        .doesNotContain("\"extra\"")
        .doesNotContain("\"links\"");
  }

  @Test
  void writesToFilesAndReadsThemBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("event.json");
    json.write(Golden.event(), file);
    ImportResult result = json.read(file);
    assertThat(result.event()).isEqualTo(Golden.event());
    assertThat(result.report().source()).isEqualTo(file.toString());
    assertThat(result.report().hasProblems()).isFalse();
    assertThat(Files.readString(file)).endsWith("}\n");
  }

  @Test
  void streamedFilesStreamsAndWritersHoldExactlyTheTextWritten(@TempDir Path dir) throws Exception {
    for (long seed = 1; seed <= 20; seed++) {
      Event event = RandomEvents.event(seed);
      for (JsonEventCodec codec : new JsonEventCodec[] {json, json.withPretty(false)}) {
        String text = codec.write(event);
        Path file = dir.resolve("e" + seed + ".json");
        codec.write(event, file);
        assertThat(Files.readString(file)).as("seed %d", seed).isEqualTo(text);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        codec.write(event, bytes);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text);
        java.io.StringWriter chars = new java.io.StringWriter();
        codec.write(event, chars);
        chars.write("after"); // the writer stays open
        assertThat(chars.toString()).isEqualTo(text + "after");
      }
    }
  }

  @Test
  void reportsUnknownFieldWithPathLineAndColumn() {
    String text =
        "{\n  \"id\": \"e\",\n  \"title\": \"T\",\n  \"topics\": [ { \"id\": \"t\", \"title\": \"x\", \"venu\": 1 } ]\n}";
    EventFormatException e =
        assertFails(
            () -> json.read(text, "bad.json"),
            JsonProblem.J205_UNKNOWN_FIELD_STRICT,
            "bad.json:4:53");
    assertThat(e.expected()).as("names the path").startsWith("topics[0].venu: ");
  }

  @Test
  void reportsBadDateWithWhatWasExpected() {
    String text =
        "{\"id\":\"e\",\"title\":\"T\",\"topics\":[{\"id\":\"t\",\"title\":\"x\",\"insertedOn\":\"29/04/2013\"}]}";
    EventFormatException e =
        assertFails(() -> json.read(text, "d.json"), JsonProblem.J203_BAD_VALUE, "d.json:1:68");
    // what was expected and what was found: the words are the point
    assertThat(e.expected())
        .contains("topics[0].insertedOn")
        .contains("ISO-8601 date")
        .contains("29/04/2013");
  }

  @Test
  void reportsWrongType() {
    String text = "{\"id\":\"e\",\"title\":\"T\",\"days\":{\"date\":\"2013-05-16\"}}";
    assertThat(
            assertFails(() -> json.read(text, "t.json"), JsonProblem.J203_BAD_VALUE, "t.json:1:30")
                .expected())
        .startsWith("days: ");
  }

  @Test
  void reportsUnknownEnumValueWithTheAllowedOnes() {
    String text =
        "{\"id\":\"e\",\"title\":\"T\",\"attendees\":[{\"name\":\"A\",\"status\":\"speaker\"}]}";
    // the allowed values are the point of the message
    assertThat(
            assertFails(() -> json.read(text, "s.json"), JsonProblem.J203_BAD_VALUE, "s.json:1:57")
                .expected())
        .contains("attendees[0].status")
        .contains("confirmed, invited, tentative, waitlisted, withdrawn")
        .contains("speaker");
  }

  @Test
  void reportsMissingRequiredField() {
    assertThat(
            assertFails(
                    () -> json.read("{\"id\":\"e\"}", "m.json"),
                    JsonProblem.J204_MISSING_FIELD,
                    "m.json:1:10")
                .expected())
        .contains("'title'");
  }

  @Test
  void aTruncatedFileNamesWhereTheOpenObjectStartsWithoutJacksonsInternals() {
    // where the open object starts, in the reader's words and not Jackson's: the text is the point
    assertThat(
            assertFails(
                    () -> json.read("{\"title\":\"x\"\n", "bad.json"),
                    JsonProblem.J201_MALFORMED,
                    "bad.json:2:1")
                .expected())
        .contains("line 1, column 1")
        .doesNotContain("Source:", "REDACTED", "StreamReadFeature");
  }

  @Test
  void reportsMalformedJsonAndTrailingContent() {
    assertFails(
        () -> json.read("{\"id\": \"e\",\n \"title\" \"T\"}", "x.json"),
        JsonProblem.J201_MALFORMED,
        "x.json:2:10");
    assertFails(
        () -> json.read("{\"id\":\"e\",\"title\":\"T\"} {}", "y.json"),
        JsonProblem.J202_NOT_AN_EVENT,
        "y.json:1:24");
    assertFails(() -> json.read("null", "n.json"), JsonProblem.J202_NOT_AN_EVENT, "n.json:1:1");
  }

  @Test
  void lenientModeSkipsUnknownFieldsWithWarnings() throws Exception {
    String text =
        "{\n\"id\":\"e\",\n\"title\":\"T\",\n\"color\":{\"a\":[1,2]},\n\"topics\":[{\"id\":\"t\",\"title\":\"x\",\"mentor\":\"Ana\"}]\n}";
    ImportResult result = json.withLenient(true).read(text, "l.json");
    assertThat(result.event().topics()).hasSize(1);
    assertThat(result.report().problems())
        .extracting(p -> p.code().code(), p -> p.location().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("J101", 4),
            org.assertj.core.groups.Tuple.tuple("J101", 5));
    assertThat(result.report().problems().get(1).message()).contains("'mentor'").contains("Topic");
  }

  @Test
  void turnsDeepNestingAndHugeInputIntoErrors() {
    String deep =
        "{\"id\":\"e\",\"title\":\"T\",\"color\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertFails(
        () -> json.withLenient(true).read(deep, "deep.json"),
        JsonProblem.J206_TOO_LARGE,
        "deep.json:1:287");
    String big = "{\"id\":\"e\",\"title\":\"" + "x".repeat(5000) + "\"}";
    assertFails(
        () -> json.withLimits(ReadLimits.DEFAULT.withMaxInputChars(1000)).read(big, "big.json"),
        JsonProblem.J206_TOO_LARGE,
        "big.json");
  }

  @Test
  void writesStreetPostcodeAndEveryStatusAndReadsThemBackEqual() throws Exception {
    Event.Builder b =
        Event.builder()
            .id("e")
            .title("T")
            .venue(new Venue("Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany"));
    for (AttendeeStatus status : AttendeeStatus.values()) {
      b.addAttendee(new Attendee("Person " + status, null, status));
    }
    Event event = b.build();
    String text = json.write(event);
    assertThat(text)
        .contains("\"street\": \"Musterstraße 12-14\"", "\"postcode\": \"10999\"")
        .contains(
            "\"status\": \"confirmed\"",
            "\"status\": \"invited\"",
            "\"status\": \"tentative\"",
            "\"status\": \"waitlisted\"",
            "\"status\": \"withdrawn\"");
    assertThat(text.indexOf("\"name\": \"Example Hall\"")).isLessThan(text.indexOf("\"street\""));
    assertThat(text.indexOf("\"postcode\"")).isLessThan(text.indexOf("\"city\""));
    assertThat(json.read(text, "e.json").event()).isEqualTo(event);
  }

  @Test
  void omitsAbsentStreetAndPostcodeAndReadsDocumentsWithoutThem() throws Exception {
    String old =
        "{\"id\":\"e\",\"title\":\"T\",\"venue\":{\"name\":\"Hall\",\"city\":\"Dublin\",\"country\":\"Ireland\"},"
            + "\"attendees\":[{\"name\":\"A\",\"status\":\"confirmed\"},{\"name\":\"B\",\"status\":\"invited\"}]}";
    Event event = json.read(old, "old.json").event();
    assertThat(event.venue()).isEqualTo(new Venue("Hall", null, null, "Dublin", "Ireland"));
    assertThat(event.attendees())
        .extracting(Attendee::status)
        .containsExactly(AttendeeStatus.CONFIRMED, AttendeeStatus.INVITED);
    assertThat(json.withPretty(false).write(event))
        .contains("\"venue\":{\"name\":\"Hall\",\"city\":\"Dublin\"")
        .doesNotContain("street")
        .doesNotContain("postcode");
  }
}
