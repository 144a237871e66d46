package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --encoding}, {@code --separator}, {@code --lenient} and {@code --bom} on sheets from
 * Excel.
 */
class SheetOptionsTest {
  @TempDir Path dir;

  private Path sheet() throws Exception {
    Path source =
        Path.of(
            Objects.requireNonNull(getClass().getResource("sheets/fjord-days-excel.csv")).toURI());
    return Files.copy(source, dir.resolve("fjord-days-excel.csv"));
  }

  @Test
  void aWindows1252SheetIsRefusedWithItsRowColumnAndTheOptionThatReadsIt() throws Exception {
    Path sheet = sheet();
    CliRun run = CliRun.of("convert", sheet.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "fjord-days-excel.csv:2:13: expected UTF-8 text, found the byte F6, which UTF-8 does not define;")
                    .contains("Windows-1252")
                    .endsWith("; read it with --encoding windows-1252 [E101]"));
  }

  @Test
  void encodingReadsItLenientSkipsTheBadRowAndSeparatorAndBomShapeTheCsvWritten() throws Exception {
    Path sheet = sheet();
    CliRun strict =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--encoding",
            "windows-1252",
            "--out",
            dir.resolve("s").toString());
    assertThat(strict.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(strict.err())
        .startsWith(
            "fjord-days-excel.csv:3:4: 1 error, first: column 'inserted_on': expected a date");

    Path out = dir.resolve("o");
    CliRun run =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--encoding",
            "windows-1252",
            "--lenient",
            "--to",
            "json,csv",
            "--separator",
            ";",
            "--bom",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("fjord-days-excel.csv:3:4: C202 column 'inserted_on'")
        .contains("row skipped");
    Event event = JsonEventCodec.standard().read(out.resolve("fjorddagar.json")).event();
    assertThat(event.venue().city()).isEqualTo("Göteborg");
    assertThat(event.topics()).extracting(Topic::title).containsExactly("Tidtabell för färjor");

    byte[] topics = Files.readAllBytes(out.resolve("fjorddagar-csv").resolve("topics.csv"));
    assertThat(topics).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(topics, StandardCharsets.UTF_8))
        .contains("id;title;inserted_on;")
        .contains("Tidtabell för färjor");

    // the CSV written reads back as it is: a UTF-8 mark and ';', both detected
    CliRun back =
        CliRun.of(
            "convert",
            out.resolve("fjorddagar-csv").toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("back").toString());
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(
            JsonEventCodec.standard().read(dir.resolve("back").resolve("fjorddagar.json")).event())
        .isEqualTo(event);
  }

  @Test
  void aSkippedRowIsWarnedOfBeforeTheNotesOnHowTheSheetsWereRead() throws Exception {
    // a table set saved with ';': every table gets a note on its separator, and one row is skipped
    Path tables = Files.createDirectories(dir.resolve("set"));
    Files.writeString(tables.resolve("event.csv"), "id;title\r\nlab;Lab Day\r\n");
    Files.writeString(
        tables.resolve("topics.csv"),
        "id;title;inserted_on\r\na;Alpha;2024-11-08\r\nb;Beta;8-11-2024\r\n");
    Files.writeString(
        tables.resolve("days.csv"), "date;opens;closes\r\n2024-11-08;10:00;17:00\r\n");
    Files.writeString(tables.resolve("comments.csv"), "topic_id;author;posted_at;kind;text\r\n");
    Files.writeString(
        tables.resolve("attendees.csv"), "name;affiliation;status\r\nAna Lima;;confirmed\r\n");
    CliRun run =
        CliRun.of(
            "convert",
            tables.toString(),
            "--lenient",
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    assertThat(warnings).isNotEmpty();
    assertThat(warnings.get(0)).contains("C202").contains("row skipped");
  }

  @Test
  void aGivenSeparatorIsNotDetectedAndBadOptionValuesAreUsageErrors() throws Exception {
    Path sheet = sheet();
    CliRun comma =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--encoding",
            "windows-1252",
            "--separator",
            ",",
            "--out",
            dir.resolve("o").toString());
    assertThat(comma.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(comma.err()).contains("missing required columns 'event.title', 'title'");

    assertThat(CliRun.of("convert", sheet.toString(), "--separator", "|").err())
        .isEqualTo("--separator |: expected ',' ';' or 'tab'\n");
    CliRun encoding = CliRun.of("validate", sheet.toString(), "--encoding", "klingon-8");
    assertThat(encoding.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(encoding.err()).startsWith("--encoding klingon-8: not an encoding this Java knows");
  }
}
