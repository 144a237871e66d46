package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

/**
 * A part of the input that did not end up in the model, with where it is and why it was left out.
 *
 * @param location where it starts
 * @param text the input text (for long parts, its start)
 * @param reason why it was not mapped, such as {@code section heading} or {@code template filler}
 */
public record UnmappedInput(Location location, String text, String reason) {

  /** Checks that every component is present. */
  public UnmappedInput {
    requireNonNull(location, "location");
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + reason + ": " + text;
  }
}
