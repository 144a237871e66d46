package dev.hackathonkit.io.csv;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ReadLimits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Options shared by {@link CsvEventWriter} and {@link CsvEventReader}. Immutable; derive variants
 * with the {@code withX} methods.
 *
 * <pre>{@code
 * CsvOptions excel = CsvOptions.DEFAULT.withSeparator(';').withByteOrderMark(true);
 * CsvOptions fromExcel = CsvOptions.DEFAULT.withEncoding(Charset.forName("windows-1252")); // separator detected
 * }</pre>
 *
 * @param separator the column separator: {@code ','} (RFC 4180, the default), {@code ';'} or {@code
 *     '\t'}; the writer uses it, and the reader too unless {@code detectSeparator}
 * @param detectSeparator whether the reader takes each file's separator from its header row
 *     instead: the one of {@code ,} {@code ;} tab that occurs most often outside quotes there
 *     ({@code separator} when none does, or on a tie with it). On by default; {@link
 *     #withSeparator} turns it off. A sheet that European Excel saves uses {@code ;}, its "Unicode
 *     text" uses tab
 * @param encoding the encoding the reader decodes files in when they start without a byte-order
 *     mark (a UTF-8 or UTF-16 mark always wins); UTF-8 by default. Excel saves "CSV" on Western
 *     European Windows in {@code windows-1252}. Bytes the encoding does not define are an error
 *     naming the file, the row and column and the likely encoding. The writer always writes UTF-8
 * @param byteOrderMark whether the writer starts each file with a UTF-8 byte-order mark (so that
 *     Excel reads non-ASCII text as UTF-8); the reader always skips one if present
 * @param neutraliseFormulas whether the writer prefixes cells starting with {@code = + - @}, tab or
 *     carriage return with an apostrophe (see {@link CsvEventWriter}); the reader always undoes it
 * @param strict whether the reader fails on the first file with errors, reporting every error of
 *     that file ({@code true}, the default), or skips bad rows and reports them ({@code false})
 * @param limits input size and problem limits of the reader; {@code maxInputChars} bounds the
 *     characters of all files of one event together (and the uncompressed bytes of a zip)
 * @param maxZipEntries the most entries the reader accepts in a zip
 */
public record CsvOptions(
    char separator,
    boolean detectSeparator,
    Charset encoding,
    boolean byteOrderMark,
    boolean neutraliseFormulas,
    boolean strict,
    ReadLimits limits,
    int maxZipEntries) {

  /**
   * Comma (detected when reading), UTF-8, no byte-order mark, formulas neutralised, strict, {@link
   * ReadLimits#DEFAULT}, 64 zip entries.
   */
  public static final CsvOptions DEFAULT =
      new CsvOptions(',', true, StandardCharsets.UTF_8, false, true, true, ReadLimits.DEFAULT, 64);

  /** Checks the separator and the limits. */
  public CsvOptions {
    if (separator != ',' && separator != ';' && separator != '\t') {
      throw new IllegalArgumentException(
          "separator must be ',', ';' or tab, was '" + separator + "'");
    }
    requireNonNull(encoding, "encoding");
    requireNonNull(limits, "limits");
    if (maxZipEntries <= 0) {
      throw new IllegalArgumentException("maxZipEntries must be positive: " + maxZipEntries);
    }
  }

  /**
   * A copy with another separator ({@code ','}, {@code ';'} or {@code '\t'}), which the reader uses
   * as given instead of detecting one.
   */
  public CsvOptions withSeparator(char separator) {
    return new CsvOptions(
        separator,
        false,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /**
   * A copy whose reader takes each file's separator from its header ({@code true}) or uses {@link
   * #separator()}.
   */
  public CsvOptions withSeparatorDetected(boolean detectSeparator) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /** A copy whose reader decodes files without a byte-order mark in {@code encoding}. */
  public CsvOptions withEncoding(Charset encoding) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /** A copy that writes ({@code true}) or omits a UTF-8 byte-order mark. */
  public CsvOptions withByteOrderMark(boolean byteOrderMark) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /**
   * A copy that neutralises formula-like cells on export ({@code true}) or writes them as they are.
   */
  public CsvOptions withNeutraliseFormulas(boolean neutraliseFormulas) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /** A copy that reads in strict ({@code true}) or lenient mode. */
  public CsvOptions withStrict(boolean strict) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /** A copy with other read limits. */
  public CsvOptions withLimits(ReadLimits limits) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }

  /** A copy accepting at most {@code maxZipEntries} zip entries. */
  public CsvOptions withMaxZipEntries(int maxZipEntries) {
    return new CsvOptions(
        separator,
        detectSeparator,
        encoding,
        byteOrderMark,
        neutraliseFormulas,
        strict,
        limits,
        maxZipEntries);
  }
}
