package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One broken constraint.
 *
 * @param code the constraint's kind, such as {@link ViolationCode#V105_IRC_CHANNEL}
 * @param path where in the event, such as {@code topics[3].contacts[0].email}; empty for the event
 *     itself
 * @param message what is wrong, from {@code ValidationMessages.properties}
 * @param invalidValue the offending value, for class-level constraints the object checked
 */
public record Violation(
    ViolationCode code, String path, String message, @Nullable Object invalidValue) {

  /** Checks code, path and message. */
  public Violation {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** {@code path: V105 message (was 'value')}, the value left out for whole objects. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "event" : path;
    boolean simple =
        invalidValue instanceof CharSequence
            || invalidValue instanceof Number
            || invalidValue instanceof java.time.temporal.Temporal
            || invalidValue instanceof java.time.ZoneId;
    String line = where + ": " + code.code() + " " + message;
    return simple ? line + " (was '" + invalidValue + "')" : line;
  }
}
