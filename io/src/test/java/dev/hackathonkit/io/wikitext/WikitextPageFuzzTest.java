package dev.hackathonkit.io.wikitext;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The wikitext page reader (parser, outline, profile mapping) on any text; an event it reads writes
 * as wikitext and reads back stable.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * WikitextPageFuzzTestInputs/pageReadsAndWritesBack} beside this class in the test resources;
 * {@code mvn test} replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST}
 * (README "Fuzzing").
 */
class WikitextPageFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void pageReadsAndWritesBack(FuzzedDataProvider data) {
    String markup = new String(data.consumeRemainingAsBytes(), UTF_8);
    FuzzContract.read(markup.length(), () -> WikitextReader.standard().read(markup))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              roundTrip(result);
            });
  }

  /** Writes the event read as a wikitext page and reads it back: written again, the same page. */
  static void roundTrip(ImportResult result) {
    FuzzContract.stableText(
        result.event(),
        WikitextWriter.standard()::write,
        page -> WikitextReader.standard().read(page).event());
  }
}
