package dev.hackathonkit.io.page;

import dev.hackathonkit.io.ProblemCode;

/**
 * Problem codes of mapping a page to the model ({@code P1xx}), the same whichever syntax the page
 * came in (wikitext, rendered text, HTML). None stops reading: the value is kept as well as it was
 * understood, or as raw text in {@code extra}, and the problem says where.
 */
public enum PageProblem implements ProblemCode {
  /**
   * A numeric date that reads both day-first and month-first ({@code 2/5/2014}); day-first taken.
   */
  P101_AMBIGUOUS_DATE,
  /** A numeric date that only reads month-first ({@code 01/20/2014}). */
  P102_MONTH_FIRST_DATE,
  /** The time zone was inferred from the venue's city or country. */
  P103_TIME_ZONE_INFERRED,
  /** The page states no time zone and none could be inferred. */
  P104_TIME_ZONE_UNKNOWN,
  /**
   * A value that does not convert (a date, hours, a GSoC answer); kept as text in {@code extra}.
   */
  P105_UNREADABLE_VALUE,
  /** A template inside a value that is not expanded (its text is not in the model). */
  P106_TEMPLATE_NOT_EXPANDED,
  /** A vote or comment without a signature with a time stamp. */
  P107_UNSIGNED_REVIEW,
  /** A topic without a title; it is called "Untitled topic". */
  P108_UNTITLED_TOPIC,
  /** A {@code Label: value} field the profile does not know; kept in {@code extra}. */
  P109_UNKNOWN_FIELD,
  /** A field stated twice in one topic; the second value is kept in {@code extra}. */
  P110_DUPLICATE_FIELD,
  /** The page states no event dates. */
  P111_NO_DATES,
  /** A second statement of the event's dates; the first one was used. */
  P112_SECOND_DATES,
  /** A date without a year; the year was taken from the page's other dates. */
  P113_YEAR_INFERRED,
  /** A schedule entry whose day or time could not be placed; the session has no slot. */
  P114_SLOT_NOT_PLACED,
  /** Nothing of an event was found: no days, no topics, no attendees. */
  P115_NO_EVENT_FOUND,
  /** A signed review entry without a vote or comment icon; read as a comment. */
  P116_REVIEW_WITHOUT_ICON;
}
