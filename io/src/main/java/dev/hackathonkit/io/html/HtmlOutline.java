package dev.hackathonkit.io.html;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.internal.WikiNamespaces;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Cell;
import dev.hackathonkit.io.page.PageOutline.Inline;
import dev.hackathonkit.io.page.PageOutline.Mark;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Row;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The HTML front end of the page core: the content element of a parsed page to a {@link
 * PageOutline}. Headings {@code h1}–{@code h6} are headings with their level; paragraphs and loose
 * text are lines; {@code ul}/{@code ol} items are items with their depth and numbering; a {@code
 * dt} and its {@code dd} are one line {@code term: definition}, as a labelled field; tables are
 * laid out on a grid with {@code rowspan} and {@code colspan} resolved; {@code b}/{@code strong}
 * are bold marks, {@code s}/{@code del}/{@code strike} and {@code text-decoration: line-through}
 * struck marks, links are marks with their targets (user pages as user marks, as the wikitext front
 * end makes them; an external link's address follows its label in brackets, as in wikitext).
 *
 * <p>The outline's input is the page's text as the outline holds it (one block a line, a blank line
 * around paragraphs and headings), so that coverage counts the text a reader sees, not the markup;
 * each block's line and column are those of its element in the HTML file.
 */
final class HtmlOutline {
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "details",
          "dialog",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "ul",
          "caption",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "body",
          "html",
          "menu");
  private static final Set<String> STRUCK = Set.of("s", "del", "strike");
  private static final Set<String> BOLD = Set.of("b", "strong");
  private static final Pattern INDEX_TITLE = Pattern.compile("[?&]title=([^&#]+)");
  private static final Pattern WIKI_PATH = Pattern.compile("/wiki/([^?#]+)");

  /** HTML's own bound on colspan (WHATWG: 1000); rowspan is bounded by the table's rows. */
  private static final int MAX_SPAN = 1000;

  /** The most grid cells one table may lay out. */
  private static final int MAX_GRID = 1 << 20;

  private final String source;
  private final EngineRules.Engine engine;
  private final int maxDepth;
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();

  /** Inline nodes waiting to become a paragraph. */
  private final List<Node> loose = new ArrayList<>();

  /** How deep the waiting inline nodes' parent is. */
  private int looseDepth;

  private HtmlOutline(String source, EngineRules.Engine engine, int maxDepth) {
    this.source = source;
    this.engine = engine;
    this.maxDepth = maxDepth;
  }

  /**
   * The outline of a selected page.
   *
   * @throws EventFormatException if elements nest deeper than {@code maxDepth}, or a table lays out
   *     more than a million cells
   */
  static PageOutline build(String source, PageSelection page, int maxDepth)
      throws EventFormatException {
    HtmlOutline o = new HtmlOutline(source, page.engine, maxDepth);
    // depth counts from the document's root, as the parser's own bound does
    o.walk(page.content, page.content.parents().size());
    o.flush();
    return new PageOutline(
        source,
        o.text.toString(),
        page.pageTitle,
        page.site,
        List.of(),
        o.blocks,
        List.of(),
        page.notes);
  }

  // ---------------------------------------------------------------- blocks

  private void walk(Element parent, int depth) throws EventFormatException {
    deep(parent, depth);
    for (Node n : parent.childNodes()) {
      if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
        block(e, depth + 1);
      } else if (n instanceof TextNode || n instanceof Element) {
        looseDepth = depth;
        loose.add(n);
      }
    }
  }

  private void block(Element e, int depth) throws EventFormatException {
    String tag = e.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        Inline h = inline(List.of(e), depth, false);
        if (!h.text().isBlank()) {
          blank();
          blocks.add(new PageOutline.Heading(tag.charAt(1) - '0', h, put(h.text(), e)));
          blank();
        }
      }
      case "p" -> paragraph(e.childNodes(), e, depth);
      case "ul", "ol", "menu" -> list(e, 1, depth);
      case "dl" -> definitions(e, depth);
      case "table" -> table(e, depth);
      case "pre" -> {
        Inline pre = inline(List.of(e), depth, true);
        List<int[]> starts = lineStarts;
        int from = 0;
        blank();
        for (String line : pre.text().split("\n")) {
          int offset = pre.text().indexOf(line, from);
          from = offset + line.length();
          int[] src = startOf(starts, offset + (line.length() - line.stripLeading().length()));
          if (!line.isBlank()) {
            String shown = line.strip();
            blocks.add(
                new PageOutline.Line(
                    Inline.of(shown),
                    false,
                    src == null ? put(shown, e) : put(shown, src[1], src[2])));
          }
        }
        blank();
      }
      case "hr" -> blank();
      default -> walk(e, depth);
    }
  }

  private void flush() throws EventFormatException {
    if (loose.isEmpty()) {
      return;
    }
    List<Node> nodes = List.copyOf(loose);
    loose.clear();
    paragraph(nodes, null, looseDepth);
  }

  /**
   * A paragraph: one line, or (where the engine keeps its source's lines, and at {@code <br>})
   * several.
   */
  private void paragraph(List<Node> nodes, @Nullable Element at, int depth)
      throws EventFormatException {
    Inline p = inline(nodes, depth, engine.keepSourceLines());
    if (p.text().isBlank()) {
      return;
    }
    List<int[]> starts = lineStarts;
    List<Inline> lines = split(p);
    Node first = at != null ? at : nodes.get(0);
    blank();
    int from = 0;
    for (Inline line : lines) {
      int offset = p.text().indexOf(line.text(), from);
      from = Math.max(from, offset + line.text().length());
      int[] src = startOf(starts, offset);
      Position where = src == null ? put(line.text(), first) : put(line.text(), src[1], src[2]);
      blocks.add(new PageOutline.Line(line, lines.size() == 1, where));
    }
    blank();
  }

  private void list(Element list, int level, int depth) throws EventFormatException {
    deep(list, depth);
    boolean numbered = list.normalName().equals("ol");
    int kept =
        Math.min(level, maxDepth); // a list is never deeper than its elements, which deep() bounds
    for (Element child : list.children()) {
      String tag = child.normalName();
      if (tag.equals("ul") || tag.equals("ol")) {
        list(child, level + 1, depth + 1);
        continue;
      }
      List<Node> own = new ArrayList<>();
      List<Element> nested = new ArrayList<>();
      for (Node n : child.childNodes()) {
        if (n instanceof Element e
            && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
          nested.add(e);
        } else {
          own.add(n);
        }
      }
      Inline item = inline(own, depth + 1, false);
      if (!item.text().isBlank()) {
        blocks.add(new PageOutline.Item(kept, numbered, item, put(item.text(), child)));
      }
      for (Element n : nested) {
        list(n, level + 1, depth + 2);
      }
    }
  }

  /**
   * {@code <dt>term</dt><dd>definition</dd>}: one line {@code term: definition}; a lone dt or dd is
   * a line.
   */
  private void definitions(Element dl, int depth) throws EventFormatException {
    deep(dl, depth);
    Inline term = null;
    Element termAt = null;
    blank();
    for (Element child : dl.children()) {
      Inline shown = inline(List.of(child), depth + 1, false);
      if (child.normalName().equals("dt")) {
        if (term != null) {
          blocks.add(new PageOutline.Line(term, false, put(term.text(), termAt)));
        }
        term = shown.text().isBlank() ? null : shown;
        termAt = child;
      } else if (!shown.text().isBlank()) {
        Inline line = term == null ? shown : join(term, shown);
        blocks.add(
            new PageOutline.Line(line, false, put(line.text(), term == null ? child : termAt)));
        term = null;
      }
    }
    if (term != null) {
      blocks.add(new PageOutline.Line(term, false, put(term.text(), termAt)));
    }
    blank();
  }

  private static Inline join(Inline term, Inline definition) {
    String t = term.text().strip();
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    String sep = ": ";
    int shift = t.length() + sep.length();
    List<Mark> marks = new ArrayList<>();
    for (Mark m : term.marks()) {
      marks.add(
          new Mark(
              m.kind(), Math.min(m.from(), t.length()), Math.min(m.to(), t.length()), m.target()));
    }
    for (Mark m : definition.marks()) {
      marks.add(new Mark(m.kind(), m.from() + shift, m.to() + shift, m.target()));
    }
    return new Inline(t + sep + definition.text(), marks, List.of());
  }

  // ---------------------------------------------------------------- tables

  private void table(Element table, int depth) throws EventFormatException {
    deep(table, depth);
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "caption" -> paragraph(child.childNodes(), child, depth + 1);
        case "tr" -> rows.add(child);
        case "thead", "tbody", "tfoot" -> {
          for (Element r : child.children()) {
            if (r.normalName().equals("tr")) {
              rows.add(r);
            }
          }
        }
        default -> {}
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    if (labelled(rows)) {
      labelledRows(rows, depth);
      return;
    }
    blank();
    int tableStart = text.length();
    List<List<Cell>> grid = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      grid.add(new ArrayList<>());
    }
    long cellsLaid = 0;
    List<Position> rowAt = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Element row = rows.get(r);
      List<Cell> out = grid.get(r);
      int rowStart = text.length();
      int col = 0;
      for (Element c : row.children()) {
        String tag = c.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        while (col < out.size() && out.get(col) != null) {
          col++;
        }
        Inline shown = inline(c.childNodes(), depth + 2, false);
        if (text.length() > rowStart) {
          text.append('\t');
        }
        Cell cell = new Cell(shown, tag.equals("th"), put(shown.text(), c, false));
        int colspan = span(c.attr("colspan"), MAX_SPAN);
        int rowspan = span(c.attr("rowspan"), rows.size() - r);
        if (c.attr("rowspan").strip().equals("0")) {
          rowspan = rows.size() - r; // HTML: 0 spans to the end of the section
        }
        cellsLaid += (long) colspan * rowspan;
        if (cellsLaid > MAX_GRID) {
          throw new EventFormatException(
              HtmlProblem.H203_TABLE_TOO_LARGE,
              location(c),
              "expected a table of at most "
                  + MAX_GRID
                  + " cells once its rowspan and colspan are laid out");
        }
        for (int dr = 0; dr < rowspan; dr++) {
          List<Cell> target = grid.get(r + dr);
          for (int dc = 0; dc < colspan; dc++) {
            while (target.size() <= col + dc) {
              target.add(null);
            }
            if (target.get(col + dc) == null) {
              target.set(col + dc, cell);
            }
          }
        }
        col += colspan;
      }
      rowAt.add(new Position(rowStart, text.length(), line(row), column(row)));
      text.append('\n');
    }
    int width = 0;
    for (List<Cell> g : grid) {
      width = Math.max(width, g.size());
    }
    List<Row> out = new ArrayList<>(grid.size());
    for (int r = 0; r < grid.size(); r++) {
      List<Cell> cells = grid.get(r);
      Position at = rowAt.get(r);
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i) == null) {
          cells.set(i, new Cell(Inline.of(""), false, at));
        }
      }
      while (cells.size() < width) {
        cells.add(new Cell(Inline.of(""), false, at));
      }
      if (width > 0) {
        out.add(new Row(cells, at));
      }
    }
    if (!out.isEmpty()) {
      blocks.add(
          new PageOutline.Table(
              out, new Position(tableStart, text.length(), line(table), column(table))));
    }
    blank();
  }

  /**
   * Whether every row is a header cell and a data cell, neither spanning: an infobox, or a
   * template's fields laid out as a table (MediaWiki renders {@code {{Project|Skills=C}}} so), read
   * as labelled lines.
   */
  private static boolean labelled(List<Element> rows) {
    for (Element r : rows) {
      List<Element> cells = new ArrayList<>(2);
      for (Element c : r.children()) {
        if (c.normalName().equals("td") || c.normalName().equals("th")) {
          cells.add(c);
        }
      }
      if (cells.size() != 2
          || !cells.get(0).normalName().equals("th")
          || !cells.get(1).normalName().equals("td")
          || cells.stream().anyMatch(c -> c.hasAttr("rowspan") || c.hasAttr("colspan"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each row as {@code label: value}; a value's further lines follow it, its list items as items.
   */
  private void labelledRows(List<Element> rows, int depth) throws EventFormatException {
    blank();
    for (Element r : rows) {
      Element th = r.selectFirst("> th");
      Element td = r.selectFirst("> td");
      Inline label = inline(th.childNodes(), depth + 2, false);
      Inline value = inline(td.childNodes(), depth + 2, engine.keepSourceLines());
      List<int[]> starts = lineStarts;
      List<Inline> lines = split(value);
      Inline first = lines.isEmpty() ? Inline.of("") : lines.get(0);
      Inline line = join(label, first);
      blocks.add(new PageOutline.Line(line, false, put(line.text(), th)));
      int from = first.text().length();
      for (int i = 1; i < lines.size(); i++) {
        Inline more = lines.get(i);
        int offset = value.text().indexOf(more.text(), from);
        from = Math.max(from, offset + more.text().length());
        int[] src = startOf(starts, offset);
        int lineNo = src == null ? line(td) : src[1];
        int col = src == null ? column(td) : src[2];
        String t = more.text();
        // the item's indentation: what stands between the line's start and its text ("  - " nests)
        int indent =
            Math.max(0, offset) - (value.text().lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
        if (t.startsWith("- ") && t.length() > 2) {
          Inline item = new Inline(t.substring(2), shift(more.marks(), -2), List.of());
          blocks.add(
              new PageOutline.Item(
                  Math.min(maxDepth, 1 + indent / 2), false, item, put(item.text(), lineNo, col)));
        } else {
          blocks.add(new PageOutline.Line(more, false, put(t, lineNo, col)));
        }
      }
    }
    blank();
  }

  private static List<Mark> shift(List<Mark> marks, int by) {
    List<Mark> out = new ArrayList<>(marks.size());
    for (Mark m : marks) {
      int f = Math.max(0, m.from() + by);
      out.add(new Mark(m.kind(), f, Math.max(f, m.to() + by), m.target()));
    }
    return out;
  }

  private static int span(String attr, int max) {
    String s = attr.strip();
    int n = 0;
    for (int i = 0; i < s.length() && i < 6 && Character.isDigit(s.charAt(i)); i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return Math.max(1, Math.min(n, Math.max(1, max)));
  }

  // ---------------------------------------------------------------- inline text

  private Inline inline(List<Node> nodes, int depth, boolean keepLines)
      throws EventFormatException {
    InlineText t = new InlineText(keepLines);
    for (Node n : nodes) {
      t.node(n, depth);
    }
    return t.build();
  }

  /** Splits an inline text at its line breaks into lines with their marks. */
  private static List<Inline> split(Inline in) {
    String s = in.text();
    if (s.indexOf('\n') < 0) {
      return List.of(in);
    }
    List<Inline> out = new ArrayList<>();
    int from = 0;
    while (from <= s.length()) {
      int nl = s.indexOf('\n', from);
      int to = nl < 0 ? s.length() : nl;
      int a = from;
      int b = to;
      while (a < b && Character.isWhitespace(s.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        List<Mark> marks = new ArrayList<>();
        for (Mark m : in.marks()) {
          int mf = Math.max(m.from(), a);
          int mt = Math.min(m.to(), b);
          if (mt > mf || (m.from() == m.to() && m.from() >= a && m.from() <= b)) {
            marks.add(new Mark(m.kind(), mf - a, Math.max(mf, mt) - a, m.target()));
          }
        }
        out.add(new Inline(s.substring(a, b), marks, List.of()));
      }
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return out;
  }

  /**
   * Where each line of the last inline text built starts in the HTML file: its offset in the text
   * (after the leading blanks were cut), line and column.
   */
  private List<int[]> lineStarts = List.of();

  private final class InlineText {
    private final boolean keepLines;
    private final StringBuilder out = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    private final List<int[]> starts = new ArrayList<>();
    private boolean lineStartPending = true;
    private int srcLine = 1;
    private int srcColumn = 1;

    InlineText(boolean keepLines) {
      this.keepLines = keepLines;
    }

    void node(Node n, int depth) throws EventFormatException {
      Range r = n.sourceRange();
      if (r.isTracked() && !r.isImplicit()) {
        srcLine = r.start().lineNumber();
        srcColumn = r.start().columnNumber();
      }
      if (n instanceof TextNode t) {
        text(t.getWholeText());
      } else if (n instanceof Element e) {
        element(e, depth + 1);
      }
    }

    private void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' && keepLines) {
          newline();
        } else if (Character.isWhitespace(c) || PlainText.isSpace(c) || c == '\u200B') {
          // a no-break space is a space here, as a browser copies it (MediaWiki puts one before a
          // French ':')
          if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
          }
        } else {
          if (lineStartPending) {
            starts.add(new int[] {out.length(), srcLine, srcColumn});
            lineStartPending = false;
          }
          out.append(c);
        }
        if (c == '\n') {
          srcLine++;
          srcColumn = 1;
        } else {
          srcColumn++;
        }
      }
    }

    private void newline() {
      trimEnd();
      out.append('\n');
      lineStartPending = true;
    }

    private void trimEnd() {
      int e = out.length();
      while (e > 0 && out.charAt(e - 1) == ' ') {
        e--;
      }
      out.setLength(e);
    }

    private void breakLine() {
      trimEnd();
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        newline();
      }
    }

    private void element(Element e, int depth) throws EventFormatException {
      deep(e, depth);
      String tag = e.normalName();
      if (tag.equals("br")) {
        newline();
        return;
      }
      if (tag.equals("img")) {
        String alt = e.attr("alt").strip();
        if (!alt.isEmpty()) {
          text(alt);
        }
        return;
      }
      if (tag.equals("a") && e.hasAttr("href")) {
        link(e, depth);
        return;
      }
      if (tag.equals("li")) {
        breakLine();
        int level = 0;
        for (Element p = e.parent(); p != null && level < maxDepth; p = p.parent()) {
          String pt = p.normalName();
          if (pt.equals("ul") || pt.equals("ol")) {
            level++;
          } else if (pt.equals("td") || pt.equals("th") || pt.equals("dd")) {
            break;
          }
        }
        out.append("  ".repeat(Math.max(0, level - 1))).append("- ");
        children(e, depth);
        breakLine();
        return;
      }
      boolean block = BLOCKS.contains(tag);
      if (block) {
        breakLine();
      }
      Mark.Kind kind =
          STRUCK.contains(tag) || struckStyle(e)
              ? Mark.Kind.STRUCK
              : BOLD.contains(tag) ? Mark.Kind.BOLD : null;
      int from = out.length();
      if (tag.equals("td") || tag.equals("th")) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
      }
      children(e, depth);
      if (kind != null && out.length() > from) {
        int start = from;
        while (start < out.length() && out.charAt(start) == ' ') {
          start++;
        }
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
          end--;
        }
        marks.add(new Mark(kind, start, end, null));
      }
      if (block) {
        breakLine();
      }
    }

    private void children(Element e, int depth) throws EventFormatException {
      for (Node c : e.childNodes()) {
        node(c, depth);
      }
    }

    private void link(Element a, int depth) throws EventFormatException {
      String href = a.attr("href").strip();
      int from = out.length();
      children(a, depth);
      int start = from;
      while (start < out.length() && out.charAt(start) == ' ') {
        start++;
      }
      int end = out.length();
      while (end > start && out.charAt(end - 1) == ' ') {
        end--;
      }
      if (href.startsWith("#")
          || href.isEmpty()
          || href.regionMatches(true, 0, "javascript:", 0, 11)) {
        return; // an anchor on the same page: its label is text
      }
      if (engine.personLinks() != null && end > start && a.is(engine.personLinks())) {
        marks.add(new Mark(Mark.Kind.USER, start, end, out.substring(start, end)));
        return;
      }
      String wiki = wikiTitle(href, a);
      if (wiki != null) {
        int colon = wiki.indexOf(':');
        String ns = colon > 0 ? wiki.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
        if (WikiNamespaces.USER.contains(ns)) {
          String user = wiki.substring(colon + 1).strip();
          int slash = user.indexOf('/');
          if (slash < 0) {
            marks.add(new Mark(Mark.Kind.USER, start, end, user));
            return;
          }
        }
        if (WikiNamespaces.CATEGORY.contains(ns)) {
          out.setLength(from); // a category link shows nothing in a page's text
          return;
        }
        if (WikiNamespaces.FILE.contains(ns)) {
          // an image: its file's name, as the wikitext front end shows [[File:X.png|15px|vote]]
          out.setLength(from);
          if (from > 0 && !Character.isWhitespace(out.charAt(from - 1))) {
            out.append(' ');
          }
          out.append(wiki.substring(colon + 1).strip());
          return;
        }
        marks.add(new Mark(Mark.Kind.LINK, start, end, wiki));
        return;
      }
      String label = out.substring(start, end);
      if (end > start && !label.equals(href) && !href.equals("mailto:" + label)) {
        out.setLength(end);
        out.append(" (").append(href).append(')');
        end = out.length();
      } else if (end == start) {
        out.append(href);
        end = out.length();
      }
      marks.add(new Mark(Mark.Kind.EXTERNAL, start, end, href));
    }

    /** A wiki page's title from a link's address or title, or {@code null} for an external link. */
    private @Nullable String wikiTitle(String href, Element a) {
      String cls = a.className().toLowerCase(Locale.ROOT);
      if (cls.contains("extern") || "mw:ExtLink".equals(a.attr("rel"))) {
        return null;
      }
      if (engine.userLinks()) {
        String t = null;
        Matcher m = INDEX_TITLE.matcher(href);
        Matcher path = WIKI_PATH.matcher(href);
        if (href.contains("index.php") && m.find()) {
          t = m.group(1);
        } else if (path.find()) {
          t = path.group(1);
        } else if (href.startsWith("./")) {
          t = href.substring(2);
          int q = t.indexOf('?');
          t = q < 0 ? t : t.substring(0, q);
        }
        if (t != null) {
          int hash = t.indexOf('#');
          t = hash < 0 ? t : t.substring(0, hash);
          try {
            t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
          } catch (IllegalArgumentException e) {
            // a malformed escape: the title as written
          }
          return t.replace('_', ' ').strip();
        }
      }
      boolean absolute = href.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || href.startsWith("//");
      if (cls.contains("wikilink") || !absolute) {
        String title = a.attr("title").strip();
        return title.isEmpty() ? href : title;
      }
      return null;
    }

    Inline build() {
      String s = out.toString();
      int lead = 0;
      while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
        lead++;
      }
      int end = s.length();
      while (end > lead && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      String cut = s.substring(lead, end);
      List<int[]> shifted = new ArrayList<>(starts.size());
      for (int[] st : starts) {
        if (st[0] >= lead && st[0] < Math.max(end, lead + 1)) {
          shifted.add(new int[] {st[0] - lead, st[1], st[2]});
        }
      }
      lineStarts = shifted;
      if (marks.isEmpty()) {
        return Inline.of(cut);
      }
      List<Mark> ms = new ArrayList<>(marks.size());
      for (Mark m : marks) {
        int f = Math.max(0, Math.min(cut.length(), m.from() - lead));
        int t = Math.max(f, Math.min(cut.length(), m.to() - lead));
        ms.add(new Mark(m.kind(), f, t, m.target()));
      }
      return new Inline(cut, ms, List.of());
    }
  }

  private static boolean struckStyle(Element e) {
    String style = e.attr("style").toLowerCase(Locale.ROOT);
    return style.contains("line-through");
  }

  // ---------------------------------------------------------------- positions

  /** The source line and column of the text line that starts at {@code offset}, or {@code null}. */
  private static int @Nullable [] startOf(List<int[]> starts, int offset) {
    int[] found = null;
    for (int[] st : starts) {
      if (st[0] <= offset) {
        found = st;
      }
    }
    return found;
  }

  private Position put(String shown, int line, int column) {
    int start = text.length();
    text.append(shown).append('\n');
    return new Position(start, start + shown.length(), Math.max(1, line), Math.max(1, column));
  }

  /**
   * Writes a block's text as a line of the outline's input; its position names the element's line
   * and column.
   */
  private Position put(String shown, Node at) {
    return put(shown, at, true);
  }

  private Position put(String shown, Node at, boolean newline) {
    int start = text.length();
    text.append(shown);
    Position p = new Position(start, text.length(), line(at), column(at));
    if (newline) {
      text.append('\n');
    }
    return p;
  }

  /** A blank line in the outline's input (a paragraph's or heading's edge), once. */
  private void blank() {
    int n = text.length();
    if (n > 0 && !(text.charAt(n - 1) == '\n' && n > 1 && text.charAt(n - 2) == '\n')) {
      if (text.charAt(n - 1) != '\n') {
        text.append('\n');
      }
      text.append('\n');
    }
  }

  private void deep(Node n, int depth) throws EventFormatException {
    if (depth > maxDepth) {
      throw new EventFormatException(
          HtmlProblem.H202_TOO_DEEP,
          location(n),
          "expected HTML elements nested at most " + maxDepth + " deep");
    }
  }

  private Location location(Node n) {
    return new Location(source, line(n), column(n));
  }

  private static int line(Node n) {
    Range.Position p = tracked(n);
    return p == null ? 1 : Math.max(1, p.lineNumber());
  }

  private static int column(Node n) {
    Range.Position p = tracked(n);
    return p == null ? 1 : Math.max(1, p.columnNumber());
  }

  /**
   * Where a node starts in the file; for an element the parser made up (a {@code tbody}), its first
   * child's start.
   */
  private static Range.@Nullable Position tracked(Node n) {
    for (Node at = n; at != null; at = at.childNodeSize() > 0 ? at.childNode(0) : null) {
      Range r = at.sourceRange();
      if (r.isTracked() && !r.isImplicit()) {
        return r.start();
      }
    }
    for (Node up = n.parent(); up != null; up = up.parent()) {
      Range r = up.sourceRange();
      if (r.isTracked()) {
        return r.start();
      }
    }
    return null;
  }
}
