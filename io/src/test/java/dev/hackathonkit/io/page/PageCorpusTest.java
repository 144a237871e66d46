package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.html.HtmlPageReader;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.testing.EventFacts;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Event;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page corpus: pages of many communities' layouts (as markup, as rendered text and as HTML from
 * many wiki engines), each with a golden event written by hand from reading the page. Every page is
 * read with no profile named (the reader chooses), and its facts are compared with the golden's:
 * the title, time zone, each day with its hours, the venue's parts, each topic (title, contacts
 * with affiliation, skills, difficulty, description, slot) and each attendee (name, affiliation,
 * status). A page passes when the two agree exactly and at least 90 % of it was placed; the table
 * of facts matched and coverage is printed for the README.
 */
class PageCorpusTest {
  static final Path CORPUS = folder("corpus");
  private static final List<String> TABLE = new ArrayList<>();
  private static final double MIN_COVERAGE = 0.90;

  static Path folder(String name) {
    try {
      return Path.of(PageCorpusTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Path> pages() throws Exception {
    return pagesIn(CORPUS);
  }

  private static Stream<Path> pagesIn(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p ->
                  p.toString().endsWith(".wiki")
                      || p.toString().endsWith(".txt")
                      || p.toString().endsWith(".html"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static ImportResult read(Path page) throws Exception {
    String name = page.toString();
    return name.endsWith(".wiki")
        ? WikitextReader.standard().read(page)
        : name.endsWith(".html")
            ? HtmlPageReader.standard().read(page)
            : RenderedPageReader.standard().read(page);
  }

  static Event golden(Path page) throws Exception {
    String name = page.getFileName().toString();
    Path json = page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
    try (InputStream in = Files.newInputStream(json)) {
      return JsonEventCodec.standard()
          .read(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), json.getFileName().toString())
          .event();
    }
  }

  /** The facts of an event that the corpus compares: {@link EventFacts#of}. */
  static Set<String> facts(Event e) {
    return EventFacts.of(e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsEachPageToItsGoldenEvent(Path page) throws Exception {
    ImportResult r = read(page);
    Set<String> expected = facts(golden(page));
    Set<String> actual = facts(r.event());
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new LinkedHashSet<>(actual);
    extra.removeAll(expected);
    row(page, expected.size() - missing.size(), expected.size(), r);
    assertThat(missing)
        .as("facts of the golden event not read from %s", page.getFileName())
        .isEmpty();
    assertThat(extra)
        .as("facts read from %s that the golden event does not have", page.getFileName())
        .isEmpty();
    assertThat(r.report().coverage())
        .as("coverage of %s; unmapped: %s", page.getFileName(), r.report().unmapped())
        .isGreaterThanOrEqualTo(MIN_COVERAGE);
  }

  private static void row(Path page, int matched, int total, ImportResult r) {
    String profile = r.report().profile() == null ? "" : r.report().profile().profile();
    synchronized (TABLE) {
      TABLE.add(
          String.format(
              "| %s | %d / %d | %.1f %% | %s |",
              page.getFileName(), matched, total, 100 * r.report().coverage(), profile));
    }
  }

  @AfterAll
  static void printTable() {
    List<String> rows = new ArrayList<>(TABLE);
    rows.sort(null);
    System.out.println("| page | facts matched | coverage | profile |");
    System.out.println("|---|---|---|---|");
    rows.forEach(System.out::println);
  }
}
