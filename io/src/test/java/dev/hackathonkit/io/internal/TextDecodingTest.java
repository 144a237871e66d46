package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ical.ICalendarEventReader;
import dev.hackathonkit.io.ical.ICalendarProblem;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.io.wikitext.WikitextReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private static String readAll(Reader r) throws Exception {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[7]; // small reads cross every internal buffer boundary
    for (int n; (n = r.read(buffer)) >= 0; ) {
      b.append(buffer, 0, n);
    }
    return b.toString();
  }

  @Test
  void aByteOrderMarkDecidesTheEncodingAndIsDropped() throws Exception {
    String text = "Zoë – Σ 🎉\nline two";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withUtf8Mark = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
    byte[] utf16le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] utf16be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    for (byte[] bytes : new byte[][] {utf8, withUtf8Mark, utf16le, utf16be}) {
      assertThat(
              readAll(
                  TextDecoding.reader(
                      new ByteArrayInputStream(bytes), "t", StandardCharsets.UTF_8)))
          .isEqualTo(text);
    }
    // the mark wins over the encoding asked for
    assertThat(readAll(TextDecoding.reader(new ByteArrayInputStream(utf16le), "t", WINDOWS_1252)))
        .isEqualTo(text);
    assertThat(TextDecoding.decode(new byte[0], "t", StandardCharsets.UTF_8)).isEmpty();
    assertThat(TextDecoding.decode(new byte[] {'a'}, "t", StandardCharsets.UTF_8)).isEqualTo("a");
  }

  @Test
  void undecodableBytesNameTheirLineColumnAndTheLikelyEncodingFarIntoALargeInput() {
    String head = "ascii line\n".repeat(5000) + "Zoë and 🎉 first; then ";
    byte[] bytes =
        concat(
            head.getBytes(StandardCharsets.UTF_8),
            "Caf\u00e9 \u201cquoted\u201d".getBytes(WINDOWS_1252));
    UndecodableTextException e =
        catchThrowableOfType(
            UndecodableTextException.class,
            () -> TextDecoding.decode(bytes, "big.txt", StandardCharsets.UTF_8));
    // 'Zoë and 🎉 first; then Caf' is 25 code points (the emoji is one column): the é is the 26th
    assertThat(e.location()).isEqualTo(new Location("big.txt", 5001, 26));
    assertThat(e.likely()).isEqualTo(WINDOWS_1252);
    EventFormatException f = e.toFormatException();
    assertThat(f.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    // the bytes, the encoding and the likely one: this message is what a user acts on
    assertThat(f.getMessage())
        .isEqualTo(
            "big.txt:5001:26: expected UTF-8 text, found the byte E9, which UTF-8 does"
                + " not define; the input looks like Windows-1252 (what Excel and Notepad save on Western-European Windows)");
  }

  @Test
  void guessesTheLikelyEncodingByTheDocumentedRules() {
    assertThat(guess("Caf\u00e9 \u201cx\u201d".getBytes(WINDOWS_1252))).isEqualTo(WINDOWS_1252);
    assertThat(guess("Caf\u00e9 \u20ac".getBytes(WINDOWS_1252))).isEqualTo(WINDOWS_1252);
    assertThat(guess("Zürich, Ségolène".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(guess("Tromsø".getBytes(StandardCharsets.UTF_16LE)))
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(guess("Tromsø".getBytes(StandardCharsets.UTF_16BE)))
        .isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(guess(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
        .isNull();
    assertThat(guess(new byte[] {(byte) 0x81, (byte) 0x8D, 'a'}))
        .isNull(); // bytes Windows-1252 leaves undefined
  }

  private static Charset guess(byte[] bytes) {
    return TextDecoding.likelyEncoding(bytes, 0, bytes.length);
  }

  @Test
  void everyReaderNamesTheFileLineAndLikelyEncoding() throws Exception {
    Path wiki =
        Files.write(
            dir.resolve("fest.wiki"),
            "== Hackfest ==\n'''Where:''' Caf\u00e9 Zo\u00eb, Li\u00e8ge\n".getBytes(WINDOWS_1252));
    EventFormatException w =
        catchThrowableOfType(
            EventFormatException.class, () -> WikitextReader.standard().read(wiki));
    assertThat(w.location()).isEqualTo(new Location("fest.wiki", 2, 17));
    assertThat(w.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    assertThat(w.expected()).contains("the byte E9").contains("ISO-8859-1");

    Path text =
        Files.write(
            dir.resolve("fest.txt"),
            "Hackfest\nWhere: Malm\u00f6 \u2013 hall B\n".getBytes(WINDOWS_1252));
    EventFormatException t =
        catchThrowableOfType(
            EventFormatException.class, () -> RenderedPageReader.standard().read(text));
    assertThat(t.location()).isEqualTo(new Location(text.toString(), 2, 12));
    assertThat(t.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    assertThat(t.expected()).contains("Windows-1252");

    Path json =
        Files.write(
            dir.resolve("fest.json"),
            "{\n  \"id\": \"x\",\n  \"title\": \"Caf\u00e9\"\n}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    EventFormatException j =
        catchThrowableOfType(
            EventFormatException.class, () -> JsonEventCodec.standard().read(json));
    assertThat(j.location()).isEqualTo(new Location(json.toString(), 3, 16));
    assertThat(j.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    assertThat(j.expected()).contains("ISO-8859-1");

    Path ics =
        Files.write(
            dir.resolve("fest.ics"),
            ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
                    + "UID:1@x\r\nDTSTART:20250412T080000Z\r\nSUMMARY:Caf\u00e9 \u201cmeet\u201d\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .getBytes(WINDOWS_1252));
    ImportProblem i =
        ICalendarEventReader.standard()
            .read(ics)
            .report()
            .problems(ICalendarProblem.I106_MALFORMED_UTF8)
            .get(0);
    assertThat(i.location()).isEqualTo(new Location(ics.toString(), 7, 1));
    assertThat(i.message()).contains("Windows-1252");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
