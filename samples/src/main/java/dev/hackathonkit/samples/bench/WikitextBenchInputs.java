package dev.hackathonkit.samples.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The inputs of the wikitext benchmarks: a realistic page (the May 2013 hackathon page's markup,
 * about 12 KB), the same page repeated 10 and 100 times (to show that parsing time grows linearly),
 * and a synthetic 10 MB corpus of template-heavy project-ideas pages generated from a fixed seed.
 *
 * <p>{@code main(dir)} writes them as {@code page-x1.wiki}, {@code page-x10.wiki}, {@code
 * page-x100.wiki} and {@code corpus-10mb.wiki} (UTF-8), so that other parsers can read the same
 * bytes.
 */
public final class WikitextBenchInputs {
  /** The names {@link #input(String)} knows. */
  public static final List<String> NAMES =
      List.of("page-x1", "page-x10", "page-x100", "corpus-10mb");

  private static final String PAGE = "xen-hackathon-may2013.wiki";
  private static final int CORPUS_CHARS = 10 * 1024 * 1024;

  private WikitextBenchInputs() {}

  /** The input called {@code name}: one of {@link #NAMES}. */
  public static String input(String name) {
    return switch (name) {
      case "page-x1" -> page();
      case "page-x10" -> page().repeat(10);
      case "page-x100" -> page().repeat(100);
      case "corpus-10mb" -> corpus(CORPUS_CHARS, 20130516L);
      default -> throw new IllegalArgumentException("unknown input " + name);
    };
  }

  /** The realistic page's markup. */
  public static String page() {
    try (InputStream in = WikitextBenchInputs.class.getResourceAsStream(PAGE)) {
      requireNonNull(in, PAGE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * At least {@code chars} characters of generated project-ideas pages: sections, {@code
   * {{project}}} calls with a dozen arguments, nested vote and comment templates with signatures,
   * links, bulleted descriptions, comments, footnotes, a parser function and attendee lists.
   */
  public static String corpus(int chars, long seed) {
    Random random = new Random(seed);
    String[] words = {
      "storage",
      "network",
      "documentation",
      "ARM",
      "toolstack",
      "security",
      "review",
      "performance",
      "boot",
      "tests",
      "scheduler",
      "memory",
      "drivers",
      "release"
    };
    StringBuilder b = new StringBuilder(chars + 8192);
    int page = 0;
    while (b.length() < chars) {
      page++;
      b.append("[[File:Hackathon").append(page % 7).append(".png|right|200px]]\n__TOC__\n");
      b.append("== When and Where ? ==\nWe confirmed the '''hackathon''' for May ")
          .append(1 + random.nextInt(28))
          .append(", 20")
          .append(10 + random.nextInt(15))
          .append(" in [[Venues#City")
          .append(page % 13)
          .append("|City ")
          .append(page % 13)
          .append(
              "]].\n* Day one: 9AM to 5PM\n* Day two: 9AM to 5PM<ref>Doors open early.</ref>\n");
      b.append("== Topics ==\n<!-- add topics with {{project}} -->\n");
      int topics = 4 + random.nextInt(12);
      for (int t = 0; t < topics; t++) {
        String w = words[random.nextInt(words.length)];
        b.append("{{project\n|Project=")
            .append(Character.toUpperCase(w.charAt(0)))
            .append(w, 1, w.length())
            .append(" work item ")
            .append(t)
            .append('\n');
        b.append("|Date=")
            .append(1 + random.nextInt(28))
            .append('/')
            .append(1 + random.nextInt(12))
            .append("/2013\n");
        b.append("|Verified=").append(random.nextBoolean() ? "" : "{{N/A}}").append('\n');
        b.append("|GSoC=").append(random.nextBoolean() ? "Yes" : "{{N/A}}").append('\n');
        b.append("|Contact=[[User:Dev")
            .append(t)
            .append("|Developer ")
            .append(t)
            .append("]] <dev")
            .append(t)
            .append("@example.org>\n");
        b.append("|Difficulty=").append(random.nextBoolean() ? "Medium" : "{{N/A}}").append('\n');
        b.append("|Skills=C, ''some'' knowledge of ").append(w).append('\n');
        b.append("|Desc=We want to improve the ")
            .append(w)
            .append(" code. In order to ")
            .append("participate you will need:\n* access to a test machine\n** with ")
            .append("[https://example.org/")
            .append(w)
            .append(" the ")
            .append(w)
            .append(" tools]\n* time {{#if:{{{extra|}}}|and more|}}\n");
        b.append("|Outcomes=Patches on the list; see https://lists.example.org/")
            .append(w)
            .append(".\n|Review=");
        int votes = random.nextInt(5);
        for (int v = 0; v < votes; v++) {
          b.append("{{Vote|[[User:Voter")
              .append(v)
              .append("|Voter")
              .append(v)
              .append("]] ")
              .append(10 + v)
              .append(":1")
              .append(v)
              .append(", 27 April 2013 (UTC)}} Will attend\n");
        }
        if (random.nextInt(3) == 0) {
          b.append("{{Comment|[[User:Reviewer|Reviewer]] 14:14, 23 January 2013 (UTC):}} ")
              .append("Please also cover the error paths.\n");
        }
        b.append("}}\n\n");
      }
      b.append("== People attending ==\n=== Confirmed ===\n");
      int people = 5 + random.nextInt(30);
      for (int p = 0; p < people; p++) {
        b.append("* Person ").append(p).append(", Company ").append(p % 9).append('\n');
      }
      b.append("\n[[Category:Hackathons]]\n\n");
    }
    return b.toString();
  }

  /**
   * Writes every input to a directory as UTF-8 files named {@code <name>.wiki}.
   *
   * @param args the directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
    Files.createDirectories(dir);
    for (String name : NAMES) {
      Path file = dir.resolve(name + ".wiki");
      Files.writeString(file, input(name), StandardCharsets.UTF_8);
      System.out.println(file + " " + Files.size(file));
    }
  }
}
