package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.DumpConverter;
import dev.hackathonkit.client.DumpOutcome;
import dev.hackathonkit.client.MissingText;
import dev.hackathonkit.io.EventFormat;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventIO;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadError;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.csv.CsvOptions;
import dev.hackathonkit.io.csv.SheetMapping;
import dev.hackathonkit.io.frab.FrabScheduleWriter;
import dev.hackathonkit.io.html.HtmlPageReader;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one place that knows which reader and writer serves each {@link Format}. Each format's
 * classes are touched only when that format is used, so the tool starts fast. Page formats
 * (rendered text, wikitext) are read with a {@link PageProfile}: one given with {@code --profile},
 * else the readers choose among {@link PageProfile#builtIns()} and say which in the report.
 */
final class Codecs {
  private final @Nullable PageProfile profile;
  private final CsvOptions csv;
  private final boolean lenient;
  private final boolean csvSeparatorGiven;
  private final SheetMapping sheet;

  private Codecs(@Nullable PageProfile profile) {
    this(profile, CsvOptions.DEFAULT, false, false, SheetMapping.NONE);
  }

  private Codecs(
      @Nullable PageProfile profile,
      CsvOptions csv,
      boolean lenient,
      boolean csvSeparatorGiven,
      SheetMapping sheet) {
    this.profile = profile;
    this.csv = csv;
    this.lenient = lenient;
    this.csvSeparatorGiven = csvSeparatorGiven;
    this.sheet = sheet;
  }

  /**
   * A copy that reads as {@code options} say: CSV in their encoding, with their separator and
   * leniency, JSON leniently with {@code --lenient}; and writes CSV with their separator.
   *
   * @param byteOrderMark whether CSV files are written with a UTF-8 byte-order mark ({@code --bom})
   */
  Codecs withInput(InputOptions options, boolean byteOrderMark) {
    CsvOptions c = CsvOptions.DEFAULT.withStrict(!options.lenient).withByteOrderMark(byteOrderMark);
    Charset charset = options.charset();
    if (charset != null) {
      c = c.withEncoding(charset);
    }
    Character separator = options.separatorChar();
    if (separator != null) {
      c = c.withSeparator(separator);
    }
    return new Codecs(profile, c, options.lenient, separator != null, options.sheetMapping());
  }

  /**
   * The CSV writer: comma unless {@code --separator} named another, a byte-order mark with {@code
   * --bom}.
   */
  CsvEventWriter csvWriter() {
    return CsvEventWriter.standard()
        .withOptions(
            CsvOptions.DEFAULT
                .withSeparator(csvSeparatorGiven ? csv.separator() : ',')
                .withByteOrderMark(csv.byteOrderMark()));
  }

  /** The profile named with {@code --profile}, or {@code null} when the readers choose. */
  @Nullable PageProfile profile() {
    return profile;
  }

  /** Page formats read with the profile the readers choose among the built-ins. */
  static Codecs standard() {
    return new Codecs(null);
  }

  /** Page formats read with {@code profile}; {@code null} to let the readers choose. */
  static Codecs withProfile(@Nullable PageProfile profile) {
    return new Codecs(profile);
  }

  /** Receives the events read from one input: one, or one per page of a dump. */
  @FunctionalInterface
  interface PageSink {
    /** Called once per event read. */
    void accept(ImportResult result) throws IOException;

    /**
     * Called for a page of a dump that holds no text to read an event from; nothing was read from
     * it. By default the input fails with {@code message} (exit code 3).
     *
     * @param message {@code dump.xml: Hackathon/2018: text deleted (revision 103); no event
     *     written}
     * @param why the reason alone
     */
    default void unreadable(String message, MissingText why) throws IOException {
      throw new CliException(HackathonKit.EXIT_INPUT, message);
    }

    /**
     * Called for a page of a dump that is not read on purpose: a redirect, a page that is not
     * wikitext. By default nothing happens.
     *
     * @param message {@code dump.xml: Old name: skipped: redirect (to New name)}
     */
    default void skipped(String message) throws IOException {}
  }

  /** Whether this build can read {@code format}. */
  static boolean canRead(Format format) {
    return switch (format) {
      case JSON, CSV, ICS, TEXT, WIKI, XML, HTML, FRAB_XML, FRAB_JSON -> true;
      case JSONLD -> false;
    };
  }

  /** Whether this build can write {@code format}. */
  static boolean canWrite(Format format) {
    return switch (format) {
      case JSON, ICS, CSV, WIKI, FRAB_XML, FRAB_JSON, JSONLD -> true;
      case TEXT, XML, HTML -> false;
    };
  }

  /**
   * Reads an input file (or folder, for CSV) and hands each event to {@code sink}.
   *
   * @throws CliException if this build cannot read the format
   */
  void read(Format format, Path input, PageSink sink) throws IOException, EventFormatException {
    read(format, false, input, sink);
  }

  /**
   * Reads an input file (or folder, for CSV) and hands each event to {@code sink}, after checking
   * that the file is what {@code format} claims ({@link InputCheck}). A {@link Error} while reading
   * or handing over, such as running out of memory, becomes one line naming the input.
   *
   * @param forced whether the format was given with {@code --from} (no check of the content's
   *     format)
   * @throws CliException if this build cannot read the format, the input is not what it claims
   *     (exit 3), or the JVM ran out of memory or stack (exit 71) or failed otherwise (exit 70)
   */
  void read(Format format, boolean forced, Path input, PageSink sink)
      throws IOException, EventFormatException {
    if (!canRead(format)) {
      throw CliException.unavailable(format, "read");
    }
    InputCheck.check(input, format, forced);
    try {
      readChecked(format, input, sink);
    } catch (EventFormatException e) {
      if (e.likelyEncoding().isPresent()) {
        String name = e.likelyEncoding().get().name();
        throw new CliException(
            HackathonKit.EXIT_INPUT,
            HackathonKit.withCode(
                e.getMessage()
                    + (format == Format.CSV
                        ? "; read it with --encoding " + name
                        : "; save it as UTF-8 first (iconv -f " + name + " -t UTF-8)"),
                e),
            e);
      }
      throw e;
    } catch (OutOfMemoryError e) {
      throw new CliException(
          HackathonKit.EXIT_RESOURCES,
          input
              + ": out of memory while reading it as "
              + format.label()
              + " (the JVM may use "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB; give it more with java -Xmx...)",
          e);
    } catch (StackOverflowError e) {
      throw new CliException(
          HackathonKit.EXIT_RESOURCES,
          input
              + ": nested too deeply for the JVM's stack while"
              + " reading it as "
              + format.label()
              + " (give it more with java -Xss...)",
          e);
    } catch (Error e) {
      throw new CliException(
          HackathonKit.EXIT_INTERNAL,
          input
              + ": internal error while reading it as "
              + format.label()
              + ": "
              + e
              + " (run with --verbose for the stack trace)",
          e);
    }
  }

  private void readChecked(Format format, Path input, PageSink sink)
      throws IOException, EventFormatException {
    if (format == Format.XML) {
      try (InputStream in = DumpConverter.open(input)) {
        readDump(input, in, sink);
      }
      return;
    }
    if (format != Format.CSV) { // CSV tables and sheets stream; other inputs are held whole
      long size = Files.size(input);
      if (size > ReadLimits.DEFAULT.maxInputChars() * 4) {
        throw new CliException(
            HackathonKit.EXIT_INPUT,
            input
                + ": input of "
                + size
                + " bytes exceeds the limit of "
                + ReadLimits.DEFAULT.maxInputChars()
                + " characters");
      }
    }
    sink.accept(eventIO().read(input, eventFormat(format)));
  }

  /**
   * Reads one event from text.
   *
   * @throws CliException if this build cannot read the format
   */
  ImportResult read(Format format, String content, String sourceName) throws EventFormatException {
    if (!canRead(format) || format == Format.XML) {
      throw CliException.unavailable(format, "read");
    }
    return eventIO().read(content, sourceName, eventFormat(format));
  }

  /**
   * The library's front door with this tool's options: the profile, CSV options, sheet mapping and
   * leniency.
   */
  private EventIO eventIO() {
    return EventIO.standard()
        .withProfile(profile)
        .withCsvOptions(csv)
        .withSheetMapping(sheet)
        .withLenient(lenient);
  }

  /**
   * The library's format for one of this tool's formats of one event (not {@link Format#XML}, a
   * dump).
   */
  static EventFormat eventFormat(Format format) {
    return switch (format) {
      case JSON -> EventFormat.JSON;
      case CSV -> EventFormat.CSV;
      case ICS -> EventFormat.ICALENDAR;
      case WIKI -> EventFormat.WIKITEXT;
      case TEXT -> EventFormat.TEXT;
      case HTML -> EventFormat.HTML;
      case FRAB_XML -> EventFormat.FRAB_XML;
      case FRAB_JSON -> EventFormat.FRAB_JSON;
      case JSONLD -> EventFormat.JSONLD;
      case XML -> throw new IllegalArgumentException("a Special:Export dump holds many events");
    };
  }

  /**
   * Reads one wiki page as the wiki renders it (HTML); {@code source} names the page and becomes
   * the event's source.
   */
  ImportResult readHtml(String html, Source source) throws EventFormatException {
    return htmlReader().read(html, source.page() == null ? "page.html" : source.page(), source);
  }

  private HtmlPageReader htmlReader() {
    return HtmlPageReader.standard().withProfile(profile);
  }

  /**
   * Reads one wiki page's markup; {@code source} names the page (its title becomes the event's
   * title and the input's name in locations) and becomes the event's source.
   */
  ImportResult readWikitext(String markup, Source source) throws EventFormatException {
    return wikitextReader().withSource(source).read(markup);
  }

  private WikitextReader wikitextReader() {
    return profile == null
        ? WikitextReader.standard()
        : WikitextReader.standard().withProfile(profile);
  }

  /**
   * Reads a Special:Export dump page by page as the XML streams in, through {@link DumpConverter}
   * on this thread: each page's newest revision (by timestamp, in a full-history dump), memory
   * constant whatever the dump's size. Every page read goes to {@link PageSink#accept}, whether it
   * holds an event or not (the sink decides); a page without its text to {@link
   * PageSink#unreadable}; a redirect or a page that is not wikitext to {@link PageSink#skipped}.
   */
  private void readDump(Path input, InputStream in, PageSink sink)
      throws IOException, EventFormatException {
    try {
      dumpConverter()
          .convert(
              in,
              input.toString(),
              outcome -> {
                if (outcome instanceof DumpOutcome.Converted c) {
                  sink.accept(c.result());
                } else if (outcome instanceof DumpOutcome.Skipped s && s.result() != null) {
                  sink.accept(s.result());
                } else if (outcome instanceof DumpOutcome.Skipped s) {
                  sink.skipped(
                      input
                          + ": "
                          + s.title()
                          + ": skipped: "
                          + s.reason().description()
                          + " ("
                          + s.detail()
                          + ")");
                } else if (outcome instanceof DumpOutcome.Failed f && f.missingText() != null) {
                  sink.unreadable(
                      input + ": " + f.title() + ": " + f.message() + "; no event written",
                      f.missingText());
                } else if (outcome instanceof DumpOutcome.Failed f) {
                  throw new CliException(
                      HackathonKit.EXIT_INPUT, input + ": " + f.title() + ": " + f.message());
                }
              });
    } catch (IOException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      String prefix = input + ": ";
      throw new EventFormatException(
          ReadError.E103_MALFORMED_DUMP,
          new Location(input.toString(), 0, 0),
          "expected a Special:Export dump: "
              + (message.startsWith(prefix) ? message.substring(prefix.length()) : message),
          e);
    }
  }

  /**
   * The dump converter reading pages as this tool reads a page: with the profile given, else the
   * built-ins.
   */
  DumpConverter dumpConverter() {
    return DumpConverter.standard().withReader(wikitextReader());
  }

  /**
   * Writes {@code event} as {@code format} into {@code outDir} and returns the file (or folder)
   * written, named after the event's id: {@code <id>.json}, {@code <id>.ics}, {@code <id>.wiki},
   * and the folder {@code <id>-csv/} holding the CSV tables.
   *
   * @return the file written; {@code null} for an iCalendar file that would hold no VEVENT (RFC
   *     5545 needs at least one component), which is not written
   * @throws CliException if this build cannot write the format
   */
  static @Nullable Path write(Format format, Event event, Path outDir) throws IOException {
    return write(format, event, outDir, null, null);
  }

  /**
   * As {@link #write(Format, Event, Path)}, with the wiki page in the layout of {@code wikiProfile}
   * ({@code null}: the Xen Project wiki's, {@link WikitextWriter#standard()}). In another profile's
   * layout the page is checked by reading it back ({@link WikitextWriter#writePage}): each value
   * the layout has no place for is printed on {@code notes} as {@code note: FILE: PATH: REASON
   * (…)}.
   */
  static @Nullable Path write(
      Format format,
      Event event,
      Path outDir,
      @Nullable PageProfile wikiProfile,
      @Nullable PrintWriter notes)
      throws IOException {
    return write(format, event, outDir, wikiProfile, notes, CsvEventWriter.standard());
  }

  /**
   * As {@link #write(Format, Event, Path, PageProfile, PrintWriter)}, writing CSV with {@code csv}.
   */
  static @Nullable Path write(
      Format format,
      Event event,
      Path outDir,
      @Nullable PageProfile wikiProfile,
      @Nullable PrintWriter notes,
      CsvEventWriter csv)
      throws IOException {
    return write(format, event, outDir, wikiProfile, notes, csv, false);
  }

  /**
   * As {@link #write(Format, Event, Path, PageProfile, PrintWriter, CsvEventWriter)}; JSON-LD with
   * the attendees when {@code withAttendees} ({@code --with-attendees}). A frab schedule lists on
   * {@code notes} what it left out (topics without a slot); for an event without days or scheduled
   * topics it is not written ({@code null}).
   */
  static @Nullable Path write(
      Format format,
      Event event,
      Path outDir,
      @Nullable PageProfile wikiProfile,
      @Nullable PrintWriter notes,
      CsvEventWriter csv,
      boolean withAttendees)
      throws IOException {
    // JSON and CSV stream into their files: a large page's event is never held again as text
    switch (format) {
      case JSON -> {
        Path target = target(format, event, outDir);
        EventIO.standard().write(event, EventFormat.JSON, target);
        return target;
      }
      case CSV -> {
        Path target = target(format, event, outDir);
        csv.writeFolder(event, target);
        return target;
      }
      default -> {
        return render(format, event, wikiProfile, csv, null, withAttendees).store(outDir, notes);
      }
    }
  }

  /**
   * One event in one format, rendered but not yet written: what {@link #write} writes, made apart
   * from the writing so that it can be made on another thread.
   *
   * @param name the file (or, for CSV, folder) name in the output folder: {@link #target}'s
   * @param files the file contents by path relative to the output folder; empty for a file that
   *     would hold nothing (an iCalendar file without a VEVENT, a frab schedule without days or
   *     scheduled topics), which is not written
   * @param notes what the written file leaves out, one message each (a value the wiki layout has no
   *     place for, a topic without a slot in a frab schedule)
   */
  record Rendered(String name, Map<String, String> files, List<String> notes) {
    Rendered {
      files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
      notes = List.copyOf(notes);
    }

    /**
     * Writes the files into {@code outDir}, replacing files of the same names, and prints each note
     * on {@code notes} as {@code note: FILE: …}.
     *
     * @return the file or folder written, or {@code null} when there was nothing to write
     */
    @Nullable Path store(Path outDir, @Nullable PrintWriter notes) throws IOException {
      if (files.isEmpty()) {
        return null;
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = outDir.resolve(f.getKey());
        if (file.getParent() != null && !file.getParent().equals(outDir)) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
      Path target = outDir.resolve(name);
      if (notes != null) {
        for (String n : this.notes) {
          notes.println("note: " + target + ": " + n);
        }
      }
      return target;
    }
  }

  /**
   * Renders {@code event} as {@code format}, as {@link #write(Format, Event, Path, PageProfile,
   * PrintWriter, CsvEventWriter)} writes it.
   *
   * @param stamped the iCalendar {@code DTSTAMP} (RFC 5545 section 3.8.7.2: when the information
   *     was last revised; a page's revision time), or {@code null} for now
   */
  static Rendered render(
      Format format,
      Event event,
      @Nullable PageProfile wikiProfile,
      CsvEventWriter csv,
      java.time.@Nullable Instant stamped) {
    return render(format, event, wikiProfile, csv, stamped, false);
  }

  /**
   * As {@link #render(Format, Event, PageProfile, CsvEventWriter, java.time.Instant)}; JSON-LD with
   * the attendees when {@code withAttendees}.
   */
  static Rendered render(
      Format format,
      Event event,
      @Nullable PageProfile wikiProfile,
      CsvEventWriter csv,
      java.time.@Nullable Instant stamped,
      boolean withAttendees) {
    String name = event.id() + (format == Format.CSV ? "-csv" : format.extension());
    switch (format) {
      case CSV -> {
        // a folder of tables, rendered table by table for the thread that writes the files
        Map<String, String> files = new java.util.LinkedHashMap<>();
        csv.toStrings(event).forEach((table, text) -> files.put(name + "/" + table, text));
        return new Rendered(name, files, List.of());
      }
      case WIKI -> {
        if (wikiProfile == null) {
          // the Xen Project layout, which holds every field the model has: written without the
          // read-back check EventIO makes, which would double the time of every page of a dump run
          return new Rendered(
              name, Map.of(name, WikitextWriter.standard().write(event)), List.of());
        }
      }
      case FRAB_XML, FRAB_JSON -> {
        if (refusal(format, event) != null) {
          return new Rendered(name, Map.of(), List.of());
        }
      }
      case XML, TEXT, HTML -> throw CliException.unavailable(format, "write");
      default -> {
        // the other formats are written by the library's front door below
      }
    }
    EventIO io = EventIO.standard().withProfile(wikiProfile).withAttendees(withAttendees);
    if (stamped != null) {
      io = io.withClock(java.time.Clock.fixed(stamped, java.time.ZoneOffset.UTC));
    }
    java.io.StringWriter text = new java.io.StringWriter();
    List<String> notes;
    try {
      notes = io.write(event, eventFormat(format), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    String rendered = text.toString();
    if (format == Format.ICS && !rendered.contains("\r\nBEGIN:VEVENT\r\n")) {
      return new Rendered(name, Map.of(), List.of()); // RFC 5545 needs a component: not written
    }
    if (format == Format.WIKI && wikiProfile != null) {
      String layout = wikiProfile.name();
      notes = notes.stream().map(n -> "not in the layout of " + layout + ": " + n).toList();
    }
    return new Rendered(name, Map.of(name, rendered), notes);
  }

  /**
   * Why {@code event} cannot be written as {@code format}, which must hold it, or {@code null}: a
   * frab schedule of an event without any date ({@link FrabScheduleWriter#refusal}). The caller
   * reports it as an error ({@link HackathonKit#EXIT_UNWRITABLE}); an iCalendar file without a
   * VEVENT is only left out, with a note (the default outputs include it, and an ideas page has no
   * dates).
   */
  static @Nullable String refusal(Format format, Event event) {
    return format == Format.FRAB_XML || format == Format.FRAB_JSON
        ? FrabScheduleWriter.standard().refusal(event).orElse(null)
        : null;
  }

  /** Where {@link #write} puts {@code event} as {@code format}. */
  static Path target(Format format, Event event, Path outDir) {
    return outDir.resolve(event.id() + (format == Format.CSV ? "-csv" : format.extension()));
  }
}
