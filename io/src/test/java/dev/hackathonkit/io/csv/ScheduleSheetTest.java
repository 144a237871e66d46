package dev.hackathonkit.io.csv;

import static dev.hackathonkit.io.FormatErrors.assertFails;
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
 * hackathon or conference (names and sessions invented): see README "Schedule sheets of other
 * tools".
 */
class ScheduleSheetTest {
  private static final Path DIR =
      Path.of("src/test/resources/dev/hackathonkit/io/csv/ScheduleSheetTest");
  private static final LocalDate START = LocalDate.of(2025, 10, 14); // a Tuesday
  private static final CsvEventReader READER =
      CsvEventReader.standard().withSheetMapping(SheetMapping.NONE.withStartDate(START));

  /**
   * Per sheet: rows with a title read as topics, of them scheduled, columns given a role of the
   * model, and the coverage in per mille (cells kept as extra because they did not read as their
   * role are not placed).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dayof-12h.csv,                  7, 7, 4, 1000",
    "science-hack-days.csv,          6, 6, 4, 1000",
    "day-sections.csv,               8, 8, 5, 1000",
    "time-activity.csv,              6, 6, 2, 1000",
    "track-grid-es.csv,              8, 8, 3, 1000",
    "submissions-utc.csv,            3, 3, 9, 1000",
    "agenda-iso-local.csv,           4, 4, 7, 1000",
    "zeitplan-de.csv,                6, 6, 5, 1000",
    "jornadas-es.csv,                4, 4, 6, 1000",
    "room-track-level.csv,           4, 4, 5, 1000",
    "issue-sheet.csv,                5, 5, 8, 1000",
    "programme-fr.csv,               3, 3, 7, 1000",
    "time-session-dupes.csv,         3, 3, 2, 1000",
    "sessionize-export-us.csv,       5, 5, 6, 1000",
    "agenda-dmy-24h.csv,             4, 4, 5, 1000",
    "dayof-headings-dated.csv,       7, 7, 3, 1000",
    "day-numbers-in-time-column.csv, 5, 5, 4, 1000",
    "dated-ranges.csv,               4, 4, 3, 1000",
    "times-no-dates.csv,             4, 4, 4, 1000",
    "days-as-columns.csv,            8, 8, 4, 1000",
    "dias-en-columnas.csv,           6, 6, 4, 1000",
  })
  void readsEachLayoutWithEveryCellPlacedOrReported(
      String file, int topics, int scheduled, int mapped, int perMille) throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve(file));
    assertThat(r.event().topics()).hasSize(topics);
    assertThat(r.event().topics().stream().filter(t -> t.slot() != null)).hasSize(scheduled);
    ImportProblem columns = r.report().problems(CsvProblem.C110_SHEET_COLUMNS).get(0);
    long roles =
        Arrays.stream(columns.message().substring("columns read as: ".length()).split(", '"))
            .filter(c -> !c.contains("' extra (") && !c.contains("' ignore ("))
            .count();
    assertThat(roles).as(columns.message()).isEqualTo(mapped);
    // every data cell is in the model (kept as extra where no field fits) or named in a warning
    assertThat(Math.round(r.report().coverage() * 1000)).isEqualTo(perMille);
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
    assertThat(r.event().topics())
        .extracting(t -> t.slot())
        .containsExactly(
            new Slot(START, LocalTime.of(9, 0), LocalTime.of(9, 30), null),
            new Slot(START, LocalTime.of(10, 0), LocalTime.of(11, 0), null));
  }

  @Test
  void theIssuesLayoutKeepsParagraphsSplitsSpeakersWithTheirAffiliationsAndResolvesDayNumbers()
      throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("issue-sheet.csv"));
    Topic opening = r.event().topics().get(0);
    assertThat(opening.slot())
        .isEqualTo(new Slot(START, LocalTime.of(9, 20), LocalTime.of(10, 0), null));
    assertThat(opening.description())
        .isEqualTo("Where we are.\n\nWhere we go next: three goals for the year.");
    assertThat(opening.extra()).containsEntry("Type", "keynote");
    assertThat(r.event().topics().get(1).contacts())
        .containsExactly(
            new Person("Dev Raman", null, "Acme Ltd", null),
            new Person("Lea Moreau", null, "Sample GmbH", null));
    assertThat(r.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(START, START, START, START.plusDays(1), START.plusDays(2));
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(START, START.plusDays(1), START.plusDays(2));
  }

  @Test
  void dayNumbersWithoutAStartDateAreReportedAndLeaveTopicsUnscheduled() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("issue-sheet.csv"));
    assertThat(r.event().topics()).hasSize(5).allSatisfy(t -> assertThat(t.slot()).isNull());
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED))
        .extracting(p -> p.location().toString())
        .containsExactly("issue-sheet.csv:2:1", "issue-sheet.csv:5:1", "issue-sheet.csv:6:1");
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED).get(0).message())
        .contains("day '1' is a day number or weekday: give a start date (--start-date)");
  }

  @Test
  void withoutAStartDateWeekdaysCountFromTheFirstDateTheSheetWrites() throws Exception {
    ImportResult r =
        CsvEventReader.standard()
            .readFlat(
                new StringReader(
                    "Día,Hora,Actividad\n2026-03-05,10:00,Apertura\nviernes,11:00,Taller\n"),
                "semana.csv");
    assertThat(r.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6));
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED)).isEmpty();
  }

  @Test
  void aSheetWithAHeaderAndNoSessionsIsRefusedNotReadAsAnEmptyEvent() {
    for (String sheet :
        List.of(
            "Date,Start,End,Session,Speaker\n", "Tag;Uhrzeit;Vortrag\n;;\n\n", "time,session")) {
      assertFails(
          () -> CsvEventReader.standard().readFlat(new StringReader(sheet), "leer.csv"),
          CsvProblem.C214_SHEET_NO_SESSIONS,
          "leer.csv:2");
    }
  }

  @Test
  void weekdaysResolveFromTheStartDateAndRangesFillStartAndEnd() throws Exception {
    ImportResult r =
        READER.readFlat(DIR.resolve("zeitplan-de.csv")); // BOM, ';', "9:00 - 9:30 Uhr", Freitag
    assertThat(r.event().topics().get(1).slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2025, 10, 17), LocalTime.of(9, 30), LocalTime.of(10, 15), "Saal 1"));
    assertThat(r.event().topics().get(5).slot().date()).isEqualTo(LocalDate.of(2025, 10, 18));
    assertThat(r.report().problems())
        .extracting(p -> p.code().code())
        .containsExactly("C105", "C110", "C115");
  }

  @Test
  void trackColumnsOfAGridBecomeRooms() throws Exception {
    ImportResult r = READER.readFlat(DIR.resolve("track-grid-es.csv"));
    assertThat(r.event().topics())
        .filteredOn(t -> t.slot().start().equals(LocalTime.of(10, 30)))
        .extracting(t -> t.title() + " @ " + t.slot().room())
        .containsExactly(
            "Bases de datos en memoria – Edurne Sáez @ Track 1",
            "Fatal, gracias – Ane Goikoetxea @ Track 2");
  }

  @Test
  void cellsNotUnderstoodAreKeptAndNamedWithRowAndColumn() throws Exception {
    ImportResult r =
        READER.readFlat(
            new StringReader(
                "Time,Activity\n9:00–9:45,Intro\nhalf past ten,Lunch\n14:00 - 11:00,Wrap-up\n"),
            "odd.csv");
    assertThat(r.event().topics().get(1).slot()).isNull();
    assertThat(r.event().topics().get(1).extra()).containsEntry("Time", "half past ten");
    assertThat(r.report().problems(CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD))
        .extracting(p -> p.location().toString())
        .containsExactly("odd.csv:3:1", "odd.csv:4:1");
    // "12:30–1:30" ends on a 12-hour clock without its pm
    Topic lunch = READER.readFlat(DIR.resolve("time-activity.csv")).event().topics().get(3);
    assertThat(lunch.slot())
        .isEqualTo(new Slot(START, LocalTime.of(12, 30), LocalTime.of(13, 30), null));
  }

  @Test
  void rowsWithoutATitleAreSkippedWithAWarning() throws Exception {
    ImportResult r =
        READER.readFlat(
            new StringReader(
                "Uhrzeit,Vortrag,Referentin\n10:00,Begrüßung,Ina Roth\n10:30,,\n11:00,Abschluss,Ina Roth\n"),
            "kurz.csv");
    assertThat(r.event().topics())
        .extracting(Topic::title)
        .containsExactly("Begrüßung", "Abschluss");
    assertThat(r.report().problems(CsvProblem.C112_SHEET_ROW_SKIPPED))
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("kurz.csv:3").contains("'10:30'"));
    assertThat(r.report().coverage()).isLessThan(1.0);
  }

  @Test
  void anExplicitMappingOverridesTheGuess(@TempDir Path dir) throws Exception {
    Path columns = dir.resolve("columns.json");
    Files.writeString(
        columns,
        "{\"startDate\": \"2026-02-02\", \"timeZone\": \"Europe/Vienna\", \"title\": \"Winter Sprint\","
            + " \"columns\": {\"Wann\": \"range\", \"Was\": \"title\", \"Wer\": \"speaker\", \"Wo\": \"ignore\"}}");
    ImportResult r =
        CsvEventReader.standard()
            .withSheetMapping(SheetMapping.read(columns))
            .readFlat(
                new StringReader("Wann,Was,Wer,Wo\n10-11 Uhr,Kickoff,Pia Berg,Saal\n"),
                "sprint.csv");
    assertThat(r.event().title()).isEqualTo("Winter Sprint");
    assertThat(r.event().timeZone()).hasToString("Europe/Vienna");
    assertThat(r.event().topics())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.slot())
                  .isEqualTo(
                      new Slot(
                          LocalDate.of(2026, 2, 2),
                          LocalTime.of(10, 0),
                          LocalTime.of(11, 0),
                          null));
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
    // the roles there are: the words are the point
    assertThatThrownBy(() -> SheetMapping.read(columns))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> assertThat(e.code()).isEqualTo(CsvProblem.C221_MAPPING_BAD_VALUE))
        .hasMessageContaining(
            "column 'Wann': unknown role 'when'; expected one of [abstract, affiliation,");
    assertThat(SheetMapping.NONE.columns()).isEqualTo(Map.of());
  }

  // ---- kinds of sheet a newcomer found losing data (issue 16) ----------------------------------

  @Test
  void usDateTimesReadMonthFirstWhenOneDateOfTheSheetCanOnlyBeSo() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("sessionize-export-us.csv"));
    assertThat(r.event().topics())
        .extracting(Topic::slot)
        .containsExactly(
            new Slot(
                LocalDate.of(2026, 11, 6), LocalTime.of(9, 0), LocalTime.of(9, 45), "Harbor Room"),
            new Slot(
                LocalDate.of(2026, 11, 6),
                LocalTime.of(10, 15),
                LocalTime.of(10, 45),
                "Lighthouse"),
            new Slot(
                LocalDate.of(2026, 11, 6),
                LocalTime.of(16, 30),
                LocalTime.of(17, 30),
                "Harbor Room"),
            new Slot(
                LocalDate.of(2026, 11, 7), LocalTime.of(13, 0), LocalTime.of(14, 30), "Lighthouse"),
            new Slot(
                LocalDate.of(2026, 11, 13),
                LocalTime.of(11, 0),
                LocalTime.of(11, 20),
                "Harbor Room"));
    assertThat(r.report().problems(CsvProblem.C116_SHEET_DATE_ORDER)).isEmpty();
    assertThat(r.report().problems(CsvProblem.C110_SHEET_COLUMNS).get(0).message())
        .contains(
            "'Scheduled At' datetime_start",
            "numeric dates read month first, as '11/13/2026 11:00:00 AM' at "
                + "sessionize-export-us.csv:6:6 can only be");
  }

  @Test
  void numericDatesThatReadBothWaysAreReportedWithTheOrderTakenAndCanBeGiven() throws Exception {
    String us = "Title,Scheduled At\nAlpha,3/12/2026 9:00:00 AM\nBeta,4/12/2026 2:00:00 PM\n";
    ImportResult guessed = CsvEventReader.standard().readFlat(new StringReader(us), "export.csv");
    assertThat(guessed.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 12));
    assertThat(guessed.report().problems(CsvProblem.C116_SHEET_DATE_ORDER))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().toString()).isEqualTo("export.csv:2:2");
              assertThat(p.message()).contains("read month first", "12-hour clock", "--date-order");
            });
    ImportResult given =
        CsvEventReader.standard()
            .withSheetMapping(SheetMapping.NONE.withDateOrder(SheetMapping.DateOrder.DAY_FIRST))
            .readFlat(new StringReader(us), "export.csv");
    assertThat(given.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4));
    assertThat(given.report().problems(CsvProblem.C116_SHEET_DATE_ORDER)).isEmpty();

    ImportResult european = CsvEventReader.standard().readFlat(DIR.resolve("agenda-dmy-24h.csv"));
    assertThat(european.event().days())
        .extracting(d -> d.date())
        .containsExactly(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4));
    assertThat(european.report().problems(CsvProblem.C116_SHEET_DATE_ORDER))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("'03.11.2026'", "read day first", "24-hour clock"));
  }

  @Test
  void aSheetWritingDatesBothWaysIsReported() throws Exception {
    ImportResult r =
        CsvEventReader.standard()
            .readFlat(
                new StringReader(
                    "Date,Time,Talk\n12/03/2026,9:00,Eins\n13/03/2026,10:00,Zwei\n3/14/2026,11:00,Drei\n"),
                "mixed.csv");
    assertThat(r.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(
            LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14));
    assertThat(r.report().problems(CsvProblem.C116_SHEET_DATE_ORDER))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().toString()).isEqualTo("mixed.csv:4:1");
              assertThat(p.message())
                  .contains(
                      "'3/14/2026'",
                      "'13/03/2026' at mixed.csv:3:1",
                      "'12/03/2026' at mixed.csv:2:1");
            });
  }

  @Test
  void rowsNamingOnlyADayHeadTheRowsBelowWithoutADayColumn() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("dayof-headings-dated.csv"));
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(
            LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 18));
    assertThat(r.event().topics())
        .extracting(t -> t.title() + " " + t.slot().date())
        .containsExactly(
            "Doors open 2026-10-16",
            "Opening ceremony 2026-10-16",
            "Team mixer 2026-10-16",
            "Breakfast 2026-10-17",
            "Workshop: your first API 2026-10-17",
            "Lunch 2026-10-17",
            "Demos and judging 2026-10-18");
    assertThat(r.report().problems(CsvProblem.C112_SHEET_ROW_SKIPPED)).isEmpty();

    ImportResult numbered = READER.readFlat(DIR.resolve("day-numbers-in-time-column.csv"));
    assertThat(numbered.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(START, START, START.plusDays(1), START.plusDays(1), START.plusDays(2));
    assertThat(numbered.event().topics().get(3).contacts()).extracting(Person::name).isEmpty();
    assertThat(numbered.event().topics().get(2).contacts())
        .extracting(Person::name)
        .containsExactly("Gwen Achebe", "Piet Vos");
  }

  @Test
  void aTimeColumnMixingSingleTimesAndRangesKeepsTheRangesEnds() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("dayof-headings-dated.csv"));
    assertThat(r.event().topics())
        .extracting(t -> t.slot().start() + "-" + t.slot().end())
        .containsExactly(
            "18:00-null",
            "18:30-19:00",
            "19:00-20:00",
            "09:00-null",
            "10:00-11:00",
            "12:00-13:00",
            "11:00-13:00");
    // a column without a role word, told by its values
    ImportResult unnamed =
        READER.readFlat(
            new StringReader(
                "Slot,Talk\n09:00,Doors\n09:30 - 10:00,Welcome\n10:00 - 11:30,Hacking\n11:30 - 12:00,Demos\n"),
            "x.csv");
    assertThat(unnamed.event().topics())
        .extracting(t -> t.slot().start() + "-" + t.slot().end())
        .containsExactly("09:00-null", "09:30-10:00", "10:00-11:30", "11:30-12:00");
  }

  @Test
  void aDateInsideATimeCellIsTheSessionsDate() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("dated-ranges.csv"));
    assertThat(r.event().topics())
        .extracting(Topic::slot)
        .containsExactly(
            new Slot(
                LocalDate.of(2026, 2, 3), LocalTime.of(9, 30), LocalTime.of(11, 0), "Studio A"),
            new Slot(
                LocalDate.of(2026, 2, 3), LocalTime.of(11, 15), LocalTime.of(12, 45), "Studio B"),
            new Slot(
                LocalDate.of(2026, 2, 4), LocalTime.of(10, 0), LocalTime.of(12, 0), "Studio A"),
            new Slot(LocalDate.of(2026, 2, 4), LocalTime.of(14, 0), null, "Studio A"));
    // weekdays inside the cell count from the start date
    ImportResult weekdays =
        READER.readFlat(
            new StringReader("When,Talk\nTue 10:00-11:00,Eins\nThu 9:30 AM,Zwei\n"), "w.csv");
    assertThat(weekdays.event().topics())
        .extracting(t -> t.slot().date() + " " + t.slot().start())
        .containsExactly(START + " 10:00", START.plusDays(2) + " 09:30");
  }

  @Test
  void withoutDatesTimesAndRoomsAreKeptAsExtraReportedAndNotCountedAsPlaced() throws Exception {
    ImportResult r = CsvEventReader.standard().readFlat(DIR.resolve("times-no-dates.csv"));
    assertThat(r.event().topics()).allSatisfy(t -> assertThat(t.slot()).isNull());
    assertThat(r.event().topics().get(2).extra())
        .containsEntry("Time", "10:45 AM - 11:30 AM")
        .containsEntry("Room", "Lab");
    assertThat(r.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("--start-date"));
    assertThat(r.report().problems(CsvProblem.C117_SHEET_NOT_SCHEDULED))
        .extracting(p -> p.location().toString())
        .containsExactly(
            "times-no-dates.csv:2",
            "times-no-dates.csv:3",
            "times-no-dates.csv:4",
            "times-no-dates.csv:5");
    assertThat(r.report().coverage()).isLessThan(0.8);
    // a grid's room is its column's header
    ImportResult grid =
        CsvEventReader.standard()
            .readFlat(
                new StringReader(
                    "Time,Room A,Room B\n9:30 AM - 10:15 AM,Keynote,\n10:30 AM - 11:15 AM,Plugins,Queries\n"
                        + "11:30 AM - 12:15 PM,Testing,Health\n"),
                "grid.csv");
    assertThat(grid.event().topics())
        .extracting(t -> t.title() + " @ " + t.extra().get("Room"))
        .containsExactly(
            "Keynote @ Room A",
            "Plugins @ Room A",
            "Queries @ Room B",
            "Testing @ Room A",
            "Health @ Room B");
    // unresolved day headings: their rows keep their times too
    ImportResult numbered =
        CsvEventReader.standard().readFlat(DIR.resolve("day-numbers-in-time-column.csv"));
    assertThat(numbered.event().topics().get(0).extra())
        .containsEntry("From", "08:30")
        .containsEntry("To", "09:00");
    assertThat(numbered.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED))
        .extracting(p -> p.location().toString())
        .containsExactly(
            "day-numbers-in-time-column.csv:2:1",
            "day-numbers-in-time-column.csv:5:1",
            "day-numbers-in-time-column.csv:8:1");
  }

  @Test
  void anEndBeforeItsStartIsKeptAndReported() throws Exception {
    ImportResult r =
        READER.readFlat(new StringReader("Start,End,Talk\n22:00,01:00,Night hack\n"), "n.csv");
    Topic night = r.event().topics().get(0);
    assertThat(night.slot()).isEqualTo(new Slot(START, LocalTime.of(22, 0), null, null));
    assertThat(night.extra()).containsEntry("End", "01:00");
    assertThat(r.report().problems(CsvProblem.C118_SHEET_TIMES_MOVED))
        .singleElement()
        .satisfies(p -> assertThat(p.location().toString()).isEqualTo("n.csv:2:2"));
  }

  @Test
  void columnsHeadedByDaysAreAGridOfDays() throws Exception {
    ImportResult r =
        READER.readFlat(DIR.resolve("days-as-columns.csv")); // from Tuesday 14 October 2025
    LocalDate friday = LocalDate.of(2025, 10, 17);
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(friday, friday.plusDays(1), friday.plusDays(2));
    assertThat(r.event().topics())
        .filteredOn(t -> t.title().equals("Demos"))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.slot())
                    .isEqualTo(
                        new Slot(
                            friday.plusDays(2), LocalTime.of(14, 0), LocalTime.of(16, 0), null)));
    assertThat(r.report().problems(CsvProblem.C110_SHEET_COLUMNS).get(0).message())
        .contains("'Friday' daygrid (header is a day)", "'Sunday' daygrid (header is a day)");

    ImportResult dated = CsvEventReader.standard().readFlat(DIR.resolve("dias-en-columnas.csv"));
    assertThat(dated.event().topics())
        .extracting(t -> t.title() + " " + t.slot().date() + " " + t.slot().room())
        .contains(
            "Desayuno 2026-11-15 Vestíbulo", "Mesa redonda: datos y ciudad 2026-11-14 Aula 1");

    // weekdays without a start date: reported at the header, each session keeps its day and time
    ImportResult undated = CsvEventReader.standard().readFlat(DIR.resolve("days-as-columns.csv"));
    assertThat(undated.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED))
        .extracting(p -> p.location().toString())
        .containsExactly(
            "days-as-columns.csv:1:2", "days-as-columns.csv:1:3", "days-as-columns.csv:1:4");
    assertThat(undated.event().topics().get(0).extra())
        .containsEntry("Day", "Friday")
        .containsEntry("Time", "18:00 - 19:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "45|45",
        "45 min|45",
        "1:30|90",
        "1h30|90",
        "1.5 h|90",
        "1h 30m|90",
        "1 hr 15 min|75",
        "1 hour and 15 minutes|75",
        "2 Std. 15 Min.|135",
        "PT1H30M|90",
        "PT45M|45",
      })
  void durationsInTheWaysSheetsWriteThem(String duration, int minutes) throws Exception {
    ImportResult r =
        READER.readFlat(
            new StringReader("Start,Length,Talk\n09:00," + duration + ",Eins\n"), "d.csv");
    assertThat(r.event().topics().get(0).slot().end())
        .isEqualTo(LocalTime.of(9, 0).plusMinutes(minutes));
    assertThat(r.report().problems(CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD)).isEmpty();
  }

  @Test
  void aSpeakersAffiliationInParenthesesIsTheirAffiliation() throws Exception {
    ImportResult r =
        READER.readFlat(
            new StringReader(
                "Start,Talk,Speakers\n09:00,Eins,\"Ada Mensah (Acme, Inc.), Bo Chen (Example Labs)\"\n10:00,Zwei,Cy Park\n"),
            "p.csv");
    assertThat(r.event().topics().get(0).contacts())
        .containsExactly(
            new Person("Ada Mensah", null, "Acme, Inc.", null),
            new Person("Bo Chen", null, "Example Labs", null));
    assertThat(r.event().topics().get(1).contacts())
        .containsExactly(new Person("Cy Park", null, null, null));
  }

  // ---- kinds a second newcomer found ------------------------------------------------------------

  private static ImportResult sheet(String text) throws Exception {
    return CsvEventReader.standard().readFlat(new StringReader(text), "s.csv");
  }

  @Test
  void roomColumnsWithFewSessionsAreStillAGrid() throws Exception {
    ImportResult sparse =
        READER.readFlat(
            new StringReader(
                "Time,Stage 1,Stage 2\n10:30-11:15,Funding,Soldering\n11:15-12:00,Keynote,\n"),
            "g.csv");
    assertThat(sparse.event().topics())
        .extracting(t -> t.title() + " @ " + t.slot().room())
        .containsExactly("Funding @ Stage 1", "Soldering @ Stage 2", "Keynote @ Stage 1");
    ImportResult oneRow =
        READER.readFlat(
            new StringReader(
                "Date,Time,Main Stage,Workshop Room\n2026-04-18,10:30-11:15,Funding,Soldering\n"),
            "g.csv");
    assertThat(oneRow.event().topics())
        .extracting(t -> t.title() + " @ " + t.slot().room())
        .containsExactly("Funding @ Main Stage", "Soldering @ Workshop Room");
  }

  @Test
  void aSubmissionDateIsNoScheduleDate() throws Exception {
    ImportResult r =
        sheet(
            "Title,Date Submitted,Scheduled At\nTalk A,1/20/2026 4:12:09 PM,3/12/2026 9:00:00 AM\n");
    assertThat(r.event().topics().get(0).slot().date()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(r.event().topics().get(0).extra())
        .containsEntry("Date Submitted", "1/20/2026 4:12:09 PM");
  }

  @Test
  void dateTimesWithOffsetsAreReadAtOneOffsetWhichIsTheEventsZone() throws Exception {
    ImportResult r =
        sheet("Title,Start\nMorning,2026-06-10T09:30:00+02:00\nEvening,2026-06-10T21:00:00Z\n");
    assertThat(r.event().timeZone()).hasToString("+02:00");
    assertThat(r.event().topics())
        .extracting(t -> t.slot().start())
        .containsExactly(LocalTime.of(9, 30), LocalTime.of(23, 0));
    assertThat(r.report().problems(CsvProblem.C118_SHEET_TIMES_MOVED))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("+02:00", "Z"));
    ImportResult given =
        CsvEventReader.standard()
            .withSheetMapping(
                new SheetMapping(null, java.time.ZoneId.of("Europe/Lisbon"), null, null, Map.of()))
            .readFlat(
                new StringReader("Title,Start\nMorning,2026-06-10T09:30:00+02:00\n"), "s.csv");
    assertThat(given.event().topics().get(0).slot().start()).isEqualTo(LocalTime.of(8, 30));
  }

  @Test
  void sessionsPastMidnightAreOnTheNextDayOrKeepTheirEndAsExtra() throws Exception {
    ImportResult r =
        sheet(
            "Time,Event\n\"Saturday, March 14, 2026\",\n9:00 PM,Pizza\n11:00 PM,Cup stacking\n"
                + "12:30 AM,Midnight snack\n2:00 AM,Quiet hours\n\"Sunday, March 15, 2026\",\n10:00 AM,Demos\n");
    assertThat(r.event().topics())
        .extracting(t -> t.title() + " " + t.slot().date())
        .containsExactly(
            "Pizza 2026-03-14",
            "Cup stacking 2026-03-14",
            "Midnight snack 2026-03-15",
            "Quiet hours 2026-03-15",
            "Demos 2026-03-15");
    assertThat(r.report().problems(CsvProblem.C118_SHEET_TIMES_MOVED))
        .singleElement()
        .satisfies(p -> assertThat(p.location().toString()).isEqualTo("s.csv:5"));

    ImportResult ranges =
        sheet(
            "Date,Time,Event,Length\n2026-03-14,11:30pm-12:30am,Ramen run,\n"
                + "2026-03-14,22:30,Cleanup,3h\n");
    assertThat(ranges.event().topics())
        .extracting(Topic::slot)
        .containsExactly(
            new Slot(LocalDate.of(2026, 3, 14), LocalTime.of(23, 30), null, null),
            new Slot(LocalDate.of(2026, 3, 14), LocalTime.of(22, 30), null, null));
    assertThat(ranges.event().topics().get(0).extra()).containsEntry("Time", "11:30pm-12:30am");
    assertThat(ranges.event().topics().get(1).extra()).containsEntry("Length", "3h");
    assertThat(ranges.report().problems(CsvProblem.C118_SHEET_TIMES_MOVED))
        .extracting(p -> p.location().toString())
        .containsExactly("s.csv:2:2", "s.csv:3:4");
  }

  @Test
  void noonMidnightAndSpacedMeridiansAreTimes() throws Exception {
    ImportResult r =
        READER.readFlat(
            new StringReader(
                "Time,Event\nNoon - 1 PM,Lunch talk\n10:30am-noon,Workshop\n"
                    + "6:00 p. m.,Registro\n9:00AM EDT,Hacking ends\n"),
            "n.csv");
    assertThat(r.event().topics())
        .extracting(t -> t.slot().start() + "-" + t.slot().end())
        .containsExactly("12:00-13:00", "10:30-12:00", "18:00-null", "09:00-null");
    assertThat(r.event().topics().get(3).extra()).containsEntry("Time", "9:00AM EDT");
  }

  @Test
  void aProjectListIsTitledByItsProjects() throws Exception {
    ImportResult r = sheet("Project,Summary\nFlood sensor dashboard,\nBus app,Works offline.\n");
    assertThat(r.event().topics())
        .extracting(Topic::title)
        .containsExactly("Flood sensor dashboard", "Bus app");
    assertThat(r.event().topics().get(1).description()).isEqualTo("Works offline.");
  }

  @Test
  void aTitleRowAboveTheHeaderTitlesTheEvent() throws Exception {
    ImportResult r =
        sheet(
            "Winter Hack 2026 - Schedule,,\nDate,Time,Activity\n2026-02-07,09:30-10:15,Welcome\n");
    assertThat(r.event().title()).isEqualTo("Winter Hack 2026 - Schedule");
    assertThat(r.event().topics())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.title()).isEqualTo("Welcome");
              assertThat(t.slot())
                  .isEqualTo(
                      new Slot(
                          LocalDate.of(2026, 2, 7),
                          LocalTime.of(9, 30),
                          LocalTime.of(10, 15),
                          null));
            });
  }

  @Test
  void dayRowsWithoutAYearTakeTheSheetsYear() throws Exception {
    ImportResult r =
        sheet(
            "Zeit,Titel\n\"Freitag, 13. März 2026\",\n17:00,Einlass\n\"Sa., 14.03.\",\n9:00,Frühstück\n");
    assertThat(r.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14));
    ImportResult alone = sheet("Date,Time,Session\n\"Fri, August 21\",10:00,Opening\n");
    assertThat(alone.report().problems(CsvProblem.C114_SHEET_DAY_UNRESOLVED))
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).contains("a date without its year", "--start-date"));
  }

  @Test
  void affiliationsThatDoNotMatchTheSpeakersAreKeptNotCopied() throws Exception {
    ImportResult r =
        sheet(
            "Talk,Speakers,Affiliations\nPanel,\"Rui Alves, Hana Novak, Ola Nordmann\",\"Tech Fund, Nova Labs\"\n");
    assertThat(r.event().topics().get(0).contacts())
        .allSatisfy(p -> assertThat(p.affiliation()).isNull());
    assertThat(r.event().topics().get(0).extra())
        .containsEntry("Affiliations", "Tech Fund, Nova Labs");
    assertThat(r.report().problems(CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD)).hasSize(1);
  }

  @Test
  void aDateOrderAgainstTheSheetsDatesAndWeekdaysIsReported() throws Exception {
    ImportResult given =
        CsvEventReader.standard()
            .withSheetMapping(SheetMapping.NONE.withDateOrder(SheetMapping.DateOrder.DAY_FIRST))
            .readFlat(
                new StringReader(
                    "Date,Time,Event\n3/12/2026,09:00,Kickoff\n3/13/2026,09:00,Demos\n"),
                "s.csv");
    assertThat(given.report().problems(CsvProblem.C116_SHEET_DATE_ORDER))
        .singleElement()
        .satisfies(p -> assertThat(p.location().toString()).isEqualTo("s.csv:3:1"));
    // the weekday beside a date decides its order: 4 March 2026 is a Wednesday
    ImportResult weekdays =
        sheet("Date,Start,Session\nWed 3/4/2026,09:00,Kickoff\nThu 3/5/2026,10:00,Hacking\n");
    assertThat(weekdays.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    assertThat(weekdays.report().problems(CsvProblem.C116_SHEET_DATE_ORDER)).isEmpty();
  }

  @Test
  void datesWithoutTimesAreTheEventsDays() throws Exception {
    ImportResult r =
        sheet("Day,Topic\n\"Fri, 20 Nov 2026\",Kick-off\n\"Sat, 21 Nov 2026\",Build day\n");
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21));
  }

  @Test
  void aMappingNamingAColumnTheSheetLacksIsReported(@TempDir Path dir) throws Exception {
    Path columns = dir.resolve("c.json");
    Files.writeString(columns, "{\"columns\": {\"Wan\": \"range\"}}");
    ImportResult r =
        CsvEventReader.standard()
            .withSheetMapping(SheetMapping.read(columns))
            .readFlat(new StringReader("Wann,Was\n10-11 Uhr,Kickoff\n"), "s.csv");
    assertThat(r.report().problems(CsvProblem.C119_SHEET_MAPPED_COLUMN_MISSING))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'wan'", "'Wann', 'Was'"));
    Files.writeString(columns, "{\"columns\": {\"Wann\": \"range\"}");
    assertThatThrownBy(() -> SheetMapping.read(columns))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CsvProblem.C220_MAPPING_MALFORMED);
              assertThat(e.location().toString()).endsWith("c.json:1:30");
            })
        .hasMessageNotContaining("StreamReadFeature");
    Files.writeString(columns, "{\n  \"startDate\": \"18.09.2026\"\n}");
    assertThatThrownBy(() -> SheetMapping.read(columns))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CsvProblem.C221_MAPPING_BAD_VALUE);
              assertThat(e.location().toString()).endsWith("c.json:2:3");
            });
  }

  // ---- kinds a third look found
  // ------------------------------------------------------------------

  @Test
  void aTwelveHourClockInATimeColumnMakesDatesThatReadBothWaysMonthFirst() throws Exception {
    ImportResult r =
        sheet("Date,Time,Session\n11/6/2026,9:00 AM,Hacking\n11/7/2026,10:00 AM,Demos\n");
    assertThat(r.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 7));
    assertThat(r.report().problems(CsvProblem.C116_SHEET_DATE_ORDER))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("month first", "12-hour clock"));
  }

  @Test
  void anEndDateTimeOnTheNextMorningIsASessionPastMidnight() throws Exception {
    ImportResult r = sheet("Start,End,Title\n2026-03-14 22:00,2026-03-15 02:00,Night of code\n");
    assertThat(r.event().topics().get(0).slot())
        .isEqualTo(new Slot(LocalDate.of(2026, 3, 14), LocalTime.of(22, 0), null, null));
    assertThat(r.event().topics().get(0).extra()).containsEntry("End", "2026-03-15 02:00");
    assertThat(r.report().problems(CsvProblem.C118_SHEET_TIMES_MOVED)).hasSize(1);
    assertThat(r.report().coverage()).isEqualTo(1.0);
  }

  @Test
  void aColumnBesideTheGridsRoomsIsAnotherRoom() throws Exception {
    ImportResult r =
        sheet(
            "Date,Time,Main Stage,Workshop Room,Community Corner\n"
                + "2026-04-18,10:30-11:15,Funding,Soldering,Meet the mentors\n2026-04-18,11:15-12:00,Keynote,,\n");
    assertThat(r.event().topics())
        .extracting(t -> t.title() + " @ " + t.slot().room())
        .containsExactly(
            "Funding @ Main Stage",
            "Soldering @ Workshop Room",
            "Meet the mentors @ Community Corner",
            "Keynote @ Main Stage");
    assertThat(r.event().topics()).allSatisfy(t -> assertThat(t.extra()).isEmpty());
  }

  @Test
  void aWeekdayDecidesItsDatesOrderAndOneThatDoesNotFitIsReported() throws Exception {
    ImportResult mixed =
        sheet("Date,Start,Session\nWed 3/4/2026,09:00,Kickoff\nSun 3/5/2026,10:00,Hacking\n");
    assertThat(mixed.event().topics())
        .extracting(t -> t.slot().date())
        .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 5, 3));
    ImportResult wrong = sheet("Date,Start,Session\n\"Fri, 21 August 2025\",09:00,Kickoff\n");
    assertThat(wrong.event().topics().get(0).slot().date()).isEqualTo(LocalDate.of(2025, 8, 21));
    assertThat(wrong.report().problems(CsvProblem.C120_SHEET_WEEKDAY_MISMATCH))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Friday", "Thursday"));
    assertThat(
            sheet("Date,Start,Session\n\"Thu, Mar 5 2026\",09:00,Kickoff\n")
                .report()
                .problems(CsvProblem.C120_SHEET_WEEKDAY_MISMATCH))
        .isEmpty();
  }

  @Test
  void aLabelBeforeTheSpeakersIsNoNameAndLastNameFirstIsOnePerson() throws Exception {
    ImportResult r =
        sheet(
            "Talk,Speakers\nJudging,\"Jury: Petra Lindqvist, Ole Berg\"\nPanel,\"Johnson, Emily\"\n");
    assertThat(r.event().topics().get(0).contacts())
        .extracting(Person::name)
        .containsExactly("Petra Lindqvist", "Ole Berg");
    assertThat(r.event().topics().get(0).extra())
        .containsEntry("Speakers", "Jury: Petra Lindqvist, Ole Berg");
    assertThat(r.event().topics().get(1).contacts())
        .extracting(Person::name)
        .containsExactly("Johnson, Emily");
    assertThat(r.report().problems(CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD))
        .singleElement()
        .satisfies(p -> assertThat(p.location().toString()).isEqualTo("s.csv:3:2"));
  }
}
