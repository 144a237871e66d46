package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.wikitext.WikiNode.Comment;
import dev.hackathonkit.io.wikitext.WikiNode.ExternalLink;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.ListItem;
import dev.hackathonkit.io.wikitext.WikiNode.ParserFunction;
import dev.hackathonkit.io.wikitext.WikiNode.Table;
import dev.hackathonkit.io.wikitext.WikiNode.TableCell;
import dev.hackathonkit.io.wikitext.WikiNode.TableRow;
import dev.hackathonkit.io.wikitext.WikiNode.Tag;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import dev.hackathonkit.io.wikitext.WikiNode.TemplateParameter;
import dev.hackathonkit.io.wikitext.WikiNode.Text;
import dev.hackathonkit.io.wikitext.WikiNode.WikiLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Static helpers over parsed nodes: print them back, turn them into plain text, find templates
 * anywhere in a tree, and compare names as MediaWiki does.
 *
 * <pre>{@code
 * ParsedPage page = WikitextParser.parse(markup, "summit-2024.wiki");
 * for (WikiNode.Template t : WikiNodes.templates(page.nodes(), "project")) {
 *   String title = t.text("Project");
 *   String desc = WikiNodes.plainText(t.value("Desc"));
 * }
 * }</pre>
 */
public final class WikiNodes {
  private static final Set<String> HIDDEN_TAGS =
      Set.of(
          "ref",
          "references",
          "includeonly",
          "gallery",
          "math",
          "chem",
          "ce",
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
          "syntaxhighlight",
          "source");

  private WikiNodes() {}

  /** The markup of {@code nodes}, exactly as parsed. */
  public static String print(List<WikiNode> nodes) {
    if (nodes.size() == 1 && nodes.get(0) instanceof Text t) {
      return t.text(); // a name or a link target is mostly one run of text
    }
    StringBuilder out = new StringBuilder();
    Printer.print(nodes, out);
    return out.toString();
  }

  /**
   * What a reader sees of {@code nodes}, as plain text: link labels (or targets), external link
   * labels (or URLs), the content of headings, cells and formatting tags, {@code <br>} as a
   * newline, every character reference MediaWiki decodes decoded ({@code &eacute;}, {@code &#233;};
   * {@code &nbsp;} is U+00A0; malformed ones such as {@code &000nbsp;} stay as written), and the
   * magic words {@code {{!}}} and {@code {{=}}} as {@code |} and {@code =}. Bulleted and numbered
   * list items become {@code - item}, nested ones indented by two spaces per level; other items
   * keep only their content. Other templates, parser functions, template parameters, comments,
   * quotes, magic words, rules, category and file links and footnotes ({@code <ref>}) give nothing:
   * they are not expanded.
   */
  public static String plainText(List<WikiNode> nodes) {
    StringBuilder out = new StringBuilder();
    plain(nodes, out);
    return out.toString();
  }

  private static void plain(List<WikiNode> nodes, StringBuilder out) {
    for (WikiNode n : nodes) {
      plain(n, out);
    }
  }

  private static void plain(WikiNode node, StringBuilder out) {
    if (node instanceof Text t) {
      CharacterReferences.decode(t.text(), out);
    } else if (node instanceof Template t) {
      String c = magicCharacter(t);
      if (c != null) {
        out.append(c);
      }
    } else if (node instanceof WikiLink l) {
      if (l.isFile() || l.isCategory()) {
        return;
      }
      List<WikiNode> label = l.label();
      if (label != null) {
        plain(label, out);
      } else {
        String target = CharacterReferences.decode(l.target());
        out.append(target.startsWith(":") ? target.substring(1) : target);
      }
    } else if (node instanceof ExternalLink l) {
      List<WikiNode> label = l.label();
      if (label != null && !print(label).isBlank()) {
        plain(label, out);
      } else {
        CharacterReferences.decode(l.url(), out);
      }
    } else if (node instanceof Heading h) {
      plain(h.content(), out);
    } else if (node instanceof ListItem i) {
      char kind = i.kind();
      if (kind == '*' || kind == '#') {
        out.append("  ".repeat(i.depth() - 1)).append("- ");
      }
      plain(i.content(), out);
    } else if (node instanceof Tag t) {
      if (t.name().equals("br")) {
        out.append('\n');
      } else if (!HIDDEN_TAGS.contains(t.name())) {
        plain(t.content(), out);
      }
    } else if (node instanceof Table t) {
      plain(t.content(), out);
    } else if (node instanceof TableRow r) {
      plain(r.content(), out);
    } else if (node instanceof TableCell c) {
      if (c.marker().length() == 2 && !c.isCaption()) {
        out.append(' ');
      }
      plain(c.content(), out);
    }
    // templates, parameters, parser functions, comments, quotes, magic words, rules: nothing
  }

  /**
   * The character a call of one of MediaWiki's core magic words that stand for a character ({@code
   * {{!}}} for {@code |}, since MediaWiki 1.24; {@code {{=}}} for {@code =}, since 1.39) gives, or
   * {@code null} for any other template. As in MediaWiki, a variable takes no arguments: {@code
   * {{!|x}}} is a template call.
   */
  static @Nullable String magicCharacter(Template t) {
    if (!t.args().isEmpty()) {
      return null;
    }
    return switch (t.name()) {
      case "!" -> "|";
      case "=" -> "=";
      default -> null;
    };
  }

  /**
   * A page or template name as MediaWiki compares them: underscores as spaces, blanks collapsed and
   * trimmed, a {@code Template:} prefix dropped, the first letter upper case.
   */
  /**
   * The namespace of a link target ({@code File} of {@code File:x.png}, {@code ""} for none),
   * normalised.
   */
  static String namespace(String target) {
    String t = target.startsWith(":") ? target.substring(1) : target;
    int colon = t.indexOf(':');
    return colon < 0 ? "" : normalizeTitle(t.substring(0, colon));
  }

