package dev.hackathonkit.io.internal;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadError;
import java.io.IOException;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Bytes that the input's encoding does not define, found by {@link TextDecoding}: where they stand,
 * what they are and the encoding the input most likely has. An {@link IOException} so that it
 * passes through {@link java.io.Reader}s and parsers; each reader turns it into an {@link
 * EventFormatException} with {@link #toFormatException()}. Not API.
 */
public final class UndecodableTextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final Location location;
  private final transient Charset encoding;
  private final byte[] found;
  private final transient @Nullable Charset likely;

  UndecodableTextException(
      String source,
      int line,
      int column,
      Charset encoding,
      byte[] found,
      @Nullable Charset likely) {
    super(new Location(source, line, column) + ": " + expected(encoding, found, likely));
    this.location = new Location(source, line, column);
    this.encoding = encoding;
    this.found = found.clone();
    this.likely = likely;
  }

  /**
   * Where the bytes stand: the input's name, the line and the column (in characters) of the first.
   */
  public Location location() {
    return location;
  }

  /** The encoding the input was read in. */
  public Charset encoding() {
    return encoding;
  }

  /**
   * The encoding the input most likely has ({@link TextDecoding#likelyEncoding}); {@code null} for
   * binary data.
   */
  public @Nullable Charset likely() {
    return likely;
  }

  /** The same failure as the readers report it. */
  public EventFormatException toFormatException() {
    return new EventFormatException(
        ReadError.E101_UNDECODABLE_TEXT, location, expected(encoding, found, likely), this);
  }

  private static String expected(Charset encoding, byte[] found, @Nullable Charset likely) {
    StringBuilder hex = new StringBuilder();
    for (byte b : found) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
    }
    return "expected "
        + encoding.name()
        + " text, found the byte"
        + (found.length == 1 ? " " : "s ")
        + hex
        + ", which "
        + encoding.name()
        + " does not define; the input looks like "
        + TextDecoding.describe(likely);
  }
}
