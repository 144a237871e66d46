package dev.hackathonkit.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML front end's fuzz target: the corpus pages cut, spliced, repeated and sprinkled with
 * hostile fragments (deep nesting, huge spans, unclosed tags, stray references, scripts), from a
 * fixed seed per run so that a failure repeats. Every input either reads (coverage between 0 and 1,
 * every problem at a real line and column) or is refused with an {@link EventFormatException} that
 * names its source, line and column; none throws anything else or runs past the timeout.
 */
class HtmlFuzzTest {
  private static final String[] FRAGMENTS = {
    "<table><tr><td rowspan=\"999999\" colspan=\"99999\">",
    "</td></tr></table>",
    "<ul><li><ol><li>",
    "</li></ul>",
    "<div>".repeat(300),
    "<span>".repeat(100),
    "<s>",
    "</s>",
    "<b>",
    "&#x110000;",
    "&#0;",
    "&amp;amp;",
    "&notanentity;",
    "<script>while(true){}</script>",
    "<style>*{}</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "<dt>",
    "<dd>",
    "<dl>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"/wiki/User:\">",
    "<a href=\"./User:%ZZ\">bad</a>",
    "<h2>",
    "</h2>",
    "<td>",
    "<th colspan=\"-3\">",
    "<img src=\"http://example.invalid/x.png\" alt=\"",
    "\u0000",
    "\uFEFF",
    "<caption>",
    "<pre>",
    "</pre>",
    "<br>".repeat(50),
    "<li>".repeat(400),
    "<html><body><main>",
    "</main>",
    "<div id=\"wm-ipp-base\">",
    "<a href=\"/web/2019/https://x.example/\">old</a>",
    "<!-- saved from url=(0000)nothing -->"
  };

  static Stream<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= 120; s++) {
      seeds.add(s * 7919);
    }
    return seeds.stream();
  }

  static List<String> pages() throws Exception {
    Path dir = HtmlPageReaderTest.corpus("dokuwiki-hackfest-saved.html").getParent();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        out.add(Files.readString(p));
      }
    }
    return out;
  }

  private static final List<String> PAGES;

  static {
    try {
      PAGES = pages();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String mutate(long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder(PAGES.get(r.nextInt(PAGES.size())));
    int edits = 1 + r.nextInt(12);
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(4)) {
        case 0 -> s.insert(at, FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + r.nextInt(400)));
        case 2 -> {
          String other = PAGES.get(r.nextInt(PAGES.size()));
          int from = r.nextInt(other.length());
          s.insert(at, other, from, Math.min(other.length(), from + r.nextInt(2000)));
        }
        default -> {
          int to = Math.min(s.length(), at + r.nextInt(300));
          String piece = s.substring(at, to);
          s.insert(at, piece.repeat(1 + r.nextInt(20)));
        }
      }
    }
    return s.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void readsOrRefusesEveryMutatedPage(long seed) {
    String html = mutate(seed);
    String name = "fuzz-" + seed + ".html";
    try {
      ImportResult r =
          HtmlPageReader.standard()
              .withLimits(ReadLimits.DEFAULT.withMaxInputChars(4 << 20))
              .read(html, name);
      assertThat(r.report().coverage()).isBetween(0.0, 1.0);
      for (ImportProblem p : r.report().problems()) {
        assertThat(p.location().source()).isEqualTo(name);
        assertThat(p.location().line()).isPositive();
      }
    } catch (EventFormatException e) {
      assertThat(e.location().source()).isEqualTo(name);
      assertThat(e.location().line()).isPositive();
      assertThat(e.location().column()).isPositive();
      assertThat(e.code().code()).as(e.getMessage()).matches("H2\\d\\d|E101");
    }
  }
}
