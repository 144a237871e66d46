package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.LineIndex;
import dev.hackathonkit.io.internal.WikiNamespaces;
import dev.hackathonkit.io.page.CompactBlocks;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageOutline.Argument;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Call;
import dev.hackathonkit.io.page.PageOutline.Cell;
import dev.hackathonkit.io.page.PageOutline.Inline;
import dev.hackathonkit.io.page.PageOutline.Mark;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Row;
import dev.hackathonkit.io.wikitext.WikiNode.Comment;
import dev.hackathonkit.io.wikitext.WikiNode.ExternalLink;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.ListItem;
import dev.hackathonkit.io.wikitext.WikiNode.Quote;
import dev.hackathonkit.io.wikitext.WikiNode.Table;
import dev.hackathonkit.io.wikitext.WikiNode.TableCell;
import dev.hackathonkit.io.wikitext.WikiNode.TableRow;
import dev.hackathonkit.io.wikitext.WikiNode.Tag;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import dev.hackathonkit.io.wikitext.WikiNode.Text;
import dev.hackathonkit.io.wikitext.WikiNode.WikiLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The wikitext front end of the page core: a parsed page to a {@link PageOutline}. Headings, list
 * items and tables map to their blocks; a template standing alone on its lines becomes a template
 * block; every other line of running text becomes a line. Text is what MediaWiki shows: character
 * references decoded, {@code '''bold'''} and {@code <s>struck</s>} kept as marks, links as their
 * labels (user links marked with the user name), file links as the file's name, categories and
 * comments invisible, {@code <br>} a line break. Table cells spanning rows or columns are repeated
 * on the grid. Templates inside text are kept as {@link Call}s for the profile to interpret.
 */
final class OutlineBuilder {
  private static final Set<String> HIDDEN_TAGS =
      Set.of("ref", "references", "includeonly", "noinclude", "gallery");
  private static final Set<String> STRUCK_TAGS = Set.of("s", "del", "strike");
  private static final Set<String> BOLD_TAGS = Set.of("b", "strong");
  private static final int MAX_SPAN = 1000;
  private static final Set<String> USER_NAMESPACES = WikiNamespaces.USER;
  private static final Set<String> CATEGORY_NAMESPACES = WikiNamespaces.CATEGORY;
  private static final Set<String> FILE_NAMESPACES = WikiNamespaces.FILE;

  private final String input;
  private final LineIndex lines;

  /**
   * The blocks not sealed yet (see {@link #seal}); the first has the index {@link #sealedCount}.
   */
  private final List<Block> blocks = new ArrayList<>();

  private int sealedCount;

  /** Where sealed blocks go: a compact list, or (without one) this list. */
  private final CompactBlocks.@Nullable Builder compact;

  private final List<Block> sealed = new ArrayList<>();

  /** Footnotes and other markup whose text is not shown in place. */
  private final List<Position> hidden = new ArrayList<>();

  /** Nodes of the running line, flushed at each newline. */
  private final List<WikiNode> line = new ArrayList<>();

  /** Index in {@link #blocks} of each line block, and whether a blank line preceded it. */
  private final java.util.ArrayDeque<int[]> lineBlocks = new java.util.ArrayDeque<>();

  private int blanksBefore = 1;

  /** The template and parameter names met so far: see {@link #name(String)}. */
  private final java.util.Map<String, String> names = new java.util.HashMap<>();

  private OutlineBuilder(String input, CompactBlocks.@Nullable Builder compact) {
    this.input = input;
    this.lines = LineIndex.of(input);
    this.compact = compact;
  }

  static PageOutline build(
      ParsedPage page, String input, @Nullable String pageTitle, @Nullable String site) {
    OutlineBuilder b = new OutlineBuilder(input, null);
    b.walk(page.nodes());
    return new PageOutline(
        page.source(), input, pageTitle, site, List.of(), b.finish(), b.hidden, page.problems());
  }

