package dev.hackathonkit.io.wikitext;

/**
 * Where a node sits in the parsed input: the half-open character range {@code [start, end)} and the
 * 1-based line and column of its first character.
 *
 * @param start offset of the first character (0-based, in UTF-16 chars)
 * @param end offset just after the last character
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 */
public record Span(int start, int end, int line, int column) {

  /** Checks that the range is well formed. */
  public Span {
    if (start < 0 || end < start || line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "bad span: [" + start + "," + end + ") at " + line + ":" + column);
    }
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
