package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.ExportReader;
import dev.hackathonkit.client.ExportedPage;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.csv.CsvEventReader;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.ical.ICalendarEventWriter;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import org.jspecify.annotations.Nullable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that knows which reader and writer serves each {@link Format}. Each format's
 * classes are touched only when that format is used, so the tool starts fast.
 */
final class Codecs {
  private Codecs() {}

  /** Receives the events read from one input: one, or one per page of a dump. */
  @FunctionalInterface
  interface PageSink {
    /** Called once per event read. */
    void accept(ImportResult result) throws IOException;
  }

  /** Whether this build can read {@code format}. */
  static boolean canRead(Format format) {
    return switch (format) {
      case JSON, CSV -> true;
      case XML -> canRead(Format.WIKI);
      case ICS, WIKI, TEXT -> false;
    };
  }

  /** Whether this build can write {@code format}. */
  static boolean canWrite(Format format) {
    return switch (format) {
      case JSON, ICS, CSV, WIKI -> true;
      case TEXT, XML -> false;
    };
  }

  /**
   * Reads an input file (or folder, for CSV) and hands each event to {@code sink}.
   *
   * @throws CliException if this build cannot read the format
   */
  static void read(Format format, Path input, PageSink sink) throws IOException, EventFormatException {
    if (!canRead(format)) {
      throw CliException.unavailable(format, "read");
    }
    if (format == Format.CSV) { // a folder, a zip or one flat sheet, streamed by the reader
      sink.accept(CsvEventReader.standard().read(input));
      return;
    }
    if (format == Format.XML) {
      readDump(input, sink);
      return;
    }
    long size = Files.size(input);
    if (size > ReadLimits.DEFAULT.maxInputChars() * 4) {
      throw new CliException(
          HackathonKit.EXIT_INPUT,
          input + ": input of " + size + " bytes exceeds the limit of "
              + ReadLimits.DEFAULT.maxInputChars() + " characters");
    }
    String content = Files.readString(input, StandardCharsets.UTF_8);
    sink.accept(read(format, content, input.toString()));
  }

  /**
   * Reads a Special:Export dump page by page as the XML streams in: only the newest revision seen
   * of the current page is held, so memory stays constant whatever the dump's size. A dump with
   * full history converts each page's last revision.
   */
  private static void readDump(Path input, PageSink sink) throws IOException, EventFormatException {
    ExportedPage[] pending = {null};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input))) {
      readDump(input, in, pending, sink);
    }
  }

  private static void readDump(Path input, InputStream in, @Nullable ExportedPage[] pending, PageSink sink)
      throws IOException, EventFormatException {
    try {
      ExportReader.read(in, page -> {
        ExportedPage previous = pending[0];
        if (previous != null && !previous.title().equals(page.title())) {
          convertDumpPage(input, previous, sink);
        }
        pending[0] = page;
      });
      if (pending[0] != null) {
        convertDumpPage(input, pending[0], sink);
      }
    } catch (Unchecked e) {
      throw e.cause;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (IOException e) {
      throw new EventFormatException(new Location(input.toString(), 0, 0), "expected a Special:Export dump: " + e.getMessage(), e);
    }
  }

  private static void convertDumpPage(Path input, ExportedPage page, PageSink sink) {
    try {
      Source source = new Source(null, page.title(), null, page.revisionId(), null);
      sink.accept(readWikitext(page.text(), input + "#" + page.title(), source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (EventFormatException e) {
      throw new Unchecked(e);
    }
  }

  /** Carries a page's format error out of the dump reader's callback. */
  private static final class Unchecked extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final EventFormatException cause;

    Unchecked(EventFormatException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /**
   * Reads one wiki page's markup, with where it came from.
   *
   * @throws CliException if this build cannot read wikitext
   */
  static ImportResult readWikitext(String markup, String sourceName, Source source) throws EventFormatException {
    if (!canRead(Format.WIKI)) {
      throw CliException.unavailable(Format.WIKI, "read");
    }
    ImportResult result = read(Format.WIKI, markup, sourceName);
    Event event = result.event();
    if (event.source() == null || event.source().page() == null) {
      // the page title names the event, so the pages of one dump get one output set each
      event = event.toBuilder().source(source).id(null).build();
    }
    return new ImportResult(event, result.report());
  }

  /**
   * Reads one event from text.
   *
   * @throws CliException if this build cannot read the format
   */
  static ImportResult read(Format format, String content, String sourceName) throws EventFormatException {
    return switch (format) {
      case JSON -> JsonEventCodec.standard().read(content, sourceName);
      default -> throw CliException.unavailable(format, "read");
    };
  }

  /**
   * Writes {@code event} as {@code format} into {@code outDir} and returns the file (or folder)
   * written, named after the event's id: {@code <id>.json}, {@code <id>.ics}, {@code <id>.wiki},
   * and the folder {@code <id>-csv/} holding the CSV tables.
   *
   * @throws CliException if this build cannot write the format
   */
  static Path write(Format format, Event event, Path outDir) throws IOException {
    Path target = outDir.resolve(event.id() + (format == Format.CSV ? "-csv" : format.extension()));
    switch (format) {
      case CSV -> CsvEventWriter.standard().writeFolder(event, target);
      case JSON -> JsonEventCodec.standard().write(event, target);
      case ICS -> ICalendarEventWriter.standard().write(event, target);
      case WIKI -> Files.writeString(target, WikitextWriter.standard().write(event), StandardCharsets.UTF_8);
      default -> throw CliException.unavailable(format, "write");
    }
    return target;
  }
}
