package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.LineIndex;
import dev.hackathonkit.io.wikitext.WikiNode.Comment;
import dev.hackathonkit.io.wikitext.WikiNode.ExternalLink;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.HorizontalRule;
import dev.hackathonkit.io.wikitext.WikiNode.ListItem;
import dev.hackathonkit.io.wikitext.WikiNode.MagicWord;
import dev.hackathonkit.io.wikitext.WikiNode.ParserFunction;
import dev.hackathonkit.io.wikitext.WikiNode.Quote;
import dev.hackathonkit.io.wikitext.WikiNode.Table;
import dev.hackathonkit.io.wikitext.WikiNode.TableCell;
import dev.hackathonkit.io.wikitext.WikiNode.TableRow;
import dev.hackathonkit.io.wikitext.WikiNode.Tag;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import dev.hackathonkit.io.wikitext.WikiNode.TemplateParameter;
import dev.hackathonkit.io.wikitext.WikiNode.Text;
import dev.hackathonkit.io.wikitext.WikiNode.WikiLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The markup parser: one pass over the input with an explicit stack of open constructs ({@link
 * Frame}s), so that nesting costs heap, never Java stack. Each character is looked at once;
 * constructs that turn out unclosed are unwound into their parent, where the characters they
 * covered become text again. Text nodes are never built while scanning: they are the gaps between
 * the nodes of a frame, cut from the input when the frame closes.
 *
 * <p>Matching follows MediaWiki's preprocessor: closing braces, brackets and pipes belong to the
 * innermost open construct that takes them; a run of braces is split as MediaWiki splits it ({@code
 * {{{{{x}}}}}} is a parameter inside a template); extension tags such as {@code <ref>} end at the
 * first matching end tag whatever lies between.
 *
 * <p>Not thread-safe; one instance parses one input.
 */
final class MarkupParser {

  /** What an open frame is. */
  enum Kind {
    ROOT,
    /** <code>{{</code>, <code>{{{</code> or a longer run of braces, split when it closes. */
    BRACE,
    LINK,
    EXTLINK,
    /** An extension tag with parsed content; its end is known when it opens. */
    TAG,
    /**
     * The start tag (or a lone end tag) of an HTML tag whose attributes hold markup MediaWiki's
     * preprocessor acts on ({@code <div class="{{x}}">}); ends at its {@code >}. Gives way, like a
     * list item, to the separators and closers of the construct around it, which then break it into
     * text, as MediaWiki's preprocessor (which knows no HTML tags) does.
     */
    HTML_TAG,
    HEADING,
    LIST_ITEM,
    TABLE,
    ROW,
    CELL
  }

  /** An open construct. Mutable; lives only while it is on the stack. */
  static final class Frame {
    final Kind kind;
    final int start;

    /** Where the content (or the first part) starts. */
    int contentStart;

    /** The end of the innermost enclosing tag's content, or the input's length. */
    int limit;

    /** Open {@link Kind#BRACE} frames on the stack up to this one, since the last tag. */
    int braces;

    final ArrayList<WikiNode> nodes = new ArrayList<>(4);

    /** Offsets of the {@code |} that separate parts (braces and links). */
    int[] seps = NO_INTS;

    int sepCount;

    /** For braces: the offset of the {@code =} in each closed argument part, or -1. */
    int[] eqs = NO_INTS;

    int eqCurrent = -1;

    /** For braces: the first {@code :} in the name part, or -1. */
    int colon = -1;

    /** For braces: how many open braces are left; for headings: the leading {@code =}s. */
    int count;

    /** List item marker; cell marker. */
    String marker = "";

    /** For a {@code ;} item, whether its {@code :} was seen; for rows, whether explicit. */
    boolean flag;

    /**
     * For external links: the end of the URL. For cells: the attribute separator or -1. For tables
     * and rows: the end of their attribute line, or -1 while it is read.
     */
    int mark = -1;

    /** For cells: their line. For tags: the end of the end tag. */
    int aux;

    /** For tags: the name. */
    String text = "";

    Frame(Kind kind, int start) {
      this.kind = kind;
      this.start = start;
    }

    void addSep(int at) {
      if (sepCount == seps.length) {
        seps = Arrays.copyOf(seps, Math.max(4, sepCount * 2));
        eqs = Arrays.copyOf(eqs, seps.length);
      }
      eqs[sepCount] = eqCurrent;
      seps[sepCount++] = at;
      eqCurrent = -1;
    }
  }

  private static final int[] NO_INTS = new int[0];
  private static final int MAX_TAG_LENGTH = 2048;
  private static final Set<String> EXTENSION_TAGS =
      Set.of(
          "nowiki",
          "pre",
          "ref",
          "references",
          "gallery",
          "math",
          "chem",
          "ce",
          "source",
          "syntaxhighlight",
          "poem",
          "includeonly",
          "noinclude",
          "onlyinclude",
          "score",
          "timeline",
          "templatedata",
          "graph",
          "hiero",
          "imagemap",
          "categorytree",
          "inputbox",
          "indicator",
          "section",
          "charinsert",
          "mapframe",
          "maplink");

  /**
   * Extension tags whose content is not markup. {@code includeonly} is among them: when a page is
   * shown (not transcluded), MediaWiki's preprocessor ignores its content.
   */
  private static final Set<String> RAW_TAGS =
      Set.of(
          "nowiki",
          "pre",
          "includeonly",
          "math",
          "chem",
          "ce",
          "source",
          "syntaxhighlight",
          "score",
          "timeline",
          "templatedata",
          "graph",
          "hiero",
          "charinsert",
          "mapframe",
          "maplink",
          "inputbox",
          "categorytree",
          "imagemap",
          "gallery");

