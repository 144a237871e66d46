package dev.hackathonkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
      assertThat(json.read(json.write(event), "seed").event()).as("seed %d pretty", seed).isEqualTo(event);
      assertThat(compact.read(compact.write(event), "seed").event()).as("seed %d compact", seed).isEqualTo(event);
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
    String text = "{\n  \"id\": \"e\",\n  \"title\": \"T\",\n  \"topics\": [ { \"id\": \"t\", \"title\": \"x\", \"venu\": 1 } ]\n}";
    assertThatThrownBy(() -> json.read(text, "bad.json"))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.location().source()).isEqualTo("bad.json");
              assertThat(e.location().line()).isEqualTo(4);
              assertThat(e.location().column()).isGreaterThan(40);
              assertThat(e.expected()).startsWith("topics[0].venu: unknown field 'venu'");
              assertThat(e.getMessage()).startsWith("bad.json:4:");
            });
  }

  @Test
  void reportsBadDateWithWhatWasExpected() {
    String text = "{\"id\":\"e\",\"title\":\"T\",\"topics\":[{\"id\":\"t\",\"title\":\"x\",\"insertedOn\":\"29/04/2013\"}]}";
    assertThatThrownBy(() -> json.read(text, "d.json"))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.expected()).contains("topics[0].insertedOn").contains("ISO-8601 date").contains("29/04/2013");
              assertThat(e.location().line()).isEqualTo(1);
            });
  }

  @Test
  void reportsWrongType() {
    String text = "{\"id\":\"e\",\"title\":\"T\",\"days\":{\"date\":\"2013-05-16\"}}";
    assertThatThrownBy(() -> json.read(text, "t.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> assertThat(e.expected()).startsWith("days: expected an array"));
  }

  @Test
  void reportsUnknownEnumValueWithTheAllowedOnes() {
    String text = "{\"id\":\"e\",\"title\":\"T\",\"attendees\":[{\"name\":\"A\",\"status\":\"speaker\"}]}";
    assertThatThrownBy(() -> json.read(text, "s.json"))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> assertThat(e.expected()).contains("attendees[0].status")
                .contains("confirmed, invited, tentative, waitlisted, withdrawn").contains("speaker"));
  }

  @Test
  void reportsMissingRequiredField() {
    assertThatThrownBy(() -> json.read("{\"id\":\"e\"}", "m.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> assertThat(e.expected()).contains("missing required field 'title'"));
  }

  @Test
  void aTruncatedFileNamesWhereTheOpenObjectStartsWithoutJacksonsInternals() {
    assertThatThrownBy(() -> json.read("{\"title\":\"x\"\n", "bad.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> assertThat(e.expected())
            .startsWith("expected valid JSON: ").contains("line 1, column 1").doesNotContain("Source:", "REDACTED",
                "StreamReadFeature"));
  }

  @Test
  void reportsMalformedJsonAndTrailingContent() {
    assertThatThrownBy(() -> json.read("{\"id\": \"e\",\n \"title\" \"T\"}", "x.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> {
          assertThat(e.location().line()).isEqualTo(2);
          assertThat(e.expected()).startsWith("expected valid JSON");
        });
    assertThatThrownBy(() -> json.read("{\"id\":\"e\",\"title\":\"T\"} {}", "y.json"))
        .isInstanceOf(EventFormatException.class);
    assertThatThrownBy(() -> json.read("null", "n.json")).isInstanceOf(EventFormatException.class);
  }

  @Test
  void lenientModeSkipsUnknownFieldsWithWarnings() throws Exception {
    String text = "{\n\"id\":\"e\",\n\"title\":\"T\",\n\"color\":{\"a\":[1,2]},\n\"topics\":[{\"id\":\"t\",\"title\":\"x\",\"mentor\":\"Ana\"}]\n}";
    ImportResult result = json.withLenient(true).read(text, "l.json");
    assertThat(result.event().topics()).hasSize(1);
    assertThat(result.report().problems())
        .extracting(p -> p.code().code(), p -> p.location().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("J101", 4), org.assertj.core.groups.Tuple.tuple("J101", 5));
    assertThat(result.report().problems().get(1).message()).contains("'mentor'").contains("Topic");
  }

  @Test
  void turnsDeepNestingAndHugeInputIntoErrors() {
    String deep = "{\"id\":\"e\",\"title\":\"T\",\"color\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertThatThrownBy(() -> json.withLenient(true).read(deep, "deep.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> assertThat(e.expected()).contains("limit"));
    String big = "{\"id\":\"e\",\"title\":\"" + "x".repeat(5000) + "\"}";
    assertThatThrownBy(() -> json.withLimits(ReadLimits.DEFAULT.withMaxInputChars(1000)).read(big, "big.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> assertThat(e.expected()).contains("limit"));
  }

  @Test
  void writesStreetPostcodeAndEveryStatusAndReadsThemBackEqual() throws Exception {
    Event.Builder b = Event.builder().id("e").title("T")
        .venue(new Venue("Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany"));
    for (AttendeeStatus status : AttendeeStatus.values()) {
      b.addAttendee(new Attendee("Person " + status, null, status));
    }
    Event event = b.build();
    String text = json.write(event);
    assertThat(text)
        .contains("\"street\": \"Musterstraße 12-14\"", "\"postcode\": \"10999\"")
        .contains("\"status\": \"confirmed\"", "\"status\": \"invited\"", "\"status\": \"tentative\"",
            "\"status\": \"waitlisted\"", "\"status\": \"withdrawn\"");
    assertThat(text.indexOf("\"name\": \"Example Hall\"")).isLessThan(text.indexOf("\"street\""));
    assertThat(text.indexOf("\"postcode\"")).isLessThan(text.indexOf("\"city\""));
    assertThat(json.read(text, "e.json").event()).isEqualTo(event);
  }

  @Test
  void omitsAbsentStreetAndPostcodeAndReadsDocumentsWithoutThem() throws Exception {
    String old = "{\"id\":\"e\",\"title\":\"T\",\"venue\":{\"name\":\"Hall\",\"city\":\"Dublin\",\"country\":\"Ireland\"},"
        + "\"attendees\":[{\"name\":\"A\",\"status\":\"confirmed\"},{\"name\":\"B\",\"status\":\"invited\"}]}";
    Event event = json.read(old, "old.json").event();
    assertThat(event.venue()).isEqualTo(new Venue("Hall", null, null, "Dublin", "Ireland"));
    assertThat(event.attendees()).extracting(Attendee::status).containsExactly(AttendeeStatus.CONFIRMED, AttendeeStatus.INVITED);
    assertThat(json.withPretty(false).write(event)).contains("\"venue\":{\"name\":\"Hall\",\"city\":\"Dublin\"")
        .doesNotContain("street").doesNotContain("postcode");
  }
}
