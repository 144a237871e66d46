package dev.hackathonkit.io.text;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the rendered-text reader ({@code T1xx}). */
public enum TextProblem implements ProblemCode {
  /** The page has no title line; the source name was used as the event title. */
  T101_NO_PAGE_TITLE,
  /** A {@code Label: value} field the profile does not know; kept in {@code extra}. */
  T102_UNKNOWN_FIELD,
  /** A field value that does not convert (a date that is not one, an unknown GSoC answer); kept in {@code extra}. */
  T103_BAD_VALUE,
  /** A numeric date that reads day-first and month-first; day-first was taken. */
  T104_AMBIGUOUS_DATE,
  /** A numeric date that is only a date month-first. */
  T105_MONTH_FIRST_DATE,
  /** The time zone was inferred from the venue's city. */
  T106_ZONE_INFERRED,
  /** No time zone could be inferred. */
  T107_ZONE_UNKNOWN,
  /** A field stated twice in one topic; the second value is kept in {@code extra}. */
  T108_DUPLICATE_FIELD,
  /** A review entry without a readable signature. */
  T109_UNSIGNED_REVIEW,
  /** A signed review entry without a vote or comment icon; read as a comment. */
  T110_REVIEW_WITHOUT_ICON,
  /** The page states no event dates. */
  T111_NO_DATES,
  /** A second statement of the event's dates; the first one was used. */
  T112_SECOND_DATES,
  /** A day line that names no day the reader could place. */
  T113_DAY_NOT_PLACED,
  /** Lists nested deeper than the reader's depth limit; flattened. */
  T114_TOO_DEEP;
}
