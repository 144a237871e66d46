package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.csv.CsvEventReader;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.EventValidator;
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
 * Issue 14, kind 2, the writing side: a session's series is written back as one VEVENT with its
 * RRULE and EXDATE (not as a list of dates), a start without an end without DTEND; and what the
 * reader made of a calendar survives JSON, CSV and iCalendar.
 */
class Issue14CalendarWriteTest {
  private static final ICalendarEventWriter WRITER =
      ICalendarEventWriter.standard().withClock(ICalendarEventWriterTest.CLOCK);

  static Event seriesEvent() {
    LocalDate d15 = LocalDate.of(2025, 9, 15);
    return Event.builder()
        .id("fjord-data-week")
        .title("Fjord Data Week")
        .timeZone(ZoneId.of("Europe/Oslo"))
        .addDay(new EventDay(d15, null, null))
        .addDay(new EventDay(d15.plusDays(1), null, null))
        .addDay(new EventDay(d15.plusDays(2), LocalTime.of(18, 0), null))
        .addTopic(
            Topic.builder()
                .id("standup")
                .title("Morning standup")
                .slot(
                    new Slot(
                        d15,
                        LocalTime.of(9, 0),
                        LocalTime.of(9, 15),
                        "Room Fløyen",
                        List.of("RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20250916T090000")))
                .build())
        .addTopic(
            Topic.builder()
                .id("standup-late")
                .title("Morning standup (late start)")
                .slot(
                    new Slot(
                        d15.plusDays(1), LocalTime.of(9, 30), LocalTime.of(9, 45), "Room Fløyen"))
                .build())
        .addTopic(
            Topic.builder()
                .id("office-hours")
                .title("Office hours")
                .slot(
                    new Slot(
                        d15,
                        LocalTime.of(16, 0),
                        LocalTime.of(17, 0),
                        null,
                        List.of(
                            "RRULE:FREQ=DAILY;UNTIL=20250917T235959Z", "EXDATE:20250916T160000")))
                .build())
        .addTopic(
            Topic.builder()
                .id("weekly-review")
                .title("Weekly review")
                .slot(
                    new Slot(
                        d15,
                        LocalTime.of(17, 0),
                        LocalTime.of(17, 30),
                        null,
                        List.of("RRULE:FREQ=WEEKLY;UNTIL=20251013T170000")))
                .build())
        .addTopic(
            Topic.builder()
                .id("open-mic")
                .title("Open mic")
                .slot(new Slot(d15.plusDays(2), LocalTime.of(19, 0), null, "Bar"))
                .putExtra("Status", "TENTATIVE")
                .putExtra("Geo", "60.3971;5.3230")
                .build())
        .build();
  }

  @Test
  void seriesIsWrittenAsOneVeventWithItsRuleAndExceptions() {
    Event e = seriesEvent();
    assertThat(EventValidator.validate(e)).isEmpty();
    String ics = WRITER.write(e);
    IcsChecks.assertLinesWellFormed(ics);
    IcsChecks.assertEveryTzidHasVtimezone(ics);
    String standup = vevent(ics, "topic-standup.");
    assertThat(standup)
        .contains(
            "DTSTART;TZID=Europe/Oslo:20250915T090000\r\n",
            "RRULE:FREQ=DAILY;COUNT=3\r\n",
            "EXDATE;TZID=Europe/Oslo:20250916T090000\r\n");
    // a floating UNTIL becomes UTC beside a TZID start (RFC 5545 section 3.3.10)
    assertThat(vevent(ics, "topic-weekly-review."))
        .contains("RRULE:FREQ=WEEKLY;UNTIL=20251013T150000Z\r\n");
    String openMic = vevent(ics, "topic-open-mic.");
    assertThat(openMic)
        .contains(
            "DTSTART;TZID=Europe/Oslo:20250917T190000\r\n",
            "STATUS:TENTATIVE\r\n",
            "GEO:60.3971;5.3230\r\n")
        .doesNotContain("DTEND");
    assertThat(vevent(ics, "day-20250917."))
        .contains("DTSTART;TZID=Europe/Oslo:20250917T180000\r\n")
        .doesNotContain("DTEND");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(1 + 3 + 5);
  }

  @Test
  void seriesComesBackFromOurOwnCalendar() throws Exception {
    Event e = seriesEvent();
    ImportResult r = ICalendarEventReader.standard().read(WRITER.write(e), "fjord.ics");
    assertThat(r.event().days()).isEqualTo(e.days());
    assertThat(r.event().topics())
        .extracting(Topic::title, Topic::slot)
        .containsExactlyElementsOf(
            e.topics().stream()
                .map(
                    t -> org.assertj.core.groups.Tuple.tuple(t.title(), weeklyUntilInUtc(t.slot())))
                .toList());
    assertThat(r.event().topics().get(4).extra())
        .containsEntry("Status", "TENTATIVE")
        .containsEntry("Geo", "60.3971;5.3230");
    assertThat(r.report().problems()).isEmpty();
  }

  private static Slot weeklyUntilInUtc(Slot s) {
    return s.recurrence().contains("RRULE:FREQ=WEEKLY;UNTIL=20251013T170000")
        ? s.withRecurrence(List.of("RRULE:FREQ=WEEKLY;UNTIL=20251013T150000Z"))
        : s;
  }

  @Test
  void readCalendarSurvivesJsonCsvAndICalendar(@TempDir Path dir) throws Exception {
    for (String name :
        List.of(
            "apple-session-series.ics",
            "start-without-end.ics",
            "people-and-places.ics",
            "google-weekly-cancelled-moved.ics")) {
      Event e = Issue14CalendarTest.read(name).event();
      Event json =
          JsonEventCodec.standard()
              .read(JsonEventCodec.standard().write(e), name + ".json")
              .event();
      assertThat(json).as(name + " through JSON").isEqualTo(e);
      Path folder = Files.createDirectories(dir.resolve(name));
      CsvEventWriter.standard().writeFolder(e, folder);
      Event csv = CsvEventReader.standard().read(folder).event();
      assertThat(csv).as(name + " through CSV").isEqualTo(e);
      Event again = ICalendarEventReader.standard().read(WRITER.write(e), name).event();
      assertThat(again.days()).as(name + " through iCalendar").isEqualTo(e.days());
      assertThat(again.topics())
          .extracting(Topic::slot)
          .as(name + " through iCalendar")
          .isEqualTo(e.topics().stream().map(Topic::slot).toList());
    }
  }

  private static String vevent(String ics, String uidPrefix) {
    for (String part : ics.split("BEGIN:VEVENT")) {
      if (part.contains("UID:" + uidPrefix)) {
        return part.substring(0, part.indexOf("END:VEVENT"));
      }
    }
    throw new AssertionError("no VEVENT " + uidPrefix + " in\n" + ics);
  }
}
