package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of mapping a page to the model ({@code W1xx}). None stops reading: the value is
 * kept as well as it was understood (or as raw text in {@code extra}) and the problem says where.
 */
public enum PageProblem implements ProblemCode {
  /** A numeric date that reads both day-first and month-first ({@code 2/5/2014}); day-first taken. */
  W101_AMBIGUOUS_DATE("W101", "date reads both day-first and month-first; day-first taken"),
  /** A numeric date that only reads month-first ({@code 01/20/2014}). */
  W102_MONTH_FIRST_DATE("W102", "date only reads month-first"),
  /** The time zone was inferred from the venue's city. */
  W103_TIME_ZONE_INFERRED("W103", "time zone inferred from the venue"),
  /** The page states no time zone and none could be inferred. */
  W104_TIME_ZONE_UNKNOWN("W104", "no time zone stated or inferable"),
  /** A value that does not convert (a date, hours, a GSoC answer); kept as text in {@code extra}. */
  W105_UNREADABLE_VALUE("W105", "value not understood, kept as text in extra"),
  /** A template inside a value that is not expanded (its text is not in the model). */
  W106_TEMPLATE_NOT_EXPANDED("W106", "template not expanded"),
  /** A vote or comment template without a signature with a time stamp. */
  W107_UNSIGNED_REVIEW("W107", "vote or comment without a signed time stamp"),
  /** A topic template without a title parameter. */
  W108_UNTITLED_TOPIC("W108", "topic without a title");

  private final String code;
  private final String description;

  PageProblem(String code, String description) {
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
