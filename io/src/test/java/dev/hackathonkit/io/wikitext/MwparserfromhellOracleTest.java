package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the templates, argument names and argument values our parser finds with what
 * mwparserfromhell 0.6.4 (Debian {@code python3-mwparserfromhell}, installed by {@code
 * .ci/setup.d/30-mwparserfromhell.sh}) finds, on every well-formed test page and on generated
 * template-heavy pages. Without the oracle the test is skipped locally and fails on CI ({@code
 * CI=true}).
 */
class MwparserfromhellOracleTest {
  private static final String PYTHON = "/usr/bin/python3";
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void oracleIsInstalled() throws InterruptedException {
    boolean present;
    try {
      Process p =
          new ProcessBuilder(PYTHON, "-c", "import mwparserfromhell")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      present = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      present = false;
    }
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          "mwparserfromhell is missing: run .ci/setup.d/30-mwparserfromhell.sh");
    }
    Assumptions.assumeTrue(present, "mwparserfromhell not installed (/usr/bin/python3)");
  }

  @Test
  void findsTheSameTemplatesAndArgumentsOnEveryTestPage() throws Exception {
    Path dir = Path.of(getClass().getResource("pages").toURI());
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      // broken-markup.wiki is left out: for unclosed markup mwparserfromhell backtracks, MediaWiki
      // (and we) do not
      pages =
          files
              .filter(p -> p.toString().endsWith(".wiki"))
              .filter(p -> !p.getFileName().toString().startsWith("broken"))
              .sorted()
              .toList();
    }
    pages = new ArrayList<>(pages);
    // issue 14's pages of references, lists and calls; where MediaWiki's preprocessor (which knows
    // no
    // HTML) and mwparserfromhell differ, the page is left to the parse-tree IT
    try (Stream<Path> files = Files.list(dir.resolveSibling("markup"))) {
      pages.addAll(
          files
              .filter(p -> p.toString().endsWith(".wiki"))
              .filter(p -> !p.getFileName().toString().contains("mediawiki-only"))
              .sorted()
              .toList());
    }
    Path may2013 = dir.resolveSibling("xen-hackathon-may2013.wiki");
    if (Files.exists(may2013)) {
      pages.add(may2013);
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    compare(pages);
  }

  @Test
  void findsTheSameTemplatesOnGeneratedTemplateHeavyPages(@TempDir Path tmp) throws Exception {
    Random random = new Random(42);
    List<Path> pages = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Path p = tmp.resolve("generated-" + i + ".wiki");
      Files.writeString(p, generatedPage(random), StandardCharsets.UTF_8);
      pages.add(p);
    }
    compare(pages);
  }

  private void compare(List<Path> pages) throws Exception {
    Map<String, List<String>> oracle = oracle(pages);
    int templates = 0;
    for (Path page : pages) {
      String markup = Files.readString(page, StandardCharsets.UTF_8);
      List<String> ours = new ArrayList<>();
      for (Template t : WikitextParser.parse(markup, page.toString()).templates()) {
        String name = WikiNodes.print(t.nameNodes()).trim();
        if (name.startsWith("#")) {
          continue;
        }
        List<List<String>> params = new ArrayList<>();
        int position = 0;
        for (TemplateArg a : t.args()) {
          String key = a.isNamed() ? a.name() : Integer.toString(++position);
          params.add(List.of(key, a.wikitext()));
        }
        ours.add(JSON.writeValueAsString(List.of(name, params)));
      }
      assertThat(ours)
          .as(page.getFileName().toString())
          .containsExactlyElementsOf(oracle.get(page.toString()));
      templates += ours.size();
    }
    assertThat(templates).isPositive();
  }

  private Map<String, List<String>> oracle(List<Path> pages)
      throws IOException, InterruptedException, URISyntaxException {
    Path script = Path.of(getClass().getResource("oracle/mwph_templates.py").toURI());
    List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
    pages.forEach(p -> command.add(p.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    Map<String, List<String>> result = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : out.split("\n")) {
      if (line.startsWith("== ")) {
        current = new ArrayList<>();
        result.put(line.substring(3), current);
      } else if (!line.isEmpty() && current != null) {
        JsonNode node = JSON.readTree(line);
        current.add(JSON.writeValueAsString(node));
      }
    }
    return result;
  }

  /** A page of project-ideas templates with nested templates, links, lists and comments. */
  static String generatedPage(Random random) {
    String[] words = {
      "storage",
      "network",
      "docs",
      "ARM",
      "toolstack",
      "security",
      "review",
      "performance",
      "boot",
      "tests"
    };
    StringBuilder b = new StringBuilder("== Topics ==\n<!-- use {{project}} -->\n");
    int topics = 1 + random.nextInt(6);
    for (int t = 0; t < topics; t++) {
      String w = words[random.nextInt(words.length)];
      b.append("{{project\n|Project=").append(w).append(" work ").append(t).append('\n');
      b.append("|Date=")
          .append(1 + random.nextInt(28))
          .append('/')
          .append(1 + random.nextInt(12))
          .append("/2013\n");
      if (random.nextBoolean()) {
        b.append("|Difficulty={{N/A}}\n");
      }
      b.append("|Contact=[[User:U")
          .append(t)
          .append("|Person ")
          .append(t)
          .append("]], <u")
          .append(t)
          .append("@example.org>\n");
      b.append("|Desc=We want to improve ")
          .append(w)
          .append(":\n* first ''step''\n** detail")
          .append(" [https://example.org/")
          .append(w)
          .append(" link]\n* second\n");
      b.append("|Review=");
      int votes = random.nextInt(4);
      for (int v = 0; v < votes; v++) {
        b.append("{{Vote|[[User:V")
            .append(v)
            .append("|V")
            .append(v)
            .append("]] 22:1")
            .append(v)
            .append(", 27 April 2013 (UTC)}} Will attend\n");
      }
      if (random.nextBoolean()) {
        b.append("{{Comment|[[User:C|C]] 14:14, 23 January 2013 (UTC):}} ")
            .append("{{#if:{{{x|}}}|yes|no}} text\n");
      }
      b.append("}}\n\n");
    }
    if (random.nextBoolean()) {
      // calls where a page's HTML and tables hide them (issue 14)
      b.append("<div class=\"{{Box|")
          .append(random.nextInt(3))
          .append("}}\" id=\"d\">boxed</div>\n");
      b.append("{| class=\"wikitable {{Table style|dense}}\"\n|- style=\"{{Row style|")
          .append(random.nextInt(3))
          .append("}}\"\n| cell {{N/A}}\n|}\n");
    }
    b.append("== Attendees ==\n* Someone, Company\n{{Attendee| name = A | company = {{B|c}} }}\n");
    return b.toString();
  }
}
