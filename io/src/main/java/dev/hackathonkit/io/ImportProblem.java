package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

/**
 * One problem found while reading: its stable code, where it is and what it says.
 *
 * @param code the kind of problem
 * @param location where in the input
 * @param message what was found and what was expected
 */
public record ImportProblem(ProblemCode code, Location location, String message) {

  /** Checks that every component is present. */
  public ImportProblem {
    requireNonNull(code, "code");
    requireNonNull(location, "location");
    requireNonNull(message, "message");
  }

  /** {@code source:line:column: P104 message}. */
  @Override
  public String toString() {
    return location + ": " + code.code() + " " + message;
  }
}
