package dev.hackathonkit.io.text;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.internal.AttendeeItems;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.page.CompactBlocks;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Cell;
import dev.hackathonkit.io.page.PageOutline.Inline;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rendered-text front end of the page core: the text a browser shows (and copies) to a {@link
 * PageOutline}. The first line is the page's title when the site's line ({@code From X}) follows
 * it, or when it reads as a title; bullet lines ({@code •}, {@code *}, {@code -}, {@code 1.}) are
 * list items nested by their indentation; runs of lines with tab-separated cells (how browsers copy
 * table rows) are tables whose first row is the header; every other line is a line of text.
 */
final class TextOutline {
  private static final int MAX_TITLE = 160;

  private final String input;
  private final List<String> siteLinePrefixes;

  /** Per line: where it starts and ends in the input (without its line break). */
  private int[] lineFrom = new int[64];

  private int[] lineTo = new int[64];
  private int lineCount;

  /**
   * The lines' text (spaces normalised, tabs kept), made when asked for: a large page's lines are
   * not held as strings beside the page.
   */
  private final List<String> lines =
      new java.util.AbstractList<>() {
        @Override
        public String get(int index) {
          java.util.Objects.checkIndex(index, lineCount);
          return normalise(lineFrom[index], lineTo[index]);
        }

        @Override
        public int size() {
          return lineCount;
        }
      };

  private TextOutline(String input, List<String> siteLinePrefixes) {
    this.input = input;
    this.siteLinePrefixes = siteLinePrefixes;
    split();
  }

  /**
   * The outline of a rendered page.
   *
   * @param source the input's name
   * @param input the text
   * @param siteLinePrefixes what starts the line naming the site under the title ({@code From })
   * @param maxDepth the deepest list nesting kept
   * @param fieldLine whether a line starts with a topic field's label
   */
  static PageOutline build(
      String source,
      String input,
      List<String> siteLinePrefixes,
      int maxDepth,
      java.util.function.Predicate<String> fieldLine) {
    TextOutline t = new TextOutline(input, siteLinePrefixes);
    t.maxDepth = maxDepth;
    t.fieldLine = fieldLine;
    return t.outline(source);
  }

  /**
   * Whether a line starts with a topic's field label: a line above it is that topic's title, not
   * the page's.
   */
  private java.util.function.Predicate<String> fieldLine = line -> false;

  /** The deepest list nesting kept; deeper items are flattened to it (reported as T114). */
  private int maxDepth = Integer.MAX_VALUE;

  private final List<ImportProblem> found = new ArrayList<>();

