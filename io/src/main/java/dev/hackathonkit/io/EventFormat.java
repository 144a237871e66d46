package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.frab.FrabScheduleReader;
import dev.hackathonkit.io.internal.TextDecoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The formats {@link EventIO} reads and writes, each with the file extensions that name it (the
 * first is the one written files get) and how its content starts.
 */
public enum EventFormat {
  /** Our JSON, one event per file ({@link dev.hackathonkit.io.json.JsonEventCodec}). */
  JSON("JSON", true, true, "json", ".json"),
  /**
   * CSV: our tables (a folder or a zip of them, or the flat sheet) or another tool's schedule sheet
   * ({@link dev.hackathonkit.io.csv.CsvEventReader}); written as our flat sheet, or as a folder or
   * zip of tables when a path names one.
   */
  CSV("CSV", true, true, "csv", ".csv", ".zip", ".tsv"),
  /** iCalendar, RFC 5545 ({@link dev.hackathonkit.io.ical.ICalendarEventReader}). */
  ICALENDAR("iCalendar", true, true, "ics", ".ics", ".ical", ".ifb"),
  /** MediaWiki markup ({@link dev.hackathonkit.io.wikitext.WikitextReader}). */
  WIKITEXT("wikitext", true, true, "wiki", ".wiki", ".wikitext", ".mediawiki"),
  /**
   * A page's text as a browser shows it ({@link dev.hackathonkit.io.text.RenderedPageReader}); read
   * only.
   */
  TEXT("rendered page text", true, false, "text", ".txt", ".text"),
  /**
   * A wiki page as HTML, any engine's, saved or archived ({@link
   * dev.hackathonkit.io.html.HtmlPageReader}); read only.
   */
  HTML("HTML page", true, false, "html", ".html", ".htm", ".xhtml"),
  /**
   * A frab / pretalx conference schedule as XML, {@code schedule.xml} ({@link
   * dev.hackathonkit.io.frab}).
   */
  FRAB_XML("frab schedule XML", true, true, "frab-xml", ".schedule.xml"),
  /**
   * A frab / pretalx conference schedule as JSON, {@code schedule.json} ({@link
   * dev.hackathonkit.io.frab}).
   */
  FRAB_JSON("frab schedule JSON", true, true, "frab-json", ".schedule.json"),
  /**
   * schema.org {@code Event} markup in JSON-LD ({@link
   * dev.hackathonkit.io.jsonld.JsonLdEventWriter}); written only.
   */
  JSONLD("schema.org JSON-LD", false, true, "jsonld", ".jsonld");

  /**
   * An HTML document's start: a doctype or the html element (after comments such as "saved from
   * url").
   */
  private static final Pattern HTML_DOCUMENT =
      Pattern.compile("(?is)^(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])");

  /** An HTML fragment's start: one of the block elements a wiki renders a page into. */
  private static final Pattern HTML_FRAGMENT =
      Pattern.compile("(?i)^<(?:div|section|article|main|body|p|table|ul|ol|dl|h[1-6])[\\s>]");

  private static final Pattern WIKI_MARKUP =
      Pattern.compile("(?m)\\{\\{|\\[\\[|^=+[^=\\n]+=+\\s*$|'''|^\\{\\|");
  private static final Pattern CSV_HEADER =
      Pattern.compile("\"?[A-Za-z][\\w. ]*\"?([,;\t]\"?[A-Za-z][\\w. ]*\"?)+");

  private final String label;
  private final boolean readable;
  private final boolean writable;
  private final String id;
  private final List<String> extensions;

  EventFormat(String label, boolean readable, boolean writable, String id, String... extensions) {
    this.label = label;
    this.readable = readable;
    this.writable = writable;
    this.id = id;
    this.extensions = List.of(extensions);
  }

  /** What the format is, for messages: {@code iCalendar}. */
  public String label() {
    return label;
  }

  /** Its short name, as the command line takes it: {@code ics}, {@code frab-xml}. */
  public String id() {
    return id;
  }

  /** Whether {@link EventIO} reads it. */
  public boolean readable() {
    return readable;
  }

  /** Whether {@link EventIO} writes it. */
  public boolean writable() {
    return writable;
  }

