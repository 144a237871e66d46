package dev.hackathonkit.io.json;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the JSON reader. */
public enum JsonProblem implements ProblemCode {
  /** A property the format does not define, skipped in lenient mode. */
  J101_UNKNOWN_FIELD("J101", "unknown field, skipped");

  private final String code;
  private final String description;

  JsonProblem(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }
}