  /**
   * Tags MediaWiki's preprocessor ignores when a page is shown, end tags with whatever they hold
   * included ({@code </noinclude {{x}}>} is one ignored node): no call is found inside them.
   */
  private static final Set<String> IGNORED_TAGS = Set.of("noinclude", "onlyinclude");

  private static final Set<String> MAGIC_WORDS =
      Set.of(
          "TOC",
          "NOTOC",
          "FORCETOC",
          "NOEDITSECTION",
          "NEWSECTIONLINK",
          "NONEWSECTIONLINK",
          "NOGALLERY",
          "HIDDENCAT",
          "INDEX",
          "NOINDEX",
          "STATICREDIRECT",
          "DISAMBIG",
          "EXPECTUNUSEDCATEGORY",
          "NOTITLECONVERT",
          "NOTC",
          "NOCONTENTCONVERT",
          "NOCC",
          "START",
          "END",
          "EXPECTED_UNCONNECTED_PAGE",
          "ARCHIVEDTALK",
          "NOTALK");

  /** URL schemes, lower case, each with what follows the scheme name. */
  private static final String[] PROTOCOLS = {
    "http://",
    "https://",
    "ftp://",
    "ftps://",
    "sftp://",
    "ssh://",
    "git://",
    "svn://",
    "irc://",
    "ircs://",
    "nntp://",
    "telnet://",
    "gopher://",
    "mms://",
    "worldwind://",
    "redis://",
    "wais://",
    "mailto:",
    "news:",
    "tel:",
    "xmpp:",
    "urn:",
    "geo:",
    "magnet:",
    "sip:",
    "sips:",
    "bitcoin:",
    "matrix:"
  };

  /** Characters the scanner must look at; everything else is text. */
  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char c : "{}[]|=:!<>'_\n".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  private final String in;
  private final int n;
  private final String source;
  private final ReadLimits limits;

  /** Line starts, for the positions of nodes and problems. */
  private final LineIndex lines;

  private final List<ImportProblem> problems = new ArrayList<>();
  private final ArrayList<Frame> stack = new ArrayList<>();
  private int pos;
  private Frame top;
  private Frame root;

  /** Where the top-level nodes not yet given to the sink start; see {@link #flush}. */
  private int flushed;

  private @Nullable Consumer<List<WikiNode>> sink;
  private int flushChars;

  /**
   * Cache for {@code -->}: the last search started at {@code commentFrom} found {@code commentAt}.
   */
  private int commentFrom = Integer.MAX_VALUE;

  private int commentAt = -1;

  /** The same per extension tag name: {from, foundAt}. */
  private final Map<String, int[]> endTagCache = new HashMap<>();

  MarkupParser(String in, String source, ReadLimits limits) {
    this.in = in;
    this.n = in.length();
    this.source = source;
    this.limits = limits;
    // lines only as far as the size limit: a huge input is rejected before it costs memory
    int scanEnd = (int) Math.min(n, limits.maxInputChars());
    this.lines = LineIndex.of(in, scanEnd);
    this.root = new Frame(Kind.ROOT, 0); // a parser scans once (parse or parse(sink, ...))
    this.top = root;
  }

  ParsedPage parse() throws EventFormatException {
    return new ParsedPage(source, scan(null), problems);
  }

  /**
   * Parses, giving the page's top-level nodes to {@code sink} in pieces as soon as nothing that is
   * still open can change them (at a line start outside every construct), so that the whole tree is
   * never held; the pieces in order are the nodes {@link #parse()} gives, except that a run of text
   * may be split at a line start.
   *
   * @param sink takes each piece
   * @param flushChars how many characters a piece spans at least (but the last)
   * @return the problems found, in input order
   */
  List<ImportProblem> parse(Consumer<List<WikiNode>> sink, int flushChars)
      throws EventFormatException {
    this.flushChars = flushChars;
    scan(sink);
    return problems;
  }

  /** Runs the scanner; without a sink returns the top-level nodes, with one gives them to it. */
  private List<WikiNode> scan(@Nullable Consumer<List<WikiNode>> sink) throws EventFormatException {
    if (n > limits.maxInputChars()) {
      int at = (int) limits.maxInputChars();
      throw new EventFormatException(
          MarkupProblem.W201_TOO_LARGE,
          location(at),
          "at most " + limits.maxInputChars() + " characters, found " + n);
    }
    this.sink = sink;
    root.limit = n;
    stack.add(root);
    top = root;
    run();
    List<WikiNode> rest = slice(flushed, n, root.nodes);
    if (sink == null) {
      return rest;
    }
    sink.accept(rest);
    return List.of();
  }

  /**
   * Gives the sink the top-level nodes before {@code pos} once they are at least {@link
   * #flushChars} long: called at a line start with only the root open, where every node before
   * {@code pos} is complete and nothing later reopens it.
   */
  private void flush(Consumer<List<WikiNode>> sink) {
    if (pos - flushed >= flushChars) {
      sink.accept(slice(flushed, pos, root.nodes));
      root.nodes.clear();
      flushed = pos;
    }
  }

  // ---------------------------------------------------------------- the scanner