  /**
   * The extensions that name it, lower case with their dot; the first is the one written files get.
   */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format a short name ({@link #id()}, or the constant's name) names, ignoring case.
   *
   * @throws IllegalArgumentException for any other name, listing the names taken
   */
  public static EventFormat named(String name) {
    requireNonNull(name, "name");
    String n = name.strip();
    for (EventFormat f : values()) {
      if (f.id.equalsIgnoreCase(n) || f.name().equalsIgnoreCase(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + name
            + "' is not a format; expected one of "
            + String.join(", ", java.util.Arrays.stream(values()).map(EventFormat::id).toList()));
  }

  /**
   * The format a file name's extension names (the longest that matches: {@code x.schedule.xml} is
   * {@link #FRAB_XML}), or {@code null}.
   */
  public static @Nullable EventFormat byFileName(String fileName) {
    requireNonNull(fileName, "fileName");
    String lower = fileName.toLowerCase(Locale.ROOT);
    EventFormat found = null;
    int length = 0;
    for (EventFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext) && ext.length() > length) {
          found = f;
          length = ext.length();
        }
      }
    }
    return found;
  }

  /**
   * The format the first bytes of an input (a few kilobytes are enough) suggest, in this order: a
   * frab schedule ({@code <schedule>}, or a JSON object with a {@code "schedule"} member), a zip
   * (CSV tables), a JSON object, {@code BEGIN:VCALENDAR}, an HTML document (a doctype or an {@code
   * <html>} element), wiki markup (<code>{{</code>, <code>[[</code>, {@code == Heading ==}, {@code
   * '''}, <code>{|</code>), a rendered HTML fragment (a block element that closes), a CSV header
   * line; else rendered text. A byte-order mark is skipped.
   *
   * @return the format, or {@code null} for a Special:Export dump ({@code <mediawiki>}), which
   *     holds many pages and is read by the client module's {@code DumpConverter}
   */
  public static @Nullable EventFormat byContent(byte[] head) {
    requireNonNull(head, "head");
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return CSV; // a zip of CSV tables
    }
    return byContent(new String(head, StandardCharsets.UTF_8));
  }

  /**
   * The encoding that bytes without a byte-order mark, which are not UTF-8, most likely have:
   * UTF-16 (little- or big-endian, told by where the NUL bytes stand), Windows-1252 (the encoding
   * Excel and older Windows programs save in) or ISO-8859-1. The readers name it in their error for
   * such input; a program that checks a file before reading it can ask for it here.
   *
   * @param head the first bytes of the input (a few kilobytes are enough)
   * @return the likely encoding, or empty for binary data or text that is already UTF-8
   */
  public static Optional<Charset> likelyEncoding(byte[] head) {
    requireNonNull(head, "head");
    return Optional.ofNullable(TextDecoding.likelyEncoding(head, 0, head.length));
  }

  /** {@link #byContent(byte[])} for text. */
  public static @Nullable EventFormat byContent(String head) {
    requireNonNull(head, "head");
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    String trimmed = text.stripLeading();
    if (FrabScheduleReader.isSchedule(text)) {
      return trimmed.startsWith("<") ? FRAB_XML : FRAB_JSON;
    }
    if (trimmed.startsWith("{") && !trimmed.startsWith("{{") && !trimmed.startsWith("{|")) {
      return JSON;
    }
    if (trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      return ICALENDAR;
    }
    if (trimmed.startsWith("<mediawiki")
        || (trimmed.startsWith("<?xml") && text.contains("<mediawiki"))) {
      return null;
    }
    if (HTML_DOCUMENT.matcher(trimmed).find()) {
      return HTML;
    }
    if (WIKI_MARKUP.matcher(text).find()) {
      return WIKITEXT;
    }
    if (HTML_FRAGMENT.matcher(trimmed).find() && trimmed.indexOf("</") > 0) {
      return HTML; // rendered HTML without its document (action=parse output)
    }
    int nl = trimmed.indexOf('\n');
    String firstLine = (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    return CSV_HEADER.matcher(firstLine).matches() ? CSV : TEXT;
  }
}
