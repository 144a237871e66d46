package dev.hackathonkit.io.text;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the rendered-text front end ({@code T1xx} warnings, {@code T2xx} errors that
 * stop reading); what the page means is reported by the page core with {@link
 * dev.hackathonkit.io.page.PageProblem} codes.
 */
public enum TextProblem implements ProblemCode {
  /** The page has no title line; the source name was used as the page's title. */
  T101_NO_PAGE_TITLE,
  /** A list nested deeper than the reader's depth limit; flattened to it. */
  T114_TOO_DEEP,
  /**
   * Page text longer than {@link dev.hackathonkit.io.ReadLimits#maxInputChars()}; reading stops.
   */
  T201_TOO_LARGE;
}
