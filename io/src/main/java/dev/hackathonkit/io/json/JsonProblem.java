package dev.hackathonkit.io.json;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the JSON reader. */
public enum JsonProblem implements ProblemCode {
  /** A property the format does not define, skipped in lenient mode. */
  J101_UNKNOWN_FIELD;
}
