package dev.hackathonkit.io.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads whole text inputs without ever holding more than a limit: the readers' guard against inputs
 * too large for memory. Not API.
 *
 * <p>The result holds at most {@code maxChars + 1} characters; a result longer than {@code
 * maxChars} means the input is over the limit, and the caller reports it with its own location.
 */
public final class BoundedText {
  private BoundedText() {}

  /** Reads {@code in} (which stays open) up to {@code maxChars + 1} characters. */
  public static String read(Reader in, long maxChars) throws IOException {
    requireNonNull(in, "in");
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must be >= 0: " + maxChars);
    }
    return read(in, maxChars, 1 << 16);
  }

  /**
   * Reads a UTF-8 file (or one with a byte-order mark, see {@link TextDecoding}) up to {@code
   * maxChars + 1} characters. The buffer is sized from the file's size, so that a large file is not
   * copied while the buffer grows.
   *
   * @param source the input's name in the error's location
   * @throws UndecodableTextException for bytes that are not UTF-8, with their line and column
   */
  public static String read(Path file, String source, long maxChars) throws IOException {
    requireNonNull(file, "file");
    long size = Files.size(file);
    try (Reader in = TextDecoding.utf8(Files.newInputStream(file), source)) {
      return read(in, maxChars, size);
    }
  }

  private static String read(Reader in, long maxChars, long expected) throws IOException {
    long keep = Math.min(maxChars + 1, Integer.MAX_VALUE - 16L);
    StringBuilder sb = new StringBuilder((int) Math.min(keep, Math.max(16, expected)));
    char[] buffer = new char[8192];
    for (int n;
        sb.length() < keep
            && (n = in.read(buffer, 0, (int) Math.min(buffer.length, keep - sb.length()))) >= 0; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  /** The 1-based line on which character {@code offset} of {@code text} stands. */
  public static int lineAt(CharSequence text, long offset) {
    return LineIndex.lineAt(text, offset);
  }
}