  public static String normalizeTitle(String name) {
    requireNonNull(name, "name");
    String s = PlainText.collapse(name, c -> c == '_' || Character.isWhitespace(c));
    if (s.regionMatches(true, 0, "Template:", 0, 9)) {
      s = s.substring(9).trim();
    }
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(s, Character.charCount(first), s.length())
        .toString();
  }

  /** Every template in {@code nodes}, at any depth, in input order (outer before inner). */
  public static List<Template> templates(List<WikiNode> nodes) {
    List<Template> found = new ArrayList<>();
    walk(
        nodes,
        n -> {
          if (n instanceof Template t) {
            found.add(t);
          }
        });
    return found;
  }

  /**
   * The templates called {@code name} in {@code nodes}, at any depth, in input order; names compare
   * as {@link #normalizeTitle(String)} says.
   */
  public static List<Template> templates(List<WikiNode> nodes, String name) {
    String wanted = normalizeTitle(name);
    List<Template> found = new ArrayList<>();
    walk(
        nodes,
        n -> {
          if (n instanceof Template t && normalizeTitle(t.name()).equals(wanted)) {
            found.add(t);
          }
        });
    return found;
  }

  /**
   * Visits every node in {@code nodes} and below, depth first in input order, without recursion.
   */
  public static void walk(List<WikiNode> nodes, Consumer<WikiNode> visitor) {
    requireNonNull(visitor, "visitor");
    Deque<Iterator<WikiNode>> stack = new ArrayDeque<>();
    stack.push(nodes.iterator());
    while (!stack.isEmpty()) {
      Iterator<WikiNode> it = stack.peek();
      if (!it.hasNext()) {
        stack.pop();
        continue;
      }
      WikiNode n = it.next();
      visitor.accept(n);
      List<WikiNode> kids = children(n);
      if (!kids.isEmpty()) {
        stack.push(kids.iterator());
      }
    }
  }

  /** The direct children of a node, in input order (argument names before values). */
  public static List<WikiNode> children(WikiNode node) {
    List<WikiNode> kids = new ArrayList<>();
    if (node instanceof Template t) {
      kids.addAll(t.nameNodes());
      for (TemplateArg a : t.args()) {
        List<WikiNode> name = a.nameNodes();
        if (name != null) {
          kids.addAll(name);
        }
        kids.addAll(a.value());
      }
    } else if (node instanceof TemplateParameter p) {
      kids.addAll(p.nameNodes());
      p.defaults().forEach(kids::addAll);
    } else if (node instanceof ParserFunction f) {
      kids.addAll(f.nameNodes());
      f.args().forEach(kids::addAll);
    } else if (node instanceof WikiLink l) {
      kids.addAll(l.targetNodes());
      l.parameters().forEach(kids::addAll);
    } else if (node instanceof ExternalLink l) {
      List<WikiNode> label = l.label();
      if (label != null) {
        kids.addAll(label);
      }
    } else if (node instanceof Heading h) {
      kids.addAll(h.content());
    } else if (node instanceof ListItem i) {
      kids.addAll(i.content());
    } else if (node instanceof Tag t) {
      kids.addAll(t.openTagNodes());
      kids.addAll(t.content());
    } else if (node instanceof Table t) {
      kids.addAll(t.attributeNodes());
      kids.addAll(t.content());
    } else if (node instanceof TableRow r) {
      kids.addAll(r.attributeNodes());
      kids.addAll(r.content());
    } else if (node instanceof TableCell c) {
      List<WikiNode> attributes = c.attributes();
      if (attributes != null) {
        kids.addAll(attributes);
      }
      kids.addAll(c.content());
    }
    return kids;
  }

  /** An immutable copy of a list of immutable node lists. */
  static List<List<WikiNode>> copyParts(List<List<WikiNode>> parts) {
    @SuppressWarnings("unchecked")
    List<WikiNode>[] copy = (List<WikiNode>[]) new List<?>[parts.size()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = List.copyOf(parts.get(i));
    }
    return List.of(copy);
  }

  /** Trimmed markup of a name, comments left out. */
  static String nameText(List<WikiNode> nodes) {
    if (nodes.size() == 1 && nodes.get(0) instanceof Text t) {
      return t.text().trim();
    }
    StringBuilder out = new StringBuilder();
    for (WikiNode n : nodes) {
      if (!(n instanceof Comment)) {
        Printer.print(n, out);
      }
    }
    return out.toString().trim();
  }

  /** Parses {@code name="value" name='value' name=value name} pairs from {@code from} on. */
  static Map<String, String> attributes(String tag, int from) {
    Map<String, String> map = new LinkedHashMap<>();
    int i = from;
    int n = tag.length();
    while (i < n) {
      char c = tag.charAt(i);
      if (Character.isWhitespace(c) || c == '/' || c == '>') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < n && !Character.isWhitespace(tag.charAt(i)) && "=/>".indexOf(tag.charAt(i)) < 0) {
        i++;
      }
      String name = tag.substring(nameStart, i).toLowerCase(Locale.ROOT);
      while (i < n && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && tag.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(tag.charAt(i))) {
          i++;
        }
        if (i < n && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
          char q = tag.charAt(i);
          int end = tag.indexOf(q, i + 1);
          end = end < 0 ? n : end;
          value = tag.substring(i + 1, end);
          i = Math.min(n, end + 1);
        } else {
          int start = i;
          while (i < n && !Character.isWhitespace(tag.charAt(i)) && tag.charAt(i) != '>') {
            i++;
          }
          value = tag.substring(start, i);
        }
      }
      if (!name.isEmpty()) {
        map.putIfAbsent(name, value);
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
