package dev.hackathonkit.io.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a text input into characters strictly: every reader's one way from bytes to
 * text. Not API.
 *
 * <ul>
 *   <li>A byte-order mark decides the encoding and is dropped: {@code EF BB BF} UTF-8, {@code FE
 *       FF} UTF-16BE, {@code FF FE} UTF-16LE (Unicode 15, section 23.8). Without one the caller's
 *       encoding applies (UTF-8 unless a reader's options say otherwise).
 *   <li>Bytes that the encoding does not define are an {@link UndecodableTextException} naming the
 *       source, the line and column where they stand, the bytes, and the encoding the input most
 *       likely has ({@link #likelyEncoding}).
 *   <li>The reader is streaming: it holds 8 KiB of bytes and 8 Ki characters whatever the input's
 *       size.
 * </ul>
 */
public final class TextDecoding {
  private static final int BUFFER = 8192;

  private TextDecoding() {}

  /**
   * A strict reader over {@code in} (closed with the reader).
   *
   * @param in the bytes
   * @param source the input's name, for the error's location
   * @param encoding the encoding when the input has no byte-order mark
   */
  public static Reader reader(InputStream in, String source, Charset encoding) {
    return new StrictReader(
        requireNonNull(in, "in"),
        requireNonNull(source, "source"),
        requireNonNull(encoding, "encoding"));
  }

  /**
   * A strict UTF-8 reader over {@code in}: {@link #reader(InputStream, String, Charset)} with
   * UTF-8.
   */
  public static Reader utf8(InputStream in, String source) {
    return reader(in, source, StandardCharsets.UTF_8);
  }

  /**
   * Strictly decodes a whole byte array (see the class comment for the byte-order mark).
   *
   * @throws UndecodableTextException at the first bytes that are not {@code encoding}
   */
  public static String decode(byte[] bytes, String source, Charset encoding)
      throws UndecodableTextException {
    try (Reader r = reader(new java.io.ByteArrayInputStream(bytes), source, encoding)) {
      StringBuilder b = new StringBuilder(bytes.length);
      char[] buffer = new char[BUFFER];
      for (int n; (n = r.read(buffer)) >= 0; ) {
        b.append(buffer, 0, n);
      }
      return b.toString();
    } catch (UndecodableTextException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory cannot fail", e);
    }
  }

  /**
   * The encoding that the bytes which failed to decode most likely are in, by a small documented
   * check (no statistics, so it never guesses between two 8-bit encodings that read the bytes
   * alike):
   *
   * <ol>
   *   <li>NUL bytes mostly at odd offsets: UTF-16LE; mostly at even offsets: UTF-16BE (text without
   *       a byte-order mark, as some Windows tools write it);
   *   <li>other NUL bytes or control characters other than tab, line feed, form feed, carriage
   *       return and escape: binary data, {@code null};
   *   <li>a byte from {@code 80} to {@code 9F} that Windows-1252 defines (curly quotes, the euro
   *       sign, dashes): Windows-1252, the encoding Excel and Notepad save in on Western-European
   *       Windows; ISO-8859-1 has only invisible C1 controls there;
   *   <li>other bytes from {@code A0} to {@code FF} only: ISO-8859-1 (Latin-1), which Windows-1252
   *       reads the same way;
   *   <li>anything else: {@code null}.
   * </ol>
   *
   * @param sample bytes of the input, best from where decoding failed on
   * @return the likely encoding, or {@code null} for binary data or when no rule applies
   */
  public static @Nullable Charset likelyEncoding(byte[] sample, int offset, int length) {
    int evenNul = 0;
    int oddNul = 0;
    int controls = 0;
    boolean c1 = false;
    boolean undefinedIn1252 = false;
    boolean high = false;
    for (int i = offset; i < offset + length; i++) {
      int b = sample[i] & 0xFF;
      if (b == 0) {
        if (((i - offset) & 1) == 0) {
          evenNul++;
        } else {
          oddNul++;
        }
      } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B)
          || b == 0x7F) {
        controls++;
      } else if (b >= 0x80 && b <= 0x9F) {
        c1 = true;
        undefinedIn1252 |= b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
      } else if (b >= 0xA0) {
        high = true;
      }
    }
    int nul = evenNul + oddNul;
    if (nul * 4 >= length && length >= 2) {
      if (oddNul >= 3 * Math.max(1, evenNul)) {
        return StandardCharsets.UTF_16LE;
      }
      if (evenNul >= 3 * Math.max(1, oddNul)) {
        return StandardCharsets.UTF_16BE;
      }
    }
    if (nul > 0 || controls * 20 > length) {
      return null;
    }
    if (c1) {
      return undefinedIn1252 ? null : Charset.forName("windows-1252");
    }
    return high ? StandardCharsets.ISO_8859_1 : null;
  }

  /**
   * What {@link #likelyEncoding} found, for messages: {@code Windows-1252 (the encoding Excel saves
   * in)}.
   */
  public static String describe(@Nullable Charset likely) {
    if (likely == null) {
      return "binary data or an unknown encoding";
    }
    return switch (likely.name()) {
      case "windows-1252" ->
          "Windows-1252 (what Excel and Notepad save on Western-European Windows)";
      case "ISO-8859-1" -> "ISO-8859-1 (Latin-1; Windows-1252 reads it alike)";
      case "UTF-16LE", "UTF-16BE" -> likely.name() + " without a byte-order mark";
      default -> likely.name();
    };
  }

  /** A reader that decodes strictly and knows the line and column it has reached. */
  private static final class StrictReader extends Reader {
    private final InputStream in;
    private final String source;
    private @Nullable CharsetDecoder decoder;
    private final Charset fallback;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean eof;
    private boolean flushed;
    private int line = 1;
    private int column = 1;

    StrictReader(InputStream in, String source, Charset fallback) {
      this.in = in;
      this.source = source;
      this.fallback = fallback;
      bytes.flip();
      chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
      if (length == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (flushed) {
          return -1;
        }
        fill();
      }
      int n = Math.min(length, chars.remaining());
      chars.get(buffer, offset, n);
      return n;
    }

    /** Decodes the next characters into {@code chars}; sets {@code flushed} at the end. */
    private void fill() throws IOException {
      CharsetDecoder d = decoder();
      chars.clear();
      try {
        while (chars.position() == 0 && !flushed) {
          if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
              eof = true;
            } else {
              bytes.position(bytes.position() + n);
            }
            bytes.flip();
          }
          CoderResult r = d.decode(bytes, chars, eof);
          if (r.isError()) {
            track();
            throw undecodable(d.charset(), r.length());
          }
          if (eof && r.isUnderflow()) {
            d.flush(chars);
            flushed = true;
          }
        }
        track();
      } finally {
        chars.flip();
      }
    }

    /** Advances line and column over the characters decoded into {@code chars} by this fill. */
    private void track() {
      for (int i = 0; i < chars.position(); i++) {
        char c = chars.get(i);
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
    }

    private CharsetDecoder decoder() throws IOException {
      if (decoder == null) {
        byte[] head = in.readNBytes(3);
        Charset charset = fallback;
        int skip = 0;
        if (head.length == 3
            && (head[0] & 0xFF) == 0xEF
            && (head[1] & 0xFF) == 0xBB
            && (head[2] & 0xFF) == 0xBF) {
          charset = StandardCharsets.UTF_8;
          skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
          charset = StandardCharsets.UTF_16BE;
          skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
          charset = StandardCharsets.UTF_16LE;
          skip = 2;
        }
        bytes.clear();
        bytes.put(head, skip, head.length - skip);
        bytes.flip();
        decoder =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
      }
      return decoder;
    }

    private UndecodableTextException undecodable(Charset charset, int badLength) {
      int at = bytes.position();
      byte[] bad = new byte[Math.min(badLength, 4)];
      bytes.get(at, bad);
      Charset likely = likelyEncoding(bytes.array(), at, bytes.limit() - at);
      return new UndecodableTextException(source, line, column, charset, bad, likely);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
