package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.csv.CsvEventReader;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.csv.CsvOptions;
import dev.hackathonkit.io.csv.SheetMapping;
import dev.hackathonkit.io.frab.FrabScheduleReader;
import dev.hackathonkit.io.frab.FrabScheduleWriter;
import dev.hackathonkit.io.frab.WrittenSchedule;
import dev.hackathonkit.io.html.HtmlPageReader;
import dev.hackathonkit.io.ical.ICalendarEventReader;
import dev.hackathonkit.io.ical.ICalendarEventWriter;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.jsonld.JsonLdEventWriter;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.io.wikitext.Unplaced;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.io.wikitext.WrittenPage;
import dev.hackathonkit.model.Event;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The library's front door: reads an event from any {@link EventFormat}, named or told by the
 * input's name and content, and writes an event in any format, with one set of options. Each
 * format's own reader and writer (in the format's package) does the work and has more options; this
 * class only chooses among them. Instances are immutable and thread-safe.
 *
 * <p>Reading:
 *
 * <pre>{@code
 * ImportResult result = EventIO.standard().read(Path.of("Summit2024.wiki"));  // by extension, else content
 * Event event = result.event();
 * result.report().problems().forEach(System.out::println);  // Summit2024.wiki:12:3: P103 ...
 *
 * ImportResult sheet = EventIO.standard()
 *     .withSheetMapping(SheetMapping.NONE.withStartDate(LocalDate.of(2026, 3, 12)))
 *     .read(csvText, "programme.csv");                       // the name's extension says CSV
 * ImportResult page = EventIO.standard()
 *     .withProfile(PageProfile.fromJson(Path.of("our-wiki.profile.json")))  // a community's layout
 *     .read(markup, "Events/Spring Sprint", EventFormat.WIKITEXT);          // the format named
 * }</pre>
 *
 * <p>Writing:
 *
 * <pre>{@code
 * List<String> notes = EventIO.standard().write(event, EventFormat.ICALENDAR, Path.of("summit.ics"));
 * notes.forEach(System.err::println);  // what the format could not carry, if anything
 * try (Writer out = Files.newBufferedWriter(Path.of("schedule.xml"))) {
 *   EventIO.standard().write(event, EventFormat.FRAB_XML, out);
 * }
 * }</pre>
 *
 * <p>Every read has the same four shapes ({@code String} and name, {@code Reader} and name, {@code
 * InputStream} and name, {@code Path}), each with and without a named format; every write has three
 * ({@code Writer}, {@code OutputStream}, {@code Path}). Text from bytes is UTF-8 unless a
 * byte-order mark says otherwise (CSV: {@link CsvOptions#encoding()}; HTML: also its {@code <meta
 * charset>}). Streams given are never closed. Errors are those of the format's reader: {@link
 * EventFormatException} with the input's name, line and column; what a reader understood but could
 * not place is in the {@link ImportReport}.
 */
public final class EventIO {
  private static final int SNIFF_BYTES = 8192;
  private static final EventIO STANDARD =
      new EventIO(
          null,
          ReadLimits.DEFAULT,
          CsvOptions.DEFAULT,
          SheetMapping.NONE,
          false,
          false,
          Clock.systemUTC());

  private final @Nullable PageProfile profile;
  private final ReadLimits limits;
  private final CsvOptions csv;
  private final SheetMapping sheet;
  private final boolean lenient;
  private final boolean attendees;
  private final Clock clock;

  private EventIO(
      @Nullable PageProfile profile,
      ReadLimits limits,
      CsvOptions csv,
      SheetMapping sheet,
      boolean lenient,
      boolean attendees,
      Clock clock) {
    this.clock = clock;
    this.profile = profile;
    this.limits = limits;
    this.csv = csv;
    this.sheet = sheet;
    this.lenient = lenient;
    this.attendees = attendees;
  }

  /**
   * Default limits and options: page formats choose their profile among {@link
   * PageProfile#builtIns()} page by page, CSV and JSON are strict, JSON-LD is written without
   * attendees.
   */
  public static EventIO standard() {
    return STANDARD;
  }

  /**
   * A copy that reads pages (wikitext, rendered text, HTML) with {@code profile}; {@code null} to
   * choose among the built-ins.
   */
  public EventIO withProfile(@Nullable PageProfile profile) {
    return new EventIO(profile, limits, csv, sheet, lenient, attendees, clock);
  }

  /** A copy with other input limits (size, nesting depth, problems kept) for every format. */
  public EventIO withLimits(ReadLimits limits) {
    return new EventIO(
        profile,
        requireNonNull(limits, "limits"),
        csv.withLimits(limits),
        sheet,
        lenient,
        attendees,
        clock);
  }

  /**
   * A copy that reads and writes CSV with {@code options} (separator, encoding, strictness,
   * byte-order mark).
   */
  public EventIO withCsvOptions(CsvOptions options) {
    return new EventIO(
        profile, limits, requireNonNull(options, "options"), sheet, lenient, attendees, clock);
  }

