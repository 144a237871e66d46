package dev.hackathonkit.io.ical;

import dev.hackathonkit.io.ProblemCode;

/** Problem codes of the iCalendar reader. Codes are stable; messages are not. */
public enum ICalendarProblem implements ProblemCode {
  /** The input does not start a {@code VCALENDAR}; reading stops. */
  C100_NOT_ICALENDAR("C100", "not an iCalendar file (no BEGIN:VCALENDAR)"),
  /** The input is larger than {@link dev.hackathonkit.io.ReadLimits#maxInputChars()}; reading stops. */
  C101_TOO_LARGE("C101", "input larger than the limit"),
  /** Components nest deeper than {@link dev.hackathonkit.io.ReadLimits#maxDepth()}; reading stops. */
  C102_TOO_DEEP("C102", "components nested deeper than the limit"),
  /** A content line without a colon; the line is skipped. */
  C103_LINE_WITHOUT_COLON("C103", "content line without ':', skipped"),
  /** A component that is never closed; what it held is kept. */
  C104_UNTERMINATED_COMPONENT("C104", "component not terminated by END"),
  /** An {@code END} that does not match the open component; it is ignored. */
  C105_MISMATCHED_END("C105", "END does not match the open component"),
  /** Bytes that are not UTF-8; replaced by U+FFFD. */
  C106_MALFORMED_UTF8("C106", "malformed UTF-8"),
  /** A parameter whose quoted value is not closed; the line is read up to the quote. */
  C107_BAD_PARAMETER("C107", "malformed parameter"),
  /** A date or date-time that does not parse; the property is skipped. */
  C110_BAD_DATE("C110", "malformed DATE or DATE-TIME value"),
  /** A TZID that is neither an IANA zone, a Windows zone name, nor defined by the file; read as floating. */
  C111_UNKNOWN_TZID("C111", "unknown TZID, time read as floating"),
  /** A TZID resolved only through the file's own VTIMEZONE. */
  C112_TZID_FROM_VTIMEZONE("C112", "TZID resolved from the file's VTIMEZONE"),
  /** A floating (zone-less) time, read in the event's time zone. */
  C113_FLOATING_TIME("C113", "floating time read in the event's time zone"),
  /** A recurrence rule the reader does not expand; only the first occurrence is kept. */
  C120_UNSUPPORTED_RRULE("C120", "recurrence rule not expanded, first occurrence kept"),
  /** A recurrence rule that does not parse; only the first occurrence is kept. */
  C121_BAD_RRULE("C121", "malformed recurrence rule, first occurrence kept"),
  /** A recurrence that would yield more occurrences than the reader expands; it is cut. */
  C122_TOO_MANY_OCCURRENCES("C122", "recurrence cut at the occurrence limit"),
  /** A VEVENT without a usable DTSTART; it is skipped. */
  C130_NO_DTSTART("C130", "VEVENT without DTSTART, skipped"),
  /** A calendar without a name whose events share no summary; the title is derived. */
  C131_NO_TITLE("C131", "no calendar name or common summary, title derived"),
  /** A calendar without VEVENTs. */
  C132_NO_EVENTS("C132", "calendar without VEVENT"),
  /** A timed entry for the event that spans several dates; its dates are kept without hours. */
  C133_DAY_ACROSS_DATES("C133", "event entry spans several dates, kept without hours"),
  /** A time zone that is not in the zone database; the model gets a fixed offset. */
  C134_ZONE_AS_OFFSET("C134", "time zone kept as a fixed offset"),
  /** A scheduled entry that ends on another date; its slot ends at 23:59. */
  C135_SLOT_ACROSS_DATES("C135", "scheduled entry ends on a later date, slot cut at 23:59");

  private final String code;
  private final String description;

  ICalendarProblem(String code, String description) {
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
