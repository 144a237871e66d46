package dev.hackathonkit.io.internal;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.Location;
import java.util.Arrays;

/**
 * Where each line of a text starts, for turning character offsets into 1-based lines and columns:
 * the one place of that rule for the readers (the wikitext parser, the outline builder, mapping
 * files). A line ends after {@code '\n'}; a {@code '\r'} before it belongs to its line. Lookups in
 * input order are cheap (the last line found is tried first). Not thread-safe; not API.
 */
public final class LineIndex {
  private final int[] starts;
  private final int count;
  private int last = 1;

  private LineIndex(int[] starts, int count) {
    this.starts = starts;
    this.count = count;
  }

  /** The lines of {@code text}. */
  public static LineIndex of(String text) {
    return of(text, text.length());
  }

  /**
   * The lines of {@code text} up to {@code end} (exclusive); offsets past it are on the last line.
   */
  public static LineIndex of(String text, int end) {
    requireNonNull(text, "text");
    int[] starts = new int[Math.max(16, end / 32)];
    int count = 1;
    for (int nl = text.indexOf('\n'); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = nl + 1;
    }
    return new LineIndex(starts, count);
  }

  /**
   * The 1-based line on which character {@code offset} of {@code text} stands, in one pass without
   * an index.
   */
  public static int lineAt(CharSequence text, long offset) {
    int line = 1;
    long end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** How many lines the text has (at least 1). */
  public int lineCount() {
    return count;
  }

  /** The 1-based line of {@code offset}. */
  public int line(int offset) {
    int l = last;
    if (offset >= starts[l - 1]) {
      for (int k = 0;
          k < 8;
          k++) { // lookups come mostly in input order: try the last line and the next ones
        if (l == count || offset < starts[l]) {
          last = l;
          return l;
        }
        l++;
      }
    }
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    last = lo + 1;
    return last;
  }

  /** The offset at which 1-based {@code line} starts. */
  public int lineStart(int line) {
    return starts[line - 1];
  }

  /** The 1-based column of {@code offset} on its line. */
  public int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  /** {@code offset}'s place in {@code source}. */
  public Location location(String source, int offset) {
    int line = line(offset);
    return new Location(source, line, offset - starts[line - 1] + 1);
  }
}
