package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the markup parser. The parser never rejects a page for the {@code W0xx}
 * warnings: it keeps the markup as text (or closes the construct at the end) and reports where it
 * started. The {@code W2xx} errors stop reading ({@link dev.hackathonkit.io.EventFormatException}):
 * input beyond the {@link dev.hackathonkit.io.ReadLimits}.
 */
public enum MarkupProblem implements ProblemCode {
  /** <code>{{</code> or <code>{{{</code> without the matching braces; kept as text. */
  W001_UNCLOSED_TEMPLATE,
  /** {@code [[} without {@code ]]} (on the same line, for the target); kept as text. */
  W002_UNCLOSED_LINK,
  /** {@code [http://...} without {@code ]} on the same line; kept as text and a bare URL. */
  W003_UNCLOSED_EXTERNAL_LINK,
  /** An extension tag such as {@code <ref>} without its end tag; kept as text. */
  W004_UNCLOSED_TAG,
  /**
   * {@code <!--} without {@code -->}: the rest of the input (or tag) is a comment, as in MediaWiki.
   */
  W005_UNCLOSED_COMMENT,
  /** <code>{|</code> without <code>|}</code>: the table is closed at the end of its container. */
  W006_UNCLOSED_TABLE,
  /** Markup longer than {@link dev.hackathonkit.io.ReadLimits#maxInputChars()}; reading stops. */
  W201_TOO_LARGE,
  /**
   * Templates, links, tags or tables nested deeper than {@link
   * dev.hackathonkit.io.ReadLimits#maxDepth()}; reading stops.
   */
  W202_TOO_DEEP;
}
