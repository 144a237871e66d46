package dev.hackathonkit.io.csv;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import dev.hackathonkit.model.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The CSV table set as a zip on any bytes; the event read writes as a zip again and reads back the
 * same.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * CsvZipFuzzTestInputs/tableSetZipReads} beside this class in the test resources; {@code mvn test}
 * replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README "Fuzzing").
 */
class CsvZipFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void tableSetZipReads(FuzzedDataProvider data) {
    byte[] zip = data.consumeRemainingAsBytes();
    FuzzContract.read(
            zip.length,
            () -> CsvEventReader.standard().readZip(new ByteArrayInputStream(zip), "fuzz.zip"))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              roundTrip(result.event());
            });
  }

  /** Writes {@code event} as a table-set zip and reads it back: the same event. */
  static void roundTrip(Event event) {
    FuzzContract.sameEvent(
        event,
        e -> {
          ByteArrayOutputStream zip = new ByteArrayOutputStream();
          CsvEventWriter.standard().writeZip(e, zip);
          return zip.toByteArray();
        },
        zip ->
            CsvEventReader.standard().readZip(new ByteArrayInputStream(zip), "back.zip").event());
  }
}