  private void run() throws EventFormatException {
    while (true) {
      int limit = top.limit;
      if (pos >= limit) {
        if (!closeTagFrame()) {
          closeAllAbove(0, n);
          return;
        }
        continue;
      }
      if (pos == 0 || in.charAt(pos - 1) == '\n') {
        if (sink != null && top == root) {
          flush(sink);
        }
        if (lineStart(limit)) {
          continue;
        }
      }
      // plain text: skip to the next character that may matter ('\n' is one, so no line start
      // is skipped)
      int p = pos;
      char c = 0;
      while (p < limit) {
        c = in.charAt(p);
        if (c < 128 && SPECIAL[c]) {
          break;
        }
        p++;
      }
      pos = p;
      if (p >= limit) {
        continue;
      }
      switch (c) {
        case '{' -> openBraces(limit);
        case '}' -> closeBraces(limit);
        case '[' -> openBracket(limit);
        case ']' -> closeBracket(limit);
        case '|' -> pipe(limit);
        case '!' -> bang(limit);
        case '=' -> equals();
        case ':' -> colon(limit);
        case '<' -> angle(limit);
        case '>' -> closeHtmlTag();
        case '\'' -> quotes(limit);
        case '_' -> magicWord(limit);
        case '\n' -> newline();
        default -> pos++;
      }
    }
  }

  /** Handles what can only start a line; returns whether it consumed anything. */
  private boolean lineStart(int limit) throws EventFormatException {
    Kind k = top.kind;
    if (k == Kind.LINK || k == Kind.EXTLINK || k == Kind.HTML_TAG) {
      return false;
    }
    int q = pos;
    while (q < limit && (in.charAt(q) == ' ' || in.charAt(q) == '\t')) {
      q++;
    }
    if (q < limit) {
      char c = in.charAt(q);
      char d = q + 1 < limit ? in.charAt(q + 1) : '\0';
      if ((k == Kind.TABLE || k == Kind.ROW || k == Kind.CELL) && (c == '|' || c == '!')) {
        tableMarker(q, c, d);
        return true;
      }
      if (c == '{' && d == '|' && top.braces == 0) {
        // the rest of the line is the table's attributes, read as markup: MediaWiki's
        // preprocessor, which knows no tables, finds templates there; the line's end ends them
        Frame t = push(Kind.TABLE, q);
        t.contentStart = q + 2;
        t.mark = -1;
        pos = q + 2;
        return true;
      }
    }
    if (q != pos) {
      return false;
    }
    char c = in.charAt(pos);
    if (c == '=') {
      if (top.kind == Kind.BRACE
          && top.sepCount > 0
          && top.eqCurrent < 0
          && run(pos, '=', limit) == pos + 1) {
        // as MediaWiki's preprocessor: a single = starting a line of an argument that has no name
        // yet separates name from value; it starts no heading
        return false;
      }
      Frame h = push(Kind.HEADING, pos);
      int e = run(pos, '=', limit);
      h.count = e - pos;
      h.contentStart = e;
      pos = e;
      return true;
    }
    if (c == '*' || c == '#' || c == ':' || c == ';') {
      int e = pos;
      while (e < limit && "*#:;".indexOf(in.charAt(e)) >= 0) {
        e++;
      }
      Frame item = push(Kind.LIST_ITEM, pos);
      item.marker = in.substring(pos, e);
      item.contentStart = e;
      pos = e;
      return true;
    }
    if (c == '-') {
      int e = run(pos, '-', limit);
      if (e - pos >= 4) {
        emit(new HorizontalRule(in.substring(pos, e), span(pos, e)));
        pos = e;
        return true;
      }
    }
    return false;
  }

  private void tableMarker(int q, char c, char d) throws EventFormatException {
    if (top.kind == Kind.CELL) {
      closeTop(q);
    }
    if (c == '|' && d == '}') {
      if (top.kind == Kind.ROW) {
        closeTop(q);
      }
      Frame t = pop();
      finishTable(t, q + 2, true);
      pos = q + 2;
      return;
    }
    if (c == '|' && d == '-') {
      if (top.kind == Kind.ROW) {
        closeTop(q);
      }
      Frame r = push(Kind.ROW, q);
      r.flag = true;
      r.contentStart = q + 2;
      r.mark = -1;
      pos = q + 2;
      return;
    }
    if (top.kind == Kind.TABLE) {
      Frame r = push(Kind.ROW, q);
      r.contentStart = q;
      r.mark = q;
    }
    int len = (c == '|' && (d == '+' || d == '|')) || (c == '!' && d == '!') ? 2 : 1;
    openCell(q, len);
  }

  private void openCell(int at, int len) throws EventFormatException {
    Frame cell = push(Kind.CELL, at);
    cell.marker = in.substring(at, at + len);
    cell.contentStart = at + len;
    cell.aux = lines.line(at);
    cell.mark = -1;
    pos = at + len;
  }

  private void openBraces(int limit) throws EventFormatException {
    int e = run(pos, '{', limit);
    if (e - pos < 2) {
      pos = e;
      return;
    }
    Frame f = push(Kind.BRACE, pos);
    f.count = e - pos;
    f.contentStart = e;
    f.braces++;
    pos = e;
  }

  private void closeBraces(int limit) throws EventFormatException {
    int e = run(pos, '}', limit);
    int m = e - pos;
    while (m >= 2) {
      int i = target(Kind.BRACE);
      if (i < 0) {
        break;
      }
      closeAbove(i, pos);
      Frame f = top;
      int matching = Math.min(f.count, m) >= 3 ? 3 : 2;
      int nodeStart = f.start + f.count - matching;
      WikiNode node = matching == 3 ? parameter(f, nodeStart) : template(f, nodeStart);
      f.count -= matching;
      pos += matching;
      m -= matching;
      if (f.count >= 2) {
        f.nodes.clear();
        f.nodes.add(node);
        f.sepCount = 0;
        f.eqCurrent = -1;
        f.colon = -1;
        f.contentStart = f.start + f.count;
      } else {
        pop();
        emit(node);
      }
    }
    pos = e;
  }

