package dev.hackathonkit.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
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
 * further record is handed over as a {@link Row} and then dropped. Empty lines are skipped, and
 * rows whose cells are all empty or blank (a spreadsheet's empty row saved as {@code ,,,,}) are
 * skipped and handed to {@link Handler#note}; both are counted, so that row numbers match a
 * spreadsheet's.
 *
 * <p>When the separator is detected, it is the one of {@code ,} {@code ;} tab that occurs most
 * often outside double quotes in the first line (the header), the given one when none does or on a
 * tie.
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

    /**
     * A note on how the input was read: a row of only empty or blank cells, skipped ({@link
     * CsvProblem#C104_BLANK_ROW}); the separator taken from the header when it is not the
     * configured one ({@link CsvProblem#C105_SEPARATOR_DETECTED}).
     */
    void note(ImportProblem note);
  }

  /**
   * Receives a table checked against its {@link TableSchema}: its classified header, then each row.
   */
  interface TableHandler {
    /** The header, once, when it has every required column. */
    void header(HeaderColumns columns);

    /**
     * A row, only after a header with every required column; its problems are in {@link
     * Row#problems()}.
     */
    void row(Row row, HeaderColumns columns);

    /**
     * A warning: an unknown column or a cell under a column without a name ({@link
     * CsvProblem#C101_UNKNOWN_COLUMN}), and the notes of {@link Handler#note}.
     */
    void note(ImportProblem note);

    /**
     * An error in the table's shape, found before its rows: a required column missing or an empty
     * file ({@link CsvProblem#C201_MISSING_COLUMN}), a column named twice ({@link
     * CsvProblem#C204_DUPLICATE_COLUMN}). No row is handed over after one.
     */
    void error(ImportProblem error);
  }

  /**
   * Reads one table of the set, or the flat view, checking its header against {@code schema}: the
   * required columns are there, each column is named once, unknown columns are kept as extra fields
   * or dropped as the schema says (each warned of), and cells under a column without a name are
   * warned of.
   *
   * @throws EventFormatException when the file is not well-formed CSV
   */
  void read(Reader in, TableSchema schema, TableHandler handler)
      throws IOException, EventFormatException {
    String file = schema.file();
    List<ImportProblem> structural = new ArrayList<>();
    boolean[] usable = {true};
    HeaderColumns[] classified = {null};
    boolean hadHeader =
        read(
            in,
            file,
            new Handler() {
              @Override
              public void header(Header header) {
                List<String> missing = new ArrayList<>();
                for (String c : schema.required()) {
                  if (!header.index().containsKey(c)) {
                    missing.add(c);
                  }
                }
                if (!missing.isEmpty()) {
                  structural.add(
                      new ImportProblem(
                          CsvProblem.C201_MISSING_COLUMN,
                          new Location(file, 1, 0),
                          "missing required column"
                              + (missing.size() == 1 ? " " : "s ")
                              + quoted(missing)
                              + "; the header has "
                              + quoted(header.names())));
                }
                structural.forEach(handler::error);
                usable[0] = structural.isEmpty();
                HeaderColumns columns = new HeaderColumns(header, schema, handler::note);
                classified[0] = columns;
                if (usable[0]) {
                  handler.header(columns);
                }
              }

              @Override
              public void note(ImportProblem note) {
                handler.note(note);
              }

              @Override
              public void row(Row row) {
                HeaderColumns columns = classified[0];
                if (!usable[0] || columns == null) {
                  return;
                }
                columns.unnamedCells(row);
                handler.row(row, columns);
              }
            },
            structural);
    if (!hadHeader) {
      handler.error(
          new ImportProblem(
              CsvProblem.C201_MISSING_COLUMN,
              new Location(file, 1, 0),
              "expected a header row, found an empty file"));
    }
  }

  private static String quoted(List<String> names) {
    return names.stream()
        .map(n -> "'" + n + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The most characters of the header looked at to detect the separator. */
  private static final int HEADER_SNIFF = 1 << 16;

  private static final char[] SEPARATORS = {',', ';', '\t'};

  private final char separator;
  private final boolean detect;

  TableReader(char separator, boolean detect) {
    this.separator = separator;
    this.detect = detect;
  }

  private static ObjectReader reader(char separator) {
    CsvSchema schema =
        CsvSchema.emptySchema()
            .withColumnSeparator(separator)
            .withQuoteChar('"')
            .withoutEscapeChar();
    return MAPPER.readerFor(String[].class).with(schema);
  }

  /**
   * Reads one file. Returns {@code false} when it has no header (an empty file).
   *
   * @throws EventFormatException when the file is not well-formed CSV, has duplicate columns or a
   *     row with more cells than columns (the latter two only collected when {@code errors} is
   *     given)
   */
  boolean read(
      Reader in, String file, Handler handler, List<dev.hackathonkit.io.ImportProblem> structural)
      throws IOException, EventFormatException {
    Reader source = new java.io.BufferedReader(skipByteOrderMark(in), HEADER_SNIFF);
    char used = separator;
    if (detect) {
      source.mark(HEADER_SNIFF);
      char[] head = new char[HEADER_SNIFF];
      int n = source.read(head, 0, head.length);
      int filled = Math.max(0, n);
      while (n > 0 && filled < head.length && indexOfLineEnd(head, filled) < 0) {
        n = source.read(head, filled, head.length - filled);
        filled += Math.max(0, n);
      }
      source.reset();
      used = detectSeparator(head, filled, separator);
      if (used != separator) {
        handler.note(
            new ImportProblem(
                CsvProblem.C105_SEPARATOR_DETECTED,
                Location.line(file, 1),
                "read with "
                    + (used == '\t' ? "tab" : "'" + used + "'")
                    + " as the separator, the one the header uses"));
      }
    }
    int rowNumber = 1;
    try (MappingIterator<String[]> rows = reader(used).readValues(source)) {
      if (!rows.hasNextValue()) {
        return false;
      }
      String[] names = rows.nextValue();
      Map<String, Integer> index = new HashMap<>();
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        String name = names[i] == null ? "" : names[i];
        columns.add(name);
        // a header cell left empty (a spreadsheet's trailing columns) names no column: never a
        // duplicate
        if (!name.isBlank() && index.putIfAbsent(name, i) != null) {
          structural.add(
              new dev.hackathonkit.io.ImportProblem(
                  CsvProblem.C204_DUPLICATE_COLUMN,
                  new Location(file, 1, i + 1),
                  "column '"
                      + name
                      + "' appears twice (columns "
                      + (index.get(name) + 1)
                      + " and "
                      + (i + 1)
                      + ")"));
        }
      }
      Header header =
          new Header(
              file, Collections.unmodifiableList(columns), Collections.unmodifiableMap(index));
      handler.header(header);
      while (rows.hasNextValue()) {
        String[] cells = rows.nextValue();
        rowNumber++;
        if (cells.length == 0 || (cells.length == 1 && (cells[0] == null || cells[0].isEmpty()))) {
          continue;
        }
        if (isBlank(cells)) {
          handler.note(
              new ImportProblem(
                  CsvProblem.C104_BLANK_ROW,
                  Location.line(file, rowNumber),
                  "row " + rowNumber + " has only empty cells; skipped"));
          continue;
        }
        Row row = new Row(file, rowNumber, header.index(), cells);
        if (cells.length > columns.size()) {
          row.problems()
              .add(
                  new dev.hackathonkit.io.ImportProblem(
                      CsvProblem.C206_TOO_MANY_CELLS,
                      new Location(file, rowNumber, columns.size() + 1),
                      "expected at most "
                          + columns.size()
                          + " cells, found "
                          + cells.length
                          + " (extra cell '"
                          + cells[columns.size()]
                          + "')"));
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
          CsvProblem.C210_MALFORMED_CSV,
          new Location(
              file,
              at == null ? 0 : Math.max(0, at.getLineNr()),
              at == null ? 0 : Math.max(0, at.getColumnNr())),
          "expected well-formed CSV (RFC 4180): " + firstLine(e.getOriginalMessage()),
          e);
    }
  }

  /**
   * The separator of a header line: the most frequent of {@code , ; tab} outside double quotes in
   * {@code head}'s first line, {@code fallback} when none occurs or on a tie with it.
   */
  static char detectSeparator(char[] head, int length, char fallback) {
    int[] counts = new int[SEPARATORS.length];
    boolean quoted = false;
    for (int i = 0; i < length; i++) {
      char c = head[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int k = 0; k < SEPARATORS.length; k++) {
          counts[k] += c == SEPARATORS[k] ? 1 : 0;
        }
      }
    }
    char best = fallback;
    int bestCount = 0;
    for (int k = 0; k < SEPARATORS.length; k++) {
      if (SEPARATORS[k] == fallback) {
        bestCount = Math.max(bestCount, counts[k]);
      }
    }
    for (int k = 0; k < SEPARATORS.length; k++) {
      if (counts[k] > bestCount) {
        best = SEPARATORS[k];
        bestCount = counts[k];
      }
    }
    return best;
  }

  private static int indexOfLineEnd(char[] head, int length) {
    for (int i = 0; i < length; i++) {
      if (head[i] == '\n' || head[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(String[] cells) {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
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
