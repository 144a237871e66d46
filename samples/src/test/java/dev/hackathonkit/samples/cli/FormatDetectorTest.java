package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.samples.BundledPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "page.wiki, WIKI", "page.WikiText, WIKI", "page.txt, TEXT", "topics.csv, CSV", "event.zip, CSV",
    "cal.ics, ICS", "event.json, JSON", "dump.xml, XML", "saved.html, HTML", "OLD.HTM, HTML"
  })
  void extensionNamesTheFormat(String name, Format expected) throws Exception {
    Path file = Files.writeString(dir.resolve(name), "{}");
    assertThat(FormatDetector.detect(file, null)).isEqualTo(expected);
  }

  @Test
  void forcedFormatWinsOverTheExtension() throws Exception {
    Path file = Files.writeString(dir.resolve("event.json"), "{}");
    assertThat(FormatDetector.detect(file, Format.WIKI)).isEqualTo(Format.WIKI);
  }

  @Test
  void aFolderIsASetOfCsvTables() throws Exception {
    assertThat(FormatDetector.detect(dir, null)).isEqualTo(Format.CSV);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\uFEFF  {\"id\": \"x\"}| JSON",
        "BEGIN:VCALENDAR\\r\\nVERSION:2.0| ICS",
        "<?xml version=\"1.0\"?>\\n<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">| XML",
        "Intro\\n{{project\\n Project=X\\n}}| WIKI",
        "== When and Where ==\\nSome text| WIKI",
        "id,title,timeZone\\nx,T,UTC| CSV",
        "Some page\\n\\nJust text, with a comma.| TEXT",
        "<!DOCTYPE html>\\n<html><body><p>Hi</p></body></html>| HTML",
        "<!-- saved from url=(0030)https://wiki.example.org/x -->\\n<html lang=\"de\"><head>| HTML",
        "<div class=\"mw-parser-output\"><p>The sprint</p></div>| HTML",
        "<div style=\"float:right\">[[File:Logo.png]]</div>\\n== When ==\\n2 May| WIKI"
      })
  void contentTellsTheFormatWhenTheExtensionDoesNot(String content, Format expected)
      throws Exception {
    Path file =
        Files.writeString(dir.resolve("input"), content.replace("\\r", "\r").replace("\\n", "\n"));
    assertThat(FormatDetector.detect(file, null)).isEqualTo(expected);
  }

  @Test
  void zipMagicMeansCsvTables() {
    assertThat(FormatDetector.byContent(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(Format.CSV);
  }

  @Test
  void theBundledRenderedPageIsDetectedAsText() {
    byte[] head = BundledPage.RENDERED_TEXT.content().getBytes(StandardCharsets.UTF_8);
    assertThat(FormatDetector.byContent(head)).isEqualTo(Format.TEXT);
  }
}
