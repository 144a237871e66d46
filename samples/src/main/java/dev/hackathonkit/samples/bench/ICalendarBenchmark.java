package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ical.ICalendarEventReader;
import dev.hackathonkit.io.ical.ICalendarEventWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads a calendar of 10,000 VEVENTs: 100 event days (Europe/Dublin, hours 09:00-17:00)
 * with 99 scheduled topics each, non-ASCII titles and descriptions long enough to fold.
 *
 * <p>Run (see the README's iCalendar section): build the samples module, then {@code java -cp
 * <classpath> org.openjdk.jmh.Main ICalendarBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ICalendarBenchmark {
  /** Event days in the calendar. */
  static final int DAYS = 100;

  /** Scheduled topics per day. */
  static final int TOPICS_PER_DAY = 99;

  private final ICalendarEventWriter writer =
      ICalendarEventWriter.standard()
          .withClock(Clock.fixed(Instant.parse("2013-05-01T00:00:00Z"), ZoneOffset.UTC));
  private final ICalendarEventReader reader = ICalendarEventReader.standard();
  private Event event;
  private byte[] ics;

  /** Builds the event and its calendar once. */
  @Setup
  public void setUp() {
    event = tenThousandTopics();
    ics = writer.write(event).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The benchmark event: 100 days with 99 scheduled topics each (shared with {@link
   * FrabBenchmark}).
   */
  static Event tenThousandTopics() {
    Event.Builder b =
        Event.builder()
            .id("bench")
            .title("Benchmark Summit – Zürich edition")
            .timeZone(ZoneId.of("Europe/Dublin"))
            .venue(new Venue("Trinity College", null, null, "Dublin", "Ireland"));
    LocalDate first = LocalDate.of(2013, 1, 7);
    for (int d = 0; d < DAYS; d++) {
      LocalDate date = first.plusDays(d);
      b.addDay(EventDay.of(date, LocalTime.of(9, 0), LocalTime.of(17, 0)));
      for (int t = 0; t < TOPICS_PER_DAY; t++) {
        LocalTime start = LocalTime.of(9, 0).plusMinutes(4L * t);
        b.addTopic(
            Topic.builder()
                .id("topic-" + d + "-" + t)
                .title("Topic " + t + " on day " + d + ": café, ñandú; Łódź")
                .addContact(new Person("Siobhán Müller", "siobhan@example.org", null, null))
                .ircChannel("#room-" + (t % 7))
                .description(
                    "What the session covers, in a paragraph long enough to be folded twice: "
                        + "hypervisors, toolstacks, grant tables, 東京 and Ελλάδα.\n- one\n- two")
                .slot(new Slot(date, start, start.plusMinutes(4), "Room " + (t % 5)))
                .build());
      }
    }
    return b.build();
  }

  /** Writes the 10,000-VEVENT calendar to a string. */
  @Benchmark
  public String write() {
    return writer.write(event);
  }

  /** Reads the 10,000-VEVENT calendar back into an event. */
  @Benchmark
  public ImportResult read() throws EventFormatException {
    return reader.read(ics, "bench.ics");
  }
}
