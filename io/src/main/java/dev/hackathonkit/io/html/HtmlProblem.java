package dev.hackathonkit.io.html;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the HTML front end ({@code H1xx} notes and warnings, {@code H2xx} errors that
 * stop reading); what the page means is reported by the page core with {@link
 * dev.hackathonkit.io.page.PageProblem} codes.
 */
public enum HtmlProblem implements ProblemCode {
  /**
   * Which element was read as the page's content, by which engine's rule, and how much chrome was
   * left out.
   */
  H101_CONTENT_RULE(true),
  /** No engine rule and no content element matched: the whole body was read. */
  H102_NO_CONTENT_ELEMENT(false),
  /**
   * The page is a web archive's copy: its toolbar was removed and its original addresses restored.
   */
  H103_ARCHIVED_COPY(true),
  /** The page was saved from a browser; its original address was taken from the saved page. */
  H104_SAVED_PAGE(true),
  /**
   * An HTML page longer than {@link dev.hackathonkit.io.ReadLimits#maxInputChars()}; reading stops.
   */
  H201_TOO_LARGE(false),
  /**
   * Elements nested deeper than {@link dev.hackathonkit.io.ReadLimits#maxDepth()}; reading stops.
   */
  H202_TOO_DEEP(false),
  /**
   * A table whose {@code rowspan} and {@code colspan} lay out more cells than the reader holds;
   * reading stops.
   */
  H203_TABLE_TOO_LARGE(false);

  private final boolean note;

  HtmlProblem(boolean note) {
    this.note = note;
  }

  @Override
  public boolean isNote() {
    return note;
  }
}
