package dev.hackathonkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedule sheets of other tools, one layout per file, each modelled on a schedule published by a
 * hackathon or conference (names and sessions invented): see README "Schedule sheets of other tools".
 */
class ScheduleSheetTest {
  private static final Path DIR = Path.of("src/test/resources/dev/hackathonkit/io/csv/ScheduleSheetTest");
  private static final LocalDate START = LocalDate.of(2025, 10, 14); // a Tuesday
  private static final CsvEventReader READER = CsvEventReader.standard()
      .withSheetMapping(SheetMapping.NONE.withStartDate(START));

  /** Per sheet: rows with a title read as topics, of them scheduled, columns given a role of the model. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dayof-12h.csv,            7, 7, 4",
    "science-hack-days.csv,    6, 6, 4",
    "day-sections.csv,         8, 8, 5",
    "time-activity.csv,        6, 5, 2",
    "track-grid-es.csv,        8, 8, 3",
    "submissions-utc.csv,      3, 3, 9",
    "agenda-iso-local.csv,     4, 4, 7",
    "zeitplan-de.csv,          6, 6, 5",
    "jornadas-es.csv,          4, 4, 6",
    "room-track-level.csv,     4, 4, 5",
    "issue-sheet.csv,          5, 5, 8",
    "programme-fr.csv,         3, 3, 7",
    "time-session-dupes.csv,   3, 3, 2",
  })
  void readsEachLayoutWithEveryCellPlacedOrReported(String file, int topics, int scheduled, int mapped) throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve(file));
    assertThat(r.event().topics()).hasSize(topics);
    assertThat(r.event().topics().stream().filter(t -> t.slot() != null)).hasSize(scheduled);
    ImportProblem columns = r.report().problems(CsvProblem.C110_SHEET_COLUMNS).get(0);
    long roles = Arrays.stream(columns.message().substring("columns read as: ".length()).split(", '"))
        .filter(c -> !c.contains("' extra (") && !c.contains("' ignore ("))
        .count();
    assertThat(roles).as(columns.message()).isEqualTo(mapped);
    // every data cell is in the model (kept as extra where no field fits) or named in a warning
    assertThat(r.report().coverage()).isEqualTo(1.0);
    assertThat(r.event().topics()).allSatisfy(t -> assertThat(t.title()).isNotBlank());
  }

  /**
   * Fuzz finding (CsvFlatFuzzTest): time columns whose headers name no role got theirs from the
   * roles given so far through {@code Set.of}, which refuses the columns not yet given one (null)
   * and repeated roles: a NullPointerException or IllegalArgumentException instead of a schedule.
   */
  @Test
  void timeColumnsWithUnknownHeadersBecomeStartAndEnd() throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("unnamed-time-columns.csv"));
    assertThat(r.event().topics()).extracting(t -> t.title()).containsExactly("Opening", "Panel");
    assertThat(r.event().topics()).extracting(t -> t.slot())
        .containsExactly(new Slot(START, LocalTime.of(9, 0), LocalTime.of(9, 30), null),
            new Slot(START, LocalTime.of(10, 0), LocalTime.of(11, 0), null));
  }

  @Test
  void theIssuesLayoutKeepsParagraphsSplitsSpeakersWithTheirAffiliationsAndResolvesDayNumbers() throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("issue-sheet.csv"));
    Topic opening = r.event().topics().get(0);
    assertThat(opening.slot()).isEqualTo(new Slot(START, LocalTime.of(9, 20), LocalTime.of(10, 0), null));
    assertThat(opening.description()).isEqualTo("Where we are.\n\nWhere we go next: three goals for the year.");
    assertThat(opening.extra()).containsEntry("Type", "keynote");
    assertThat(r.event().topics().get(1).contacts()).containsExactly(new Person("Dev Raman", null, "Acme Ltd", null),
        new Person("Lea Moreau", null, "Sample GmbH", null));
    assertThat(r.event().topics()).extracting(t -> t.slot().date())
        .containsExactly(START, START, START, START.plusDays(1), START.plusDays(2));
    assertThat(r.event().days()).extracting(d -> d.date()).containsExactly(START, START.plusDays(1), START.plusDays(2));
  }

  @Test
  void dayNumbersWithoutAStartDateAreReportedAndLeaveTopicsUnscheduled() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("issue-sheet.csv"));
    assertThat(r.event().topics()).hasSize(5).allSatisfy(t -> assertThat(t.slot()).isNull());
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED)).extracting(p -> p.location().toString())
        .containsExactly("issue-sheet.csv:2:1", "issue-sheet.csv:5:1", "issue-sheet.csv:6:1");
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED).get(0).message())
        .contains("day '1' is a day number or weekday: give a start date (--start-date)");
  }

  @Test
  void withoutAStartDateWeekdaysCountFromTheFirstDateTheSheetWrites() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(new StringReader(
        "Día,Hora,Actividad\n2026-03-05,10:00,Apertura\nviernes,11:00,Taller\n"), "semana.csv");
    assertThat(r.event().topics()).extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6));
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED)).isEmpty();
  }

  @Test
  void aSheetWithAHeaderAndNoSessionsIsRefusedNotReadAsAnEmptyEvent() {
    for (String sheet : List.of("Date,Start,End,Session,Speaker\n", "Tag;Uhrzeit;Vortrag\n;;\n\n", "time,session")) {
      assertThatThrownBy(() -> CsvEventReader.standard().readFlat(new StringReader(sheet), "leer.csv"))
          .as(sheet)
          .isInstanceOf(EventFormatException.class)
          .hasMessageContaining("leer.csv:2")
          .hasMessageContaining("rows of sessions under the header, found none");
    }
  }

  @Test
  void weekdaysResolveFromTheStartDateAndRangesFillStartAndEnd() throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("zeitplan-de.csv")); // BOM, ';', "9:00 - 9:30 Uhr", Freitag
    assertThat(r.event().topics().get(1).slot())
        .isEqualTo(new Slot(LocalDate.of(2025, 10, 17), LocalTime.of(9, 30), LocalTime.of(10, 15), "Saal 1"));
    assertThat(r.event().topics().get(5).slot().date()).isEqualTo(LocalDate.of(2025, 10, 18));
    assertThat(r.report().problems()).extracting(p -> p.code().code()).containsExactly("C105", "C110", "C115");
  }

  @Test
  void trackColumnsOfAGridBecomeRooms() throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("track-grid-es.csv"));
    assertThat(r.event().topics()).filteredOn(t -> t.slot().start().equals(LocalTime.of(10, 30)))
        .extracting(t -> t.title() + " @ " + t.slot().room())
        .containsExactly("Bases de datos en memoria – Edurne Sáez @ Track 1", "Fatal, gracias – Ane Goikoetxea @ Track 2");
  }

  @Test
  void cellsNotUnderstoodAreKeptAndNamedWithRowAndColumn() throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("time-activity.csv"));
    Topic lunch = r.event().topics().get(3);
    assertThat(lunch.slot()).isNull();
    assertThat(lunch.extra()).containsEntry("Time", "12:30–1:30");
    assertThat(r.report().problems(CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD)).singleElement()
        .satisfies(p -> assertThat(p.location().toString()).isEqualTo("time-activity.csv:5:1"));
  }

  @Test
  void rowsWithoutATitleAreSkippedWithAWarning() throws Exception {
    ImportResult r = READER.readFlat(new StringReader(
        "Uhrzeit,Vortrag,Referentin\n10:00,Begrüßung,Ina Roth\n10:30,,\n11:00,Abschluss,Ina Roth\n"), "kurz.csv");
    assertThat(r.event().topics()).extracting(Topic::title).containsExactly("Begrüßung", "Abschluss");
    assertThat(r.report().problems(CsvProblem.C112_SHEET_ROW_SKIPPED)).singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("kurz.csv:3").contains("'10:30'"));
    assertThat(r.report().coverage()).isLessThan(1.0);
  }

  @Test
  void anExplicitMappingOverridesTheGuess(@TempDir Path dir) throws Exception {
    Path columns = dir.resolve("columns.json");
    Files.writeString(columns, "{\"startDate\": \"2026-02-02\", \"timeZone\": \"Europe/Vienna\", \"title\": \"Winter Sprint\","
        + " \"columns\": {\"Wann\": \"range\", \"Was\": \"title\", \"Wer\": \"speaker\", \"Wo\": \"ignore\"}}");
    ImportResult r = CsvEventReader.standard().withSheetMapping(SheetMapping.read(columns))
        .readFlat(new StringReader("Wann,Was,Wer,Wo\n10-11 Uhr,Kickoff,Pia Berg,Saal\n"), "sprint.csv");
    assertThat(r.event().title()).isEqualTo("Winter Sprint");
    assertThat(r.event().timeZone()).hasToString("Europe/Vienna");
    assertThat(r.event().topics()).singleElement().satisfies(t -> {
      assertThat(t.slot()).isEqualTo(new Slot(LocalDate.of(2026, 2, 2), LocalTime.of(10, 0), LocalTime.of(11, 0), null));
      assertThat(t.contacts()).extracting(Person::name).containsExactly("Pia Berg");
    });
    assertThat(r.report().problems(CsvProblem.C110_SHEET_COLUMNS).get(0).message())
        .contains("'Wann' range (given)", "'Wo' ignore (given)");
    assertThat(r.report().coverage()).isLessThan(1.0); // the ignored room is not placed
  }

  @Test
  void aMappingWithAnUnknownRoleIsRefusedByName(@TempDir Path dir) throws Exception {
    Path columns = dir.resolve("columns.json");
    Files.writeString(columns, "{\"columns\": {\"Wann\": \"when\"}}");
    assertThatThrownBy(() -> SheetMapping.read(columns)).isInstanceOf(EventFormatException.class)
        .hasMessageContaining("column 'Wann': unknown role 'when'; expected one of [abstract, affiliation,");
    assertThat(SheetMapping.NONE.columns()).isEqualTo(Map.of());
    assertThat(List.of()).isEmpty();
  }
}
