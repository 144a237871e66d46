package dev.hackathonkit.io.wikitext;

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
import java.util.List;

/**
 * Prints nodes back to markup. Recursion depth is bounded by the parser's nesting limit (a few
 * frames per level).
 */
final class Printer {
  private Printer() {}

  static void print(List<WikiNode> nodes, StringBuilder out) {
    for (WikiNode n : nodes) {
      print(n, out);
    }
  }

  private static void printParts(List<List<WikiNode>> parts, StringBuilder out) {
    for (List<WikiNode> part : parts) {
      out.append('|');
      print(part, out);
    }
  }

  static void print(WikiNode node, StringBuilder out) {
    if (node instanceof Text t) {
      out.append(t.text());
    } else if (node instanceof Template t) {
      out.append("{{");
      print(t.nameNodes(), out);
      for (TemplateArg a : t.args()) {
        out.append('|');
        List<WikiNode> name = a.nameNodes();
        if (name != null) {
          print(name, out);
          out.append('=');
        }
        print(a.value(), out);
      }
      out.append("}}");
    } else if (node instanceof TemplateParameter p) {
      out.append("{{{");
      print(p.nameNodes(), out);
      printParts(p.defaults(), out);
      out.append("}}}");
    } else if (node instanceof ParserFunction f) {
      out.append("{{");
      print(f.nameNodes(), out);
      out.append(':');
      print(f.args().get(0), out);
      printParts(f.args().subList(1, f.args().size()), out);
      out.append("}}");
    } else if (node instanceof WikiLink l) {
      out.append("[[");
      print(l.targetNodes(), out);
      printParts(l.parameters(), out);
      out.append("]]");
    } else if (node instanceof ExternalLink l) {
      if (l.bracketed()) {
        out.append('[').append(l.url()).append(l.separator());
        List<WikiNode> label = l.label();
        if (label != null) {
          print(label, out);
        }
        out.append(']');
      } else {
        out.append(l.url());
      }
    } else if (node instanceof Heading h) {
      out.append("======", 0, h.level());
      print(h.content(), out);
      out.append("======", 0, h.level());
    } else if (node instanceof ListItem i) {
      out.append(i.marker());
      print(i.content(), out);
    } else if (node instanceof Quote q) {
      out.append("'''''", 0, q.apostrophes());
    } else if (node instanceof Comment c) {
      out.append("<!--").append(c.content());
      if (c.closed()) {
        out.append("-->");
      }
    } else if (node instanceof Tag t) {
      print(t.openTagNodes(), out);
      print(t.content(), out);
      out.append(t.closeTag());
    } else if (node instanceof Table t) {
      out.append("{|");
      print(t.attributeNodes(), out);
      print(t.content(), out);
      if (t.closed()) {
        out.append("|}");
      }
    } else if (node instanceof TableRow r) {
      if (r.explicit()) {
        out.append("|-");
        print(r.attributeNodes(), out);
      }
      print(r.content(), out);
    } else if (node instanceof TableCell c) {
      out.append(c.marker());
      List<WikiNode> attributes = c.attributes();
      if (attributes != null) {
        print(attributes, out);
        out.append('|');
      }
      print(c.content(), out);
    } else if (node instanceof MagicWord m) {
      out.append("__").append(m.name()).append("__");
    } else if (node instanceof HorizontalRule r) {
      out.append(r.dashes());
    } else {
      throw new AssertionError("unknown node type " + node.getClass());
    }
  }
}
