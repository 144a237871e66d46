package dev.hackathonkit.io.wikitext;

import static dev.hackathonkit.io.FormatErrors.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz corpus ({@code fuzz/}): {@code ok-*} inputs parse (losslessly, with problems where
 * markup is unclosed), {@code too-deep-*} inputs are rejected with a position; none may overflow
 * the stack (surefire runs with {@code -Xss512k}), run out of memory or hang. The timeout is a hang
 * guard, not a performance check.
 */
class HostileInputTest {

  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(HostileInputTest.class.getResource("fuzz").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void parsesOrRejectsEveryFuzzInputWithoutCrashing(Path file) throws IOException {
    String input = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    if (name.startsWith("too-deep-")) {
      EventFormatException e =
          catchThrowableOfType(EventFormatException.class, () -> WikitextParser.parse(input, name));
      assertThat(e).as(name).isNotNull();
      assertThat(e.code()).isEqualTo(MarkupProblem.W202_TOO_DEEP);
      assertThat(e.location().source()).isEqualTo(name);
      assertThat(e.location().line()).isPositive();
      assertThat(e.location().column()).isPositive();
    } else {
      assertThat(name).startsWith("ok-");
      assertThat(LosslessPropertyTest.checkLossless(input, name)).as(name).isTrue();
    }
  }

  @Test
  void nestsToTheLimitAndPrintsWalksAndFlattensTheTree() throws EventFormatException {
    int depth = ReadLimits.DEFAULT.maxDepth();
    String input = "{{t|[[a|".repeat(depth / 2) + "x" + "]]}}".repeat(depth / 2);
    ParsedPage page = WikitextParser.parse(input, "deep.wiki");
    assertThat(page.problems()).isEmpty();
    assertThat(page.toWikitext()).isEqualTo(input);
    assertThat(page.templates("t")).hasSize(depth / 2);
    assertThat(WikiNodes.plainText(page.nodes())).isEmpty();
    Template outer = page.templates("t").get(0);
    assertThat(outer.text("1")).startsWith("[[a|{{t|");
  }

  @Test
  void rejectsOneLevelBeyondTheLimitNamingWhere() {
    String input = "start\n  " + "{{t|".repeat(ReadLimits.DEFAULT.maxDepth() + 1);
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class, () -> WikitextParser.parse(input, "deep.wiki"));
    assertThat(e.location()).hasToString("deep.wiki:2:" + (3 + 4 * ReadLimits.DEFAULT.maxDepth()));
  }

  @Test
  void honoursAConfiguredDepthLimit() throws EventFormatException {
    String input = "{{a|{{b|{{c|x}}}}}}";
    assertThat(WikitextParser.parse(input, "s", ReadLimits.DEFAULT.withMaxDepth(3)).templates())
        .hasSize(3);
    assertFails(
        () -> WikitextParser.parse(input, "s", ReadLimits.DEFAULT.withMaxDepth(2)),
        MarkupProblem.W202_TOO_DEEP,
        "s:1:9");
  }

  @Test
  void rejectsInputOverTheSizeLimitBeforeParsing() {
    String input = "{{".repeat(600);
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () -> WikitextParser.parse(input, "big", ReadLimits.DEFAULT.withMaxInputChars(1000)));
    assertThat(e.location()).hasToString("big:1:1001");
    assertThat(e.code()).isEqualTo(MarkupProblem.W201_TOO_LARGE);
  }

  @Test
  void keepsAtMostMaxProblems() throws EventFormatException {
    String input = "[[a\n".repeat(50);
    ParsedPage page = WikitextParser.parse(input, "p", ReadLimits.DEFAULT.withMaxProblems(10));
    assertThat(page.problems()).hasSize(10);
    assertThat(page.problems())
        .extracting(p -> p.location().line())
        .isEqualTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  }
}