  /**
   * Parses {@code markup} and outlines it as the parser goes, so that only a piece of the markup
   * tree is held at a time (for a large page the whole tree is several times the page's size), into
   * {@link CompactBlocks} (a block as objects is several times its markup); gives the outline
   * {@link #build(ParsedPage, String, String, String)} gives for the parsed page.
   *
   * @param flushChars how much markup (in characters, at least) the parser hands over at a time
   * @param compactFrom from how many characters of markup the blocks are held as {@link
   *     CompactBlocks} ({@link CompactBlocks#FROM_CHARS} when reading)
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow
   */
  static PageOutline build(
      String markup,
      String source,
      ReadLimits limits,
      @Nullable String pageTitle,
      @Nullable String site,
      int flushChars,
      int compactFrom)
      throws EventFormatException {
    OutlineBuilder b =
        new OutlineBuilder(
            markup, markup.length() >= compactFrom ? CompactBlocks.builder(markup) : null);
    List<ImportProblem> problems =
        new MarkupParser(markup, source, limits).parse(b::walkPiece, flushChars);
    return new PageOutline(
        source, markup, pageTitle, site, List.of(), b.finish(), b.hidden, problems);
  }

  private List<Block> finish() {
    flushLine(true);
    seal(0);
    return compact != null ? compact.build() : sealed;
  }

  /**
   * Outlines a piece of the page's top-level nodes, and seals the blocks the next piece cannot
   * change.
   */
  private void walkPiece(List<WikiNode> nodes) {
    walk(nodes);
    seal(1);
  }

  /**
   * Hands on all blocks but the last {@code keep} (the last may still be joined with a definition
   * that follows it), deciding for each line whether it stands alone: when blank lines (or the
   * page's edges, or headings) stand before and after it.
   */
  private void seal(int keep) {
    int upto = blocks.size() - keep;
    if (upto <= 0) {
      return;
    }
    for (int j = 0; j < upto; j++) {
      Block b = blocks.get(j);
      int index = sealedCount + j;
      int[] lb = lineBlocks.peekFirst();
      if (lb != null && lb[0] == index) {
        lineBlocks.removeFirst();
        boolean before = lb[1] > 0;
        boolean after =
            j + 1 >= blocks.size()
                || blocks.get(j + 1) instanceof PageOutline.Heading
                || blankAfter(b.at().end());
        if (before && after && b instanceof PageOutline.Line l) {
          b = new PageOutline.Line(l.text(), true, l.at());
        }
      }
      if (compact != null) {
        compact.add(b);
      } else {
        sealed.add(b);
      }
    }
    blocks.subList(0, upto).clear();
    sealedCount += upto;
  }

  private boolean blankAfter(int end) {
    int i = end;
    if (i < input.length() && input.charAt(i) == '\n') {
      i++;
    }
    while (i < input.length()
        && (input.charAt(i) == ' ' || input.charAt(i) == '\t' || input.charAt(i) == '\r')) {
      i++;
    }
    return i >= input.length() || input.charAt(i) == '\n';
  }

  // ---------------------------------------------------------------- blocks

  private void walk(List<WikiNode> nodes) {
    for (WikiNode node : nodes) {
      if (node instanceof Heading h) {
        flushLine(false);
        blocks.add(
            new PageOutline.Heading(h.level(), inline(h.content(), true), position(h.span())));
        blanksBefore = 1;
      } else if (node instanceof ListItem item) {
        flushLine(false);
        listItem(item);
        blanksBefore = 0;
      } else if (node instanceof Table t) {
        flushLine(false);
        table(t);
        blanksBefore = 0;
      } else if (node instanceof Template t && standsAlone(t.span())) {
        flushLine(false);
        blocks.add(template(t));
        blanksBefore = 0;
      } else if (node instanceof Text t) {
        text(t);
      } else {
        line.add(node);
      }
    }
  }

