package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paired fixtures: the same small page as markup ({@code name.wiki}) and as a browser's copy
 * ({@code name.txt}), one pair per field rule and sentence form. Both front ends feed the one
 * mapper, so both must give the same event facts (and the same comments and extra fields) and the
 * same page problem codes.
 */
class PagePairsTest {
  static Stream<String> pairs() throws Exception {
    try (Stream<Path> files = Files.list(PageCorpusTest.folder("pairs"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".wiki"))
          .map(n -> n.substring(0, n.length() - ".wiki".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void markupAndRenderedTextGiveTheSameEvent(String name) throws Exception {
    Path dir = PageCorpusTest.folder("pairs");
    ImportResult text = PageCorpusTest.read(dir.resolve(name + ".txt"));
    // the markup comes with its page's title and wiki, as a fetch gives them
    ImportResult wiki =
        WikitextReader.standard()
            .withSource(text.event().source())
            .read(dir.resolve(name + ".wiki"));
    assertThat(PageCorpusTest.facts(text.event()))
        .as("facts")
        .containsExactlyElementsOf(PageCorpusTest.facts(wiki.event()));
    assertThat(text.event().topics().stream().map(Topic::comments).toList())
        .as("comments")
        .isEqualTo(wiki.event().topics().stream().map(Topic::comments).toList());
    assertThat(text.event().topics().stream().map(Topic::extra).toList())
        .as("topic extra")
        .isEqualTo(wiki.event().topics().stream().map(Topic::extra).toList());
    assertThat(codes(text)).as("page problem codes").isEqualTo(codes(wiki));
  }

  private static List<String> codes(ImportResult r) {
    return r.report().problems().stream()
        .map(p -> p.code().code())
        .filter(c -> c.startsWith("P"))
        .sorted()
        .toList();
  }
}
