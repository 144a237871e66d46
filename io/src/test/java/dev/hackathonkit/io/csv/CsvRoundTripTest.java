package dev.hackathonkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {
  private static final CsvEventWriter WRITER = CsvEventWriter.standard();
  private static final CsvEventReader READER = CsvEventReader.standard();

  @Test
  void thousandGeneratedEventsRoundTripThroughZip() throws Exception {
    for (long seed = 0; seed < 1000; seed++) {
      Event event = RandomEvents.event(seed);
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      WRITER.writeZip(event, zip);
      ImportResult back =
          READER.readZip(new ByteArrayInputStream(zip.toByteArray()), "seed" + seed + ".zip");
      assertThat(back.event()).as("seed %d", seed).isEqualTo(event);
      assertThat(back.report().problems()).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void generatedEventsRoundTripWithEverySeparatorBomAndNeutralisationOff(@TempDir Path dir)
      throws Exception {
    List<CsvOptions> variants =
        List.of(
            CsvOptions.DEFAULT.withSeparator(';').withByteOrderMark(true),
            CsvOptions.DEFAULT.withSeparator('\t'),
            CsvOptions.DEFAULT.withNeutraliseFormulas(false));
    for (CsvOptions options : variants) {
      for (long seed = 0; seed < 100; seed++) {
        Event event = RandomEvents.event(seed);
        Path folder =
            dir.resolve(
                    options.separator() == '\t'
                        ? "tab"
                        : options.separator() + "-" + options.neutraliseFormulas())
                .resolve("e" + seed);
        WRITER.withOptions(options).writeFolder(event, folder);
        ImportResult back = READER.withOptions(options).read(folder);
        assertThat(back.event()).as("%s seed %d", options, seed).isEqualTo(event);
      }
    }
  }

  @Test
  void flatViewRoundTripsTopicsAndEventColumns() throws Exception {
    for (long seed = 0; seed < 300; seed++) {
      Event event = RandomEvents.event(seed);
      StringWriter sheet = new StringWriter();
      WRITER.writeFlat(event, sheet);
      ImportResult back = READER.readFlat(new StringReader(sheet.toString()), "topics.csv");
      Event expected =
          event.toBuilder()
              .days(List.of())
              .attendees(List.of())
              .topics(
                  event.topics().stream()
                      .map(t -> t.toBuilder().comments(List.of()).build())
                      .toList())
              .build();
      assertThat(back.event()).as("seed %d", seed).isEqualTo(expected);
      assertThat(back.report().problems()).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void emptyStringsAndAbsentValuesStayApart() throws Exception {
    Event event =
        Event.builder()
            .id("e")
            .title("")
            .venue(new dev.hackathonkit.model.Venue("", null, "", null, null))
            .source(new dev.hackathonkit.model.Source(null, null, null, null, null))
            .addTopic(
                Topic.builder()
                    .id("t")
                    .title("T")
                    .verified("")
                    .skills(null)
                    .putExtra("k", "")
                    .build())
            .build();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    WRITER.writeZip(event, zip);
    Event back = READER.readZip(new ByteArrayInputStream(zip.toByteArray()), "e.zip").event();
    assertThat(back).isEqualTo(event);
    assertThat(back.topics().get(0).verified()).isEmpty();
    assertThat(back.topics().get(0).skills()).isNull();
    assertThat(WRITER.toStrings(event).get("event.csv"))
        .contains("e,\"'\",,\"'\",,\"'\",,,,\"'{}\"");
  }

  @Test
  void fullAddressAndEveryAttendeeStatusRoundTripInTheirOwnColumns() throws Exception {
    Event.Builder b =
        Event.builder()
            .id("e")
            .title("Summit")
            .venue(
                new dev.hackathonkit.model.Venue(
                    "Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany"));
    for (dev.hackathonkit.model.AttendeeStatus status :
        dev.hackathonkit.model.AttendeeStatus.values()) {
      b.addAttendee(new dev.hackathonkit.model.Attendee("Person " + status, null, status));
    }
    Event event = b.build();
    java.util.Map<String, String> files = WRITER.toStrings(event);
    assertThat(files.get("event.csv"))
        .startsWith(
            "id,title,time_zone,venue.name,venue.street,venue.postcode,venue.city,venue.country,links,")
        .contains("e,Summit,,\"Example Hall\",\"Musterstraße 12-14\",10999,Berlin,Germany,");
    assertThat(files.get("attendees.csv"))
        .contains(",tentative\r\n", ",waitlisted\r\n", ",withdrawn\r\n");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    WRITER.writeZip(event, zip);
    assertThat(READER.readZip(new ByteArrayInputStream(zip.toByteArray()), "e.zip").event())
        .isEqualTo(event);
  }
}
