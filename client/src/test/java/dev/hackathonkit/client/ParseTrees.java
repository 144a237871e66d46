package dev.hackathonkit.client;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads MediaWiki's preprocessor tree ({@code action=parse&prop=parsetree}) into the template calls
 * it found: name and arguments, each argument as wikitext rebuilt from the tree. Tests compare them
 * with what our own parser finds.
 */
final class ParseTrees {
  private ParseTrees() {}

  /**
   * A template call: normalised name and its arguments ({@code key=value}, positional keyed 1,
   * 2...).
   */
  record Call(String name, List<String> args) {
    @Override
    public String toString() {
      return "{{" + name + (args.isEmpty() ? "" : "|" + String.join("|", args)) + "}}";
    }
  }

  /**
   * Template calls in document order (outer before inner); parser functions and magic words left
   * out.
   */
  static List<Call> templates(String parseTreeXml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Element root =
        f.newDocumentBuilder()
            .parse(new InputSource(new StringReader(parseTreeXml)))
            .getDocumentElement();
    List<Call> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Call> out) {
    if (n instanceof Element e && e.getTagName().equals("template")) {
      String name = wikitext(child(e, "title")).trim();
      if (!isParserFunctionOrMagicWord(name)) {
        List<String> args = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element part && part.getTagName().equals("part")) {
            Element key = child(part, "name");
            String value = wikitext(child(part, "value"));
            if (key.hasAttribute("index")) {
              args.add(key.getAttribute("index") + "=" + value);
            } else {
              args.add(wikitext(key).trim() + "=" + value.trim());
            }
          }
        }
        out.add(new Call(normalize(name), args));
      }
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      collect(c, out);
    }
  }

  static boolean isParserFunctionOrMagicWord(String name) {
    return name.startsWith("#")
        || name.matches("[A-Z][A-Z0-9]*(:.*)?")
        || name.matches("(?i)(int|subst|safesubst|msg|raw):.*");
  }

  static String normalize(String name) {
    String n = name.replace('_', ' ').replaceAll("\\s+", " ").trim();
    if (n.regionMatches(true, 0, "Template:", 0, 9)) {
      n = n.substring(9).trim();
    }
    return n.isEmpty() ? n : n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
  }

  private static Element child(Element e, String tag) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element ce && ce.getTagName().equals(tag)) {
        return ce;
      }
    }
    throw new IllegalArgumentException("<" + e.getTagName() + "> without <" + tag + ">");
  }

  /** The wikitext a subtree was parsed from. */
  static String wikitext(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        switch (e.getTagName()) {
          case "template" -> {
            sb.append("{{").append(wikitext(child(e, "title")));
            parts(e, sb);
            sb.append("}}");
          }
          case "tplarg" -> {
            sb.append("{{{").append(wikitext(child(e, "title")));
            parts(e, sb);
            sb.append("}}}");
          }
          case "ext" -> {
            sb.append('<').append(wikitext(child(e, "name"))).append(wikitext(child(e, "attr")));
            Element inner = null;
            Element close = null;
            for (Node x = e.getFirstChild(); x != null; x = x.getNextSibling()) {
              if (x instanceof Element xe && xe.getTagName().equals("inner")) {
                inner = xe;
              } else if (x instanceof Element xe && xe.getTagName().equals("close")) {
                close = xe;
              }
            }
            if (inner == null) {
              sb.append("/>");
            } else {
              sb.append('>').append(wikitext(inner)).append(close == null ? "" : wikitext(close));
            }
          }
          case "name" -> sb.append(e.hasAttribute("index") ? "" : wikitext(e));
          default -> sb.append(wikitext(e));
        }
      } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(c.getNodeValue());
      }
    }
    return sb.toString();
  }

  private static void parts(Element e, StringBuilder sb) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element part && part.getTagName().equals("part")) {
        sb.append('|').append(wikitext(part));
      }
    }
  }
}