  /**
   * A copy that reads other tools' schedule sheets with {@code mapping} (start date, date order,
   * column roles).
   */
  public EventIO withSheetMapping(SheetMapping mapping) {
    return new EventIO(
        profile, limits, csv, requireNonNull(mapping, "mapping"), lenient, attendees, clock);
  }

  /**
   * A copy that reads leniently ({@code true}): JSON reports unknown fields as warnings, CSV skips
   * rows with bad values and reports them (as {@link CsvOptions#withStrict} {@code false}).
   */
  public EventIO withLenient(boolean lenient) {
    return new EventIO(profile, limits, csv.withStrict(!lenient), sheet, lenient, attendees, clock);
  }

  /**
   * A copy that writes attendees into JSON-LD ({@code true}); they are personal data, left out by
   * default.
   */
  public EventIO withAttendees(boolean attendees) {
    return new EventIO(profile, limits, csv, sheet, lenient, attendees, clock);
  }

  /**
   * A copy whose iCalendar output is stamped by {@code clock}: {@code DTSTAMP} (RFC 5545 section
   * 3.8.7.2) is the instant the calendar was written unless given, such as a page's revision time,
   * or for output that must not change from run to run.
   */
  public EventIO withClock(Clock clock) {
    return new EventIO(
        profile, limits, csv, sheet, lenient, attendees, requireNonNull(clock, "clock"));
  }

  // ---- reading ----------------------------------------------------------------------------

  /**
   * Reads a file, or a folder of CSV tables; the format is the one the file's extension names, else
   * the one its content suggests ({@link EventFormat#byContent(byte[])}); content wins over a plain
   * {@code .xml} or {@code .json} name when it is a frab schedule.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not what its format needs, or is a Special:Export
   *     dump
   */
  public ImportResult read(Path file) throws IOException, EventFormatException {
    return read(file, detect(file));
  }

