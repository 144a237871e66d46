package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.model.Link;
import java.util.regex.Pattern;

/** Links as wikitext: {@code [https://… label]}, a bare URL, or {@code [[Page|label]]}. */
final class Links {
  private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://[^\\s\\[\\]<>\"|{}]+");
  private static final Pattern TITLE = Pattern.compile("[^#<>\\[\\]|{}\\n]+");

  private Links() {}

  /**
   * The link as wikitext. A {@code &} in the target that would start a character reference is
   * written {@code &amp;}, since MediaWiki (and our reader) decode references in URLs and titles.
   */
  static String external(Link link) {
    String target = CharacterReferences.escapeReferences(link.target());
    if (URL.matcher(link.target()).matches()) {
      return link.label() == null
          ? target
          : "[" + target + " " + Markup.line(link.label(), false) + "]";
    }
    if (TITLE.matcher(link.target()).matches() && target.equals(target.strip())) {
      return link.label() == null
          ? "[[" + target + "]]"
          : "[[" + target + "|" + Markup.line(link.label(), false) + "]]";
    }
    return "<nowiki>"
        + target.replace("<", "&lt;")
        + "</nowiki>"
        + (link.label() == null ? "" : " " + Markup.line(link.label(), false));
  }
}
