package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Printing the tree gives back the input, and every node's span covers exactly its own markup, for
 * every page in the test resources and for generated and mutated markup.
 */
class LosslessPropertyTest {

  /** Fragments that generated markup is made of: constructs, their halves, and plain text. */
  private static final String[] FRAGMENTS = {
    "{{",
    "}}",
    "{{{",
    "}}}",
    "{",
    "}",
    "[[",
    "]]",
    "[",
    "]",
    "|",
    "||",
    "=",
    "==",
    "===",
    "\n",
    "\n",
    "\n",
    "\n*",
    "\n**",
    "\n#",
    "\n:",
    "\n;",
    "\n*#:",
    "''",
    "'''",
    "'''''",
    "'",
    "<!--",
    "-->",
    "<ref>",
    "</ref>",
    "<ref name=\"a\"/>",
    "<nowiki>",
    "</nowiki>",
    "<br/>",
    "<br>",
    "<pre>",
    "</pre>",
    "<span style=\"x\">",
    "</span>",
    "<div",
    ">",
    "\n{|",
    "\n|}",
    "\n|-",
    "\n|",
    "\n!",
    "!!",
    "\n|+",
    "__TOC__",
    "__notoc__",
    "\n----",
    "http://example.org/a?b=c",
    "https://x.org",
    "mailto:a@b.org",
    "[http://e.org label]",
    " ",
    "  ",
    "\t",
    "text",
    "Word",
    "é",
    "ñandú",
    "\r\n",
    "#if:",
    ":",
    "File:X.png",
    "Category:C",
    "User:A",
    "{{Vote|",
    "~~~~",
    "22:15, 27 April 2013 (UTC)",
    "\n= ",
    " =\n",
    "\n== H ==\n",
    "&amp;",
    "<",
    "/>",
    "-",
    "😀",
    "\u00A0",
    "{{{p|",
    "|Desc=",
    "|Project=",
    "\n}}"
  };

  /** Every {@code .wiki} file in the test resources, except the fuzz inputs that must fail. */
  static Stream<Path> pages() throws IOException, URISyntaxException {
    Path root = Path.of(LosslessPropertyTest.class.getResource("/").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all =
          files
              .filter(p -> p.toString().endsWith(".wiki"))
              .filter(p -> !p.getFileName().toString().startsWith("too-deep-"))
              .sorted()
              .toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(20);
      return all.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void printsEveryResourcePageBackExactly(Path page) throws Exception {
    String markup = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(checkLossless(markup, page.getFileName().toString()))
        .as("%s parses within the nesting limit", page.getFileName())
        .isTrue();
  }

  @Test
  void printsTenThousandGeneratedAndMutatedInputsBackExactly() throws Exception {
    List<String> seeds = new ArrayList<>();
    for (Path p : pages().toList()) {
      String s = Files.readString(p, StandardCharsets.UTF_8);
      if (s.length() < 20_000) {
        seeds.add(s);
      }
    }
    Random random = new Random(20130516L);
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < 10_000; i++) {
      String input =
          i % 2 == 0 ? generate(random) : mutate(seeds.get(i / 2 % seeds.size()), random);
      if (checkLossless(input, "case-" + i)) {
        parsed++;
      } else {
        rejected++;
      }
    }
    // the rest are refused for their nesting only (checkLossless asserts the reason)
    assertThat(parsed).as("%d refused", rejected).isGreaterThan(9_900);
  }

  static String generate(Random random) {
    StringBuilder b = new StringBuilder();
    int tokens = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 60);
    for (int t = 0; t < tokens; t++) {
      b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return b.toString();
  }

  static String mutate(String page, Random random) {
    StringBuilder b = new StringBuilder(page);
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && b.length() > 0; e++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(4)) {
        case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
        case 1 -> b.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> {
          int end = Math.min(b.length(), at + random.nextInt(200));
          b.insert(random.nextInt(b.length()), b.substring(at, end));
        }
        default -> b.setCharAt(at, "{}[]|=<>!*#:;'\n -".charAt(random.nextInt(17)));
      }
    }
    return b.toString();
  }

  /** Checks one input; returns false when it was rejected for its nesting depth. */
  static boolean checkLossless(String input, String name) {
    ParsedPage page;
    try {
      page = WikitextParser.parse(input, name);
    } catch (EventFormatException e) {
      assertThat(e.code()).as(name).isEqualTo(MarkupProblem.W202_TOO_DEEP);
      return false;
    }
    assertThat(page.toWikitext()).as(name).isEqualTo(input);
    int[] lineStarts = lineStarts(input);
    List<WikiNode> top = page.nodes();
    int expectedStart = 0;
    for (WikiNode n : top) {
      assertThat(n.span().start())
          .as(name + " top-level nodes are contiguous")
          .isEqualTo(expectedStart);
      expectedStart = n.span().end();
    }
    assertThat(expectedStart).as(name).isEqualTo(input.length());
    WikiNodes.walk(
        top,
        n -> {
          Span s = n.span();
          assertThat(input.substring(s.start(), s.end()))
              .as(name + " span of " + n.getClass())
              .isEqualTo(n.toWikitext());
          int line = line(lineStarts, s.start());
          assertThat(s.line()).as(name).isEqualTo(line);
          assertThat(s.column()).as(name).isEqualTo(s.start() - lineStarts[line - 1] + 1);
        });
    for (ImportProblem p : page.problems()) {
      assertThat(p.location().line()).as(name).isBetween(1, lineStarts.length);
    }
    return true;
  }

  private static int[] lineStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int line(int[] starts, int offset) {
    int found = java.util.Arrays.binarySearch(starts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