  /**
   * Reads a file (or a folder of CSV tables) as {@code format}.
   *
   * @throws IllegalArgumentException if the format is only written ({@link EventFormat#JSONLD})
   */
  public ImportResult read(Path file, EventFormat format) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    return reader(format).read(file);
  }

  /**
   * Reads text named {@code sourceName} (a file name or a page title: the name in locations); the
   * format is the one the name's extension names, else the one the text suggests.
   */
  public ImportResult read(String content, String sourceName) throws EventFormatException {
    return read(content, sourceName, detect(sourceName, content));
  }

  /** Reads text named {@code sourceName} as {@code format}. */
  public ImportResult read(String content, String sourceName, EventFormat format)
      throws EventFormatException {
    requireNonNull(content, "content");
    requireNonNull(sourceName, "sourceName");
    return reader(format).read(content, sourceName);
  }

  /** Reads characters, which stay open, named {@code sourceName}; the format as for text. */
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    java.io.BufferedReader buffered = new java.io.BufferedReader(in, SNIFF_BYTES);
    buffered.mark(SNIFF_BYTES);
    char[] head = new char[SNIFF_BYTES];
    int n = buffered.read(head);
    buffered.reset();
    return read(buffered, sourceName, detect(sourceName, n <= 0 ? "" : new String(head, 0, n)));
  }

  /** Reads characters, which stay open, named {@code sourceName}, as {@code format}. */
  public ImportResult read(Reader in, String sourceName, EventFormat format)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return reader(format).read(in, sourceName);
  }

  /**
   * Reads bytes, which stay open, named {@code sourceName}; the format as for a file's name and
   * first bytes.
   */
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
    buffered.mark(SNIFF_BYTES);
    byte[] head = buffered.readNBytes(SNIFF_BYTES);
    buffered.reset();
    return read(buffered, sourceName, detect(sourceName, head));
  }

  /** Reads bytes, which stay open, named {@code sourceName}, as {@code format}. */
  public ImportResult read(InputStream in, String sourceName, EventFormat format)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return reader(format).read(in, sourceName);
  }

  /**
   * The reader of {@code format}, with this front door's options: its profile, limits, CSV options,
   * sheet mapping and leniency.
   *
   * @throws IllegalArgumentException if the format is only written ({@link EventFormat#JSONLD})
   */
  public EventReader reader(EventFormat format) {
    requireNonNull(format, "format");
    return switch (format) {
      case JSON -> json();
      case CSV -> csvReader();
      case ICALENDAR -> ICalendarEventReader.standard().withLimits(limits);
      case WIKITEXT -> wikitext();
      case TEXT -> text();
      case HTML -> html();
      case FRAB_XML, FRAB_JSON -> FrabScheduleReader.standard().withLimits(limits);
      case JSONLD ->
          throw new IllegalArgumentException(format.label() + " can be written but not read");
    };
  }

  private JsonEventCodec json() {
    return JsonEventCodec.standard().withLenient(lenient).withLimits(limits);
  }

  private CsvEventReader csvReader() {
    return CsvEventReader.standard().withOptions(csv).withSheetMapping(sheet);
  }

  private WikitextReader wikitext() {
    return WikitextReader.standard().withProfile(profile).withLimits(limits);
  }

  private RenderedPageReader text() {
    return RenderedPageReader.standard().withProfile(profile).withLimits(limits);
  }

  private HtmlPageReader html() {
    return HtmlPageReader.standard().withProfile(profile).withLimits(limits);
  }

  // ---- telling the format -----------------------------------------------------------------

  private static EventFormat detect(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      return EventFormat.CSV;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return detect(
        file.getFileName() == null ? file.toString() : file.getFileName().toString(), head);
  }

  private static EventFormat detect(String name, byte[] head) throws EventFormatException {
    return detect(name, EventFormat.byContent(head));
  }

  private static EventFormat detect(String name, String head) throws EventFormatException {
    return detect(name, EventFormat.byContent(head));
  }

  /**
   * The name's format, unless the content is a frab schedule (pretalx names it {@code schedule.xml}
   * or {@code schedule.json}); else the content's.
   *
   * @throws EventFormatException for a Special:Export dump not named as one event's format
   */
  private static EventFormat detect(String name, @Nullable EventFormat byContent)
      throws EventFormatException {
    EventFormat byName = EventFormat.byFileName(name);
    if (byContent == EventFormat.FRAB_XML
        || byContent == EventFormat.FRAB_JSON
        || (byName == null && byContent != null)) {
      return byContent;
    }
    if (byName != null) {
      return byName;
    }
    throw new EventFormatException(
        ReadError.E102_DUMP_NOT_ONE_EVENT,
        new Location(name, 1, 1),
        "expected one event's file; found a Special:Export"
            + " dump (<mediawiki>), which holds many pages: read it with the client module's DumpConverter");
  }

  // ---- writing ----------------------------------------------------------------------------

  /**
   * Writes {@code event} as {@code format} to characters, which stay open (flushed); CSV is our
   * flat sheet.
   *
   * @return what the format could not carry, one line each (topics without a slot in a frab
   *     schedule, fields a wiki page has no place for); empty when it carries everything
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the format is only read, or cannot hold this event (a frab
   *     schedule of an event without any date: {@link FrabScheduleWriter#refusal} says why)
   */
  public List<String> write(Event event, EventFormat format, Writer out) throws IOException {
    requireNonNull(event, "event");
    requireNonNull(out, "out");
    writable(format);
    List<String> notes = new ArrayList<>();
    switch (format) {
      case JSON -> json().write(event, out);
      case CSV -> csvWriter().writeFlat(event, out);
      case ICALENDAR -> ICalendarEventWriter.standard().withClock(clock).write(event, out);
      case WIKITEXT -> {
        WrittenPage page = wikitextWriter().writePage(event);
        out.write(page.markup());
        page.unplaced().stream().map(Unplaced::toString).forEach(notes::add);
      }
      case FRAB_XML, FRAB_JSON -> {
        WrittenSchedule s =
            format == EventFormat.FRAB_XML
                ? FrabScheduleWriter.standard().writeXml(event)
                : FrabScheduleWriter.standard().writeJson(event);
        out.write(s.text());
        notes.addAll(s.notes());
      }
      case JSONLD -> {
        JsonLdEventWriter jsonLd = JsonLdEventWriter.standard().withAttendees(attendees);
        out.write(jsonLd.write(event));
        notes.addAll(jsonLd.notes(event));
      }
      case TEXT, HTML -> throw new AssertionError(format);
    }
    out.flush();
    return List.copyOf(notes);
  }

  /**
   * Writes {@code event} as {@code format} to bytes, which stay open (flushed): UTF-8, CSV with the
   * options' byte-order mark.
   */
  public List<String> write(Event event, EventFormat format, OutputStream out) throws IOException {
    requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<String> notes = write(event, format, w);
    w.flush();
    return notes;
  }

  /**
   * Writes {@code event} as {@code format} to a file, replacing it. CSV: a path ending {@code .zip}
   * gets a zip of our tables, one ending {@code .csv} or {@code .tsv} our flat sheet, any other a
   * folder of our tables (created if needed).
   */
  public List<String> write(Event event, EventFormat format, Path file) throws IOException {
    requireNonNull(event, "event");
    requireNonNull(file, "file");
    writable(format);
    if (format == EventFormat.CSV) {
      String lower =
          file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (lower.endsWith(".zip")) {
        csvWriter().writeZip(event, file);
        return List.of();
      }
      if (!lower.endsWith(".csv") && !lower.endsWith(".tsv")) {
        csvWriter().writeFolder(event, file);
        return List.of();
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      return write(event, format, out);
    }
  }

  private static void writable(EventFormat format) {
    requireNonNull(format, "format");
    if (!format.writable()) {
      throw new IllegalArgumentException(format.label() + " can be read but not written");
    }
  }

  private CsvEventWriter csvWriter() {
    return CsvEventWriter.standard().withOptions(csv);
  }

  private WikitextWriter wikitextWriter() {
    return profile == null
        ? WikitextWriter.standard()
        : WikitextWriter.standard().withProfile(profile);
  }
}
