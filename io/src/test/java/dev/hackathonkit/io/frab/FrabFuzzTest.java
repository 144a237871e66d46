package dev.hackathonkit.io.frab;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The frab schedule reader (XML and JSON, told apart by their first characters) on any bytes; the
 * event read writes as frab XML and JSON and each reads back to an event written the same way
 * again.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * FrabFuzzTestInputs/scheduleReads} beside this class in the test resources; {@code mvn test}
 * replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README "Fuzzing").
 */
class FrabFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void scheduleReads(FuzzedDataProvider data) {
    byte[] schedule = data.consumeRemainingAsBytes();
    FuzzContract.read(
            schedule.length, () -> FrabScheduleReader.standard().read(schedule, "fuzz.schedule"))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              if (result.event().days().isEmpty()
                  && result.event().topics().stream().allMatch(t -> t.slot() == null)) {
                return; // nothing a frab schedule can hold: the writer refuses such an event (a
                // schedule needs a day)
              }
              FrabScheduleWriter writer = FrabScheduleWriter.standard();
              FrabScheduleReader reader = FrabScheduleReader.standard();
              FuzzContract.stableText(
                  result.event(),
                  e -> writer.writeXml(e).text(),
                  xml -> reader.read(xml, "back.xml").event());
              FuzzContract.stableText(
                  result.event(),
                  e -> writer.writeJson(e).text(),
                  json -> reader.read(json, "back.json").event());
            });
  }
}
