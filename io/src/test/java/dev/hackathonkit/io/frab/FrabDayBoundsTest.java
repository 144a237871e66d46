package dev.hackathonkit.io.frab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A frab day holds its entries, and a schedule's conference address comes back. */
class FrabDayBoundsTest {
  private static final LocalDate SAT = LocalDate.of(2026, 6, 13);

  private static Event nightHack() {
    return Event.builder()
        .id("nachtcode-2026")
        .title("Nachtcode 2026")
        .timeZone(ZoneId.of("Europe/Berlin"))
        .addDay(EventDay.of(SAT, LocalTime.of(10, 0), LocalTime.of(22, 0)))
        .addDay(EventDay.of(SAT.plusDays(1), LocalTime.of(10, 0), LocalTime.of(16, 0)))
        .addLink(new Link("https://nachtcode.example.org/2026", null))
        .addTopic(
            Topic.builder()
                .title("Opening")
                .slot(new Slot(SAT, LocalTime.of(10, 0), LocalTime.of(10, 30), "Halle"))
                .build())
        .addTopic(
            Topic.builder()
                .title("Lötnacht")
                .slot(
                    new Slot(SAT.plusDays(1), LocalTime.of(0, 30), LocalTime.of(2, 0), "Werkstatt"))
                .build())
        .addTopic(
            Topic.builder()
                .title("Demos")
                .slot(new Slot(SAT.plusDays(1), LocalTime.of(15, 0), LocalTime.of(17, 0), "Halle"))
                .build())
        .build();
  }

  @Test
  void aDayStartsNoLaterThanItsFirstEntryAndEndsNoEarlierThanItsLast(@TempDir Path dir)
      throws Exception {
    WrittenSchedule json = FrabScheduleWriter.standard().writeJson(nightHack());
    JsonNode day2 =
        FrabSchemas.MAPPER
            .readTree(json.text())
            .path("schedule")
            .path("conference")
            .path("days")
            .get(1);
    assertThat(day2.path("day_start").asText()).isEqualTo("2026-06-14T00:30:00+02:00");
    assertThat(day2.path("day_end").asText()).isEqualTo("2026-06-14T17:00:00+02:00");
    assertThat(json.notes()).anySatisfy(n -> assertThat(n).contains("day 2026-06-14", "Lötnacht"));
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json.text())).isEmpty();
    Path xml =
        Files.writeString(
            dir.resolve("schedule.xml"),
            FrabScheduleWriter.standard().writeXml(nightHack()).text());
    assertThat(FrabSchemas.xmllint(List.of(xml))).isEmpty();
  }

  @Test
  void theConferencesAddressIsWrittenBackWhenThereIsNoSourcePage() throws Exception {
    String json = FrabScheduleWriter.standard().writeJson(nightHack()).text();
    assertThat(
            FrabSchemas.MAPPER
                .readTree(json)
                .path("schedule")
                .path("conference")
                .path("url")
                .asText())
        .isEqualTo("https://nachtcode.example.org/2026");
    Event back = FrabScheduleReader.standard().read(json, "schedule.json").event();
    assertThat(back.links())
        .extracting(Link::target)
        .contains("https://nachtcode.example.org/2026");
  }
}
