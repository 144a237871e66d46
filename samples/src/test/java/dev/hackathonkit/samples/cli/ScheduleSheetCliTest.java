package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Slot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} on another tool's schedule sheet with {@code --start-date} and {@code --columns}.
 */
class ScheduleSheetCliTest {
  @TempDir Path dir;

  @Test
  void aForeignSheetIsReadWithItsDayNumbersResolvedAndReported() throws Exception {
    Path sheet = dir.resolve("programme.csv");
    Files.writeString(
        sheet,
        "\uFEFFday,from,to,title,speaker\n1,9:20,10:00,Opening,Noor Haddad\n2,10:00 AM,11:30 AM,Sprint,Teams\n");
    CliRun run =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--start-date",
            "2026-04-20",
            "--to",
            "json,frab-xml",
            "--out",
            dir.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(CSV tables): programme", "2 topics");
    Event e = JsonEventCodec.standard().read(dir.resolve("out/programme.json")).event();
    assertThat(e.topics().get(1).slot())
        .isEqualTo(
            new Slot(LocalDate.of(2026, 4, 21), LocalTime.of(10, 0), LocalTime.of(11, 30), null));
    assertThat(dir.resolve("out/programme.schedule.xml")).exists();

    CliRun without =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("o2").toString(),
            "--report");
    assertThat(without.exitCode()).isZero();
    assertThat(without.out()).contains("C114").contains("give a start date (--start-date)");
  }

  @Test
  void columnsFileGivesRolesAndABadOneIsAUsageError() throws Exception {
    Path sheet = dir.resolve("plan.csv");
    Files.writeString(sheet, "Wann;Was\n10-11 Uhr;Kickoff\n");
    Path columns = dir.resolve("columns.json");
    Files.writeString(
        columns,
        "{\"startDate\": \"2026-02-02\", \"columns\": {\"Wann\": \"range\", \"Was\": \"title\"}}");
    CliRun run =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--columns",
            columns.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Event e = JsonEventCodec.standard().read(dir.resolve("out/plan.json")).event();
    assertThat(e.topics().get(0).slot().start()).isEqualTo(LocalTime.of(10, 0));

    Files.writeString(columns, "{\"columns\": {\"Wann\": \"sometime\"}}");
    CliRun bad = CliRun.of("convert", sheet.toString(), "--columns", columns.toString());
    assertThat(bad.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(bad.err()).contains("unknown role 'sometime'");
    CliRun badDate = CliRun.of("convert", sheet.toString(), "--start-date", "20/04/2026");
    assertThat(badDate.err()).contains("--start-date 20/04/2026: expected a date yyyy-mm-dd");
  }

  @Test
  void dateOrderReadsNumericDatesThatReadBothWaysAndAFileCanGiveIt() throws Exception {
    Path sheet = dir.resolve("export.csv");
    Files.writeString(
        sheet, "Title,Scheduled At\nAlpha,3/12/2026 9:00:00 AM\nBeta,4/12/2026 2:00:00 PM\n");
    CliRun guessed =
        CliRun.of(
            "convert", sheet.toString(), "--to", "json", "--out", dir.resolve("g").toString());
    assertThat(guessed.exitCode()).as(guessed.err()).isZero();
    assertThat(guessed.err()).contains("export.csv:2:2: C116", "read month first", "--date-order");
    assertThat(
            JsonEventCodec.standard()
                .read(dir.resolve("g/export.json"))
                .event()
                .topics()
                .get(0)
                .slot()
                .date())
        .isEqualTo(LocalDate.of(2026, 3, 12));

    CliRun given =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--date-order",
            "day-first",
            "--to",
            "json",
            "--out",
            dir.resolve("d").toString());
    assertThat(given.exitCode()).as(given.err()).isZero();
    assertThat(given.err()).doesNotContain("C116");
    assertThat(
            JsonEventCodec.standard()
                .read(dir.resolve("d/export.json"))
                .event()
                .topics()
                .get(1)
                .slot()
                .date())
        .isEqualTo(LocalDate.of(2026, 12, 4));

    Path columns = dir.resolve("columns.json");
    Files.writeString(columns, "{\"dateOrder\": \"day-first\"}");
    CliRun file =
        CliRun.of(
            "convert",
            sheet.toString(),
            "--columns",
            columns.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("f").toString());
    assertThat(
            JsonEventCodec.standard()
                .read(dir.resolve("f/export.json"))
                .event()
                .topics()
                .get(0)
                .slot()
                .date())
        .as(file.err())
        .isEqualTo(LocalDate.of(2026, 12, 3));

    CliRun bad = CliRun.of("convert", sheet.toString(), "--date-order", "dmy");
    assertThat(bad.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(bad.err())
        .contains("--date-order 'dmy' is not a date order; expected day-first or month-first");
  }
}
