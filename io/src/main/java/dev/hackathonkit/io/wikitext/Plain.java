package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.wikitext.WikiNode.Comment;
import dev.hackathonkit.io.wikitext.WikiNode.ExternalLink;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.ListItem;
import dev.hackathonkit.io.wikitext.WikiNode.Tag;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import dev.hackathonkit.io.wikitext.WikiNode.Text;
import dev.hackathonkit.io.wikitext.WikiNode.WikiLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Markup to the model's plain text: entities decoded, {@code <nowiki>} content literal, bold and
 * italic quotes dropped, links as their label (external links with a label as {@code label (url)},
 * so the URL is kept), {@code <br>} as a line break, {@code *} and {@code #} items as {@code "- "}
 * items nested by two spaces, a text line right after a list starting a new paragraph. The value's
 * edges are trimmed as MediaWiki trims named template arguments (only raw blanks, not those in
 * {@code <nowiki>}).
 *
 * <p>Templates are handed to a {@link Hooks}: the "not applicable" template gives its text, vote and
 * comment templates open a review entry that takes the rest of its line, others give nothing and
 * are reported.
 */
final class Plain {
  private static final Set<String> HIDDEN_TAGS = Set.of("ref", "references", "includeonly", "gallery");

  /** What the caller does with templates and nodes that give no text. */
  interface Hooks {
    /**
     * The text {@code t} stands for, or {@code null} when it opens a review entry (the rest of its
     * line goes to {@link #review}).
     */
    @Nullable String template(Template t);

    /** A review entry opened by {@code t}, with the text that followed it on its line. */
    void review(Template t, String text);

    /** A node that gives no text and is not part of the model. */
    void dropped(WikiNode node, String reason);
  }

  private final Hooks hooks;
  private final List<StringBuilder> lines = new ArrayList<>();
  private final List<Boolean> items = new ArrayList<>();
  private StringBuilder line = new StringBuilder();
  private boolean item;
  private @Nullable Template review;
  private final StringBuilder reviewText = new StringBuilder();

  private Plain(Hooks hooks) {
    this.hooks = hooks;
  }

  /** The plain text of a template argument's value (edges trimmed). */
  static String of(List<WikiNode> nodes, Hooks hooks) {
    Plain p = new Plain(hooks);
    p.walk(trim(nodes));
    return p.finish();
  }

  private String finish() {
    endLine();
    // drop lines that held only review entries; join with the model's paragraph rule
    StringBuilder out = new StringBuilder();
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).toString();
      if (l.equals(REVIEW_ONLY)) {
        continue;
      }
      if (last >= 0) {
        boolean afterList = items.get(last) && !items.get(i) && !l.isEmpty();
        out.append(afterList ? "\n\n" : "\n");
      }
      out.append(l);
      last = i;
    }
    return out.toString();
  }

  private static final String REVIEW_ONLY = "\u0000review";

  private void walk(List<WikiNode> nodes) {
    for (WikiNode n : nodes) {
      node(n);
    }
  }

  private StringBuilder target() {
    return review != null ? reviewText : line;
  }

  private void node(WikiNode node) {
    if (node instanceof Text t) {
      text(t);
    } else if (node instanceof Template t) {
      String s = hooks.template(t);
      if (s != null) {
        target().append(s);
      } else {
        closeReview();
        review = t;
      }
    } else if (node instanceof ListItem i) {
      closeReview();
      if (line.length() > 0 || lineHadReview) {
        endLine();
      }
      item = i.kind() == '*' || i.kind() == '#';
      if (item) {
        line.append("  ".repeat(i.depth() - 1)).append("- ");
      }
      walk(trimStart(i.content()));
    } else if (node instanceof WikiLink l) {
      if (l.isFile() || l.isCategory()) {
        hooks.dropped(l, l.isFile() ? "file link" : "category link");
        return;
      }
      List<WikiNode> label = l.label();
      if (label != null) {
        walk(label);
      } else {
        String target = l.target();
        target().append(target.startsWith(":") ? target.substring(1) : target);
      }
    } else if (node instanceof ExternalLink l) {
      List<WikiNode> label = l.label();
      if (label != null && !WikiNodes.print(label).isBlank()) {
        walk(label);
        target().append(" (").append(l.url()).append(')');
      } else {
        target().append(l.url());
      }
    } else if (node instanceof Tag t) {
      if (t.name().equals("br")) {
        target().append('\n');
      } else if (HIDDEN_TAGS.contains(t.name())) {
        hooks.dropped(t, "<" + t.name() + "> content");
      } else if (t.name().equals("nowiki") || t.name().equals("pre")) {
        for (WikiNode c : t.content()) {
          if (c instanceof Text x) {
            target().append(WikiNodes.plainText(List.of(x)));
          } else {
            node(c);
          }
        }
      } else {
        walk(t.content());
      }
    } else if (node instanceof Heading h) {
      walk(h.content());
    } else if (node instanceof Comment || node instanceof WikiNode.Quote) {
      // invisible on the page
    } else if (node instanceof WikiNode.MagicWord || node instanceof WikiNode.HorizontalRule
        || node instanceof WikiNode.TemplateParameter || node instanceof WikiNode.ParserFunction) {
      hooks.dropped(node, "markup without text");
    } else {
      target().append(WikiNodes.plainText(List.of(node)));
    }
  }

  private void text(Text t) {
    String raw = t.text();
    if (review != null && reviewText.toString().isBlank()) {
      // the colon after a vote's signature belongs to the layout, not to the text
      String lead = raw.stripLeading();
      if (lead.startsWith(":")) {
        raw = lead.substring(1);
      }
    }
    String s = WikiNodes.plainText(List.of(new Text(raw, t.span())));
    int from = 0;
    for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      target().append(s, from, nl);
      closeReview();
      endLine();
      from = nl + 1;
    }
    target().append(s, from, s.length());
  }

  private boolean lineHadReview;

  private void closeReview() {
    if (review != null) {
      Template t = review;
      review = null;
      String text = reviewText.toString();
      reviewText.setLength(0);
      hooks.review(t, text);
      lineHadReview = true;
    }
  }

  private void endLine() {
    closeReview();
    if (lineHadReview) {
      String rest = line.toString().stripTrailing();
      line = new StringBuilder(rest.isEmpty() ? REVIEW_ONLY : rest);
    }
    lines.add(line);
    items.add(item);
    line = new StringBuilder();
    item = false;
    lineHadReview = false;
  }

  /** Nodes with MediaWiki's trimming of a named argument: blanks at both ends of raw text. */
  static List<WikiNode> trim(List<WikiNode> nodes) {
    List<WikiNode> out = new ArrayList<>(trimStart(nodes));
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof Text t) {
      String s = t.text().stripTrailing();
      out.remove(out.size() - 1);
      if (!s.isEmpty()) {
        out.add(new Text(s, t.span()));
        break;
      }
    }
    return out;
  }

  static List<WikiNode> trimStart(List<WikiNode> nodes) {
    List<WikiNode> out = new ArrayList<>(nodes);
    while (!out.isEmpty() && out.get(0) instanceof Text t) {
      String s = t.text().stripLeading();
      out.remove(0);
      if (!s.isEmpty()) {
        out.add(0, new Text(s, t.span()));
        break;
      }
    }
    return out;
  }
}
