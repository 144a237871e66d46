package dev.hackathonkit.io.text;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the rendered-text reader ({@code T1xx}). */
public enum TextProblem implements ProblemCode {
  /** The page has no title line; the source name was used as the event title. */
  T101_NO_PAGE_TITLE("T101", "no page title line; the source name is the title"),
  /** A {@code Label: value} field the profile does not know; kept in {@code extra}. */
  T102_UNKNOWN_FIELD("T102", "unknown field, kept in extra"),
  /** A field value that does not convert (a date that is not one, an unknown GSoC answer); kept in {@code extra}. */
  T103_BAD_VALUE("T103", "value does not convert, kept in extra"),
  /** A numeric date that reads day-first and month-first; day-first was taken. */
  T104_AMBIGUOUS_DATE("T104", "ambiguous date, read day first"),
  /** A numeric date that is only a date month-first. */
  T105_MONTH_FIRST_DATE("T105", "date read month first"),
  /** The time zone was inferred from the venue's city. */
  T106_ZONE_INFERRED("T106", "time zone inferred from the venue"),
  /** No time zone could be inferred. */
  T107_ZONE_UNKNOWN("T107", "no time zone"),
  /** A field stated twice in one topic; the second value is kept in {@code extra}. */
  T108_DUPLICATE_FIELD("T108", "field stated twice, second kept in extra"),
  /** A review entry without a readable signature. */
  T109_UNSIGNED_REVIEW("T109", "review entry without a signature"),
  /** A signed review entry without a vote or comment icon; read as a comment. */
  T110_REVIEW_WITHOUT_ICON("T110", "signed entry without icon, read as a comment"),
  /** The page states no event dates. */
  T111_NO_DATES("T111", "no event dates"),
  /** A second statement of the event's dates; the first one was used. */
  T112_SECOND_DATES("T112", "dates stated twice, first used"),
  /** A day line that names no day the reader could place. */
  T113_DAY_NOT_PLACED("T113", "day line not placed"),
  /** Lists nested deeper than the reader's depth limit; flattened. */
  T114_TOO_DEEP("T114", "list nested beyond the depth limit, flattened");

  private final String code;
  private final String description;

  TextProblem(String code, String description) {
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
