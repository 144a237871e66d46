package dev.hackathonkit.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The JSON event reader on any text; the event read writes as JSON and reads back the same.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code JsonFuzzTestInputs/jsonReads}
 * beside this class in the test resources; {@code mvn test} replays them, {@code mvn verify} also
 * fuzzes for {@link FuzzContract#BURST} (README "Fuzzing").
 */
class JsonFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void jsonReads(FuzzedDataProvider data) {
    String json = new String(data.consumeRemainingAsBytes(), UTF_8);
    JsonEventCodec codec = JsonEventCodec.standard();
    FuzzContract.read(json.length(), () -> codec.read(json, "fuzz.json"))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              FuzzContract.sameEvent(
                  result.event(), codec::write, back -> codec.read(back, "back.json").event());
            });
  }
}
