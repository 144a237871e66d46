package dev.hackathonkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts a reader's {@link EventFormatException} by what tools branch on: its code and its
 * location ({@code source:line:column}), not its prose.
 */
public final class FormatErrors {
  private FormatErrors() {}

  /**
   * Runs {@code call}, which must throw an {@link EventFormatException} with {@code code} at {@code
   * location} (as {@link Location#toString()} writes it); returns it for further checks.
   */
  public static EventFormatException assertFails(
      ThrowingCallable call, ProblemCode code, String location) {
    EventFormatException e = catchThrowableOfType(EventFormatException.class, call);
    assertThat(e).as("an EventFormatException %s at %s", code.code(), location).isNotNull();
    assertThat(e.code()).as("code of: %s", e.getMessage()).isEqualTo(code);
    assertThat(e.location()).as("location of: %s", e.getMessage()).hasToString(location);
    return e;
  }
}
