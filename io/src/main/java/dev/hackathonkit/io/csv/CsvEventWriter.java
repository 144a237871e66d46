package dev.hackathonkit.io.csv;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an event as a set of CSV tables (to a folder or a zip), or as one flat sheet. Immutable
 * and thread-safe. Files are UTF-8, RFC 4180: CRLF after every record, fields with the separator, a
 * quote or a line break quoted, quotes doubled; the first record is the header.
 *
 * <pre>{@code
 * CsvEventWriter csv = CsvEventWriter.standard();
 * csv.writeFolder(event, Path.of("may2013"));         // event.csv, days.csv, topics.csv, ...
 * csv.writeZip(event, Path.of("may2013.zip"));
 * csv.withOptions(CsvOptions.DEFAULT.withSeparator(';').withByteOrderMark(true))
 *     .writeFlat(event, Path.of("topics.csv"));      // one sheet for Excel
 * }</pre>
 *
 * <h2>Tables and columns</h2>
 *
 * <table>
 * <caption>The table set</caption>
 * <tr><th>file</th><th>one row per</th><th>columns</th></tr>
 * <tr><td>{@code event.csv}</td><td>event (exactly one)</td><td>{@code id, title, time_zone,
 *     venue.name, venue.street, venue.postcode, venue.city, venue.country, links, source.site,
 *     source.page, source.url, source.revision_id, source.retrieved_at, extra.<key>...}</td></tr>
 * <tr><td>{@code days.csv}</td><td>day, in order</td><td>{@code date, opens, closes}</td></tr>
 * <tr><td>{@code topics.csv}</td><td>topic, in order</td><td>{@code id, title, inserted_on, verified,
 *     gsoc, contacts, mailing_list, irc_channel, difficulty, skills, description, outcomes, slot.date,
 *     slot.start, slot.end, slot.room, slot.recurrence (RFC 5545 lines, one per line), extra.<key>...}</td></tr>
 * <tr><td>{@code comments.csv}</td><td>vote or comment, in topic then page order</td><td>{@code
 *     topic_id, author, posted_at, kind, text}</td></tr>
 * <tr><td>{@code attendees.csv}</td><td>attendee, in order</td><td>{@code name, affiliation,
 *     status}</td></tr>
 * </table>
 *
 * <p>Required on import: {@code title} (event and topics), {@code date} (days), {@code topic_id,
 * author, posted_at, kind} (comments), {@code name, status} (attendees); {@code event.csv} is the
 * only required file. Any other column may be missing and reads as empty, so sheets written before
 * a column existed (such as {@code venue.street} and {@code venue.postcode}) still read. An {@code
 * extra} field becomes a column {@code extra.<key>} (the union of the keys of all topics, in
 * first-seen order). The flat view ({@link #writeFlat}) is {@code topics.csv} with the {@code
 * event.csv} columns in front, each prefixed {@code event.} and repeated on every row; it has no
 * days, comments or attendees, and an event without topics gets one row with empty topic cells.
 *
 * <h2>Values</h2>
 *
 * <ul>
 *   <li>Dates {@code 2013-05-16}, times {@code 09:00} (seconds when not zero), instants in UTC
 *       {@code 2013-04-29T10:15:00Z}, time zones as IANA ids, enums in lower case ({@code yes, no,
 *       not_applicable}; {@code vote, comment}; {@code confirmed, invited, tentative, waitlisted,
 *       withdrawn}; the reader ignores case and accepts {@code N/A}).
 *   <li>Contacts in one cell: {@code Name <email> [affiliation] (note)}, each part only when
 *       present, joined by {@code "; "}. Links likewise: {@code target (label)}. Inside a name or
 *       part, the characters {@code \ ; < > [ ] ( )} are escaped with a backslash.
 * </ul>
 *
 * <h2>Absent, empty and formula-like cells</h2>
 *
 * <ul>
 *   <li>An absent value ({@code null}, an empty list) is an empty cell.
 *   <li>An empty string is the cell {@code '} (a lone apostrophe).
 *   <li>Formula neutralisation (OWASP "CSV Injection", on by default): a value starting with {@code
 *       =}, {@code +}, {@code -}, {@code @}, tab or carriage return is written with one apostrophe
 *       in front: {@code =SUM(A1)} becomes {@code '=SUM(A1)}, which a spreadsheet shows as text
 *       (apostrophe included) instead of evaluating it.
 *   <li>A value that itself starts with an apostrophe gets one more only where it would otherwise
 *       read as the guard: apostrophes before {@code = + - @}, tab or carriage return ({@code '=x}
 *       becomes {@code ''=x}), or apostrophes only. {@code 's-Hertogenbosch}, {@code '90s} and
 *       {@code '''bold'''} are written as they are.
 *   <li>The reader removes a leading apostrophe only from such cells (apostrophes before {@code = +
 *       - @}, tab or carriage return, or apostrophes only), so each of these comes back unchanged,
 *       whichever way neutralisation was set, and an apostrophe that another program wrote as data
 *       ({@code 's-Hertogenbosch}, {@code '90s demo}) is kept.
 *   <li>A venue or source that is present but has no known part is written as {@code '{}} in its
 *       first column ({@code venue.name}, {@code source.site}); no value produces that cell.
 * </ul>
 *
 * <p>Neutralisation applies to every cell including list cells (the whole cell text), never to the
 * header.
 */
public final class CsvEventWriter {
  private final CsvOptions options;
  private final TableWriter tables;

  private CsvEventWriter(CsvOptions options) {
    this.options = options;
    this.tables = new TableWriter(options);
  }

  /** A writer with {@link CsvOptions#DEFAULT}: comma, no byte-order mark, formulas neutralised. */
  public static CsvEventWriter standard() {
    return new CsvEventWriter(CsvOptions.DEFAULT);
  }

  /** A copy with other options. */
  public CsvEventWriter withOptions(CsvOptions options) {
    return new CsvEventWriter(requireNonNull(options, "options"));
  }

  /** The options. */
  public CsvOptions options() {
    return options;
  }

  /**
   * The five tables as text, by file name in file order (a byte-order mark, if asked, is the first
   * character of each).
   */
  public Map<String, String> toStrings(Event event) {
    requireNonNull(event, "event");
    Map<String, String> files = new LinkedHashMap<>();
    for (TableWriter.Table table : tables.tables(event)) {
      StringWriter out = new StringWriter();
      try {
        tables.write(table, out);
      } catch (IOException e) {
        throw new UncheckedIOException("writing to a string cannot fail", e);
      }
      files.put(table.name(), out.toString());
    }
    return files;
  }

  /**
   * Writes the five tables into {@code folder} (created if needed), replacing files of the same
   * names.
   */
  public void writeFolder(Event event, Path folder) throws IOException {
    requireNonNull(event, "event");
    Files.createDirectories(requireNonNull(folder, "folder"));
    for (TableWriter.Table table : tables.tables(event)) {
      try (Writer out =
          Files.newBufferedWriter(folder.resolve(table.name()), StandardCharsets.UTF_8)) {
        tables.write(table, out);
      }
    }
  }

  /** Writes the five tables as entries of a zip file, replacing it. */
  public void writeZip(Event event, Path zipFile) throws IOException {
    requireNonNull(zipFile, "zipFile");
    try (OutputStream out = Files.newOutputStream(zipFile)) {
      writeZip(event, out);
    }
  }

  /** Writes the five tables as entries of a zip to {@code out}, which stays open. */
  public void writeZip(Event event, OutputStream out) throws IOException {
    requireNonNull(event, "event");
    requireNonNull(out, "out");
    ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
    for (TableWriter.Table table : tables.tables(event)) {
      zip.putNextEntry(new ZipEntry(table.name()));
      Writer w =
          new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8));
      tables.write(table, w); // closes w, which flushes into the entry and keeps the zip open
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  /** Writes the flat single-sheet view (see the class comment) to a file, replacing it. */
  public void writeFlat(Event event, Path file) throws IOException {
    requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeFlat(event, out);
    }
  }

  /** Writes the flat single-sheet view to {@code out}, which stays open. */
  public void writeFlat(Event event, Writer out) throws IOException {
    requireNonNull(event, "event");
    requireNonNull(out, "out");
    tables.write(
        tables.flat(event),
        new java.io.FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        });
  }

  /** Keeps the caller's stream open when a wrapper is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
