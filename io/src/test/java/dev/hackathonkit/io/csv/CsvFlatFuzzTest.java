package dev.hackathonkit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Our flat CSV sheet (a header with {@code event.} or our topic columns) on any text; the event
 * read writes as a CSV table set (zip) and reads back the same.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * CsvFlatFuzzTestInputs/flatSheetReads} beside this class in the test resources; {@code mvn test}
 * replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README "Fuzzing").
 */
class CsvFlatFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void flatSheetReads(FuzzedDataProvider data) {
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
