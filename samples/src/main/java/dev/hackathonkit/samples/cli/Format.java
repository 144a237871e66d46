package dev.hackathonkit.samples.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The formats the tool knows, with the file extensions that name them. */
enum Format {
  /** JSON, one event per file. */
  JSON("JSON", true, ".json"),
  /** CSV tables in a folder or a zip. */
  CSV("CSV tables", true, ".csv", ".zip"),
  /** iCalendar. */
  ICS("iCalendar", true, ".ics", ".ical", ".ifb"),
  /** MediaWiki markup. */
  WIKI("wikitext", true, ".wiki", ".wikitext", ".mediawiki"),
  /** Rendered page text, as a browser shows the page. */
  TEXT("rendered page text", false, ".txt", ".text"),
  /**
   * A page as HTML: any wiki engine's page, a saved or archived copy, MediaWiki's action=parse
   * output.
   */
  HTML("HTML page", false, ".html", ".htm", ".xhtml"),
  /** A Special:Export XML dump with one or many pages. */
  XML("Special:Export dump", false, ".xml"),
  /** A frab / pretalx conference schedule, {@code schedule.xml}. */
  FRAB_XML("frab schedule XML", true, ".schedule.xml"),
  /** A frab / pretalx conference schedule, {@code schedule.json}. */
  FRAB_JSON("frab schedule JSON", true, ".schedule.json"),
  /** schema.org Event markup in JSON-LD (written only). */
  JSONLD("schema.org JSON-LD", true, false, ".jsonld");

  private final String label;
  private final boolean writable;
  private final boolean readable;
  private final List<String> extensions;

  Format(String label, boolean writable, String... extensions) {
    this(label, writable, true, extensions);
  }

  Format(String label, boolean writable, boolean readable, String... extensions) {
    this.label = label;
    this.writable = writable;
    this.readable = readable;
    this.extensions = List.of(extensions);
  }

  /** What the format is, for messages: {@code iCalendar}. */
  String label() {
    return label;
  }

  /** The name used on the command line: {@code ics}, {@code frab-xml}. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the tool can read this format. */
  boolean readable() {
    return readable;
  }

  /** Whether the tool can write this format. */
  boolean writable() {
    return writable;
  }

  /** The extension written files get. */
  String extension() {
    return extensions.get(0);
  }

  /** The command-line name, so that help lists {@code json, csv, ...}. */
  @Override
  public String toString() {
    return cliName();
  }

  /**
   * Reads a {@code --to} value: the name of a format the tool writes, ignoring case; anything else
   * is refused with the names it takes (not the formats it only reads).
   */
  static final class Writable implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      String names =
          String.join(
              ", ",
              java.util.Arrays.stream(values())
                  .filter(f -> f.writable)
                  .map(Format::cliName)
                  .toList());
      for (Format f : values()) {
        if (f.cliName().equalsIgnoreCase(value.strip())) {
          if (f.writable) {
            return f;
          }
          throw new picocli.CommandLine.TypeConversionException(
              f.label + " can be read but not written; expected one of " + names);
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected one of " + names + ", found '" + value + "'");
    }
  }

  /**
   * Reads a {@code --from} value: the name of a format the tool reads, ignoring case; anything else
   * is refused with the names it takes (not the formats it only writes).
   */
  static final class ReadableFormat implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      String names =
          String.join(
              ", ",
              java.util.Arrays.stream(values())
                  .filter(f -> f.readable)
                  .map(Format::cliName)
                  .toList());
      for (Format f : values()) {
        if (f.cliName().equalsIgnoreCase(value.strip())
            || f.name().equalsIgnoreCase(value.strip())) {
          if (f.readable) {
            return f;
          }
          throw new picocli.CommandLine.TypeConversionException(
              f.label + " can be written but not read; expected one of " + names);
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected one of " + names + ", found '" + value + "'");
    }
  }

  /**
   * The file name without a compressor's extension ({@code wiki.xml.bz2} becomes {@code wiki.xml}):
   * {@code .gz}, {@code .bz2}, {@code .xz}, {@code .7z}.
   */
  static String withoutCompression(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".gz", ".bz2", ".xz", ".7z")) {
      if (lower.endsWith(ext) && lower.length() > ext.length()) {
        return fileName.substring(0, fileName.length() - ext.length());
      }
    }
    return fileName;
  }

  /** The format a file name's extension names (the longest matching extension), or {@code null}. */
  static @Nullable Format byExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    Format found = null;
    int length = 0;
    for (Format f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext) && ext.length() > length) {
          found = f;
          length = ext.length();
        }
      }
    }
    return found;
  }
}
