package dev.hackathonkit.io.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The rendered-text reader (the text a browser shows) on any text. It has no writer of its own
 * format, so no round trip.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * RenderedTextFuzzTestInputs/renderedTextReads} beside this class in the test resources; {@code mvn
 * test} replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README
 * "Fuzzing").
 */
class RenderedTextFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void renderedTextReads(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), UTF_8);
    FuzzContract.read(text.length(), () -> RenderedPageReader.standard().read(text, "fuzz.txt"))
        .ifPresent(FuzzContract::sound);
  }
}
