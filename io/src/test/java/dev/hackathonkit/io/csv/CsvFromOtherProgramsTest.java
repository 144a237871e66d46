package dev.hackathonkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Sheets as other programs save them: their separators, encodings, apostrophes and empty rows. */
class CsvFromOtherProgramsTest {
  private static final CsvEventReader CSV = CsvEventReader.standard();

  private static Path sheet(String name) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(CsvFromOtherProgramsTest.class.getResource("other-programs/" + name))
            .toURI());
  }

  @Test
  void keepsApostrophesThatAreDataAndRemovesOnlyTheFormulaGuard() throws Exception {
    Event event = CSV.read(sheet("leading-apostrophe.csv")).event();
    assertThat(event.venue().city()).isEqualTo("'s-Hertogenbosch");
    assertThat(event.topics())
        .extracting(Topic::title)
        .containsExactly("Hello World tour", "'90s demo revival");
    assertThat(event.topics().get(0).description()).isEqualTo("'Hello, world' in twenty languages");

    Event tabs = CSV.read(sheet("tab-separated.csv")).event();
    assertThat(tabs.venue().city()).isEqualTo("'s-Gravenhage");
    assertThat(tabs.topics())
        .extracting(Topic::title)
        .containsExactly("'80s arcade emulator", "Translation memory", "Our own guard");
    assertThat(tabs.topics())
        .extracting(Topic::description)
        // '= is the guard whoever wrote it: the one case where an apostrophe that was data is
        // removed
        .containsExactly("Make the '80s cabinet boot again", "=not a formula' is text", "=SUM(A1)");
    assertThat(tabs.topics().get(1).contacts())
        .extracting(Person::name)
        .containsExactly("'t Hart, Joost");
  }

  @Test
  void detectsTheSeparatorFromTheHeaderAndSaysSo() throws Exception {
    ImportResult r = CSV.read(sheet("semicolon-sheet.csv"));
    assertThat(r.event().title()).isEqualTo("Community Hackathon 2019");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(r.event().topics())
        .extracting(Topic::title)
        .containsExactly(
            "Offline mode for the mobile app",
            "Accessibility audit",
            "Translate the onboarding guide");
    assertThat(r.event().topics().get(1).skills()).isEqualTo("HTML; ARIA");
    assertThat(r.event().topics().get(2).description())
        .isEqualTo("Bring the guide to 100% in \"ja\" and \"de\"");
    assertThat(r.report().problems())
        .extracting(ImportProblem::code, ImportProblem::location)
        .containsExactly(
            tuple(CsvProblem.C105_SEPARATOR_DETECTED, Location.line("semicolon-sheet.csv", 1)));

    ImportResult tabs = CSV.read(sheet("tab-separated.csv"));
    assertThat(tabs.report().problems())
        .extracting(ImportProblem::message)
        .containsExactly("read with tab as the separator, the one the header uses");
  }

  @Test
  void aGivenSeparatorIsUsedAsItIs() throws Exception {
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () ->
                CSV.withOptions(CsvOptions.DEFAULT.withSeparator(','))
                    .read(sheet("semicolon-sheet.csv")));
    assertThat(e.problems())
        .extracting(ImportProblem::code)
        .containsExactly(CsvProblem.C201_MISSING_COLUMN);
    assertThat(
            CSV.withOptions(CsvOptions.DEFAULT.withSeparator(';'))
                .read(sheet("semicolon-sheet.csv"))
                .report()
                .problems())
        .isEmpty();
  }

  @Test
  void separatorOfAHeaderCountsOnlyOutsideQuotes() {
    assertThat(detect("\"a;b;c\",d,e\n1;2;3;4;5", ',')).isEqualTo(',');
    assertThat(detect("a;b,c;d\n", ',')).isEqualTo(';');
    assertThat(detect("a\tb\tc", ';')).isEqualTo('\t');
    assertThat(detect("title", ';')).isEqualTo(';');
    assertThat(detect("a,b;c", ';')).isEqualTo(';'); // a tie keeps the configured one
  }

  private static char detect(String head, char fallback) {
    return TableReader.detectSeparator(head.toCharArray(), head.length(), fallback);
  }

  @Test
  void readsAUtf8ByteOrderMarkWithSemicolons() throws Exception {
    Event event = CSV.read(sheet("bom-semicolon.csv")).event();
    assertThat(event.title()).isEqualTo("Été du code");
    assertThat(event.topics())
        .extracting(Topic::title)
        .containsExactly("Carte des cafés", "Accès aux données");
    assertThat(event.topics().get(0).skills()).isEqualTo("CSS; SVG");
    assertThat(event.topics().get(1).contacts())
        .extracting(Person::name)
        .containsExactly("Søren Ødegård");
  }

  @Test
  void readsUtf16WithAByteOrderMarkAsExcelsUnicodeText() throws Exception {
    Event event = CSV.read(sheet("utf16le-bom.csv")).event();
    assertThat(event.title()).isEqualTo("Nordic Jam");
    assertThat(event.topics())
        .extracting(Topic::title)
        .containsExactly("Fjord tide tables", "Σ-notation renderer");
    assertThat(event.topics().get(1).contacts())
        .extracting(Person::name)
        .containsExactly("Γιώργος Παππάς");
  }

  @Test
  void windows1252NamesItsRowColumnAndEncodingAndReadsWithThatEncoding() throws Exception {
    EventFormatException e =
        catchThrowableOfType(EventFormatException.class, () -> CSV.read(sheet("windows-1252.csv")));
    assertThat(e.location()).isEqualTo(new Location("windows-1252.csv", 2, 15)); // Hackdagen;Malm|ö
    assertThat(e.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    assertThat(e.expected())
        .startsWith("expected UTF-8 text, found the byte F6, which UTF-8 does not define")
        .contains("Windows-1252");

    Event event =
        CSV.withOptions(CsvOptions.DEFAULT.withEncoding(Charset.forName("windows-1252")))
            .read(sheet("windows-1252.csv"))
            .event();
    assertThat(event.venue().city()).isEqualTo("Malmö");
    assertThat(event.topics())
        .extracting(Topic::description)
        .containsExactly("Costs in € per day", "“Quiet” places – with Wi-Fi");
  }

  @Test
  void latin1NamesItsRowColumnAndEncoding() throws Exception {
    EventFormatException e =
        catchThrowableOfType(EventFormatException.class, () -> CSV.read(sheet("latin-1.csv")));
    assertThat(e.location()).isEqualTo(new Location("latin-1.csv", 2, 13)); // Sommerhack,Z|ü
    assertThat(e.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
    assertThat(e.expected()).contains("the byte FC").contains("ISO-8859-1");

    Event event =
        CSV.withOptions(CsvOptions.DEFAULT.withEncoding(StandardCharsets.ISO_8859_1))
            .read(sheet("latin-1.csv"))
            .event();
    assertThat(event.topics())
        .extracting(Topic::title)
        .containsExactly("Käseplatten-Planer", "Straßenbahn-Fahrplan");
    assertThat(event.topics().get(1).contacts())
        .extracting(Person::name)
        .containsExactly("Ségolène Côté");
  }

  @Test
  void skipsBlankRowsOfAFlatSheetWithANote() throws Exception {
    ImportResult r = CSV.read(sheet("blank-rows.csv"));
    assertThat(r.event().topics())
        .extracting(Topic::title)
        .containsExactly("Tram map", "Fado archive");
    assertThat(r.report().problems())
        .extracting(ImportProblem::code, ImportProblem::location)
        .containsExactly(
            tuple(CsvProblem.C104_BLANK_ROW, Location.line("blank-rows.csv", 3)),
            tuple(CsvProblem.C104_BLANK_ROW, Location.line("blank-rows.csv", 5)),
            tuple(CsvProblem.C104_BLANK_ROW, Location.line("blank-rows.csv", 6)));
  }

  @Test
  void skipsBlankRowsOfEveryTableInASetWithANote() throws Exception {
    ImportResult r = CSV.read(sheet("blank-rows-set"));
    assertThat(r.event().title()).isEqualTo("Harbour Hack");
    assertThat(r.event().topics())
        .extracting(Topic::title)
        .containsExactly("Buoy telemetry", "Ferry timetable");
    assertThat(r.event().attendees()).hasSize(2);
    assertThat(r.report().problems())
        .extracting(ImportProblem::code, p -> p.location().toString())
        .containsExactlyInAnyOrder(
            tuple(CsvProblem.C104_BLANK_ROW, "event.csv:3"),
            tuple(CsvProblem.C104_BLANK_ROW, "topics.csv:2"),
            tuple(CsvProblem.C104_BLANK_ROW, "topics.csv:4"),
            tuple(CsvProblem.C104_BLANK_ROW, "topics.csv:5"),
            tuple(CsvProblem.C104_BLANK_ROW, "attendees.csv:3"));
  }
}