  private void openBracket(int limit) throws EventFormatException {
    if (pos + 1 < limit && in.charAt(pos + 1) == '[') {
      int e = run(pos, '[', limit);
      Frame f = push(Kind.LINK, e - 2);
      f.contentStart = e;
      pos = e;
      return;
    }
    // as in MediaWiki, an external link's label is plain up to the first ]: no links inside
    int p = top.kind == Kind.EXTLINK ? -1 : protocolAt(pos + 1, limit);
    if (p < 0) {
      pos++;
      return;
    }
    int urlEnd = urlEnd(pos + 1 + p, limit, false);
    Frame f = push(Kind.EXTLINK, pos);
    f.mark = urlEnd;
    int label = urlEnd;
    while (label < limit && (in.charAt(label) == ' ' || in.charAt(label) == '\t')) {
      label++;
    }
    f.contentStart = label;
    pos = label;
  }

  private void closeBracket(int limit) throws EventFormatException {
    if (top.kind == Kind.EXTLINK) {
      Frame f = pop();
      List<WikiNode> label =
          f.contentStart == pos && f.mark == pos ? null : slice(f.contentStart, pos, f.nodes);
      emit(
          new ExternalLink(
              in.substring(f.start + 1, f.mark),
              in.substring(f.mark, f.contentStart),
              label,
              true,
              span(f.start, pos + 1)));
      pos++;
      return;
    }
    if (pos + 1 < limit && in.charAt(pos + 1) == ']') {
      int i = target(Kind.LINK);
      if (i >= 0) {
        closeAbove(i, pos);
        Frame f = top;
        int targetEnd = f.sepCount > 0 ? f.seps[0] : pos;
        if (in.substring(f.contentStart, targetEnd).isBlank() && !hasNodes(f, targetEnd)) {
          unwind(pop(), null);
          pos++;
          return;
        }
        pop();
        List<List<WikiNode>> parts = parts(f, pos);
        emit(new WikiLink(parts.get(0), parts.subList(1, parts.size()), span(f.start, pos + 2)));
        pos += 2;
        return;
      }
    }
    pos++;
  }

  private void pipe(int limit) throws EventFormatException {
    boolean doubled = pos + 1 < limit && in.charAt(pos + 1) == '|';
    int i = target(null);
    Frame f = stack.get(i);
    if (f.kind == Kind.BRACE || f.kind == Kind.LINK) {
      closeAbove(i, pos);
      f.addSep(pos);
      pos++;
    } else if (f.kind == Kind.CELL && doubled) {
      closeAbove(i, pos);
      closeTop(pos);
      openCell(pos, 2);
    } else if (f.kind == Kind.CELL && f.mark < 0 && lines.line(pos) == f.aux) {
      closeAbove(i, pos);
      f.mark = pos;
      pos++;
    } else {
      pos++;
    }
  }

  private void bang(int limit) throws EventFormatException {
    if (pos + 1 < limit && in.charAt(pos + 1) == '!') {
      int i = target(null);
      Frame f = stack.get(i);
      if (f.kind == Kind.CELL && f.marker.startsWith("!")) {
        closeAbove(i, pos);
        closeTop(pos);
        openCell(pos, 2);
        return;
      }
    }
    pos++;
  }

  private void equals() throws EventFormatException {
    int i = target(null);
    Frame f = stack.get(i);
    if (f.kind == Kind.BRACE && f.sepCount > 0 && f.eqCurrent < 0) {
      closeAbove(i, pos);
      f.eqCurrent = pos;
    }
    pos++;
  }

  private void colon(int limit) throws EventFormatException {
    if (bareUrl(limit)) {
      return;
    }
    if (top.kind == Kind.BRACE && top.sepCount == 0 && top.colon < 0) {
      top.colon = pos;
    } else if (top.kind == Kind.LIST_ITEM && !top.flag && top.marker.endsWith(";")) {
      closeTop(pos);
      Frame d = push(Kind.LIST_ITEM, pos);
      d.marker = ":";
      d.flag = true;
      d.contentStart = pos + 1;
    }
    pos++;
  }

  private void newline() throws EventFormatException {
    while (true) {
      Kind k = top.kind;
      if (k == Kind.LIST_ITEM || k == Kind.HEADING) {
        closeTop(pos);
      } else if (k == Kind.EXTLINK) {
        unwind(pop(), MarkupProblem.W003_UNCLOSED_EXTERNAL_LINK);
      } else if (k == Kind.LINK && top.sepCount == 0) {
        unwind(pop(), MarkupProblem.W002_UNCLOSED_LINK);
      } else if (k == Kind.HTML_TAG) {
        unwind(pop(), null);
      } else {
        break;
      }
    }
    if ((top.kind == Kind.TABLE || top.kind == Kind.ROW) && top.mark < 0) {
      top.mark = pos;
    }
    pos++;
  }

