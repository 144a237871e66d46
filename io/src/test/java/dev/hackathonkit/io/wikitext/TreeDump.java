package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.wikitext.WikiNode.Text;
import java.util.List;

/** A compact one-line view of a tree for assertions: {@code Template(name|k=v)}. */
final class TreeDump {
  private TreeDump() {}

  static String dump(List<WikiNode> nodes) {
    StringBuilder b = new StringBuilder();
    for (WikiNode n : nodes) {
      dump(n, b);
    }
    return b.toString();
  }

  private static void dump(WikiNode node, StringBuilder b) {
    if (node instanceof Text t) {
      b.append('"').append(t.text().replace("\n", "\\n")).append('"');
      return;
    }
    b.append(node.getClass().getSimpleName()).append('(');
    if (node instanceof WikiNode.Template t) {
      b.append(dump(t.nameNodes()));
      for (TemplateArg a : t.args()) {
        b.append('|');
        if (a.nameNodes() != null) {
          b.append(dump(a.nameNodes())).append('=');
        }
        b.append(dump(a.value()));
      }
    } else if (node instanceof WikiNode.Heading h) {
      b.append(h.level()).append(':').append(dump(h.content()));
    } else if (node instanceof WikiNode.ListItem i) {
      b.append(i.marker()).append(':').append(dump(i.content()));
    } else if (node instanceof WikiNode.Quote q) {
      b.append(q.apostrophes());
    } else if (node instanceof WikiNode.Tag t) {
      b.append(t.name()).append(':').append(dump(t.content()));
    } else if (node instanceof WikiNode.ExternalLink l) {
      b.append(l.url());
      if (l.label() != null) {
        b.append('|').append(dump(l.label()));
      }
    } else if (node instanceof WikiNode.TableCell c) {
      b.append(c.marker());
      if (c.attributes() != null) {
        b.append(dump(c.attributes())).append('|');
      }
      b.append(dump(c.content()));
    } else if (node instanceof WikiNode.TableRow r) {
      b.append(r.explicit() ? "|-" + r.attributes() : "").append(':').append(dump(r.content()));
    } else if (node instanceof WikiNode.Table t) {
      b.append(t.attributes()).append(':').append(dump(t.content()));
    } else if (node instanceof WikiNode.WikiLink l) {
      b.append(dump(l.targetNodes()));
      for (List<WikiNode> p : l.parameters()) {
        b.append('|').append(dump(p));
      }
    } else if (node instanceof WikiNode.TemplateParameter p) {
      b.append(dump(p.nameNodes()));
      for (List<WikiNode> d : p.defaults()) {
        b.append('|').append(dump(d));
      }
    } else if (node instanceof WikiNode.ParserFunction f) {
      b.append(dump(f.nameNodes()));
      for (List<WikiNode> a : f.args()) {
        b.append('|').append(dump(a));
      }
    } else if (node instanceof WikiNode.Comment c) {
      b.append(c.content());
    } else if (node instanceof WikiNode.MagicWord m) {
      b.append(m.name());
    } else if (node instanceof WikiNode.HorizontalRule r) {
      b.append(r.dashes());
    }
    b.append(')');
  }
}
