package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.DumpConverter;
import dev.hackathonkit.io.EventFormat;
import dev.hackathonkit.io.ReadError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.jspecify.annotations.Nullable;

/**
 * Tells, from an input file's first 8 KiB, whether it is what its format claims before any reader
 * sees it. Each refusal is one line, {@code FILE: expected FORMAT, found WHAT}, exit code 3:
 *
 * <ul>
 *   <li>an empty file, or one with only a byte-order mark and white space;
 *   <li>compressed data or an archive (detected by Commons Compress from the magic numbers: gzip,
 *       bzip2, xz, zstd, Z, lz4, zip, tar, 7z ...), except a zip of CSV tables and a compressed
 *       Special:Export dump, whose decompressed head is checked instead; a zip named {@code .csv}
 *       is a spreadsheet workbook (xlsx, ods) or an archive, not a sheet;
 *   <li>a PDF document ({@code %PDF-}, ISO 32000-1 section 7.5.2), which may look like text at
 *       first;
 *   <li>an image or other binary file: a type the JDK recognises from its first bytes ({@link
 *       URLConnection#guessContentTypeFromStream}), NUL bytes that are not UTF-16 text, or control
 *       characters in more than one byte of 20;
 *   <li>another text format that the content states without doubt (a JSON object, {@code
 *       BEGIN:VCALENDAR}, a Special:Export dump) when the extension names a different one; {@code
 *       --from} skips this check.
 * </ul>
 *
 * A signature only counts when the head is not clean text too, so a page that starts with {@code
 * x^} (zlib's signature) is still a page. Text that is not UTF-8 is left to the readers, which name
 * the line, column and likely encoding.
 */
final class InputCheck {
  private static final int HEAD = 8192;

  private InputCheck() {}

  /**
   * Refuses {@code input} when it is not {@code format}.
   *
   * @param forced whether the format was given with {@code --from}
   * @throws CliException (exit 3) naming the file, what was expected and what was found
   */
  static void check(Path input, Format format, boolean forced) throws IOException {
    if (Files.isDirectory(input)) {
      return;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(input)) {
      head = in.readNBytes(HEAD);
    }
    if (format == Format.XML && (isCompressed(head) || isSevenZ(head))) {
      head = decompressedHead(input); // a gzip or bzip2 dump: what counts is what it holds
    }
    String name =
        input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    String found = found(head, format, forced);
    if (found == null
        && format == Format.CSV
        && name.endsWith(".csv")
        && "zip".equals(packed(head))) {
      found =
          spreadsheet(head); // a zip of tables is named .zip; a workbook renamed .csv is not one
    }
    if (found != null) {
      throw new CliException(
          HackathonKit.EXIT_INPUT,
          input
              + ":1:1: expected "
              + expected(format)
              + ", found "
              + found
              + " ["
              + ReadError.E105_NOT_THIS_FORMAT.code()
              + "]");
    }
  }

  /** What {@code head} is when it is not {@code format}; {@code null} when it may be. */
  static @Nullable String found(byte[] head, Format format, boolean forced) {
    if (isBlank(head)) {
      return head.length == 0 ? "an empty file" : "a file with nothing but white space";
    }
    if (startsWith(head, "%PDF-")) {
      return "a PDF document; copy its text into a file first";
    }
    boolean text = isCleanText(head);
    if (!text) {
      String packed = packed(head);
      if (packed != null) {
        return format == Format.CSV && packed.equals("zip")
            ? null
            : packed
                + (packed.equals("zip")
                        || packed.equals("tar")
                        || packed.equals("7z")
                        || packed.equals("ar")
                    ? " archive; unpack it first"
                    : "-compressed data; decompress it first");
      }
      String type = contentType(head);
      if (type != null) {
        return "binary data (" + type + ")";
      }
      if (hasNul(head)) {
        Charset likely = EventFormat.likelyEncoding(head).orElse(null);
        return likely == null
            ? "binary data (NUL bytes)"
            : likely.name()
                + " text without a byte-order mark; save it as UTF-8"
                + (format == Format.CSV ? " or read it with --encoding " + likely.name() : "");
      }
      if (controls(head) * 20 > head.length) {
        return "binary data (control characters)";
      }
    }
    if (!forced) {
      Format stated = FormatDetector.stated(head);
      if (stated != null && stated != format) {
        return stated.label() + "; read it as that with --from " + stated.cliName();
      }
    }
    return null;
  }