  private void angle(int limit) throws EventFormatException {
    if (in.startsWith("<!--", pos)) {
      int close = findCommentEnd(pos + 4);
      if (close >= 0 && close + 3 <= limit) {
        emit(new Comment(in.substring(pos + 4, close), true, span(pos, close + 3)));
        pos = close + 3;
      } else {
        problem(MarkupProblem.W005_UNCLOSED_COMMENT, pos, "<!-- without -->");
        emit(new Comment(in.substring(pos + 4, limit), false, span(pos, limit)));
        pos = limit;
      }
      return;
    }
    int i = pos + 1;
    boolean end = i < limit && in.charAt(i) == '/';
    if (end) {
      i++;
    }
    int nameStart = i;
    while (i < limit && i - nameStart < 64 && isNameChar(in.charAt(i), i == nameStart)) {
      i++;
    }
    if (i == nameStart || i >= limit) {
      pos++;
      return;
    }
    char after = in.charAt(i);
    if (after != '>' && after != '/' && !Character.isWhitespace(after)) {
      pos++;
      return;
    }
    int gt = i;
    int max = Math.min(limit, pos + MAX_TAG_LENGTH);
    while (gt < max && in.charAt(gt) != '>' && in.charAt(gt) != '<') {
      gt++;
    }
    if (gt >= max || in.charAt(gt) != '>') {
      pos++;
      return;
    }
    int tagEnd = gt + 1;
    String name = in.substring(nameStart, i).toLowerCase(Locale.ROOT);
    String open = in.substring(pos, tagEnd);
    boolean selfClosing = in.charAt(gt - 1) == '/';
    if (end || selfClosing || !EXTENSION_TAGS.contains(name)) {
      if (holdsMarkup(i, gt) && !(end && IGNORED_TAGS.contains(name))) {
        // MediaWiki's preprocessor reads an HTML tag as text: templates inside it are calls
        Frame f = push(Kind.HTML_TAG, pos);
        f.text = name;
        f.contentStart = pos;
        pos = i;
        return;
      }
      emit(
          new Tag(
              name, List.of(new Text(open, span(pos, tagEnd))), List.of(), "", span(pos, tagEnd)));
      pos = tagEnd;
      return;
    }
    int closeAt = findEndTag(name, tagEnd);
    if (closeAt < 0 || closeAt >= limit) {
      problem(MarkupProblem.W004_UNCLOSED_TAG, pos, "<" + name + "> without </" + name + ">");
      pos = tagEnd;
      return;
    }
    int closeEnd = in.indexOf('>', closeAt) + 1;
    if (closeEnd > limit) {
      problem(MarkupProblem.W004_UNCLOSED_TAG, pos, "<" + name + "> without </" + name + ">");
      pos = tagEnd;
      return;
    }
    if (RAW_TAGS.contains(name)) {
      List<WikiNode> content =
          closeAt == tagEnd
              ? List.of()
              : List.of(new Text(in.substring(tagEnd, closeAt), span(tagEnd, closeAt)));
      emit(
          new Tag(
              name,
              List.of(new Text(open, span(pos, tagEnd))),
              content,
              in.substring(closeAt, closeEnd),
              span(pos, closeEnd)));
      pos = closeEnd;
      return;
    }
    Frame f = push(Kind.TAG, pos);
    f.text = name;
    f.contentStart = tagEnd;
    f.limit = closeAt;
    f.aux = closeEnd;
    f.braces = 0;
    pos = tagEnd;
  }

  /**
   * Whether the rest of an HTML tag, {@code [from, gt)}, holds what MediaWiki's preprocessor acts
   * on there: braces or brackets (templates, links, and closers of the constructs around the tag),
   * or a {@code |} or {@code =} that separates the parts of a template or link around it.
   */
  private boolean holdsMarkup(int from, int gt) {
    Frame around = stack.get(target(null));
    boolean parts = around.kind == Kind.BRACE || around.kind == Kind.LINK;
    boolean equals = around.kind == Kind.BRACE && around.sepCount > 0 && around.eqCurrent < 0;
    for (int k = from; k < gt; k++) {
      char c = in.charAt(k);
      if (c == '{'
          || c == '}'
          || c == '['
          || c == ']'
          || (c == '|' && parts)
          || (c == '=' && equals)) {
        return true;
      }
    }
    return false;
  }

  /** At a {@code >}: the end of an HTML tag read as markup, or text. */
  private void closeHtmlTag() {
    if (top.kind != Kind.HTML_TAG) {
      pos++;
      return;
    }
    Frame f = pop();
    pos++;
    emit(new Tag(f.text, slice(f.start, pos, f.nodes), List.of(), "", span(f.start, pos)));
  }

