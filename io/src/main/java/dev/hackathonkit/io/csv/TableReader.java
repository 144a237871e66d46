package dev.hackathonkit.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one CSV file with Jackson's CSV parser: the first record is the header, each
 * further record is handed over as a {@link Row} and then dropped. Blank lines are skipped (but
 * counted, so that row numbers match a spreadsheet's).
 */
final class TableReader {
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
          .disable(CsvParser.Feature.TRIM_SPACES)
          .build();

  /** What a table's header says: column names in order and their positions. */
  record Header(String file, List<String> names, Map<String, Integer> index) {}

  /** Receives the header once, then each row. */
  interface Handler {
    void header(Header header);

    void row(Row row);
  }

  private final ObjectReader reader;

  TableReader(char separator) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"').withoutEscapeChar();
    this.reader = MAPPER.readerFor(String[].class).with(schema);
  }

  /**
   * Reads one file. Returns {@code false} when it has no header (an empty file).
   *
   * @throws EventFormatException when the file is not well-formed CSV, has duplicate columns or a
   *     row with more cells than columns (the latter two only collected when {@code errors} is given)
   */
  boolean read(Reader in, String file, Handler handler, List<dev.hackathonkit.io.ImportProblem> structural)
      throws IOException, EventFormatException {
    Reader source = skipByteOrderMark(in);
    int rowNumber = 1;
    try (MappingIterator<String[]> rows = reader.readValues(source)) {
      if (!rows.hasNextValue()) {
        return false;
      }
      String[] names = rows.nextValue();
      Map<String, Integer> index = new HashMap<>();
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        String name = names[i] == null ? "" : names[i];
        columns.add(name);
        if (index.putIfAbsent(name, i) != null) {
          structural.add(new dev.hackathonkit.io.ImportProblem(
              CsvProblem.C204_DUPLICATE_COLUMN, new Location(file, 1, i + 1),
              "column '" + name + "' appears twice (columns " + (index.get(name) + 1) + " and " + (i + 1) + ")"));
        }
      }
      Header header = new Header(file, Collections.unmodifiableList(columns), Collections.unmodifiableMap(index));
      handler.header(header);
      while (rows.hasNextValue()) {
        String[] cells = rows.nextValue();
        rowNumber++;
        if (cells.length == 0 || cells.length == 1 && (cells[0] == null || cells[0].isEmpty())) {
          continue;
        }
        Row row = new Row(file, rowNumber, header.index(), cells);
        if (cells.length > columns.size()) {
          row.problems().add(new dev.hackathonkit.io.ImportProblem(
              CsvProblem.C206_TOO_MANY_CELLS, new Location(file, rowNumber, columns.size() + 1),
              "expected at most " + columns.size() + " cells, found " + cells.length + " (extra cell '"
                  + cells[columns.size()] + "')"));
        }
        handler.row(row);
      }
      return true;
    } catch (JsonProcessingException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof IOException io && !(c instanceof JsonProcessingException)) {
          throw io; // a limit or an encoding error, reported by the caller
        }
      }
      JsonLocation at = e.getLocation();
      throw new EventFormatException(
          new Location(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr())),
          "expected well-formed CSV (RFC 4180): " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static Reader skipByteOrderMark(Reader in) throws IOException {
    java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
    int first = pushback.read();
    if (first >= 0 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
