package dev.hackathonkit.samples;

import dev.hackathonkit.io.ical.ICalendarEventWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Builds an event in code and prints it as an iCalendar file: one VEVENT per day, one per scheduled
 * topic, and the VTIMEZONE they need.
 *
 * <pre>
 * java -cp samples/target/hackathon-kit.jar dev.hackathonkit.samples.CalendarForEvent &gt; summit.ics
 * </pre>
 */
public final class CalendarForEvent {
  private CalendarForEvent() {}

  /** Prints the calendar on stdout. */
  public static void main(String[] args) {
    LocalDate first = LocalDate.of(2026, 9, 24);
    Event event =
        Event.builder()
            .title("Developer Summit 2026")
            .timeZone(ZoneId.of("Europe/Lisbon"))
            .addDay(EventDay.of(first, LocalTime.of(9, 0), LocalTime.of(17, 30)))
            .addDay(EventDay.of(first.plusDays(1), LocalTime.of(9, 0), LocalTime.of(16, 0)))
            .venue(new Venue("Hub Criativo do Beato", null, null, "Lisbon", "Portugal"))
            .addTopic(
                Topic.builder()
                    .title("Release planning")
                    .ircChannel("#summit")
                    .slot(new Slot(first, LocalTime.of(10, 0), LocalTime.of(11, 30), "Room 1"))
                    .build())
            .build();

    // A fixed clock makes DTSTAMP, and so the whole file, the same on every run.
    ICalendarEventWriter writer =
        ICalendarEventWriter.standard()
            .withClock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    System.out.print(writer.write(event));
  }
}
