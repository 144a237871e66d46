package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.model.Link;
import java.util.regex.Pattern;

/** Links as wikitext: {@code [https://… label]}, a bare URL, or {@code [[Page|label]]}. */
final class Links {
  private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://[^\\s\\[\\]<>\"|{}]+");
  private static final Pattern TITLE = Pattern.compile("[^#<>\\[\\]|{}\\n]+");

  private Links() {}

  static String external(Link link) {
    String target = link.target();
    if (URL.matcher(target).matches()) {
      return link.label() == null
          ? target
          : "[" + target + " " + Markup.line(link.label(), false) + "]";
    }
    if (TITLE.matcher(target).matches() && target.equals(target.strip())) {
      return link.label() == null
          ? "[[" + target + "]]"
          : "[[" + target + "|" + Markup.line(link.label(), false) + "]]";
    }
    return "<nowiki>" + target.replace("<", "&lt;") + "</nowiki>"
        + (link.label() == null ? "" : " " + Markup.line(link.label(), false));
  }
}
