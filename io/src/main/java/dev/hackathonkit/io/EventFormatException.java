package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.internal.UndecodableTextException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input that a reader cannot continue from: not the format it claims to be, beyond a size or
 * nesting limit, or (in strict mode) values that do not convert. The message starts with the
 * location: {@code topics.csv:12:4: expected a date dd/mm/yyyy, found '31/02/2013'}; {@link
 * #code()} is its stable problem code ({@code C202}). The codes of each format live in that
 * format's problem enum ({@code ICalendarProblem}, {@code CsvProblem}, ...; see {@link
 * ProblemCode}); errors common to every reader are {@link ReadError}s.
 *
 * <p>When a reader found several errors at once (CSV in strict mode), {@link #problems()} lists
 * them all; the exception's own location is the first one's.
 */
public class EventFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ProblemCode code;
  private final Location location;
  private final String expected;
  private final List<ImportProblem> problems;

  /**
   * An error at one location.
   *
   * @param code the kind of error, such as {@link
   *     dev.hackathonkit.io.wikitext.MarkupProblem#W202_TOO_DEEP}
   * @param location where reading stopped
   * @param expected what was expected there and what was found
   */
  public EventFormatException(ProblemCode code, Location location, String expected) {
    this(code, location, expected, List.of(), null);
  }

  /**
   * An error at one location, caused by a lower-level exception.
   *
   * @param code the kind of error
   * @param location where reading stopped
   * @param expected what was expected there and what was found
   * @param cause the exception that detected it
   */
  public EventFormatException(
      ProblemCode code, Location location, String expected, @Nullable Throwable cause) {
    this(code, location, expected, List.of(), cause);
  }

  /**
   * Several errors found in one input.
   *
   * @param code the kind of the first error
   * @param location where the first error is
   * @param expected a summary of the errors
   * @param problems every error found
   * @param cause the exception that detected the first one, if any
   */
  public EventFormatException(
      ProblemCode code,
      Location location,
      String expected,
      List<ImportProblem> problems,
      @Nullable Throwable cause) {
    super(
        requireNonNull(location, "location") + ": " + requireNonNull(expected, "expected"), cause);
    this.code = requireNonNull(code, "code");
    this.location = location;
    this.expected = expected;
    this.problems = List.copyOf(problems);
  }

  /**
   * The kind of error: a stable code such as {@code W202} (nesting beyond the limit) or {@code
   * C202} (a value that does not convert), from the format's problem enum; the first error's when
   * there are several. Tools branch on it, never on the message.
   */
  public ProblemCode code() {
    return code;
  }

  /** Where reading stopped (the first error). */
  public Location location() {
    return location;
  }

  /** What was expected and found, without the location. */
  public String expected() {
    return expected;
  }

  /** Every error found, when the reader collected several; otherwise empty. */
  public List<ImportProblem> problems() {
    return problems;
  }

  /**
   * For input whose bytes are not text in the encoding it was read in: the encoding it most likely
   * has ({@link EventFormat#likelyEncoding(byte[])}), to read it again in or convert it from.
   *
   * @return the likely encoding, or empty for other errors and for binary data
   */
  public Optional<Charset> likelyEncoding() {
    return getCause() instanceof UndecodableTextException u
        ? Optional.ofNullable(u.likely())
        : Optional.empty();
  }
}
