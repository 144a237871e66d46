package dev.hackathonkit.io;

/**
 * Why a part of the input is not in the model ({@code U1xx}): the kind of {@link UnmappedInput},
 * whose {@code reason} adds the detail (which template, which heading). None is an error: the
 * reader goes on, and the part is listed with its location so that nothing is lost silently (the
 * coverage line of the import report counts them).
 */
public enum UnmappedReason implements ProblemCode {
  /** Listed by a reader that has no finer reason for it; the reason text says what it is. */
  U100_NOT_PLACED,
  /**
   * Markup without text of its own: a footnote or hidden markup, a lone image file name, an empty
   * list item or table, markup that renders nothing.
   */
  U101_MARKUP_WITHOUT_TEXT,
  /** The site's chrome around the content: a table of contents, a line of navigation links. */
  U102_SITE_CHROME,
  /**
   * A part the page profile does not place: a section heading, a template or a positional template
   * parameter, text between the parts it reads, a template it does not expand.
   */
  U103_NOT_IN_PROFILE,
  /**
   * A template's filler text for a field left absent ({@code Mailing list: <absent>}), or a label
   * without a value.
   */
  U104_EMPTY_FIELD,
  /**
   * An entry that lacks what makes it one: an attendee or table row without a name, a review
   * without a signature, a schedule row without a time, a topic field outside any topic.
   */
  U105_INCOMPLETE_ENTRY,
  /**
   * Content that is not calendar data: lines outside {@code VCALENDAR}, or without the shape of a
   * content line (RFC 5545 section 3.1).
   */
  U106_NOT_CALENDAR_DATA,
  /**
   * A part the model has no field for, not kept in {@code extra}: a field of a frab schedule, an
   * iCalendar component other than an event ({@code VTODO}, {@code VJOURNAL}, {@code VALARM}, ...).
   */
  U107_NO_FIELD_IN_MODEL,
  /**
   * A property the model has no field for, kept in the topic's or event's {@code extra}: placed, so
   * that a writer can give it back, but not understood (an iCalendar {@code X-} property).
   */
  U108_KEPT_IN_EXTRA,
  /**
   * A property that describes the file rather than the event (iCalendar's {@code DTSTAMP}, {@code
   * SEQUENCE}, {@code PRODID}, ...; RFC 5545 section 3.8.7), listed and not counted in coverage.
   */
  U109_BOOKKEEPING;
}
