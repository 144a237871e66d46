package dev.hackathonkit.io.ical;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the iCalendar reader. Codes are stable; messages are not. */
public enum ICalendarProblem implements ProblemCode {
  /** The input does not start a {@code VCALENDAR}; reading stops. */
  I100_NOT_ICALENDAR,
  /**
   * The input is larger than {@link dev.hackathonkit.io.ReadLimits#maxInputChars()}; reading stops.
   */
  I101_TOO_LARGE,
  /**
   * Components nest deeper than {@link dev.hackathonkit.io.ReadLimits#maxDepth()}; reading stops.
   */
  I102_TOO_DEEP,
  /** A content line without a colon; the line is skipped. */
  I103_LINE_WITHOUT_COLON,
  /** A component that is never closed; what it held is kept. */
  I104_UNTERMINATED_COMPONENT,
  /** An {@code END} that does not match the open component; it is ignored. */
  I105_MISMATCHED_END,
  /** Bytes that are not UTF-8; replaced by U+FFFD. */
  I106_MALFORMED_UTF8,
  /** A parameter whose quoted value is not closed; the line is read up to the quote. */
  I107_BAD_PARAMETER,
  /**
   * Text around the calendar (an HTML comment or page wrapped around {@code BEGIN:VCALENDAR}); it
   * is skipped and the calendar read.
   */
  I108_TEXT_AROUND_CALENDAR,
  /** A date or date-time that does not parse; the property is skipped. */
  I110_BAD_DATE,
  /**
   * A TZID that is neither an IANA zone, a Windows zone name, nor defined by the file; read as
   * floating.
   */
  I111_UNKNOWN_TZID,
  /**
   * A TZID that only the file's VTIMEZONE defines: read as the IANA zone whose transitions match
   * over the file's dates, else with the VTIMEZONE's own rules; the message says which.
   */
  I112_TZID_FROM_VTIMEZONE,
  /**
   * An embedded VTIMEZONE that disagrees with the IANA zone of the same name over the file's dates;
   * the message says where and that the IANA zone was used.
   */
  I114_VTIMEZONE_DISAGREES,
  /** A floating (zone-less) time, read in the event's time zone. */
  I113_FLOATING_TIME,
  /** A recurrence rule the reader does not expand; only the first occurrence is kept. */
  I120_UNSUPPORTED_RRULE,
  /** A recurrence rule that does not parse; only the first occurrence is kept. */
  I121_BAD_RRULE,
  /** A recurrence that would yield more occurrences than the reader expands; it is cut. */
  I122_TOO_MANY_OCCURRENCES,
  /**
   * A RECURRENCE-ID (RFC 5545 section 3.8.4.4) that names no occurrence of its series, or whose
   * series is not in the file, or with {@code RANGE=THISANDFUTURE}; the override is read as an
   * entry of its own.
   */
  I123_OVERRIDE_WITHOUT_OCCURRENCE,
  /** A VEVENT without a usable DTSTART; it is skipped. */
  I130_NO_DTSTART,
  /** A calendar without a name whose events share no summary; the title is derived. */
  I131_NO_TITLE,
  /** A calendar without VEVENTs. */
  I132_NO_EVENTS,
  /** A timed entry for the event that spans several dates; its dates are kept without hours. */
  I133_DAY_ACROSS_DATES,
  /**
   * No longer reported: a zone the file's VTIMEZONE defines keeps its rules ({@link
   * #I112_TZID_FROM_VTIMEZONE}). Kept so that codes stay stable.
   */
  I134_ZONE_AS_OFFSET,
  /** A scheduled entry that ends on another date; its slot ends at 23:59. */
  I135_SLOT_ACROSS_DATES,
  /** A VEVENT with {@code STATUS:CANCELLED}: not an event day or topic. */
  I137_CANCELLED,
  /**
   * An occurrence that starts or ends outside the years 0000 to 9999, the only ones an iCalendar
   * DATE holds (RFC 5545 section 3.3.4), such as {@code 99991231} plus two days: skipped.
   */
  I138_DATE_OUT_OF_RANGE;
}
