package dev.hackathonkit.io.wikitext;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The wikitext parser on any text: it parses or refuses with a location, and the lossless tree
 * prints back exactly its input.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * MarkupFuzzTestInputs/parserPrintsItsInput} beside this class in the test resources; {@code mvn
 * test} replays them, {@code mvn verify} also fuzzes for {@link FuzzContract#BURST} (README
 * "Fuzzing").
 */
class MarkupFuzzTest {

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void parserPrintsItsInput(FuzzedDataProvider data) {
    String markup = new String(data.consumeRemainingAsBytes(), UTF_8);
    FuzzContract.read(markup.length(), () -> WikitextParser.parse(markup, "fuzz.wiki"))
        .ifPresent(
            page -> {
              FuzzContract.sound(page.problems());
              assertThat(page.toWikitext()).as("printed tree").isEqualTo(markup);
            });
  }
}
