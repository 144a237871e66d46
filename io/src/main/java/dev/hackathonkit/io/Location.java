package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

/**
 * A position in an input: the source's name (a file name, a page title, {@code <string>}) and a
 * 1-based line and column. A column of 0 means "the whole line"; a line of 0 means "the whole
 * input".
 *
 * @param source the input's name
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(String source, int line, int column) {

  /** Checks the source name and that line and column are not negative. */
  public Location {
    requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A location for a whole line. */
  public static Location line(String source, int line) {
    return new Location(source, line, 0);
  }

  /** {@code source:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    if (line == 0) {
      return source;
    }
    return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }
}
