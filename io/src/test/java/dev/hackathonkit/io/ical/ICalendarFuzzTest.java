package dev.hackathonkit.io.ical;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import dev.hackathonkit.model.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The iCalendar reader on any bytes; the event read writes as iCalendar and reads back to an event
 * written the same way again.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * ICalendarFuzzTestInputs/calendarReads} beside this class in the test resources; {@code mvn test}
 * replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README "Fuzzing").
 */
class ICalendarFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void calendarReads(FuzzedDataProvider data) {
    byte[] ics = data.consumeRemainingAsBytes();
    FuzzContract.read(ics.length, () -> ICalendarEventReader.standard().read(ics, "fuzz.ics"))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              roundTrip(result.event());
            });
  }

  private static final ICalendarEventWriter WRITER =
      ICalendarEventWriter.standard()
          .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  /** Writes {@code event} as iCalendar and reads it back: written again, the same text. */
  static void roundTrip(Event event) {
    FuzzContract.stableText(
        event, WRITER::write, ics -> ICalendarEventReader.standard().read(ics, "back.ics").event());
  }
}