  /** Whether the head is a 7z archive's signature. */
  static boolean isSevenZ(byte[] head) {
    return org.apache.commons.compress.archivers.sevenz.SevenZFile.matches(head, head.length);
  }

  /** Whether the head starts with a compressor's magic number (not an archive's). */
  static boolean isCompressed(byte[] head) {
    try {
      CompressorStreamFactory.detect(new ByteArrayInputStream(head));
      return !isCleanText(head);
    } catch (CompressorException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The first 8 KiB a compressed file (or a 7z archive's first file) holds, decompressed as a dump
   * is read ({@link DumpConverter#open}).
   *
   * @throws CliException (exit 3) when the data can't be decompressed: corrupt, or a compression
   *     this build does not read
   */
  static byte[] decompressedHead(Path input) throws IOException {
    try (InputStream in = DumpConverter.open(input)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new CliException(
          HackathonKit.EXIT_INPUT,
          input
              + ": expected a Special:Export XML dump, possibly"
              + " gzip-, bzip2- or xz-compressed or in a 7z archive; found compressed data that can't be read: "
              + e.getMessage()
              + " ["
              + ReadError.E103_MALFORMED_DUMP.code()
              + "]",
          e);
    }
  }

  /** What a zip under a sheet's name is: a workbook of a spreadsheet program, else an archive. */
  private static String spreadsheet(byte[] head) {
    String ascii = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (ascii.contains("application/vnd.oasis.opendocument.spreadsheet")) {
      return "an OpenDocument spreadsheet (.ods); save it as CSV first";
    }
    if (ascii.contains("[Content_Types].xml") || ascii.contains("xl/")) {
      return "an Excel workbook (.xlsx); save it as CSV first";
    }
    return "zip archive; name it .zip if it holds the tables, else unpack it first";
  }

  private static String expected(Format format) {
    return switch (format) {
      case CSV -> "CSV tables (a .csv sheet, a folder or a .zip of them)";
      case ICS -> "iCalendar text (BEGIN:VCALENDAR)";
      case JSON -> "a JSON event object";
      case XML -> "a Special:Export XML dump";
      default -> format.label();
    };
  }

  /**
   * The compression or archive format Commons Compress sees in the magic number, or {@code null}.
   */
  private static @Nullable String packed(byte[] head) {
    try {
      String name =
          CompressorStreamFactory.detect(new ByteArrayInputStream(head)).toLowerCase(Locale.ROOT);
      return switch (name) {
        case "gz" -> "gzip";
        case "z" -> "Unix compress (.Z)";
        case "lz4-framed", "lz4-block" -> "lz4";
        case "snappy-framed", "snappy-raw" -> "snappy";
        default -> name;
      };
    } catch (CompressorException | IllegalArgumentException e) {
      // not compressed
    }
    try {
      return ArchiveStreamFactory.detect(new ByteArrayInputStream(head)).toLowerCase(Locale.ROOT);
    } catch (ArchiveException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The JDK's guess of a binary type from the magic number (image/png ...), or {@code null}. */
  private static @Nullable String contentType(byte[] head) {
    try {
      String type = URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(head));
      return type == null || type.startsWith("text/") || type.endsWith("xml") ? null : type;
    } catch (IOException e) {
      return null;
    }
  }

  /** No bytes, or only a UTF-8 byte-order mark and ASCII white space. */
  private static boolean isBlank(byte[] head) {
    int start =
        head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    for (int i = start; i < head.length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return head.length < HEAD;
  }

  /**
   * No NUL, few control characters, and UTF-8 (a sequence cut at the end of the head allowed) or a
   * UTF-16 mark.
   */
  private static boolean isCleanText(byte[] head) {
    if (head.length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      return true;
    }
    if (hasNul(head) || controls(head) * 20 > head.length) {
      return false;
    }
    var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
    var in = java.nio.ByteBuffer.wrap(head);
    var out = java.nio.CharBuffer.allocate(head.length);
    return !decoder.decode(in, out, head.length < HEAD).isError();
  }

  private static boolean startsWith(byte[] head, String ascii) {
    if (head.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (head[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static int controls(byte[] head) {
    int n = 0;
    for (byte b : head) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B)
          || b == 0x7F) {
        n++;
      }
    }
    return n;
  }
}
