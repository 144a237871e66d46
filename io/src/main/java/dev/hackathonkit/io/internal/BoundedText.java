package dev.hackathonkit.io.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads whole text inputs without ever holding more than a limit: the readers' guard against
 * inputs too large for memory. Not API.
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
    long keep = Math.min(maxChars + 1, Integer.MAX_VALUE - 16L);
    StringBuilder sb = new StringBuilder((int) Math.min(keep, 1 << 16));
    char[] buffer = new char[8192];
    for (int n; sb.length() < keep && (n = in.read(buffer, 0, (int) Math.min(buffer.length, keep - sb.length()))) >= 0; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  /** Reads a UTF-8 file up to {@code maxChars + 1} characters; malformed UTF-8 is an {@link IOException}. */
  public static String read(Path file, long maxChars) throws IOException {
    requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, maxChars);
    }
  }

  /** The 1-based line on which character {@code offset} of {@code text} stands. */
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
}
