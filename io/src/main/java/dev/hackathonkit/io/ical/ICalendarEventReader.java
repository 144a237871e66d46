package dev.hackathonkit.io.ical;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventReader;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.BoundedText;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an iCalendar file (ours or one written by Google Calendar, Outlook, Thunderbird, pretalx
 * and the like) into an event.
 *
 * <p>Mapping: the calendar's {@code NAME} or {@code X-WR-CALNAME} (unless it is an e-mail address;
 * else the summary of the longest all-day VEVENT, else the summary every VEVENT shares) is the
 * title; VEVENTs with that summary are the event's days, timed ones with their hours and all-day
 * ones (end exclusive) without; every other timed VEVENT is a topic with a scheduled slot, however
 * often its summary repeats; the days' {@code LOCATION} is the venue (from this library's {@code
 * X-VENUE-NAME}, {@code -STREET}, {@code -POSTCODE}, {@code -CITY} and {@code -COUNTRY} parameters,
 * or else split from an address such as {@code Example Hall, Musterstraße 12, 10999 Berlin,
 * Germany}: name, street, postcode and city, country) and their {@code URL}s and {@code LINK}s the
 * links. Recurrences of days ({@code RRULE} with {@code FREQ=DAILY} or {@code WEEKLY}, {@code
 * EXDATE}, {@code RDATE}) expand into days; a topic's series keeps its rule ({@link
 * dev.hackathonkit.model.Slot#recurrence()}). {@code RECURRENCE-ID} overrides take their occurrence
 * out of the series (RFC 5545 section 3.8.4.4), and {@code STATUS:CANCELLED} entries are dropped.
 * {@code DURATION} follows RFC 5545 section 3.3.6 (days nominal, hours exact); a DATE-TIME start
 * without an end keeps its start. A {@code TZID} resolves to an IANA zone, a Windows zone name, or,
 * for one only the file's VTIMEZONE defines, the IANA zone with the same transitions or else the
 * VTIMEZONE's own rules (never a fixed offset). {@code ORGANIZER}, {@code ATTENDEE} ({@code CN},
 * {@code ROLE}, {@code PARTSTAT}) and {@code CONTACT} become contacts and attendees. Text around
 * the calendar (an HTML page or comment) is skipped with a warning.
 *
 * <p>Coverage is counted as for pages: the share of the non-blank characters of the content lines
 * that were placed in the model; bookkeeping properties ({@code DTSTAMP}, {@code PRODID}...) are
 * listed but not counted.
 *
 * <p>What cannot be placed is reported with a line number ({@link ICalendarProblem} codes, and
 * {@link ImportReport#unmapped()}); only input that is not iCalendar at all, or beyond the {@link
 * ReadLimits}, throws {@link EventFormatException}.
 *
 * <pre>{@code
 * ImportResult result = ICalendarEventReader.standard().read(Path.of("schedule.ics"));
 * Event event = result.event();
 * result.report().problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ICalendarEventReader implements EventReader {
  private final ReadLimits limits;

  private ICalendarEventReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** A reader with {@link ReadLimits#DEFAULT}. */
  public static ICalendarEventReader standard() {
    return new ICalendarEventReader(ReadLimits.DEFAULT);
  }

  /** A copy with other limits (input size in octets, component nesting, problems kept). */
  public ICalendarEventReader withLimits(ReadLimits limits) {
    return new ICalendarEventReader(requireNonNull(limits, "limits"));
  }

  /**
   * Reads UTF-8 iCalendar bytes.
   *
   * @param ics the file's bytes
   * @param sourceName the input's name, for locations
   * @throws EventFormatException if the input is not iCalendar or exceeds the limits
   */
  public ImportResult read(byte[] ics, String sourceName) throws EventFormatException {
    requireNonNull(ics, "ics");
    requireNonNull(sourceName, "sourceName");
    ReportBuilder report = ReportBuilder.of(sourceName).maxProblems(limits.maxProblems());
    ContentParser parser = new ContentParser(sourceName, limits, report);
    List<Component> calendars = parser.parse(ics);
    Event event = new EventMapper(sourceName, report).map(calendars, parser.brokenChars());
    return new ImportResult(event, report.build());
  }

  /**
   * Reads iCalendar text.
   *
   * @param ics the text
   * @param sourceName the input's name, for locations
   * @throws EventFormatException if the input is not iCalendar or exceeds the limits
   */
  @Override
  public ImportResult read(String ics, String sourceName) throws EventFormatException {
    requireNonNull(ics, "ics");
    if (ics.length() > limits.maxInputChars()) {
      throw new EventFormatException(
          ICalendarProblem.I101_TOO_LARGE,
          new Location(sourceName, 0, 0),
          "expected at most " + limits.maxInputChars() + " characters, found " + ics.length());
    }
    return read(ics.getBytes(StandardCharsets.UTF_8), sourceName);
  }

  /**
   * Reads UTF-8 iCalendar from a stream, which stays open; reads at most the size limit plus one
   * octet.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not iCalendar or exceeds the limits
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    long max = Math.min(limits.maxInputChars(), Integer.MAX_VALUE - 16L);
    byte[] bytes = in.readNBytes((int) max + 1);
    return read(bytes, sourceName);
  }

  /**
   * Reads a calendar from a character stream, which stays open; at most the limit's characters are
   * read.
   *
   * @param sourceName the input's name, for locations
   * @throws IOException if reading fails
   * @throws EventFormatException as {@link #read(String, String)}
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    return read(BoundedText.read(in, limits.maxInputChars()), sourceName);
  }

  /**
   * Reads an {@code .ics} file; its path, as given, is the source name.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not iCalendar or exceeds the limits
   */
  @Override
  public ImportResult read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }
}
