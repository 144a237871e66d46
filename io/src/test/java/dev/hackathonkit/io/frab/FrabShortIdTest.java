package dev.hackathonkit.io.frab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
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

/**
 * A fuzz finding: a topic id shorter than the schedule XSD's slug allows was lost in schedule.xml.
 */
class FrabShortIdTest {
  private static final LocalDate DAY = LocalDate.of(2019, 2, 22);

  @Test
  void aShortTopicIdComesBackFromTheSlugAndTheSecondRoundTripIsTheFirst(@TempDir Path dir)
      throws Exception {
    Event event =
        Event.builder()
            .id("bsp-vienna-2019")
            .title("Bug Squashing Party")
            .timeZone(ZoneId.of("Europe/Vienna"))
            .addDay(EventDay.of(DAY, LocalTime.of(16, 0), LocalTime.of(23, 0)))
            .addTopic(
                Topic.builder()
                    .id("unt")
                    .title("Untriaged bugs")
                    .slot(new Slot(DAY, LocalTime.of(16, 0), LocalTime.of(18, 0), "Lab"))
                    .build())
            .addTopic(
                Topic.builder()
                    .id("a")
                    .title("Arrival")
                    .slot(new Slot(DAY, LocalTime.of(18, 0), null, "Lab"))
                    .build())
            .build();
    String xml = FrabScheduleWriter.standard().writeXml(event).text();
    assertThat(xml)
        .contains("<slug>bsp_vienna_2019-_unt</slug>", "<slug>bsp_vienna_2019-___a</slug>");
    assertThat(FrabSchemas.xmllint(List.of(Files.writeString(dir.resolve("schedule.xml"), xml))))
        .isEmpty();
    Event back = FrabScheduleReader.standard().read(xml, "schedule.xml").event();
    assertThat(back.topics()).extracting(Topic::id).containsExactly("unt", "a");
    assertThat(FrabScheduleWriter.standard().writeXml(back).text()).isEqualTo(xml);
    String json = FrabScheduleWriter.standard().writeJson(event).text();
    assertThat(FrabSchemas.validateJson(FrabSchemas.jsonSchema(), json)).isEmpty();
    assertThat(FrabScheduleReader.standard().read(json, "schedule.json").event().topics())
        .extracting(Topic::id)
        .containsExactly("unt", "a");
  }
}
