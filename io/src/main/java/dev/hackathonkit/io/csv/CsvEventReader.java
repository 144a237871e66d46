package dev.hackathonkit.io.csv;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventReader;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.io.internal.TextDecoding;
import dev.hackathonkit.io.internal.UndecodableTextException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event from the CSV table set written by {@link CsvEventWriter}: a folder, a zip, or the
 * flat single-sheet {@code topics.csv}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvEventReader csv = CsvEventReader.standard();                       // comma, strict
 * ImportResult r = csv.read(Path.of("may2013"));                       // folder, .zip or flat .csv
 * ImportResult sheet = csv.withOptions(CsvOptions.DEFAULT.withSeparator(';').withStrict(false))
 *     .readFlat(Path.of("topics.csv"));
 * r.report().problems().forEach(System.out::println); // topics.csv:1:17: C101 unknown column ...
 * }</pre>
 *
 * <p><b>Header-driven.</b> Columns may come in any order; a column the table does not define is
 * kept in the topic's or event's {@code extra} under its name, with a {@link
 * CsvProblem#C101_UNKNOWN_COLUMN} warning (in {@code days.csv}, {@code comments.csv} and {@code
 * attendees.csv}, which have no {@code extra}, it is reported and not kept). A missing required
 * column is an error naming it. A missing optional column means absent values. Rows may be shorter
 * than the header (a spreadsheet drops trailing empty cells); empty lines are skipped, and so are
 * rows of only empty cells ({@code ,,,,}, what a spreadsheet saves for an empty row), each with a
 * {@link CsvProblem#C104_BLANK_ROW} note, in the flat sheet and in every table of a set alike.
 *
 * <p><b>Schedule sheets of other tools.</b> A flat sheet whose header has no {@code event.} column
 * and none of our own topic columns ({@code slot.start}, {@code inserted_on}...) is another tool's
 * schedule (a hackathon's or conference's programme): each column's role (title, speaker,
 * affiliation, day, start, end, a range of both, duration, room, abstract, type, link) is taken
 * from its header in English, German, French or Spanish and checked against its values; day numbers
 * and weekdays count from {@link SheetMapping#startDate()} (else the first date the sheet writes
 * out); several room columns ({@code Track 1}, {@code Track 2}) are a grid of rooms; {@link
 * #withSheetMapping} gives roles instead. Codes {@link CsvProblem#C110_SHEET_COLUMNS} to {@link
 * CsvProblem#C117_SHEET_NOT_SCHEDULED} report how columns were read and every column, row and cell
 * not used; such a sheet never fails for its content.
 *
 * <p><b>What other programs write.</b> The separator is taken from each file's header ({@code ,},
 * {@code ;} as European Excel saves, or tab) with a {@link CsvProblem#C105_SEPARATOR_DETECTED} note
 * when it is not the configured one, unless {@link CsvOptions#withSeparator} fixed it. A byte-order
 * mark is skipped; a UTF-16 one reads the file as UTF-16 (Excel's "Unicode text"). Without one the
 * file is read in {@link CsvOptions#encoding()}, UTF-8 by default. A leading apostrophe is removed
 * only where it is the writer's formula guard (see {@link CsvEventWriter}): {@code
 * 's-Hertogenbosch} stays as it is.
 *
 * <p><b>Errors.</b> A cell that does not convert is a {@link CsvProblem#C202_BAD_VALUE} whose
 * location is {@code file:row:column} (the header is row 1) and whose message names the column and
 * the value: {@code topics.csv:3:3: column 'inserted_on': expected a date yyyy-mm-dd, found
 * '31/02/2013'}. In strict mode (the default) the reader goes on to the end of the input, then
 * throws one {@link EventFormatException} whose {@link EventFormatException#problems()} lists every
 * error found, and returns nothing. In lenient mode a row with errors is skipped and its errors are
 * in the report ({@code "; row skipped"}); an {@code event.csv} row with errors still fails the
 * import, as there is no event without it. Input that is not well-formed CSV (an unclosed quote),
 * not in the expected encoding, or beyond the limits fails at once; for bytes the encoding does not
 * define the error names the file, the row and column and the encoding the file most likely has:
 * {@code topics.csv:3:12: expected UTF-8 text, found the byte E9, which UTF-8 does not define; the
 * input looks like Windows-1252 (...)}.
 *
 * <p><b>Coverage.</b> The report's coverage is counted as the page readers count it: the share of
 * the data cells' non-blank characters (header rows are structure and not counted) that were placed
 * in the model; cells of a skipped row, of a column with no field, or beyond the header are not
 * placed.
 *
 * <p><b>Streaming.</b> Each file is parsed record by record with Jackson's CSV parser; only the
 * current row's cells are held besides the model being built, so a 100 MB {@code topics.csv} needs
 * about the memory of its topics. {@link dev.hackathonkit.io.ReadLimits#maxInputChars()} bounds the
 * characters of all files of one import together (raise it for such files).
 *
 * <p><b>Zip input.</b> Only entries named like a table are read, at the zip's top level or in one
 * folder; other entries are reported ({@link CsvProblem#C102_IGNORED_FILE}) and skipped (their
 * inflated bytes count against the limit too). An entry name with {@code ..}, a leading {@code /}
 * or a backslash, more than {@link CsvOptions#maxZipEntries()} entries, or more uncompressed bytes
 * than {@code maxInputChars} (counted while inflating, not taken from the header) fail the import.
 * Nothing is ever written to disk.
 */
public final class CsvEventReader implements EventReader {
  /** Own-format columns no other tool's sheet has: a flat sheet with one of them is ours. */
  private static final Set<String> OWN_COLUMNS =
      Set.of(
          Columns.INSERTED_ON,
          Columns.IRC_CHANNEL,
          Columns.MAILING_LIST,
          Columns.GSOC,
          Columns.SLOT_DATE,
          Columns.SLOT_START,
          Columns.SLOT_END,
          Columns.SLOT_ROOM,
          Columns.SLOT_RECURRENCE);

  private static final int HEAD = 1 << 16;

  private final CsvOptions options;
  private final SheetMapping sheet;

  private CsvEventReader(CsvOptions options, SheetMapping sheet) {
    this.options = options;
    this.sheet = sheet;
  }

  /** A reader with {@link CsvOptions#DEFAULT}: comma, strict. */
  public static CsvEventReader standard() {
    return new CsvEventReader(CsvOptions.DEFAULT, SheetMapping.NONE);
  }

  /** A copy with other options. */
  public CsvEventReader withOptions(CsvOptions options) {
    return new CsvEventReader(requireNonNull(options, "options"), sheet);
  }

  /**
   * A copy that reads schedule sheets of other tools with {@code mapping}: its start date for day
   * numbers and weekdays, and the roles it gives columns (see {@link SheetMapping}).
   */
  public CsvEventReader withSheetMapping(SheetMapping mapping) {
    return new CsvEventReader(options, requireNonNull(mapping, "mapping"));
  }

  /** The options. */
  public CsvOptions options() {
    return options;
  }

  /**
   * Reads a folder of tables, a {@code .zip} of them, or a single flat {@code .csv} sheet,
   * depending on what {@code path} is.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not an event's tables (see the class comment)
   */
  @Override
  public ImportResult read(Path path) throws IOException, EventFormatException {
    requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return readFolder(path);
    }
    String name =
        path.getFileName() == null
            ? ""
            : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".zip")) {
      try (InputStream in = Files.newInputStream(path)) {
        return readZip(in, path.getFileName().toString());
      }
    }
    return readFlat(path);
  }

  /**
   * Reads a flat sheet from text, as {@link #readFlat(Reader, String)} does.
   *
   * @param sourceName the sheet's name, for locations
   * @throws EventFormatException if the sheet lacks the needed columns or has bad values
   */
  @Override
  public ImportResult read(String sheet, String sourceName) throws EventFormatException {
    requireNonNull(sheet, "sheet");
    try {
      return readFlat(new java.io.StringReader(sheet), sourceName);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a string does not fail to read
    }
  }

  /**
   * Reads a flat sheet from characters, which stay open: {@link #readFlat(Reader, String)}.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the sheet lacks the needed columns or has bad values
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    return readFlat(in, sourceName);
  }

  /**
   * Reads a zip of tables or a flat sheet, told apart by the zip's first bytes, from a stream that
   * stays open; a sheet is decoded in the options' encoding, or as its byte-order mark says.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not an event's tables (see the class comment)
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(4);
    byte[] magic = buffered.readNBytes(4);
    buffered.reset();
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      return readZip(buffered, sourceName);
    }
    Budget budget = new Budget(options.limits().maxInputChars());
    try {
      return flat(sourceName, budget.reader(decoded(buffered, sourceName), sourceName));
    } catch (Budget.Exceeded e) {
      throw limit(e);
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /**
   * Reads the tables from a folder: {@code event.csv} is required, the others are optional (absent
   * means none). Other files are reported and ignored.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the tables do not make an event
   */
  public ImportResult readFolder(Path folder) throws IOException, EventFormatException {
    requireNonNull(folder, "folder");
    EventAssembler assembler = new EventAssembler(options, folder.toString());
    Budget budget = new Budget(options.limits().maxInputChars());
    for (String file : TableSchema.FILES) {
      Path p = folder.resolve(file);
      if (Files.isRegularFile(p)) {
        try (InputStream in = Files.newInputStream(p)) {
          table(assembler, file, in, budget);
        }
      }
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String file = p.getFileName().toString();
        if (!assembler.isTable(file)) {
          assembler.ignored(file, "not one of the tables " + TableSchema.FILES + "; ignored");
        }
      }
    }
    return assembler.finish();
  }

  /**
   * Reads the tables from a zip stream, which stays open.
   *
   * @param in the zip
   * @param sourceName the zip's name, for the report
   * @throws IOException if reading fails
   * @throws EventFormatException if the zip is unsafe or its tables do not make an event
   */
  public ImportResult readZip(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    EventAssembler assembler = new EventAssembler(options, sourceName);
    Budget budget = new Budget(options.limits().maxInputChars());
    ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in), StandardCharsets.UTF_8);
    int entries = 0;
    Set<String> folders = new HashSet<>();
    try {
      for (ZipEntry entry = nextEntry(zip, sourceName);
          entry != null;
          entry = nextEntry(zip, sourceName)) {
        entries++;
        String name = entry.getName();
        if (entries > options.maxZipEntries()) {
          throw new EventFormatException(
              CsvProblem.C211_TOO_LARGE,
              new Location(sourceName, 0, 0),
              "expected at most " + options.maxZipEntries() + " zip entries, found more");
        }
        if (name.isBlank()
            || name.startsWith("/")
            || name.contains("\\")
            || name.contains("..")
            || name.contains(":")) {
          throw new EventFormatException(
              CsvProblem.C212_MALFORMED_ZIP,
              new Location(sourceName, 0, 0),
              "expected plain entry names, found unsafe zip entry '" + name + "'");
        }
        if (entry.isDirectory()) {
          continue;
        }
        int slash = name.lastIndexOf('/');
        String file = name.substring(slash + 1);
        String folder = slash < 0 ? "" : name.substring(0, slash);
        if (!assembler.isTable(file) || folder.contains("/") || folder.startsWith("__MACOSX")) {
          assembler.ignored(
              name, "zip entry is not one of the tables " + TableSchema.FILES + "; ignored");
          try {
            // skipping inflates too: count it, so that an ignored entry cannot be a zip bomb either
            budget.bytes(zip, name).transferTo(OutputStream.nullOutputStream());
          } catch (Budget.Exceeded e) {
            throw limit(e);
          }
          continue;
        }
        folders.add(folder);
        if (folders.size() > 1) {
          throw new EventFormatException(
              CsvProblem.C213_TABLES_IN_SEVERAL_FOLDERS,
              new Location(sourceName, 0, 0),
              "expected the tables in one folder of the zip, found them in " + folders);
        }
        table(assembler, file, budget.bytes(zip, name), budget);
      }
    } catch (java.util.zip.ZipException e) {
      throw new EventFormatException(
          CsvProblem.C212_MALFORMED_ZIP,
          new Location(sourceName, 0, 0),
          "expected a zip file: " + e.getMessage(),
          e);
    } catch (java.io.EOFException e) {
      // ZipInputStream's word for a stream that stops inside an entry or its header
      throw new EventFormatException(
          CsvProblem.C212_MALFORMED_ZIP,
          new Location(sourceName, 0, 0),
          "expected a complete zip file, found its end inside an entry",
          e);
    }
    return assembler.finish();
  }

  /**
   * The next entry; a name that is not UTF-8 (ZipInputStream throws IllegalArgumentException) is
   * refused.
   */
  private static @Nullable ZipEntry nextEntry(ZipInputStream zip, String sourceName)
      throws IOException, EventFormatException {
    try {
      return zip.getNextEntry();
    } catch (IllegalArgumentException e) {
      throw new EventFormatException(
          CsvProblem.C212_MALFORMED_ZIP,
          new Location(sourceName, 0, 0),
          "expected zip entry names in UTF-8, found " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads the flat single-sheet view ({@code topics.csv} with the event's columns prefixed {@code
   * event.}) from a file in the options' encoding (UTF-8 by default).
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the sheet lacks the needed columns or has bad values
   */
  public ImportResult readFlat(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      Budget budget = new Budget(options.limits().maxInputChars());
      try (Reader reader = budget.reader(decoded(in, name), name)) {
        return flat(name, reader);
      } catch (Budget.Exceeded e) {
        throw limit(e);
      } catch (UndecodableTextException e) {
        throw e.toFormatException();
      }
    }
  }

  /**
   * Our flat sheet (a header with an {@code event.} column or one of our own topic columns such as
   * {@code slot.start}), else a schedule sheet of another tool.
   */
  private ImportResult flat(String name, Reader reader) throws IOException, EventFormatException {
    java.io.BufferedReader in = new java.io.BufferedReader(reader, HEAD);
    in.mark(HEAD);
    char[] head = new char[HEAD];
    int filled = 0;
    for (int n = in.read(head, 0, HEAD); n > 0; n = in.read(head, filled, HEAD - filled)) {
      filled += n;
      if (filled == HEAD || new String(head, 0, filled).indexOf('\n') >= 0) {
        break;
      }
    }
    in.reset();
    String text = new String(head, 0, filled);
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).replace("\uFEFF", "");
    char sep =
        options.detectSeparator()
            ? TableReader.detectSeparator(head, filled, options.separator())
            : options.separator();
    boolean ours = false;
    for (String cell : first.split(Pattern.quote(String.valueOf(sep)))) {
      String c = cell.strip().replace("\"", "").toLowerCase(java.util.Locale.ROOT);
      ours |= c.startsWith(Columns.EVENT_PREFIX) || OWN_COLUMNS.contains(c);
    }
    if (ours) {
      EventAssembler assembler = new EventAssembler(options, name);
      assembler.flat(name, in);
      return assembler.finish();
    }
    ReportBuilder report = ReportBuilder.of(name).maxProblems(options.limits().maxProblems());
    return new ScheduleSheet(name, sheet, report)
        .read(in, new TableReader(options.separator(), options.detectSeparator()));
  }

  /**
   * Reads the flat single-sheet view from characters, which stay open.
   *
   * @param in the sheet
   * @param sourceName its name, for locations
   * @throws IOException if reading fails
   * @throws EventFormatException if the sheet lacks the needed columns or has bad values
   */
  public ImportResult readFlat(Reader in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    Budget budget = new Budget(options.limits().maxInputChars());
    try {
      return flat(sourceName, budget.reader(in, sourceName));
    } catch (Budget.Exceeded e) {
      throw limit(e);
    }
  }

  private void table(EventAssembler assembler, String file, InputStream in, Budget budget)
      throws IOException, EventFormatException {
    try {
      assembler.table(file, budget.reader(decoded(in, file), file));
    } catch (Budget.Exceeded e) {
      throw limit(e);
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /** The file's characters in {@link CsvOptions#encoding()}, or as its byte-order mark says. */
  private Reader decoded(InputStream in, String file) {
    return TextDecoding.reader(in, file, options.encoding());
  }

  private static EventFormatException limit(Budget.Exceeded e) {
    return new EventFormatException(
        CsvProblem.C211_TOO_LARGE,
        new Location(e.file, 0, 0),
        "expected less input: " + e.getMessage(),
        e);
  }
}