  private void split() {
    int start = !input.isEmpty() && input.charAt(0) == PlainText.BOM ? 1 : 0;
    int lineStart = start;
    for (int i = start; i <= input.length(); i++) {
      char c = i < input.length() ? input.charAt(i) : '\n';
      if (c != '\r' && c != '\n') {
        continue;
      }
      if (lineCount == lineFrom.length) {
        lineFrom = java.util.Arrays.copyOf(lineFrom, lineCount * 2);
        lineTo = java.util.Arrays.copyOf(lineTo, lineCount * 2);
      }
      lineFrom[lineCount] = lineStart;
      lineTo[lineCount++] = i;
      if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
        i++;
      }
      lineStart = i + 1;
    }
    // a final line end does not make an extra empty line
    if (!lines.isEmpty()
        && lines.get(lines.size() - 1).isEmpty()
        && (input.endsWith("\n") || input.endsWith("\r"))) {
      lineCount--;
    }
  }

  /** One line with its spaces as ordinary spaces (one for one; tabs kept) and no trailing ones. */
  private String normalise(int from, int to) {
    int end = to;
    while (end > from && (input.charAt(end - 1) == ' ')) {
      end--;
    }
    boolean plain = true;
    for (int i = from; i < end && plain; i++) {
      char c = input.charAt(i);
      plain = c < 0x80 || !(PlainText.isSpace(c) || c == '\u200B' || c == PlainText.BOM);
    }
    if (plain) {
      return input.substring(from, end);
    }
    StringBuilder line = new StringBuilder(end - from);
    for (int i = from; i < end; i++) {
      char c = input.charAt(i);
      line.append(
          c == '\t' ? '\t' : PlainText.isSpace(c) || c == '\u200B' || c == PlainText.BOM ? ' ' : c);
    }
    int e = line.length();
    while (e > 0 && line.charAt(e - 1) == ' ') {
      e--;
    }
    return line.substring(0, e);
  }

  private PageOutline outline(String source) {
    // the title is the first line, past a row of navigation links ("[Home] [TitleIndex]")
    int first = next(0);
    while (first >= 0 && lines.get(first).strip().startsWith("[")) {
      first = next(first + 1);
    }
    String pageTitle = null;
    String site = null;
    java.util.Set<Integer> consumed = new java.util.HashSet<>();
    if (first >= 0) {
      int after = next(first + 1);
      String siteName = after >= 0 ? siteName(lines.get(after)) : null;
      if (siteName != null) {
        pageTitle = PlainText.clean(lines.get(first));
        site = siteName;
        consumed.add(first);
        consumed.add(after);
      } else if (readsAsTitle(lines.get(first))
          && (after < 0 || !fieldLine.test(lines.get(after).strip()))) {
        pageTitle = PlainText.clean(lines.get(first));
        consumed.add(first);
      }
    }
    int i = 0;
    CompactBlocks.Builder compact =
        input.length() >= CompactBlocks.FROM_CHARS ? CompactBlocks.builder(input) : null;
    List<Block> plain = new ArrayList<>();
    Position[] firstAt = {null};
    java.util.function.Consumer<Block> blocks =
        b -> {
          if (firstAt[0] == null) {
            firstAt[0] = b.at();
          }
          if (compact != null) {
            compact.add(b);
          } else {
            plain.add(b);
          }
        };
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank() || consumed.contains(i)) {
        i++;
        continue;
      }
      if (isRow(line)
          && !(isLabelRow(line) && !(i + 1 < lines.size() && isRow(lines.get(i + 1))))) {
        int j = i;
        List<Row> rows = new ArrayList<>();
        int width = 0;
        while (j < lines.size() && isRow(lines.get(j))) {
          Row r = row(j, rows.isEmpty());
          width = Math.max(width, r.cells().size());
          rows.add(r);
          j++;
        }
        blocks.accept(new PageOutline.Table(pad(rows, width), position(i, j - 1)));
        i = j;
        continue;
      }
      int indent = PlainText.indent(line);
      int marker = bullet(line, indent);
      if (marker > 0 && Character.isDigit(line.charAt(indent)) && blank(i - 1) && blank(i + 1)) {
        marker = 0;
      }
      if (marker > 0) {
        int depth = indent >= 2 ? Math.max(1, indent / 2) : 1;
        if (depth > maxDepth) {
          found.add(
              new ImportProblem(
                  TextProblem.T114_TOO_DEEP,
                  new Location(source, i + 1, indent + 1),
                  "list item nested " + depth + " deep; flattened to the limit of " + maxDepth));
          depth = maxDepth;
        }
        boolean numbered = Character.isDigit(line.charAt(indent));
        String text = line.substring(marker).strip();
        blocks.accept(new PageOutline.Item(depth, numbered, Inline.of(text), position(i, i)));
      } else {
        boolean alone = blank(i - 1) && blank(i + 1);
        blocks.accept(
            new PageOutline.Line(
                Inline.of(line.replace('\t', ' ').strip()), alone, position(i, i)));
      }
      i++;
    }
    List<Position> header = new ArrayList<>();
    for (int c : new java.util.TreeSet<>(consumed)) {
      header.add(position(c, c));
    }
    List<ImportProblem> problems = new ArrayList<>(found);
    if (pageTitle == null && firstAt[0] != null) {
      Position at = firstAt[0];
      problems.add(
          new ImportProblem(
              TextProblem.T101_NO_PAGE_TITLE,
              new Location(source, at.line(), at.column()),
              "the text starts with no title line; the page is named by its source"));
    }
    return new PageOutline(
        source,
        input,
        pageTitle,
        site,
        header,
        compact != null ? compact.build() : plain,
        List.of(),
        problems);
  }

  private boolean blank(int i) {
    return i < 0 || i >= lines.size() || lines.get(i).isBlank();
  }

  private int next(int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private @Nullable String siteName(String line) {
    String s = line.strip();
    for (String prefix : siteLinePrefixes) {
      if (s.regionMatches(true, 0, prefix, 0, prefix.length()) && s.length() > prefix.length()) {
        String name = s.substring(prefix.length()).strip();
        int comma = name.indexOf(',');
        return comma > 0 ? name.substring(0, comma).strip() : name;
      }
    }
    return null;
  }

  /** A first line that names the page: short, one phrase, no field, bullet or table row. */
  private static boolean readsAsTitle(String line) {
    String s = line.strip();
    if (s.isEmpty()
        || s.length() > MAX_TITLE
        || s.indexOf('\t') >= 0
        || s.endsWith(".")
        || s.endsWith(":")
        || s.startsWith("[")) {
      return false;
    }
    if (AttendeeItems.isBullet(s.charAt(0))) {
      return false;
    }
    int colon = s.indexOf(':');
    if (colon > 0 && colon + 1 < s.length() && s.charAt(colon + 1) == ' ') {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return !lower.startsWith("<") && !lower.startsWith("{");
  }

  /**
   * A row whose first cell is a label ({@code Skills Needed:<TAB>C}): alone, it is a field line,
   * not a table.
   */
  private static boolean isLabelRow(String line) {
    int tab = line.indexOf('\t');
    return tab > 0 && line.substring(0, tab).strip().endsWith(":");
  }

  private static boolean isRow(String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      return false;
    }
    // at least two cells with text
    int cells = 0;
    for (String cell : line.split("\t", -1)) {
      if (!cell.isBlank()) {
        cells++;
      }
    }
    return cells >= 2 || (cells == 1 && line.strip().length() < line.length());
  }

  private Row row(int i, boolean header) {
    String line = lines.get(i);
    int base = lineFrom[i];
    List<Cell> cells = new ArrayList<>();
    int from = 0;
    while (from <= line.length()) {
      int tab = line.indexOf('\t', from);
      int to = tab < 0 ? line.length() : tab;
      String cell = line.substring(from, to);
      int lead = PlainText.indent(cell);
      int start = base + from + lead;
      Position at = new Position(start, Math.max(start, base + to), i + 1, from + lead + 1);
      cells.add(new Cell(Inline.of(PlainText.clean(cell)), header, at));
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    return new Row(cells, position(i, i));
  }

  private static List<Row> pad(List<Row> rows, int width) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      if (r.cells().size() == width) {
        out.add(r);
        continue;
      }
      List<Cell> cells = new ArrayList<>(r.cells());
      while (cells.size() < width) {
        cells.add(new Cell(Inline.of(""), cells.get(0).header(), r.at()));
      }
      out.add(new Row(cells, r.at()));
    }
    return out;
  }

  /** The offset after a bullet and its space, or 0 when the line is no list item. */
  private static int bullet(String line, int indent) {
    if (indent >= line.length()) {
      return 0;
    }
    char c = line.charAt(indent);
    if (AttendeeItems.isBullet(c)) {
      boolean spaced = indent + 1 < line.length() && line.charAt(indent + 1) == ' ';
      boolean ascii = c == '*' || c == '-' || c == '#';
      return spaced || !ascii ? indent + 1 : 0;
    }
    int j = indent;
    while (j < line.length() && j - indent < 3 && Character.isDigit(line.charAt(j))) {
      j++;
    }
    if (j > indent
        && j + 1 < line.length()
        && (line.charAt(j) == '.' || line.charAt(j) == ')')
        && line.charAt(j + 1) == ' ') {
      return j + 1;
    }
    return 0;
  }

  private Position position(int first, int last) {
    int start = lineFrom[first] + PlainText.indent(lines.get(first));
    int end = Math.max(start, lineTo[last]);
    return new Position(start, end, first + 1, PlainText.indent(lines.get(first)) + 1);
  }
}
