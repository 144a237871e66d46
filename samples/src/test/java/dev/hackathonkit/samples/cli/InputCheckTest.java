package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs that are not what their names claim, and text in other encodings, on the command line. */
class InputCheckTest {
  @TempDir Path dir;

  private Path input(String name) throws Exception {
    Path source =
        Path.of(
            Objects.requireNonNull(getClass().getResource("not-what-it-claims/" + name)).toURI());
    return Files.copy(source, dir.resolve(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "robotics-weekend.wiki | expected wikitext, found gzip-compressed data; decompress it first",
        "robotics-notes.txt    | expected rendered page text, found bzip2-compressed data; decompress it first",
        "calendar-archive.ics  | expected iCalendar text (BEGIN:VCALENDAR), found zip archive; unpack it first",
        "team-photo.csv        | expected CSV tables (a .csv sheet, a folder or a .zip of them), found binary data (image/png)",
        "exported-event.ics    | expected iCalendar text (BEGIN:VCALENDAR), found JSON; read it as that with --from json",
        "calendar.json         | expected a JSON event object, found iCalendar; read it as that with --from ics",
        "export.wiki           | expected wikitext, found Special:Export dump; read it as that with --from xml",
        "empty.wiki            | expected wikitext, found an empty file",
        "blank.json            | expected a JSON event object, found a file with nothing but white space",
        "firmware.txt          | expected rendered page text, found binary data (NUL bytes)",
        "programme.txt         | expected rendered page text, found a PDF document; copy its text into a file first",
        "utf16le-nobom.txt     | expected rendered page text, found UTF-16LE text without a byte-order mark; save it as UTF-8",
        "budget.csv            | expected CSV tables (a .csv sheet, a folder or a .zip of them), found an Excel workbook (.xlsx); save it as CSV first",
        "attendees.csv         | expected CSV tables (a .csv sheet, a folder or a .zip of them), found an OpenDocument spreadsheet (.ods); save it as CSV first",
      })
  void refusesInOneLineNamingTheFileWhatWasExpectedAndWhatWasFound(String name, String expected)
      throws Exception {
    Path file = input(name);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", file.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines()).containsExactly(file + ":1:1: " + expected + " [E105]");
    assertThat(out).doesNotExist();

    CliRun validate = CliRun.of("validate", file.toString());
    assertThat(validate.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(validate.err().lines()).containsExactly(file + ":1:1: " + expected + " [E105]");
  }

  @Test
  void fromSkipsTheFormatCheckButNotTheOthers() throws Exception {
    Path json = input("exported-event.ics");
    CliRun run =
        CliRun.of(
            "convert",
            json.toString(),
            "--from",
            "json",
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Read  " + json + " (JSON): Robotics Weekend");

    Path gzip = input("robotics-weekend.wiki");
    assertThat(
            CliRun.of(
                    "convert",
                    gzip.toString(),
                    "--from",
                    "text",
                    "--out",
                    dir.resolve("p").toString())
                .err())
        .isEqualTo(
            gzip
                + ":1:1: expected rendered page text, found gzip-compressed data; decompress it"
                + " first [E105]\n");
  }

  @Test
  void textThatIsNotUtf8NamesTheLineColumnAndLikelyEncoding() throws Exception {
    Path wiki = input("windows-1252.wiki");
    CliRun run = CliRun.of("convert", wiki.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    // the reader names a page by its file name; the line is 1, the column the É's
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "windows-1252.wiki:1:4: expected UTF-8 text, found the byte C9, which UTF-8 does not define;")
                    .contains("Windows-1252")
                    .endsWith("save it as UTF-8 first (iconv -f windows-1252 -t UTF-8) [E101]"));
  }

  @Test
  void aUtf16PageWithAByteOrderMarkIsRead() throws Exception {
    Path wiki = input("utf16be-bom.wiki");
    CliRun run =
        CliRun.of("convert", wiki.toString(), "--to", "json", "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path json;
    try (var files = Files.list(dir.resolve("o"))) {
      json = files.findFirst().orElseThrow();
    }
    Event event = JsonEventCodec.standard().read(json).event();
    assertThat(event.venue()).isNotNull();
    assertThat(event.venue().city()).isEqualTo("Tromsø");
  }

  @Test
  void aReaderErrorThatSpansLinesIsPrintedOnOne() throws Exception {
    Path dump =
        Files.writeString(
            dir.resolve("cut-off.xml"),
            "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">\n<page>\n<title>Robotics</title>\n");
    CliRun run = CliRun.of("convert", dump.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith(dump + ":"));
  }

  @Test
  void aPageWhoseFirstBytesLookLikeZlibIsStillAPage() throws Exception {
    // 0x78 0x5E is zlib's signature; text that is clean UTF-8 is never taken for compressed data
    assertThat(
            InputCheck.found(
                "x^2 + y^2 == Circle sprint ==\n".getBytes(StandardCharsets.UTF_8),
                Format.WIKI,
                false))
        .isNull();
    assertThat(
            InputCheck.found(
                "{{Infobox event\n| title = Sprint\n}}\n".getBytes(StandardCharsets.UTF_8),
                Format.WIKI,
                false))
        .isNull();
  }

  @Test
  void anOutOfMemoryErrorWhileReadingNamesTheInputAndExits71() throws Exception {
    Path json = dir.resolve("summit.json");
    JsonEventCodec.standard()
        .write(HackathonKitTest.sampleEvent(java.time.ZoneId.of("Europe/Paris")), json);
    CliException e =
        catchThrowableOfType(
            CliException.class,
            () ->
                Codecs.standard()
                    .read(
                        Format.JSON,
                        json,
                        r -> {
                          throw new OutOfMemoryError("Java heap space");
                        }));
    assertThat(e.exitCode()).isEqualTo(HackathonKit.EXIT_RESOURCES);
    assertThat(e.getMessage())
        .startsWith(json + ": out of memory while reading it as JSON (the JVM may use ")
        .endsWith(" MiB; give it more with java -Xmx...)");

    CliException other =
        catchThrowableOfType(
            CliException.class,
            () ->
                Codecs.standard()
                    .read(
                        Format.JSON,
                        json,
                        r -> {
                          throw new AssertionError("broken");
                        }));
    assertThat(other.exitCode()).isEqualTo(HackathonKit.EXIT_INTERNAL);
    assertThat(other.getMessage())
        .startsWith(
            json + ": internal error while reading it as JSON: java.lang.AssertionError: broken");
  }
}
