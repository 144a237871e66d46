package dev.hackathonkit.io.frab;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the frab schedule reader. Codes are stable; messages are not. */
public enum FrabProblem implements ProblemCode {
  /**
   * The input is neither a {@code <schedule>} XML document nor a JSON object with a {@code
   * schedule}; reading stops.
   */
  F100_NOT_A_SCHEDULE,
  /**
   * The input is larger than {@link dev.hackathonkit.io.ReadLimits#maxInputChars()}; reading stops.
   */
  F101_TOO_LARGE,
  /**
   * Elements or values nest deeper than {@link dev.hackathonkit.io.ReadLimits#maxDepth()}; reading
   * stops.
   */
  F102_TOO_DEEP,
  /** XML or JSON that is not well-formed; reading stops. */
  F103_MALFORMED,
  /** A conference without a title; the source name is the title. */
  F110_NO_TITLE,
  /** No usable time zone name; the zone is the offset of the first date-time, or UTC. */
  F111_NO_TIME_ZONE,
  /** A date, date-time, start or duration that does not parse; left out; the warning quotes it. */
  F112_BAD_TIME,
  /** A day that ends after midnight; its closing hour is left out. */
  F113_DAY_PAST_MIDNIGHT,
  /** An entry without a title; it is skipped. */
  F114_ENTRY_WITHOUT_TITLE,
  /** An entry that ends on a later date; its slot ends at 23:59. */
  F115_ENTRY_ACROSS_DATES,
  /** A field the model has no place for; kept in the topic's or event's extra. */
  F116_FIELD_IN_EXTRA,
  /** An entry without a usable start; kept as a topic without a slot. */
  F117_ENTRY_WITHOUT_START,
  /**
   * A second, different value for something the event keeps once (a room's {@code guid} that
   * differs between days, a person's {@code id} that differs within an entry); the first is kept,
   * the warning quotes the other.
   */
  F118_CONFLICTING_VALUE,
  /**
   * An entry dated after the last day, inside a day that runs past midnight (frab's {@code day_end}
   * on the next date); its date is added as an event day without hours.
   */
  F119_ENTRY_AFTER_MIDNIGHT;
}
