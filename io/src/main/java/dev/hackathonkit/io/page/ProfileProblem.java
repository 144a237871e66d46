package dev.hackathonkit.io.page;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the profile reader ({@link PageProfile#fromJson}). All are errors ({@code
 * P2xx}): a profile file with any of them does not load, and one {@link
 * dev.hackathonkit.io.EventFormatException} lists every one found, each at {@code file:line:column}
 * with the key path ({@code fields.skills.labels[2]}).
 */
public enum ProfileProblem implements ProblemCode {
  /** The text is not well-formed JSON; reading stops at the first such error. */
  P201_MALFORMED_JSON,
  /** A key the profile format does not have (or not in this {@code profileVersion}). */
  P202_UNKNOWN_KEY,
  /** A value of the wrong JSON type: a number where a string list belongs. */
  P203_WRONG_TYPE,
  /**
   * A value of the right type that is not allowed: a blank name, an unknown version or language.
   */
  P204_BAD_VALUE,
  /** {@code extends} names no built-in profile. */
  P205_UNKNOWN_PARENT,
  /** A key appears twice in one object, or a word is listed under two keys of one map. */
  P206_DUPLICATE;
}
