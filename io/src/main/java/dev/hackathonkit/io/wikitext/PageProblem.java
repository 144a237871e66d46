package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of mapping a page to the model ({@code W1xx}). None stops reading: the value is
 * kept as well as it was understood (or as raw text in {@code extra}) and the problem says where.
 */
public enum PageProblem implements ProblemCode {
  /** A numeric date that reads both day-first and month-first ({@code 2/5/2014}); day-first taken. */
  W101_AMBIGUOUS_DATE,
  /** A numeric date that only reads month-first ({@code 01/20/2014}). */
  W102_MONTH_FIRST_DATE,
  /** The time zone was inferred from the venue's city. */
  W103_TIME_ZONE_INFERRED,
  /** The page states no time zone and none could be inferred. */
  W104_TIME_ZONE_UNKNOWN,
  /** A value that does not convert (a date, hours, a GSoC answer); kept as text in {@code extra}. */
  W105_UNREADABLE_VALUE,
  /** A template inside a value that is not expanded (its text is not in the model). */
  W106_TEMPLATE_NOT_EXPANDED,
  /** A vote or comment template without a signature with a time stamp. */
  W107_UNSIGNED_REVIEW,
  /** A topic template without a title parameter. */
  W108_UNTITLED_TOPIC;
}
