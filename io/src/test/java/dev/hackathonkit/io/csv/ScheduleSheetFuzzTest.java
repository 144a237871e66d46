package dev.hackathonkit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A schedule sheet of another tool ({@code ScheduleSheet}: headers guessed from many programs'
 * words) on any text; the event read writes as a CSV table set and reads back the same.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * ScheduleSheetFuzzTestInputs/scheduleSheetReads} beside this class in the test resources; {@code
 * mvn test} replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README
 * "Fuzzing").
 */
class ScheduleSheetFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void scheduleSheetReads(FuzzedDataProvider data) {
    String sheet = new String(data.consumeRemainingAsBytes(), UTF_8);
    FuzzContract.read(
            sheet.length(),
            () -> CsvEventReader.standard().readFlat(new StringReader(sheet), "fuzz.csv"))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              CsvZipFuzzTest.roundTrip(result.event());
            });
  }
}
