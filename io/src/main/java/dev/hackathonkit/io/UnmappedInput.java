package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

/**
 * A part of the input that did not end up in the model, with where it is and why it was left out.
 *
 * @param code the kind of reason, such as {@link UnmappedReason#U103_NOT_IN_PROFILE}
 * @param location where it starts
 * @param text the input text (for long parts, its start)
 * @param reason why it was not mapped, in words: {@code section heading the profile does not place}
 */
public record UnmappedInput(ProblemCode code, Location location, String text, String reason) {

  /** Checks that every component is present. */
  public UnmappedInput {
    requireNonNull(code, "code");
    requireNonNull(location, "location");
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
  }

  /** {@code source:line:column: U103 reason: text}. */
  @Override
  public String toString() {
    return location + ": " + code.code() + " " + reason + ": " + text;
  }
}
