package dev.hackathonkit.samples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the whole-wiki benchmark's dump: a {@code Special:Export} XML file of N pages, a mix of
 * event pages (the May 2013 hackathon page's markup and the {@code .wiki} pages of a folder, such
 * as the page-core corpus, in turn), ordinary articles generated from a fixed seed (prose, links, a
 * category, no event), and redirects, in the proportions 45 : 50 : 5. Titles are unique, so every
 * event page gets an output set of its own.
 *
 * <p>{@code main(out.xml, N, [folder of .wiki pages])}; prints the counts of each kind.
 */
public final class DumpBenchInputs {
  private static final String[] WORDS = {
    "river", "valley", "station", "bridge", "market", "history", "harbour", "castle", "railway",
    "museum", "garden", "tower", "village", "church", "forest", "mill"
  };

  private DumpBenchInputs() {}

  /** Writes the dump; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: DumpBenchInputs OUT.xml N [FOLDER-OF-WIKI-PAGES]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<String> events = new ArrayList<>();
    events.add(WikitextBenchInputs.page());
    if (args.length > 2) {
      try (Stream<Path> files = Files.list(Path.of(args[2]))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".wiki")).sorted().toList()) {
          events.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    Random random = new Random(20130516L);
    int[] counts = new int[3];
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(
          "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" xml:lang=\"en\">\n"
              + "  <siteinfo>\n    <sitename>Bench Wiki</sitename>\n  </siteinfo>\n");
      for (int i = 1; i <= n; i++) {
        int kind = i % 20;
        String title;
        String text;
        String redirect = null;
        if (kind < 9) {
          title = "Events/Meetup " + i;
          text = events.get(i % events.size());
          counts[0]++;
        } else if (kind < 19) {
          title = "Article " + i;
          text = article(random);
          counts[1]++;
        } else {
          title = "Old name " + i;
          redirect = "Events/Meetup " + (i - 11);
          text = "#REDIRECT [[" + redirect + "]]";
          counts[2]++;
        }
        page(w, i, title, redirect, text);
      }
      w.write("</mediawiki>\n");
    }
    System.out.println(
        out
            + ": "
            + n
            + " pages: "
            + counts[0]
            + " event pages, "
            + counts[1]
            + " articles, "
            + counts[2]
            + " redirects, "
            + Files.size(out)
            + " bytes");
  }

  private static void page(Writer w, int id, String title, @Nullable String redirect, String text)
      throws IOException {
    w.write(
        "  <page>\n    <title>"
            + xml(title)
            + "</title>\n    <ns>0</ns>\n    <id>"
            + id
            + "</id>\n");
    if (redirect != null) {
      w.write("    <redirect title=\"" + xml(redirect) + "\" />\n");
    }
    w.write(
        "    <revision>\n      <id>"
            + (100000 + id)
            + "</id>\n      <timestamp>2020-01-01T00:00:00Z</timestamp>\n"
            + "      <contributor><username>Bench</username><id>1</id></contributor>\n"
            + "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
            + "      <text bytes=\""
            + text.getBytes(StandardCharsets.UTF_8).length
            + "\" xml:space=\"preserve\">"
            + xml(text)
            + "</text>\n    </revision>\n  </page>\n");
  }

  /**
   * An encyclopedia-style article about a made-up place: a lead, two sections, links, a category.
   */
  static String article(Random random) {
    StringBuilder b = new StringBuilder();
    String place = cap(word(random)) + cap(word(random));
    b.append("'''")
        .append(place)
        .append("''' is a small town by the [[")
        .append(cap(word(random)))
        .append(" River]]. It is known for its ")
        .append(word(random))
        .append(" and its old ")
        .append(word(random))
        .append(".\n\n== History ==\n");
    for (int p = 0; p < 3 + random.nextInt(4); p++) {
      for (int s = 0; s < 4; s++) {
        b.append("The ")
            .append(word(random))
            .append(" near the ")
            .append(word(random))
            .append(" was built by the [[")
            .append(cap(word(random)))
            .append(" family]] and later became a ")
            .append(word(random))
            .append(". ");
      }
      b.append("\n\n");
    }
    b.append("== Sights ==\n");
    for (int s = 0; s < 3; s++) {
      b.append("* The ")
          .append(cap(word(random)))
          .append(' ')
          .append(cap(word(random)))
          .append('\n');
    }
    b.append("\n[[Category:Towns]]\n");
    return b.toString();
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
