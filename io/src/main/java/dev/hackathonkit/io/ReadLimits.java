package dev.hackathonkit.io;

/**
 * Bounds that turn hostile input into an {@link EventFormatException} instead of an {@link
 * OutOfMemoryError}, a {@link StackOverflowError} or a hang.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.DEFAULT.withMaxInputChars(1 << 20).withMaxDepth(64);
 * }</pre>
 *
 * @param maxInputChars the most characters a reader accepts in one input
 * @param maxDepth the deepest nesting (templates, links, tags, components) a reader follows
 * @param maxProblems the most problems an import report keeps; further ones are only counted
 */
public record ReadLimits(long maxInputChars, int maxDepth, int maxProblems) {
  /** 64 Mi characters, depth 256, 1000 problems. */
  public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 256, 1000);

  /** Checks that every limit is positive. */
  public ReadLimits {
    if (maxInputChars <= 0 || maxDepth <= 0 || maxProblems < 0) {
      throw new IllegalArgumentException(
          "limits must be positive: maxInputChars="
              + maxInputChars
              + ", maxDepth="
              + maxDepth
              + ", maxProblems="
              + maxProblems);
    }
  }

  /** A copy with another input size limit. */
  public ReadLimits withMaxInputChars(long maxInputChars) {
    return new ReadLimits(maxInputChars, maxDepth, maxProblems);
  }

  /** A copy with another nesting limit. */
  public ReadLimits withMaxDepth(int maxDepth) {
    return new ReadLimits(maxInputChars, maxDepth, maxProblems);
  }

  /** A copy with another problem limit. */
  public ReadLimits withMaxProblems(int maxProblems) {
    return new ReadLimits(maxInputChars, maxDepth, maxProblems);
  }
}
