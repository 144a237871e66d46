package dev.hackathonkit.io.csv;

import static dev.hackathonkit.io.csv.CsvEventReaderTest.zip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.internal.PlainText;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the CSV reader measures coverage as the page readers do (the share of the input's
 * non-blank characters placed in the model) instead of "not measured": the header row is structure,
 * cells of skipped rows and of columns without a field are not placed.
 */
class CsvCoverageTest {
  private static final CsvEventReader LENIENT =
      CsvEventReader.standard().withOptions(CsvOptions.DEFAULT.withStrict(false));

  private static long chars(String... cells) {
    long n = 0;
    for (String c : cells) {
      n += PlainText.nonBlank(c);
    }
    return n;
  }

  @Test
  void everyCellPlacedIsFullCoverageAndHeadersAreNotCounted() throws Exception {
    ImportResult r =
        CsvEventReader.standard()
            .readZip(
                zip(
                    Map.of(
                        "event.csv", "id,title\r\nsummit,Open Summit\r\n",
                        "topics.csv", "id,title,Mentor\r\na,Map tiles,Ana Lima\r\n")),
                "z.zip");
    ImportReport report = r.report();
    assertThat(report.inputChars())
        .isEqualTo(chars("summit", "Open Summit", "a", "Map tiles", "Ana Lima"));
    assertThat(report.coverage()).isEqualTo(1.0);
  }

  @Test
  void skippedRowsAndColumnsWithoutAFieldAreNotPlaced() throws Exception {
    ImportResult r =
        LENIENT.readZip(
            zip(
                Map.of(
                    "event.csv", "id,title\r\nsummit,Summit\r\n",
                    "topics.csv", "id,title,inserted_on\r\na,A,2013-02-28\r\nb,B,31/02/2013\r\n",
                    "attendees.csv", "name,status,shirt\r\nAna,confirmed,XL\r\n",
                    "comments.csv",
                        "topic_id,author,posted_at,kind\r\nzz,Bo,2013-04-29T18:02:00Z,vote\r\n")),
            "z.zip");
    long input =
        chars(
            "summit",
            "Summit",
            "a",
            "A",
            "2013-02-28",
            "b",
            "B",
            "31/02/2013",
            "Ana",
            "confirmed",
            "XL",
            "zz",
            "Bo",
            "2013-04-29T18:02:00Z",
            "vote");
    long notPlaced =
        chars("b", "B", "31/02/2013", "XL", "zz", "Bo", "2013-04-29T18:02:00Z", "vote");
    assertThat(r.report().inputChars()).isEqualTo(input);
    assertThat(r.report().mappedChars()).isEqualTo(input - notPlaced);
    assertThat(r.report().coverage()).isLessThan(1.0);
  }

  @Test
  void flatSheetCountsEveryRowsCells() throws Exception {
    ImportResult r =
        LENIENT.readFlat(
            new StringReader(
                "event.id,event.title,id,title,slot.date,slot.start\r\n"
                    + "jam,Jam,t1,Tiles,2025-01-10,10:00\r\n"
                    + "jam,Jam,t2,Routes,2025-01-10,\r\n"),
            "sheet.csv");
    long input =
        chars(
            "jam",
            "Jam",
            "t1",
            "Tiles",
            "2025-01-10",
            "10:00",
            "jam",
            "Jam",
            "t2",
            "Routes",
            "2025-01-10");
    assertThat(r.report().inputChars()).isEqualTo(input);
    // the second row lacks slot.start: skipped in lenient mode
    assertThat(r.report().mappedChars())
        .isEqualTo(input - chars("jam", "Jam", "t2", "Routes", "2025-01-10"));
  }
}
