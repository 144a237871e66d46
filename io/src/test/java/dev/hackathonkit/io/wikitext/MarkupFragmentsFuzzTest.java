package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Structured wikitext: pages strung together from markup fragments ({@code markup-fragments.txt}:
 * templates, links, tables, lists, tags, comments, references, signatures, and their halves), so
 * that mutations reach nesting and mixing that byte flips seldom build. Each input is parsed (the
 * tree prints back to the page) and read as an event page whose event writes back stable.
 *
 * <p>Checks {@link FuzzContract}. Seeds and saved findings: {@code
 * MarkupFragmentsFuzzTestInputs/fragmentsParseAndRead}; the input's bytes choose fragments and
 * plain text in turn.
 */
class MarkupFragmentsFuzzTest {
  static final List<String> FRAGMENTS = fragments();

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void fragmentsParseAndRead(FuzzedDataProvider data) {
    String page = page(data);
    FuzzContract.read(page.length(), () -> WikitextParser.parse(page, "fragments.wiki"))
        .ifPresent(
            parsed -> {
              FuzzContract.sound(parsed.problems());
              assertThat(parsed.toWikitext()).as("printed tree").isEqualTo(page);
            });
    FuzzContract.read(page.length(), () -> WikitextReader.standard().read(page))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              WikitextPageFuzzTest.roundTrip(result);
            });
  }

  /** Up to 64 pieces: a fragment, or a short run of the input's own text. */
  static String page(FuzzedDataProvider data) {
    StringBuilder out = new StringBuilder();
    int pieces = data.consumeInt(1, 64);
    for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
      if (data.consumeBoolean()) {
        out.append(FRAGMENTS.get(data.consumeInt(0, FRAGMENTS.size() - 1)));
      } else {
        out.append(data.consumeString(24));
      }
    }
    return out.toString();
  }

  private static List<String> fragments() {
    List<String> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    MarkupFragmentsFuzzTest.class.getResourceAsStream("markup-fragments.txt")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          out.add(unescape(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** {@code \n}, {@code \t}, {@code \\} and {@code \}{@code uXXXX} as in Java source. */
  static String unescape(String line) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\\' || i + 1 == line.length()) {
        s.append(c);
        continue;
      }
      char n = line.charAt(++i);
      switch (n) {
        case 'n' -> s.append('\n');
        case 't' -> s.append('\t');
        case 'u' -> {
          s.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> s.append(n);
      }
    }
    return s.toString();
  }
}
