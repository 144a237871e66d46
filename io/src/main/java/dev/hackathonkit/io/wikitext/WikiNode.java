package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A node of parsed MediaWiki markup. Every node knows its {@link Span} in the input, and printing
 * the nodes of a page ({@link #toWikitext()}, {@link WikiNodes#print(List)}) gives back the input
 * exactly.
 *
 * <p>The permitted types, all records:
 *
 * <ul>
 *   <li>{@link Text} plain characters, including newlines and markup that is not a construct;
 *   <li>{@link Template} {@code {{name|positional|key=value}}}, with {@link TemplateArg}s;
 *   <li>{@link TemplateParameter} {@code {{{p|default}}}};
 *   <li>{@link ParserFunction} {@code {{#if:test|then|else}}};
 *   <li>{@link WikiLink} {@code [[Target|label]]}, including file and category links;
 *   <li>{@link ExternalLink} {@code [http://example.org label]} and bare URLs;
 *   <li>{@link Heading} {@code == title ==}, levels 1 to 6;
 *   <li>{@link ListItem} a line starting with {@code *}, {@code #}, {@code :} or {@code ;};
 *   <li>{@link Quote} a run of {@code ''}, {@code '''} or {@code '''''} switching italic or bold;
 *   <li>{@link Comment} {@code <!-- ... -->};
 *   <li>{@link Tag} {@code <nowiki>}, {@code <pre>}, {@code <ref>}, {@code <br/>} and other
 *       HTML-like tags;
 *   <li>{@link Table}, {@link TableRow} and {@link TableCell} for {@code {| |- | || ! |}};
 *   <li>{@link MagicWord} {@code __TOC__} and its kin;
 *   <li>{@link HorizontalRule} {@code ----}.
 * </ul>
 *
 * <p>Signatures are not a node type: a saved page holds them as a link and text ({@code
 * [[User:Name|Name]] 18:02, 29 April 2013 (UTC)}).
 */
public sealed interface WikiNode
    permits WikiNode.Text,
        WikiNode.Template,
        WikiNode.TemplateParameter,
        WikiNode.ParserFunction,
        WikiNode.WikiLink,
        WikiNode.ExternalLink,
        WikiNode.Heading,
        WikiNode.ListItem,
        WikiNode.Quote,
        WikiNode.Comment,
        WikiNode.Tag,
        WikiNode.Table,
        WikiNode.TableRow,
        WikiNode.TableCell,
        WikiNode.MagicWord,
        WikiNode.HorizontalRule {

  /** Where this node is in the input. */
  Span span();

  /** This node as markup, exactly as it was in the input. */
  default String toWikitext() {
    StringBuilder out = new StringBuilder(span().length());
    Printer.print(this, out);
    return out.toString();
  }

  /**
   * Characters that form no construct.
   *
   * @param text the characters, exactly as in the input
   * @param span where they are
   */
  record Text(String text, Span span) implements WikiNode {
    /** Checks that every component is present. */
    public Text {
      requireNonNull(text, "text");
      requireNonNull(span, "span");
    }
  }

  /**
   * A template call {@code {{name|arg|key=value}}}.
   *
   * @param nameNodes the name as written, blanks and comments included
   * @param args the arguments in input order
   * @param span from <code>{{</code> to <code>}}</code>
   */
  record Template(List<WikiNode> nameNodes, List<TemplateArg> args, Span span) implements WikiNode {
    /** Checks and copies. */
    public Template {
      nameNodes = List.copyOf(nameNodes);
      args = List.copyOf(args);
      requireNonNull(span, "span");
    }

    /** The name as written, trimmed, comments left out ({@code project}, {@code Vote}). */
    public String name() {
      return WikiNodes.nameText(nameNodes);
    }

    /**
     * Whether this template is the one called {@code name}, comparing as MediaWiki does: first
     * letter case-insensitive, underscores equal spaces, runs of blanks equal one, an optional
     * {@code Template:} prefix.
     */
    public boolean hasName(String name) {
      return WikiNodes.normalizeTitle(name()).equals(WikiNodes.normalizeTitle(name));
    }

    /**
     * The argument MediaWiki would use for {@code key}: named arguments by trimmed name, positional
     * ones as {@code "1"}, {@code "2"}...; when a key repeats, the last one wins.
     */
    public Optional<TemplateArg> arg(String key) {
      requireNonNull(key, "key");
      String wanted = key.trim();
      TemplateArg found = null;
      int position = 0;
      for (TemplateArg arg : args) {
        String k = arg.isNamed() ? arg.name() : Integer.toString(++position);
        if (wanted.equals(k)) {
          found = arg;
        }
      }
      return Optional.ofNullable(found);
    }

    /** The trimmed markup of argument {@code key}, or {@code null} when the call lacks it. */
    public @Nullable String text(String key) {
      return arg(key).map(TemplateArg::text).orElse(null);
    }

    /** The nodes of argument {@code key}'s value, or an empty list when the call lacks it. */
    public List<WikiNode> value(String key) {
      return arg(key).map(TemplateArg::value).orElse(List.of());
    }

    /** The argument names and trimmed values, in input order; positional ones as "1", "2"... */
    public Map<String, String> argMap() {
      Map<String, String> map = new LinkedHashMap<>();
      int position = 0;
      for (TemplateArg arg : args) {
        String k = arg.isNamed() ? arg.name() : Integer.toString(++position);
        map.remove(k);
        map.put(k, arg.text());
      }
      return Collections.unmodifiableMap(map);
    }
  }

  /**
   * A template parameter {@code {{{name|default}}}}, as template source code holds them.
   *
   * @param nameNodes the parameter's name as written
   * @param defaults the default value and any further {@code |}-separated parts (MediaWiki ignores
   *     those after the first), as written
   * @param span from <code>{{{</code> to <code>}}}</code>
   */
  record TemplateParameter(List<WikiNode> nameNodes, List<List<WikiNode>> defaults, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public TemplateParameter {
      nameNodes = List.copyOf(nameNodes);
      defaults = WikiNodes.copyParts(defaults);
      requireNonNull(span, "span");
    }

    /** The trimmed name. */
    public String name() {
      return WikiNodes.nameText(nameNodes);
    }

    /** The default value, or {@code null} when there is none. */
    public @Nullable List<WikiNode> defaultValue() {
      return defaults.isEmpty() ? null : defaults.get(0);
    }
  }

  /**
   * A parser function {@code {{#name:first|second|...}}}.
   *
   * @param nameNodes what stands between <code>{{</code> and the first {@code :}
   * @param args the first argument (after the colon) and the {@code |}-separated ones, as written
   * @param span from <code>{{</code> to <code>}}</code>
   */
  record ParserFunction(List<WikiNode> nameNodes, List<List<WikiNode>> args, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public ParserFunction {
      nameNodes = List.copyOf(nameNodes);
      args = WikiNodes.copyParts(args);
      if (args.isEmpty()) {
        throw new IllegalArgumentException("a parser function has at least its first argument");
      }
      requireNonNull(span, "span");
    }

    /** The trimmed name with its {@code #}, such as {@code #if}. */
    public String name() {
      return WikiNodes.nameText(nameNodes);
    }
  }

  /**
   * An internal link {@code [[Target|label]]}, also a file ({@code [[File:X.svg|15px|caption]]}) or
   * category link ({@code [[Category:Ideas]]}).
   *
   * @param targetNodes the target as written
   * @param parameters the {@code |}-separated parts after the target (a label; for files: sizes,
   *     options and the caption)
   * @param span from {@code [[} to {@code ]]}
   */
  record WikiLink(List<WikiNode> targetNodes, List<List<WikiNode>> parameters, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public WikiLink {
      targetNodes = List.copyOf(targetNodes);
      parameters = WikiNodes.copyParts(parameters);
      requireNonNull(span, "span");
    }

    /** The trimmed target, such as {@code User:Msw} or {@code :Category:Ideas}. */
    public String target() {
      return WikiNodes.print(targetNodes).trim();
    }

    /** The namespace of the target ({@code User}, {@code File}, {@code Category}) or "". */
    public String namespace() {
      return WikiNodes.namespace(target());
    }

    /** Whether this link shows a file ({@code File:}, {@code Image:}), not a leading colon. */
    public boolean isFile() {
      String ns = namespace().toLowerCase(Locale.ROOT);
      return !target().startsWith(":") && (ns.equals("file") || ns.equals("image"));
    }

    /** Whether this link puts the page in a category (not a {@code [[:Category:X]]} link). */
    public boolean isCategory() {
      return !target().startsWith(":") && namespace().equalsIgnoreCase("category");
    }

    /** The label nodes (the last part after a {@code |}), or {@code null} when there is none. */
    public @Nullable List<WikiNode> label() {
      return parameters.isEmpty() ? null : parameters.get(parameters.size() - 1);
    }
  }

  /**
   * An external link: bracketed {@code [http://example.org label]} or a bare URL.
   *
   * @param url the URL as written
   * @param separator the blanks between the URL and the label of a bracketed link
   * @param label the label of a bracketed link (possibly empty); {@code null} when there is none
   * @param bracketed whether the link was written in brackets
   * @param span the link
   */
  record ExternalLink(
      String url, String separator, @Nullable List<WikiNode> label, boolean bracketed, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public ExternalLink {
      requireNonNull(url, "url");
      requireNonNull(separator, "separator");
      label = label == null ? null : List.copyOf(label);
      if (!bracketed && (label != null || !separator.isEmpty())) {
        throw new IllegalArgumentException("a bare URL has no label");
      }
      requireNonNull(span, "span");
    }
  }

  /**
   * A section heading {@code == title ==}. Unbalanced {@code =} beyond the level are part of the
   * content, as in MediaWiki.
   *
   * @param level 1 to 6, the number of {@code =} on each side
   * @param content what stands between the {@code =}s, blanks included
   * @param span from the first {@code =} to the last
   */
  record Heading(int level, List<WikiNode> content, Span span) implements WikiNode {
    /** Checks and copies. */
    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level must be 1..6: " + level);
      }
      content = List.copyOf(content);
      requireNonNull(span, "span");
    }

    /** The title as plain text, trimmed. */
    public String title() {
      return WikiNodes.plainText(content).trim();
    }
  }

  /**
   * A list item: a line starting with {@code *} (bullet), {@code #} (numbered), {@code ;} (term) or
   * {@code :} (definition or indent); nested lists repeat the marker ({@code **}, {@code *#}). A
   * definition written on its term's line ({@code ;term:definition}) is an item of its own whose
   * marker is {@code :}.
   *
   * @param marker the marker characters, exactly as written
   * @param content the rest of the line (without the newline)
   * @param span the item
   */
  record ListItem(String marker, List<WikiNode> content, Span span) implements WikiNode {
    /** Checks and copies. */
    public ListItem {
      if (marker.isEmpty()) {
        throw new IllegalArgumentException("a list item has a marker");
      }
      content = List.copyOf(content);
      requireNonNull(span, "span");
    }

    /** The nesting depth: 1 for {@code *}, 2 for {@code **} or {@code *#}. */
    public int depth() {
      return marker.length();
    }

    /** The kind of this item: the last marker character ({@code * # : ;}). */
    public char kind() {
      return marker.charAt(marker.length() - 1);
    }
  }

  /**
   * A run of apostrophes that switches formatting: 2 italic, 3 bold, 5 both. MediaWiki pairs them
   * per line; a run of 4 is an apostrophe (a {@link Text}) and a bold switch.
   *
   * @param apostrophes 2, 3 or 5
   * @param span the run
   */
  record Quote(int apostrophes, Span span) implements WikiNode {
    /** Checks the count. */
    public Quote {
      if (apostrophes != 2 && apostrophes != 3 && apostrophes != 5) {
        throw new IllegalArgumentException("apostrophes must be 2, 3 or 5: " + apostrophes);
      }
      requireNonNull(span, "span");
    }

    /** Whether this run switches bold. */
    public boolean bold() {
      return apostrophes >= 3;
    }

    /** Whether this run switches italic. */
    public boolean italic() {
      return apostrophes != 3;
    }
  }

  /**
   * An HTML comment {@code <!-- ... -->}. An unclosed comment runs to the end of the input (or of
   * the enclosing tag), as in MediaWiki.
   *
   * @param content what stands between {@code <!--} and {@code -->}
   * @param closed whether {@code -->} was found
   * @param span the comment
   */
  record Comment(String content, boolean closed, Span span) implements WikiNode {
    /** Checks that every component is present. */
    public Comment {
      requireNonNull(content, "content");
      requireNonNull(span, "span");
    }
  }

  /**
   * An HTML-like tag. Extension tags ({@code <ref>}, {@code <nowiki>}, {@code <pre>}...) are one
   * node from the start tag to the end tag; the content of {@code <nowiki>}, {@code <pre>} and
   * other raw tags is one {@link Text}. Other HTML tags ({@code <br/>}, {@code <span ...>}, {@code
   * </span>}) are nodes of their own, without content, as MediaWiki's preprocessor sees them. Their
   * attributes are markup to MediaWiki's preprocessor, so the start tag's nodes hold the templates
   * it finds there ({@code <div class="{{x}}">}); an extension tag's attributes are text.
   *
   * @param name the tag name in lower case
   * @param openTagNodes the start tag as written, such as {@code <ref name="a">}, or an end tag
   *     {@code </span>}: one {@link Text}, or text and the templates (comments, links) inside it
   * @param content what stands between start and end tag
   * @param closeTag the end tag as written, or "" when there is none
   * @param span the tag
   */
  record Tag(
      String name, List<WikiNode> openTagNodes, List<WikiNode> content, String closeTag, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public Tag {
      requireNonNull(name, "name");
      openTagNodes = List.copyOf(openTagNodes);
      if (openTagNodes.isEmpty()) {
        throw new IllegalArgumentException("a tag has its start tag");
      }
      content = List.copyOf(content);
      requireNonNull(closeTag, "closeTag");
      requireNonNull(span, "span");
    }

    /** The start tag (or a lone end tag) as written, such as {@code <ref name="a">}. */
    public String openTag() {
      return WikiNodes.print(openTagNodes);
    }

    /** Whether this node is an end tag on its own, such as {@code </span>}. */
    public boolean isEndTag() {
      return openTagNodes.get(0) instanceof Text t && t.text().startsWith("</");
    }

    /** Whether the start tag closes itself, such as {@code <br/>}. */
    public boolean selfClosing() {
      return openTagNodes.get(openTagNodes.size() - 1) instanceof Text t && t.text().endsWith("/>");
    }

    /** The attributes of the start tag (names in lower case; a bare attribute maps to ""). */
    public Map<String, String> attributes() {
      return isEndTag() ? Map.of() : WikiNodes.attributes(openTag(), name.length() + 1);
    }
  }

  /**
   * A table {@code {| ... |}}.
   *
   * @param attributeNodes the rest of the <code>{|</code> line, as written: text, and the templates
   *     and comments MediaWiki's preprocessor finds there
   * @param content the rows (the cells before the first {@code |-} form an implicit row)
   * @param closed whether <code>|}</code> was found
   * @param span the table
   */
  record Table(List<WikiNode> attributeNodes, List<WikiNode> content, boolean closed, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public Table {
      attributeNodes = List.copyOf(attributeNodes);
      content = List.copyOf(content);
      requireNonNull(span, "span");
    }

    /** The rest of the <code>{|</code> line as written, such as {@code class="wikitable"}. */
    public String attributes() {
      return WikiNodes.print(attributeNodes);
    }

    /** The rows of this table. */
    public List<TableRow> rows() {
      List<TableRow> rows = new ArrayList<>();
      for (WikiNode n : content) {
        if (n instanceof TableRow r) {
          rows.add(r);
        }
      }
      return rows;
    }
  }

  /**
   * A table row: {@code |-} with its attributes, then its cells.
   *
   * @param attributeNodes the rest of the {@code |-} line, as written (text, and the templates and
   *     comments MediaWiki's preprocessor finds there); empty for an implicit row
   * @param explicit {@code false} for the implicit first row (cells before any {@code |-})
   * @param content the cells and the text between them
   * @param span the row
   */
  record TableRow(
      List<WikiNode> attributeNodes, boolean explicit, List<WikiNode> content, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public TableRow {
      attributeNodes = List.copyOf(attributeNodes);
      if (!explicit && !attributeNodes.isEmpty()) {
        throw new IllegalArgumentException("an implicit row has no attributes");
      }
      content = List.copyOf(content);
      requireNonNull(span, "span");
    }

    /** The rest of the {@code |-} line as written. */
    public String attributes() {
      return WikiNodes.print(attributeNodes);
    }

    /** The cells of this row. */
    public List<TableCell> cells() {
      List<TableCell> cells = new ArrayList<>();
      for (WikiNode n : content) {
        if (n instanceof TableCell c) {
          cells.add(c);
        }
      }
      return cells;
    }
  }

  /**
   * A table cell: data ({@code |}, {@code ||}), header ({@code !}, {@code !!}) or caption ({@code
   * |+}).
   *
   * @param marker the marker as written
   * @param attributes the attributes before a single {@code |} ({@code | style="x" | text}), or
   *     {@code null} when there are none
   * @param content the cell's content, up to the next cell marker
   * @param span the cell
   */
  record TableCell(
      String marker, @Nullable List<WikiNode> attributes, List<WikiNode> content, Span span)
      implements WikiNode {
    /** Checks and copies. */
    public TableCell {
      requireNonNull(marker, "marker");
      attributes = attributes == null ? null : List.copyOf(attributes);
      content = List.copyOf(content);
      requireNonNull(span, "span");
    }

    /** Whether this is a header cell. */
    public boolean isHeader() {
      return marker.startsWith("!");
    }

    /** Whether this is the table's caption. */
    public boolean isCaption() {
      return marker.equals("|+");
    }
  }

  /**
   * A behaviour switch such as {@code __TOC__} or {@code __NOTOC__}.
   *
   * @param name the word between the underscores, as written
   * @param span the switch
   */
  record MagicWord(String name, Span span) implements WikiNode {
    /** Checks that every component is present. */
    public MagicWord {
      requireNonNull(name, "name");
      requireNonNull(span, "span");
    }
  }

  /**
   * A horizontal rule: four or more dashes at the start of a line.
   *
   * @param dashes the dashes as written
   * @param span the rule
   */
  record HorizontalRule(String dashes, Span span) implements WikiNode {
    /** Checks that every component is present. */
    public HorizontalRule {
      requireNonNull(dashes, "dashes");
      requireNonNull(span, "span");
    }
  }
}