  private void text(Text t) {
    String s = t.text();
    int from = 0;
    for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      if (nl > from) {
        line.add(piece(t, from, nl));
      }
      flushLine(true);
      from = nl + 1;
    }
    if (from < s.length()) {
      line.add(piece(t, from, s.length()));
    }
  }

  private Text piece(Text t, int from, int to) {
    if (from == 0 && to == t.text().length()) {
      return t;
    }
    int start = t.span().start() + from;
    return new Text(t.text().substring(from, to), span(start, t.span().start() + to));
  }

  /** Ends the running line; {@code newline} when a line break ended it. */
  private void flushLine(boolean newline) {
    if (line.isEmpty()) {
      if (newline) {
        blanksBefore++;
      }
      return;
    }
    List<WikiNode> nodes = List.copyOf(line);
    line.clear();
    int start = nodes.get(0).span().start();
    int end = nodes.get(nodes.size() - 1).span().end();
    if (isBlank(start, end)) {
      if (newline) {
        blanksBefore++;
      }
      return;
    }
    Inline text = inline(nodes, true);
    lineBlocks.add(new int[] {sealedCount + blocks.size(), blanksBefore});
    blocks.add(new PageOutline.Line(text, false, position(span(start, end))));
    blanksBefore = 0;
  }

  /**
   * Whether the input holds only white space in {@code [start, end)} (as {@link String#isBlank}
   * tells).
   */
  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(input.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean standsAlone(Span s) {
    for (int i = s.start() - 1; i >= 0 && input.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(input.charAt(i))) {
        return false;
      }
    }
    if (!line.isEmpty()) {
      for (WikiNode n : line) {
        if (!(n instanceof Comment) && !(n instanceof Text t && t.text().isBlank())) {
          return false;
        }
      }
    }
    for (int i = s.end(); i < input.length() && input.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(input.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void listItem(ListItem item) {
    String marker = item.marker();
    boolean list = marker.indexOf('*') >= 0 || marker.indexOf('#') >= 0;
    Inline text = inline(item.content(), true);
    if (list) {
      blocks.add(
          new PageOutline.Item(item.depth(), item.kind() == '#', text, position(item.span())));
      return;
    }
    // ; term and : definition (or indent): a term followed by its definition on the same line
    // reads as "term: definition", like a labelled field
    if (item.kind() == ':'
        && !blocks.isEmpty()
        && blocks.get(blocks.size() - 1) instanceof PageOutline.Line prev
        && prev.at().end() == item.span().start()
        && termAt(prev.at().start())) {
      blocks.remove(blocks.size() - 1);
      lineBlocks.removeLast();
      Inline joined = join(prev.text(), ": ", text);
      Position at = position(span(prev.at().start(), item.span().end()));
      lineBlocks.add(new int[] {sealedCount + blocks.size(), 0});
      blocks.add(new PageOutline.Line(joined, false, at));
      return;
    }
    lineBlocks.add(new int[] {sealedCount + blocks.size(), blanksBefore});
    blocks.add(new PageOutline.Line(text, false, position(item.span())));
  }

  private boolean termAt(int offset) {
    return offset < input.length() && input.charAt(offset) == ';';
  }

  private static Inline join(Inline a, String sep, Inline b) {
    String text = a.text().stripTrailing();
    int shift = text.length() + sep.length();
    List<Mark> marks = new ArrayList<>(a.marks());
    for (Mark m : b.marks()) {
      marks.add(new Mark(m.kind(), m.from() + shift, m.to() + shift, m.target()));
    }
    List<Call> calls = new ArrayList<>(a.calls());
    for (Call c : b.calls()) {
      calls.add(new Call(c.name(), c.at() + shift, c.args(), c.position()));
    }
    return new Inline(text + sep + b.text().strip(), marks, calls);
  }

  private Block template(Template t) {
    List<Argument> args = new ArrayList<>(t.args().size());
    for (TemplateArg arg : t.args()) {
      args.add(argument(arg));
    }
    return new PageOutline.Template(name(t.name()), args, position(t.span()));
  }

  private Argument argument(TemplateArg arg) {
    // a named value is read without the blanks at its edges, as MediaWiki does
    List<WikiNode> value = arg.value();
    int from = arg.isNamed() ? shownFrom(value) : 0;
    int to = arg.isNamed() ? shownTo(value, from) : value.size();
    // the value's markup as written: the input between its first and last node (stripped when
    // named)
    int start = from >= to ? 0 : value.get(from).span().start();
    int end = from >= to ? 0 : value.get(to - 1).span().end();
    while (arg.isNamed() && start < end && Character.isWhitespace(input.charAt(start))) {
      start++;
    }
    while (arg.isNamed() && end > start && Character.isWhitespace(input.charAt(end - 1))) {
      end--;
    }
    Inline shown;
    if (to - from == 1 && value.get(from) instanceof Text t && t.text().indexOf('&') < 0) {
      // most values are one run of text without references: shown as written (the walk gives the
      // same)
      shown = Inline.of(arg.isNamed() ? t.text().strip() : t.text());
    } else {
      InlineText text = new InlineText();
      text.walk(value, from, to, arg.isNamed());
      shown = text.build(false);
    }
    if (arg.isNamed() && from < to && value.get(from) instanceof Text first) {
      shown = leadingItem(shown, first.text().stripLeading());
    }
    String name = arg.name();
    // most values are shown as written: their text is their markup, held once
    String raw =
        shown.text().length() == end - start && input.startsWith(shown.text(), start)
            ? shown.text()
            : input.substring(start, end);
    return new Argument(name == null ? null : name(name), shown, raw, position(arg.span()));
  }

  /**
   * One string for each template and parameter name of the page: names repeat on every call, and
   * the profile looks each one up, so the outline holds a few strings rather than one per call.
   */
  private String name(String name) {
    String known = names.putIfAbsent(name, name);
    return known == null ? name : known;
  }

  // ---------------------------------------------------------------- tables

  private void table(Table t) {
    attributeCalls(t.attributeNodes());
    List<TableRow> rows = t.rows();
    List<List<Cell>> grid = new ArrayList<>();
    List<Position> rowAt = new ArrayList<>();
    // carried[c] = a cell spanning down into later rows, and how many rows it still covers
    List<Cell> carried = new ArrayList<>();
    List<Integer> carriedRows = new ArrayList<>();
    for (TableRow r : rows) {
      attributeCalls(r.attributeNodes());
      List<TableCell> cells = new ArrayList<>();
      for (TableCell c : r.cells()) {
        if (c.attributes() != null) {
          attributeCalls(c.attributes());
        }
        if (c.isCaption()) {
          lineBlocks.add(new int[] {sealedCount + blocks.size(), 1});
          blocks.add(new PageOutline.Line(inline(c.content(), true), false, position(c.span())));
        } else {
          cells.add(c);
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      List<Cell> out = new ArrayList<>();
      int col = 0;
      int k = 0;
      while (k < cells.size() || col < carried.size()) {
        if (col < carried.size() && carriedRows.get(col) > 0) {
          out.add(carried.get(col));
          carriedRows.set(col, carriedRows.get(col) - 1);
          col++;
          continue;
        }
        if (k >= cells.size()) {
          break;
        }
        TableCell c = cells.get(k++);
        String attrs = c.attributes() == null ? "" : WikiNodes.print(c.attributes());
        int rowspan = spanAttribute(attrs, "rowspan");
        int colspan = spanAttribute(attrs, "colspan");
        Cell cell = new Cell(trimmedInline(c.content()), c.isHeader(), position(c.span()));
        for (int s = 0; s < colspan; s++) {
          out.add(cell);
          while (carried.size() <= col) {
            carried.add(cell);
            carriedRows.add(0);
          }
          carried.set(col, cell);
          carriedRows.set(col, rowspan - 1);
          col++;
        }
      }
      grid.add(out);
      rowAt.add(position(r.span()));
    }
    int width = grid.stream().mapToInt(List::size).max().orElse(0);
    List<Row> out = new ArrayList<>(grid.size());
    for (int i = 0; i < grid.size(); i++) {
      List<Cell> cells = new ArrayList<>(grid.get(i));
      while (cells.size() < width) {
        cells.add(new Cell(Inline.of(""), false, rowAt.get(i)));
      }
      out.add(new Row(cells, rowAt.get(i)));
    }
    blocks.add(new PageOutline.Table(out, position(t.span())));
  }

  /**
   * Templates (and parser functions) among a table's, row's or cell's attributes: MediaWiki expands
   * them into the attributes, where they show no text; they are listed as hidden, not dropped
   * silently.
   */
  private void attributeCalls(List<WikiNode> attributes) {
    for (WikiNode n : attributes) {
      if (n instanceof Template
          || n instanceof WikiNode.ParserFunction
          || n instanceof WikiNode.TemplateParameter) {
        hidden.add(position(n.span()));
      }
    }
  }

  private static int spanAttribute(String attrs, String name) {
    String lower = attrs.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    if (at < 0) {
      return 1;
    }
    int i = at + name.length();
    while (i < lower.length()
        && (lower.charAt(i) == ' '
            || lower.charAt(i) == '='
            || lower.charAt(i) == '"'
            || lower.charAt(i) == '\'')) {
      i++;
    }
    int n = 0;
    int digits = 0;
    while (i < lower.length() && Character.isDigit(lower.charAt(i)) && digits < 4) {
      n = n * 10 + (lower.charAt(i) - '0');
      i++;
      digits++;
    }
    return n < 1 ? 1 : Math.min(n, MAX_SPAN);
  }

  // ---------------------------------------------------------------- inline text

  private Inline inline(List<WikiNode> nodes, boolean trim) {
    InlineText out = new InlineText();
    out.walk(nodes);
    return out.build(trim);
  }

  /** The text of {@code nodes} without the blank text at their edges, trimmed. */
  private Inline trimmedInline(List<WikiNode> nodes) {
    InlineText out = new InlineText();
    int from = shownFrom(nodes);
    out.walk(nodes, from, shownTo(nodes, from), true);
    return out.build(true);
  }

  private static final java.util.regex.Pattern LEADING_ITEM =
      java.util.regex.Pattern.compile("^([*#]+)[ \\t]*");

  /**
   * A named value whose text starts with a list marker ({@code |Goals=* first}) shown as the list
   * item it is: MediaWiki starts such a value on a line of its own where it is used (T2529), and
   * {@link WikitextWriter} writes a list at a value's start so. {@code markup} is the value's first
   * text as written; a marker in {@code <nowiki>} is text and stays.
   */
  private static Inline leadingItem(Inline shown, String markup) {
    java.util.regex.Matcher m = LEADING_ITEM.matcher(shown.text());
    if (!m.find() || !LEADING_ITEM.matcher(markup).find() || m.end() == shown.text().length()) {
      return shown;
    }
    String prefix = "  ".repeat(m.group(1).length() - 1) + "- ";
    int delta = prefix.length() - m.end();
    List<Mark> marks = new ArrayList<>(shown.marks().size());
    for (Mark k : shown.marks()) {
      marks.add(
          new Mark(
              k.kind(),
              k.from() < m.end() ? k.from() : k.from() + delta,
              k.to() + delta,
              k.target()));
    }
    List<Call> calls = new ArrayList<>(shown.calls().size());
    for (Call c : shown.calls()) {
      calls.add(
          new Call(c.name(), c.at() < m.end() ? c.at() : c.at() + delta, c.args(), c.position()));
    }
    return new Inline(prefix + shown.text().substring(m.end()), marks, calls);
  }

  /** Renders nodes to text with marks and calls. */
  private final class InlineText {
    private final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private int boldFrom = -1;
    private boolean afterItem;

    /**
     * Where each formatting tag left open starts; made for the first such tag (most texts have
     * none).
     */
    private java.util.@Nullable Map<Mark.Kind, Integer> open;

    void walk(List<WikiNode> nodes) {
      for (WikiNode n : nodes) {
        node(n);
      }
    }

    /**
     * Walks {@code nodes[from, to)} with the leading blanks of the first node left out when it is
     * text, and with {@code trimEnd} the trailing blanks of the last one (the nodes are not
     * copied).
     */
    void walk(List<WikiNode> nodes, int from, int to, boolean trimEnd) {
      for (int k = from; k < to; k++) {
        WikiNode n = nodes.get(k);
        if (n instanceof Text t && (k == from || (trimEnd && k == to - 1))) {
          String s = k == from ? t.text().stripLeading() : t.text();
          if (trimEnd && k == to - 1) {
            s = s.stripTrailing();
          }
          node(s.equals(t.text()) ? t : new Text(s, t.span()));
        } else {
          node(n);
        }
      }
    }

    void node(WikiNode node) {
      if (node instanceof Text t) {
        String plain = CharacterReferences.decode(t.text());
        if (afterItem
            && plain.length() > 1
            && plain.charAt(0) == '\n'
            && plain.charAt(1) != '\n'
            && !plain.substring(1).isBlank()) {
          // a line of text right after a list begins a new paragraph
          text.append('\n');
        }
        afterItem = false;
        text.append(plain);
        return;
      }
      afterItem = afterItem && node instanceof Comment;
      if (node instanceof Quote q) {
        if (q.bold()) {
          if (boldFrom < 0) {
            boldFrom = text.length();
          } else {
            marks.add(new Mark(Mark.Kind.BOLD, boldFrom, text.length(), null));
            boldFrom = -1;
          }
        }
      } else if (node instanceof Template t) {
        String name = name(t.name().strip());
        String character = WikiNodes.magicCharacter(t);
        if (character != null) {
          text.append(character);
        } else {
          List<Argument> args = new ArrayList<>(t.args().size());
          for (TemplateArg arg : t.args()) {
            args.add(argument(arg));
          }
          calls.add(new Call(name, text.length(), args, position(t.span())));
        }
      } else if (node instanceof WikiLink l) {
        link(l);
      } else if (node instanceof ExternalLink l) {
        int from = text.length();
        // MediaWiki decodes character references in a URL (?a=1&amp;b=2 links to ?a=1&b=2)
        String url = CharacterReferences.decode(l.url());
        List<WikiNode> label = l.label();
        if (label != null && !blank(label)) {
          walk(label);
          text.append(" (").append(url).append(')');
        } else {
          text.append(url);
        }
        marks.add(new Mark(Mark.Kind.EXTERNAL, from, text.length(), url));
      } else if (node instanceof Tag t) {
        tag(t);
      } else if (node instanceof ListItem i) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        char kind = i.kind();
        if (kind == '*' || kind == '#') {
          text.append("  ".repeat(i.depth() - 1)).append("- ");
        }
        walk(i.content(), shownFrom(i.content()), i.content().size(), false);
        afterItem = true;
      } else if (node instanceof Heading h) {
        walk(h.content());
      } else if (node instanceof Table t) {
        text.append(WikiNodes.plainText(List.of(t)));
      }
      // comments, magic words, rules, parameters and parser functions show nothing
    }

    /** Whether the nodes show nothing but blanks (only text, all of it blank). */
    private boolean blank(List<WikiNode> nodes) {
      for (WikiNode n : nodes) {
        if (!(n instanceof Text t) || !t.text().isBlank()) {
          return false;
        }
      }
      return true;
    }

    private void link(WikiLink l) {
      // the target, once: a link's kind and namespace are read from it (as WikiLink reads them)
      // MediaWiki decodes character references in a title ([[User:Zo&euml;]] is Zoë's page)
      String target = CharacterReferences.decode(l.target());
      String ns = WikiNodes.namespace(target).toLowerCase(Locale.ROOT);
      boolean plain = !target.startsWith(":");
      if (plain && CATEGORY_NAMESPACES.contains(ns)) {
        return;
      }
      if (plain && FILE_NAMESPACES.contains(ns)) {
        int colon = target.indexOf(':');
        text.append(target.substring(colon + 1).strip());
        return;
      }
      int from = text.length();
      List<WikiNode> label = l.label();
      if (label != null) {
        walk(label);
      } else {
        text.append(target.startsWith(":") ? target.substring(1) : target);
      }
      if (USER_NAMESPACES.contains(ns)) {
        String user = target.substring(target.indexOf(':') + 1).strip();
        marks.add(new Mark(Mark.Kind.USER, from, text.length(), user));
      } else {
        marks.add(new Mark(Mark.Kind.LINK, from, text.length(), target));
      }
    }

    private void tag(Tag t) {
      String name = t.name().toLowerCase(Locale.ROOT);
      if (name.equals("br")) {
        text.append('\n');
      } else if (HIDDEN_TAGS.contains(name)) {
        hidden.add(position(t.span()));
      } else if (name.equals("nowiki") || name.equals("pre") || name.equals("code")) {
        for (WikiNode c : t.content()) {
          if (c instanceof Text x) {
            CharacterReferences.decode(x.text(), text);
          } else {
            node(c);
          }
        }
      } else if (STRUCK_TAGS.contains(name) || BOLD_TAGS.contains(name)) {
        Mark.Kind kind = STRUCK_TAGS.contains(name) ? Mark.Kind.STRUCK : Mark.Kind.BOLD;
        // HTML formatting tags come as a start tag and an end tag, with the text between them
        if (t.isEndTag()) {
          Integer from = open == null ? null : open.remove(kind);
          if (from != null) {
            marks.add(new Mark(kind, from, text.length(), null));
          }
        } else if (!t.selfClosing()) {
          if (open == null) {
            open = new java.util.EnumMap<>(Mark.Kind.class);
          }
          open.putIfAbsent(kind, text.length());
          walk(t.content());
        }
      } else {
        walk(t.content());
      }
    }

    Inline build(boolean trim) {
      if (boldFrom >= 0) {
        marks.add(new Mark(Mark.Kind.BOLD, boldFrom, text.length(), null));
      }
      // a tag left open runs to the end of the text, as a browser shows it
      if (open != null) {
        open.forEach((kind, from) -> marks.add(new Mark(kind, from, text.length(), null)));
        open.clear();
      }
      String s = text.toString();
      if (!trim) {
        return new Inline(s, listed(marks), listed(calls));
      }
      int lead = 0;
      while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
        lead++;
      }
      int endAt = s.length();
      while (endAt > lead && Character.isWhitespace(s.charAt(endAt - 1))) {
        endAt--;
      }
      if (lead == 0 && endAt == s.length()) {
        return new Inline(s, listed(marks), listed(calls));
      }
      String cut = s.substring(lead, endAt);
      List<Mark> ms = new ArrayList<>(marks.size());
      for (Mark m : marks) {
        int from = Math.max(0, Math.min(cut.length(), m.from() - lead));
        int to = Math.max(from, Math.min(cut.length(), m.to() - lead));
        ms.add(new Mark(m.kind(), from, to, m.target()));
      }
      List<Call> cs = new ArrayList<>(calls.size());
      for (Call c : calls) {
        cs.add(
            new Call(
                c.name(),
                Math.max(0, Math.min(cut.length(), c.at() - lead)),
                c.args(),
                c.position()));
      }
      return new Inline(cut, listed(ms), listed(cs));
    }
  }

  /**
   * {@code list}, or the empty list without copying when it is empty (most texts have no marks or
   * calls).
   */
  private static <T> List<T> listed(List<T> list) {
    return list.isEmpty() ? List.of() : list;
  }

  // ---------------------------------------------------------------- positions

  private Position position(Span s) {
    return new Position(s.start(), s.end(), s.line(), s.column());
  }

  private Span span(int start, int end) {
    int line = lines.line(start);
    return new Span(start, end, line, start - lines.lineStart(line) + 1);
  }

  /**
   * The index of the first of {@code nodes} that is not blank text ({@code nodes.size()} when all
   * are).
   */
  private static int shownFrom(List<WikiNode> nodes) {
    int first = 0;
    while (first < nodes.size() && nodes.get(first) instanceof Text t && t.text().isBlank()) {
      first++;
    }
    return first;
  }

  /** The index after the last of {@code nodes}, from {@code from} on, that is not blank text. */
  private static int shownTo(List<WikiNode> nodes, int from) {
    int end = nodes.size();
    while (end > from && nodes.get(end - 1) instanceof Text t && t.text().isBlank()) {
      end--;
    }
    return end;
  }
}
