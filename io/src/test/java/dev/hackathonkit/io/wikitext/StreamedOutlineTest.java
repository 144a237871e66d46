package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.page.PageOutline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outlining while parsing (a piece of the tree at a time, as the reader does for every page) gives
 * exactly the outline of the whole parsed tree: the same blocks, text, marks, positions and
 * problems, however small the pieces.
 */
class StreamedOutlineTest {

  @ParameterizedTest
  @MethodSource("dev.hackathonkit.io.wikitext.LosslessPropertyTest#pages")
  void everyResourcePageOutlinesTheSameInPieces(Path page) throws Exception {
    String markup = Files.readString(page, StandardCharsets.UTF_8);
    String name = page.getFileName().toString();
    PageOutline whole = whole(markup, name);
    if (whole == null) {
      assertThatThrownBy(() -> streamed(markup, name, 1)).isInstanceOf(EventFormatException.class);
      return;
    }
    for (int piece : new int[] {1, 7, 200, 1 << 16}) {
      PageOutline streamed = streamed(markup, name, piece);
      assertThat(streamed).as("pieces of %d characters", piece).isEqualTo(whole);
      assertThat(spans(streamed)).as("cells spanning rows or columns").isEqualTo(spans(whole));
    }
  }

  @Test
  void generatedAndMutatedMarkupOutlinesTheSameInPieces() throws Exception {
    List<String> seeds = new ArrayList<>();
    for (Path p : LosslessPropertyTest.pages().toList()) {
      String s = Files.readString(p, StandardCharsets.UTF_8);
      if (s.length() < 20_000) {
        seeds.add(s);
      }
    }
    Random random = new Random(1605L);
    int compared = 0;
    for (int i = 0; i < 3_000; i++) {
      String input =
          i % 2 == 0
              ? LosslessPropertyTest.generate(random)
              : LosslessPropertyTest.mutate(seeds.get(i / 2 % seeds.size()), random);
      PageOutline whole = whole(input, "case-" + i);
      if (whole == null) {
        continue;
      }
      PageOutline streamed = streamed(input, "case-" + i, 1 + random.nextInt(64));
      assertThat(streamed).as("case %d:%n%s", i, input).isEqualTo(whole);
      assertThat(spans(streamed))
          .as("case %d: cells spanning rows or columns", i)
          .isEqualTo(spans(whole));
      compared++;
    }
    assertThat(compared).isGreaterThan(2_900);
  }

  @Test
  void aPageLargerThanItsPiecesKeepsItsLinesAcrossThem() throws Exception {
    String page =
        Files.readString(
            Path.of(
                StreamedOutlineTest.class
                    .getResource("/dev/hackathonkit/io/wikitext/xen-hackathon-may2013.wiki")
                    .toURI()),
            StandardCharsets.UTF_8);
    String markup = page.repeat(3);
    PageOutline whole = whole(markup, "three");
    PageOutline streamed = streamed(markup, "three", 1 << 10);
    assertThat(streamed).isEqualTo(whole);
    assertThat(streamed.blocks()).hasSizeGreaterThan(3 * 40);
  }

  @Test
  void aCellSpanningRowsAndColumnsIsOneCellInEachOfItsPlaces() throws Exception {
    String markup =
        "{|\n! Time !! Room A !! Room B\n|-\n| 09:00 || rowspan=\"2\" | Keynote || Setup\n"
            + "|-\n| 10:00 || Hacking\n|-\n| colspan=\"3\" | Lunch\n|}\n";
    PageOutline outline = streamed(markup, "spans", 1 << 16);
    assertThat(outline).isEqualTo(whole(markup, "spans"));
    assertThat(spans(outline)).containsExactly("0:1:1=2:1", "0:3:0=3:1", "0:3:0=3:2");
  }

  /**
   * Which places of each table's grid hold the very same cell object ({@code
   * table:row:col=row:col}), which is how the mapper tells a cell spanning rows or columns.
   */
  private static List<String> spans(PageOutline outline) {
    List<String> out = new ArrayList<>();
    int table = 0;
    for (PageOutline.Block b : outline.blocks()) {
      if (!(b instanceof PageOutline.Table t)) {
        continue;
      }
      java.util.Map<PageOutline.Cell, String> first = new java.util.IdentityHashMap<>();
      List<PageOutline.Row> rows = t.rows();
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).cells().size(); c++) {
          String place = r + ":" + c;
          String earlier = first.putIfAbsent(rows.get(r).cells().get(c), place);
          if (earlier != null) {
            out.add(table + ":" + earlier + "=" + place);
          }
        }
      }
      table++;
    }
    return out;
  }

  private static PageOutline whole(String markup, String name) {
    try {
      return OutlineBuilder.build(
          WikitextParser.parse(markup, name, ReadLimits.DEFAULT), markup, null, null);
    } catch (EventFormatException e) {
      return null;
    }
  }

  private static PageOutline streamed(String markup, String name, int piece)
      throws EventFormatException {
    // held compactly whatever its size, so that the compact blocks are compared too
    return OutlineBuilder.build(markup, name, ReadLimits.DEFAULT, null, null, piece, 0);
  }
}
