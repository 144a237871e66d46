package dev.hackathonkit.io.json;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of the JSON reader. {@code J1xx} are warnings (the import goes on); {@code J2xx}
 * are errors that stop reading ({@link dev.hackathonkit.io.EventFormatException}).
 */
public enum JsonProblem implements ProblemCode {
  /** A property the format does not define, skipped in lenient mode. */
  J101_UNKNOWN_FIELD,
  /** Text that is not JSON (RFC 8259): a syntax error, or bytes cut short. */
  J201_MALFORMED,
  /** JSON that is not one event object: {@code null}, an array, or more after the object. */
  J202_NOT_AN_EVENT,
  /**
   * A value of the wrong type or form: a date that is not ISO-8601, a string where an array
   * belongs.
   */
  J203_BAD_VALUE,
  /** A required field is missing, or a value the model's record rejects. */
  J204_MISSING_FIELD,
  /**
   * A field the format does not define, in strict mode (lenient mode skips it with {@link
   * #J101_UNKNOWN_FIELD}).
   */
  J205_UNKNOWN_FIELD_STRICT,
  /**
   * Input beyond a limit ({@link dev.hackathonkit.io.ReadLimits}): longer than {@code
   * maxInputChars} or nested deeper than {@code maxDepth} (Jackson's {@code
   * StreamReadConstraints}).
   */
  J206_TOO_LARGE;
}
