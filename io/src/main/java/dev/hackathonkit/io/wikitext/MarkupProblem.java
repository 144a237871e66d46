package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the markup parser ({@code W0xx}). The parser never rejects a page for these: it
 * keeps the markup as text (or closes the construct at the end) and reports where it started.
 */
public enum MarkupProblem implements ProblemCode {
  /** <code>{{</code> or <code>{{{</code> without the matching braces; kept as text. */
  W001_UNCLOSED_TEMPLATE("W001", "template or parameter without closing braces, kept as text"),
  /** {@code [[} without {@code ]]} (on the same line, for the target); kept as text. */
  W002_UNCLOSED_LINK("W002", "internal link without closing ]], kept as text"),
  /** {@code [http://...} without {@code ]} on the same line; kept as text and a bare URL. */
  W003_UNCLOSED_EXTERNAL_LINK("W003", "external link without closing ], kept as text"),
  /** An extension tag such as {@code <ref>} without its end tag; kept as text. */
  W004_UNCLOSED_TAG("W004", "tag without end tag, kept as text"),
  /** {@code <!--} without {@code -->}: the rest of the input (or tag) is a comment, as in MediaWiki. */
  W005_UNCLOSED_COMMENT("W005", "comment without -->, runs to the end"),
  /** <code>{|</code> without <code>|}</code>: the table is closed at the end of its container. */
  W006_UNCLOSED_TABLE("W006", "table without |}, closed at the end");

  private final String code;
  private final String description;

  MarkupProblem(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }
}