  private static boolean isNameChar(char c, boolean first) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return true;
    }
    return !first && ((c >= '0' && c <= '9') || c == '-' || c == ':');
  }

  private void quotes(int limit) {
    int e = run(pos, '\'', limit);
    int k = e - pos;
    if (k >= 2) {
      int q = k == 2 ? 2 : k == 3 || k == 4 ? 3 : 5;
      emit(new Quote(q, span(e - q, e)));
    }
    pos = e;
  }

  private void magicWord(int limit) {
    if (pos + 4 < limit && in.charAt(pos + 1) == '_') {
      int i = pos + 2;
      while (i < limit && i - pos < 40 && isWordChar(in.charAt(i))) {
        i++;
      }
      if (i > pos + 2 && i + 1 < limit && in.charAt(i) == '_' && in.charAt(i + 1) == '_') {
        String word = in.substring(pos + 2, i);
        if (MAGIC_WORDS.contains(word.toUpperCase(Locale.ROOT))) {
          emit(new MagicWord(word, span(pos, i + 2)));
          pos = i + 2;
          return;
        }
      }
    }
    pos++;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * At a {@code :}: whether it ends the scheme of a bare URL ({@code http:}, {@code mailto:}); if
   * so, emits the URL and moves past it. Looking back keeps letters off the scanner's list of
   * characters that matter: the scheme's letters are still in the gap after the last node.
   */
  private boolean bareUrl(int limit) {
    if ((top.kind == Kind.LINK && top.sepCount == 0)
        || top.kind == Kind.EXTLINK
        || top.kind == Kind.HTML_TAG) {
      return false;
    }
    int s = pos;
    while (s > top.contentStart && pos - s < 10 && isWordChar(in.charAt(s - 1))) {
      s--;
    }
    if (pos - s < 3 || (s > 0 && Character.isLetterOrDigit(in.charAt(s - 1)))) {
      return false;
    }
    int p = protocolAt(s, limit);
    if (p < 0) {
      return false;
    }
    int e = urlEnd(s + p, limit, true);
    if (e <= s + p) {
      return false;
    }
    emit(new ExternalLink(in.substring(s, e), "", null, false, span(s, e)));
    pos = e;
    return true;
  }

  // ---------------------------------------------------------------- URLs

  /** The length of the protocol at {@code at}, or -1. */
  private int protocolAt(int at, int limit) {
    // every scheme is 3 to 9 ASCII letters and a colon: reject anything else cheaply
    int colon = at;
    while (colon < limit && colon - at < 10 && isWordChar(in.charAt(colon))) {
      colon++;
    }
    if (colon - at < 3 || colon >= limit || in.charAt(colon) != ':') {
      return -1;
    }
    char c = (char) (in.charAt(at) | 0x20);
    for (String p : PROTOCOLS) {
      if (p.charAt(0) == c
          && in.regionMatches(true, at, p, 0, p.length())
          && at + p.length() <= limit) {
        return p.length();
      }
    }
    return -1;
  }

  /** Where a URL whose scheme ends at {@code from} ends. */
  private int urlEnd(int from, int limit, boolean bare) {
    boolean stopAtEquals = false;
    int t = target(null);
    Frame f = stack.get(t);
    if (f.kind == Kind.BRACE && f.sepCount > 0 && f.eqCurrent < 0) {
      stopAtEquals = true;
    }
    int i = from;
    boolean paren = false;
    while (i < limit) {
      char c = in.charAt(i);
      if (c <= ' '
          || c == '['
          || c == ']'
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '{'
          || c == '}'
          || c == '|'
          || c == '\u00A0'
          || (c == '=' && stopAtEquals)
          || (c == '\'' && i + 1 < limit && in.charAt(i + 1) == '\'')) {
        break;
      }
      paren |= c == '(';
      i++;
    }
    if (bare) {
      while (i > from) {
        char c = in.charAt(i - 1);
        if (c == ';' && endsEntity(from, i)) {
          break; // MediaWiki keeps the semicolon of a character reference at a URL's end
          // (?q=a&amp;)
        }
        if (",;.:!?".indexOf(c) >= 0 || (c == ')' && !paren)) {
          i--;
        } else {
          break;
        }
      }
    }
    return i;
  }

  /**
   * Whether {@code in[from, end)} ends with a character reference: {@code &amp;}, {@code &#38;},
   * {@code &#x26;}.
   */
  private boolean endsEntity(int from, int end) {
    int j = end - 2; // before the ';'
    int k = j;
    while (k >= from && Character.isLetterOrDigit(in.charAt(k))) {
      k--;
    }
    if (k == j) {
      return false;
    }
    if (k >= from && in.charAt(k) == '#') {
      k--;
    } else if (k >= from + 1
        && (in.charAt(k) == 'x' || in.charAt(k) == 'X')
        && in.charAt(k - 1) == '#') {
      k -= 2;
    }
    return k >= from && in.charAt(k) == '&';
  }

  // ---------------------------------------------------------------- frames

  private Frame push(Kind kind, int start) throws EventFormatException {
    if (stack.size() > limits.maxDepth()) {
      throw new EventFormatException(
          MarkupProblem.W202_TOO_DEEP,
          location(start),
          "nesting at most " + limits.maxDepth() + " levels deep, found deeper");
    }
    Frame f = new Frame(kind, start);
    f.limit = top.limit;
    f.braces = top.braces;
    stack.add(f);
    top = f;
    return f;
  }

  private Frame pop() {
    Frame f = stack.remove(stack.size() - 1);
    top = stack.get(stack.size() - 1);
    return f;
  }

  private void emit(WikiNode node) {
    top.nodes.add(node);
  }

  /**
   * The index of the frame a separator or closer belongs to: the innermost frame that is not a list
   * item, an external link or an HTML start tag (those give way to their container), or, when
   * {@code kind} is given, -1 unless that frame is of that kind.
   */
  private int target(@Nullable Kind kind) {
    int i = stack.size() - 1;
    while (i > 0) {
      Kind k = stack.get(i).kind;
      if (k != Kind.LIST_ITEM && k != Kind.EXTLINK && k != Kind.HTML_TAG) {
        break;
      }
      i--;
    }
    if (kind == null) {
      return i;
    }
    return stack.get(i).kind == kind ? i : -1;
  }

  /** Ends every frame above index {@code i} at {@code at}. */
  private void closeAbove(int i, int at) throws EventFormatException {
    while (stack.size() - 1 > i) {
      closeTop(at);
    }
  }

  private void closeAllAbove(int i, int at) throws EventFormatException {
    closeAbove(i, at);
  }

  /**
   * Ends the top frame at {@code at}: list items, headings and tables become nodes; everything else
   * that is still open there was never closed and is unwound into text.
   */
  private void closeTop(int at) {
    Frame f = pop();
    switch (f.kind) {
      case LIST_ITEM ->
          emit(new ListItem(f.marker, slice(f.contentStart, at, f.nodes), span(f.start, at)));
      case HEADING -> heading(f, at);
      case CELL -> {
        List<WikiNode> attributes = f.mark < 0 ? null : slice(f.contentStart, f.mark, f.nodes);
        int contentFrom = f.mark < 0 ? f.contentStart : f.mark + 1;
        emit(
            new TableCell(
                f.marker, attributes, slice(contentFrom, at, f.nodes), span(f.start, at)));
      }
      case ROW -> {
        int attrEnd = f.mark < 0 ? at : f.mark;
        List<WikiNode> attributes = f.flag ? slice(f.contentStart, attrEnd, f.nodes) : List.of();
        emit(new TableRow(attributes, f.flag, slice(attrEnd, at, f.nodes), span(f.start, at)));
      }
      case TABLE -> {
        problem(MarkupProblem.W006_UNCLOSED_TABLE, f.start, "{| without |}");
        finishTable(f, at, false);
      }
      case BRACE -> unwind(f, MarkupProblem.W001_UNCLOSED_TEMPLATE);
      case HTML_TAG -> unwind(f, null);
      case LINK -> unwind(f, MarkupProblem.W002_UNCLOSED_LINK);
      case EXTLINK -> unwind(f, MarkupProblem.W003_UNCLOSED_EXTERNAL_LINK);
      case TAG, ROOT -> throw new AssertionError("closed by their own end: " + f.kind);
    }
  }

  private void finishTable(Frame t, int end, boolean closed) {
    int contentEnd = closed ? end - 2 : end;
    int attrEnd = t.mark < 0 ? contentEnd : t.mark;
    int[] cursor = {0};
    List<WikiNode> attributes = slice(t.contentStart, attrEnd, t.nodes, cursor);
    emit(
        new Table(
            attributes, slice(attrEnd, contentEnd, t.nodes, cursor), closed, span(t.start, end)));
  }

  /** At the end of a tag's content: closes what is open inside and the tag itself. */
  private boolean closeTagFrame() throws EventFormatException {
    int i = stack.size() - 1;
    while (i > 0 && stack.get(i).kind != Kind.TAG) {
      i--;
    }
    if (i == 0) {
      return false;
    }
    Frame tag = stack.get(i);
    closeAbove(i, tag.limit);
    pop();
    emit(
        new Tag(
            tag.text,
            List.of(text(tag.start, tag.contentStart)),
            slice(tag.contentStart, tag.limit, tag.nodes),
            in.substring(tag.limit, tag.aux),
            span(tag.start, tag.aux)));
    pos = tag.aux;
    return true;
  }

  private void heading(Frame f, int at) {
    // blanks and comments may follow the closing =s, as in MediaWiki: they stay outside
    int t = at;
    int k = f.nodes.size();
    while (true) {
      while (t > f.contentStart && isBlank(in.charAt(t - 1))) {
        t--;
      }
      if (k > 0 && f.nodes.get(k - 1) instanceof Comment c && c.span().end() == t) {
        t = c.span().start();
        k--;
      } else {
        break;
      }
    }
    int r = 0;
    while (t - r > f.contentStart && in.charAt(t - r - 1) == '=') {
      r++;
    }
    int lastNodeEnd = k == 0 ? 0 : f.nodes.get(k - 1).span().end();
    int level = Math.min(Math.min(f.count, r), 6);
    if (r == 0 || lastNodeEnd > t - level || t - level < f.start + level) {
      unwind(f, null);
      return;
    }
    emit(new Heading(level, slice(f.start + level, t - level, f.nodes), span(f.start, t)));
    for (int i = k; i < f.nodes.size(); i++) {
      emit(f.nodes.get(i));
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** Gives up on a frame: its markers become text in the parent, its nodes stay. */
  private void unwind(Frame f, @Nullable MarkupProblem problem) {
    if (problem != null) {
      String what =
          switch (f.kind) {
            case BRACE -> "{".repeat(f.count) + " without " + "}".repeat(Math.min(f.count, 3));
            case LINK -> "[[ without ]]";
            default -> "[ without ]";
          };
      problem(problem, f.start, what);
    }
    if (f.kind == Kind.EXTLINK) {
      emit(
          new ExternalLink(
              in.substring(f.start + 1, f.mark), "", null, false, span(f.start + 1, f.mark)));
    }
    top.nodes.addAll(f.nodes);
  }

  // ---------------------------------------------------------------- building nodes

  private WikiNode template(Frame f, int nodeStart) {
    Span span = span(nodeStart, pos + 2);
    int nameEnd = f.sepCount > 0 ? f.seps[0] : pos;
    if (f.colon >= 0 && f.colon < nameEnd) {
      int q = f.contentStart;
      while (q < f.colon && Character.isWhitespace(in.charAt(q))) {
        q++;
      }
      if (in.charAt(q) == '#') {
        List<List<WikiNode>> parts = parts(f, pos);
        List<List<WikiNode>> args = new ArrayList<>(parts.size());
        int[] cursor = {0};
        List<WikiNode> name = slice(f.contentStart, f.colon, f.nodes, cursor);
        args.add(slice(f.colon + 1, nameEnd, f.nodes, cursor));
        args.addAll(parts.subList(1, parts.size()));
        return new ParserFunction(name, args, span);
      }
    }
    List<TemplateArg> args = new ArrayList<>(f.sepCount);
    int[] cursor = {0};
    List<WikiNode> name = slice(f.contentStart, nameEnd, f.nodes, cursor);
    for (int s = 0; s < f.sepCount; s++) {
      int from = f.seps[s] + 1;
      int to = s + 1 < f.sepCount ? f.seps[s + 1] : pos;
      int eq = s + 1 < f.sepCount ? f.eqs[s + 1] : f.eqCurrent;
      if (eq >= 0) {
        List<WikiNode> key = slice(from, eq, f.nodes, cursor);
        args.add(new TemplateArg(key, slice(eq + 1, to, f.nodes, cursor), span(from, to)));
      } else {
        args.add(new TemplateArg(null, slice(from, to, f.nodes, cursor), span(from, to)));
      }
    }
    return new Template(name, args, span);
  }

  private WikiNode parameter(Frame f, int nodeStart) {
    List<List<WikiNode>> parts = parts(f, pos);
    return new TemplateParameter(
        parts.get(0), parts.subList(1, parts.size()), span(nodeStart, pos + 3));
  }

  /** The frame's content split at its separators, up to {@code end}. */
  private List<List<WikiNode>> parts(Frame f, int end) {
    List<List<WikiNode>> parts = new ArrayList<>(f.sepCount + 1);
    int[] cursor = {0};
    int from = f.contentStart;
    for (int s = 0; s < f.sepCount; s++) {
      parts.add(slice(from, f.seps[s], f.nodes, cursor));
      from = f.seps[s] + 1;
    }
    parts.add(slice(from, end, f.nodes, cursor));
    return parts;
  }

  private boolean hasNodes(Frame f, int before) {
    return !f.nodes.isEmpty() && f.nodes.get(0).span().start() < before;
  }

  private List<WikiNode> slice(int from, int to, List<WikiNode> nodes) {
    return slice(from, to, nodes, new int[] {0});
  }

  /**
   * The nodes in {@code [from, to)}: those of {@code nodes} from {@code cursor[0]} on that start
   * before {@code to}, with the gaps between them as text. Advances the cursor.
   */
  private List<WikiNode> slice(int from, int to, List<WikiNode> nodes, int[] cursor) {
    int c = cursor[0];
    while (c < nodes.size() && nodes.get(c).span().start() < from) {
      c++;
    }
    if (c >= nodes.size() || nodes.get(c).span().start() >= to) {
      cursor[0] = c;
      return from < to ? List.of(text(from, to)) : List.of();
    }
    // most slices are one node with text around it: no list to grow and copy for those
    WikiNode first = nodes.get(c);
    Span fs = first.span();
    if (c + 1 >= nodes.size() || nodes.get(c + 1).span().start() >= to) {
      cursor[0] = c + 1;
      boolean before = fs.start() > from;
      boolean after = fs.end() < to;
      if (before && after) {
        return List.of(text(from, fs.start()), first, text(fs.end(), to));
      } else if (before) {
        return List.of(text(from, fs.start()), first);
      } else if (after) {
        return List.of(first, text(fs.end(), to));
      }
      return List.of(first);
    }
    List<WikiNode> out = new ArrayList<>(8);
    int p = from;
    while (c < nodes.size()) {
      WikiNode node = nodes.get(c);
      Span s = node.span();
      if (s.start() >= to) {
        break;
      }
      if (s.start() > p) {
        out.add(text(p, s.start()));
      }
      out.add(node);
      p = s.end();
      c++;
    }
    if (p < to) {
      out.add(text(p, to));
    }
    cursor[0] = c;
    return List.copyOf(out);
  }

  private Text text(int from, int to) {
    return new Text(in.substring(from, to), span(from, to));
  }

  // ---------------------------------------------------------------- searching

  private int run(int from, char c, int limit) {
    int e = from;
    while (e < limit && in.charAt(e) == c) {
      e++;
    }
    return e;
  }

  /** The next {@code -->} from {@code from}, or -1; each character is searched once. */
  private int findCommentEnd(int from) {
    if (from < commentFrom || (commentAt >= 0 && from > commentAt)) {
      commentFrom = from;
      commentAt = in.indexOf("-->", from);
    }
    return commentAt;
  }

  /** The start of the next {@code </name\s*>} from {@code from}, or -1; cached per name. */
  private int findEndTag(String name, int from) {
    int[] cache = endTagCache.get(name);
    if (cache != null && from >= cache[0] && (cache[1] < 0 || from <= cache[1])) {
      return cache[1];
    }
    int found = -1;
    int i = in.indexOf("</", from);
    while (i >= 0) {
      int j = i + 2;
      if (in.regionMatches(true, j, name, 0, name.length())) {
        j += name.length();
        while (j < n && Character.isWhitespace(in.charAt(j))) {
          j++;
        }
        if (j < n && in.charAt(j) == '>') {
          found = i;
          break;
        }
      }
      i = in.indexOf("</", i + 2);
    }
    endTagCache.put(name, new int[] {from, found});
    return found;
  }

  // ---------------------------------------------------------------- positions and problems

  private Span span(int from, int to) {
    int line = lines.line(from);
    return new Span(from, to, line, from - lines.lineStart(line) + 1);
  }

  private Location location(int offset) {
    return lines.location(source, Math.min(offset, n));
  }

  private void problem(MarkupProblem code, int offset, String message) {
    if (problems.size() < limits.maxProblems()) {
      problems.add(new ImportProblem(code, location(offset), message));
    }
  }
}
