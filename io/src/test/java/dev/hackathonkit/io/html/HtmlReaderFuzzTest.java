package dev.hackathonkit.io.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The HTML page reader (jsoup front end) on any text, with coverage guidance; {@link HtmlFuzzTest}
 * keeps its fixed random mutations. No HTML writer, so no round trip.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * HtmlReaderFuzzTestInputs/htmlPageReads} beside this class in the test resources; {@code mvn test}
 * replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README "Fuzzing").
 */
class HtmlReaderFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void htmlPageReads(FuzzedDataProvider data) {
    String html = new String(data.consumeRemainingAsBytes(), UTF_8);
    FuzzContract.read(html.length(), () -> HtmlPageReader.standard().read(html, "fuzz.html"))
        .ifPresent(FuzzContract::sound);
  }
}
