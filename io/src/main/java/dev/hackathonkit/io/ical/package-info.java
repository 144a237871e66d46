/**
 * iCalendar (RFC 5545, with the calendar properties of RFC 7986), on {@code java.time} and without
 * an iCalendar library: {@link dev.hackathonkit.io.ical.ICalendarEventWriter} writes an event as a
 * calendar people can subscribe to, {@link dev.hackathonkit.io.ical.ICalendarEventReader} reads
 * calendars written by us or by others back into an event, reporting what it could not place with
 * the codes of {@link dev.hackathonkit.io.ical.ICalendarProblem}.
 *
 * <p>Output is deterministic (the same event and clock give the same bytes), folded at 75 octets
 * without splitting a UTF-8 sequence, and carries a {@code VTIMEZONE} for every {@code TZID} it
 * uses, generated from the zone's {@link java.time.zone.ZoneRules} and trimmed to the event's
 * dates.
 */
@NullMarked
package dev.hackathonkit.io.ical;

import org.jspecify.annotations.NullMarked;
