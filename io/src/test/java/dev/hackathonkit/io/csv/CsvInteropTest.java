package dev.hackathonkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written are read by an independent parser (Apache Commons CSV) with identical cells. */
class CsvInteropTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/xen-hackathon-may2013.json");

  @Test
  void commonsCsvReadsTheCellsWeMeantForEveryTable() throws Exception {
    List<CsvOptions> variants =
        List.of(
            CsvOptions.DEFAULT,
            CsvOptions.DEFAULT.withSeparator(';').withByteOrderMark(true),
            CsvOptions.DEFAULT.withSeparator('\t'));
    for (CsvOptions options : variants) {
      for (long seed = 0; seed < 200; seed++) {
        Event event = RandomEvents.event(seed);
        TableWriter tables = new TableWriter(options);
        Map<String, String> files = CsvEventWriter.standard().withOptions(options).toStrings(event);
        for (TableWriter.Table table : tables.tables(event)) {
          String text = files.get(table.name());
          if (options.byteOrderMark()) {
            assertThat(text).startsWith("\uFEFF");
            text = text.substring(1);
          }
          assertThat(text).endsWith("\r\n");
          List<List<String>> expected = new ArrayList<>();
          expected.add(table.header());
          for (String[] row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
              cells.add(cell == null ? "" : cell);
            }
            expected.add(cells);
          }
          assertThat(commons(text, options.separator()))
              .as("%s %s seed %d", options, table.name(), seed)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void neutralisedCellsReachTheSpreadsheetAsText() throws Exception {
    Event event =
        Event.builder()
            .id("e")
            .title("=HYPERLINK(\"http://evil\")")
            .putExtra("note", "@SUM(1+1)")
            .putExtra("quote", "'already")
            .build();
    String csv = CsvEventWriter.standard().toStrings(event).get("event.csv");
    List<List<String>> rows = commons(csv, ',');
    assertThat(rows.get(1))
        .containsExactly(
            "e",
            "'=HYPERLINK(\"http://evil\")",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "'@SUM(1+1)",
            "'already");
    String raw =
        CsvEventWriter.standard()
            .withOptions(CsvOptions.DEFAULT.withNeutraliseFormulas(false))
            .toStrings(event)
            .get("event.csv");
    assertThat(commons(raw, ',').get(1))
        .contains("=HYPERLINK(\"http://evil\")", "@SUM(1+1)", "'already");
  }

  @Test
  void goldenEventRoundTripsThroughFolderZipAndFlatView(@TempDir Path dir) throws Exception {
    Event golden = JsonEventCodec.standard().read(GOLDEN).event();
    CsvEventWriter writer =
        CsvEventWriter.standard().withOptions(CsvOptions.DEFAULT.withByteOrderMark(true));
    CsvEventReader reader = CsvEventReader.standard();

    writer.writeFolder(golden, dir.resolve("folder"));
    ImportResult folder = reader.read(dir.resolve("folder"));
    assertThat(folder.event()).isEqualTo(golden);
    assertThat(folder.report().problems()).isEmpty();

    writer.writeZip(golden, dir.resolve("may2013.zip"));
    assertThat(reader.read(dir.resolve("may2013.zip")).event()).isEqualTo(golden);

    writer.writeFlat(golden, dir.resolve("flat.csv"));
    Event flat = reader.read(dir.resolve("flat.csv")).event();
    assertThat(flat)
        .isEqualTo(
            golden.toBuilder()
                .days(List.of())
                .attendees(List.of())
                .topics(
                    golden.topics().stream()
                        .map(t -> t.toBuilder().comments(List.of()).build())
                        .toList())
                .build());

    List<List<String>> attendees =
        commons(Files.readString(dir.resolve("folder/attendees.csv")).substring(1), ',');
    assertThat(attendees).hasSize(1 + golden.attendees().size());
  }

  private static List<List<String>> commons(String text, char separator) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }
}
