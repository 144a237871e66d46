package dev.hackathonkit.samples.cli;

import org.jspecify.annotations.Nullable;

/**
 * A failure the tool reports as one line on stderr, with the exit code it ends with. The message
 * starts with where the failure is ({@code file:line:column:} for input errors).
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  CliException(int exitCode, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** One of the {@link HackathonKit} exit codes. */
  int exitCode() {
    return exitCode;
  }

  /** A format this build cannot read or write: a usage error. */
  static CliException unavailable(Format format, String direction) {
    return new CliException(
        HackathonKit.EXIT_USAGE,
        "cannot "
            + direction
            + " "
            + format.cliName()
            + " ("
            + format.label()
            + "): not available in this build");
  }
}
