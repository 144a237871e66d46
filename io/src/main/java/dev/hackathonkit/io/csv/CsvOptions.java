package dev.hackathonkit.io.csv;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ReadLimits;

/**
 * Options shared by {@link CsvEventWriter} and {@link CsvEventReader}. Immutable; derive variants
 * with the {@code withX} methods.
 *
 * <pre>{@code
 * CsvOptions excel = CsvOptions.DEFAULT.withSeparator(';').withByteOrderMark(true);
 * }</pre>
 *
 * @param separator the column separator: {@code ','} (RFC 4180, the default), {@code ';'} or
 *     {@code '\t'}; both sides must use the same one
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
    boolean byteOrderMark,
    boolean neutraliseFormulas,
    boolean strict,
    ReadLimits limits,
    int maxZipEntries) {

  /** Comma, no byte-order mark, formulas neutralised, strict, {@link ReadLimits#DEFAULT}, 64 zip entries. */
  public static final CsvOptions DEFAULT = new CsvOptions(',', false, true, true, ReadLimits.DEFAULT, 64);

  /** Checks the separator and the limits. */
  public CsvOptions {
    if (separator != ',' && separator != ';' && separator != '\t') {
      throw new IllegalArgumentException("separator must be ',', ';' or tab, was '" + separator + "'");
    }
    requireNonNull(limits, "limits");
    if (maxZipEntries <= 0) {
      throw new IllegalArgumentException("maxZipEntries must be positive: " + maxZipEntries);
    }
  }

  /** A copy with another separator ({@code ','}, {@code ';'} or {@code '\t'}). */
  public CsvOptions withSeparator(char separator) {
    return new CsvOptions(separator, byteOrderMark, neutraliseFormulas, strict, limits, maxZipEntries);
  }

  /** A copy that writes ({@code true}) or omits a UTF-8 byte-order mark. */
  public CsvOptions withByteOrderMark(boolean byteOrderMark) {
    return new CsvOptions(separator, byteOrderMark, neutraliseFormulas, strict, limits, maxZipEntries);
  }

  /** A copy that neutralises formula-like cells on export ({@code true}) or writes them as they are. */
  public CsvOptions withNeutraliseFormulas(boolean neutraliseFormulas) {
    return new CsvOptions(separator, byteOrderMark, neutraliseFormulas, strict, limits, maxZipEntries);
  }

  /** A copy that reads in strict ({@code true}) or lenient mode. */
  public CsvOptions withStrict(boolean strict) {
    return new CsvOptions(separator, byteOrderMark, neutraliseFormulas, strict, limits, maxZipEntries);
  }

  /** A copy with other read limits. */
  public CsvOptions withLimits(ReadLimits limits) {
    return new CsvOptions(separator, byteOrderMark, neutraliseFormulas, strict, limits, maxZipEntries);
  }

  /** A copy accepting at most {@code maxZipEntries} zip entries. */
  public CsvOptions withMaxZipEntries(int maxZipEntries) {
    return new CsvOptions(separator, byteOrderMark, neutraliseFormulas, strict, limits, maxZipEntries);
  }
}
