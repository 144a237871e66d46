package dev.hackathonkit.io.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.io.internal.Warnings;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a schedule sheet of another tool: a flat sheet whose header has no {@code event.} column.
 * Each column's role comes from the {@link SheetMapping}, else from its header (the words in {@code
 * schedule-columns.json}), checked and completed by its values (a column of times, of ranges, of
 * dates, of URLs); see {@link CsvEventReader}. Not thread-safe; one per sheet.
 */
final class ScheduleSheet {
  /** Role name to header words, in the order roles are tried. */
  private static final Map<String, List<String>> WORDS = words();

  /** A clock time: hour, minutes, seconds, a/p of am/pm, an hour word; 5 groups. */
  private static final String CLOCK =
      "(\\d{1,2})(?:[:.h](\\d{2})(?::(\\d{2}))?)?\\s*([ap](?:\\.?\\s?m\\b)?\\.?)?\\s*(uhr|hrs?|h)?";

  /**
   * Noon and midnight in words ({@code Noon - 1 PM}, {@code 10:30am-noon}, {@code 12 noon}), read
   * as clock times.
   */
  private static final Pattern NOON =
      Pattern.compile("(?i)\\b(?:12\\s*)?(noon|midday|midnight)\\b");

  private static final Pattern LONE_TIME = Pattern.compile("(?i)" + CLOCK);

  /**
   * A clock time that ends a cell after a date: {@code 3/12/2026 9:00:00 AM}, {@code Fri, 14h30}.
   */
  private static final Pattern TRAILING_TIME =
      Pattern.compile("(?i)(?:^|(?<=[\\s,@]))" + CLOCK + "$");

  /**
   * Something in a cell's rest that is a time of its own: the cell is not one time and one date.
   */
  private static final Pattern ANOTHER_TIME =
      Pattern.compile("(?i)\\d[:.h]\\d{2}|\\d\\s*[ap]\\.?m\\b");

  /**
   * A time zone's abbreviation closing a cell ({@code EDT}, {@code CEST}, {@code UTC}): upper case,
   * 2 to 5 letters.
   */
  private static final Pattern ZONE_WORD =
      Pattern.compile("(?<=\\d|[ap]m|[AP]M|\\s)\\s*\\b(?!AM$|PM$)[A-Z]{2,5}$");

  private static final Pattern AM_PM = Pattern.compile("(?i)\\d\\s*[ap]\\.?m\\b");

  /**
   * Roles whose cells say when a session is, and the room it is in: kept as extra when it has no
   * slot.
   */
  private static final List<String> SLOT_ROLES =
      List.of("day", "range", "datetime_start", "start", "end", "datetime_end", "duration", "room");

  private static final Pattern DAY_NUMBER = Pattern.compile("(?iu)(?:\\p{L}+\\.?\\s*)?(\\d{1,2})");
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)(?:(\\d{1,2})[:h](\\d{2})|(\\d{1,3})\\s*(?:min\\w*|m|'|)|(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?|std\\.?|stunden?|heures?|horas?))");

  /**
   * Hours and minutes in words: {@code 1h 30m}, {@code 1 hr 30 min}, {@code 2 Std. 15 Min.}, {@code
   * 1 hour and 15 minutes}.
   */
  private static final Pattern HOURS_AND_MINUTES =
      Pattern.compile(
          "(?iu)(\\d{1,2})\\s*(?:h|hrs?|hours?|std\\.?|stunden?"
              + "|heures?|horas?)\\s*(?:and|und|et|y)?\\s*(\\d{1,2})\\s*(?:m|mins?\\.?|minutes?|minuten?|minutos?)");

  /**
   * A day and month without a year after an optional weekday: groups weekday, a, separator, b,
   * closing dot.
   */
  private static final Pattern YEARLESS =
      Pattern.compile("(?iu)(\\p{L}{2,}\\.?,?\\s*)?(\\d{1,2})([./])(\\d{1,2})(\\.)?");

  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+|www\\.\\S+");

  /**
   * A label before a cell's people: {@code Jury: }, {@code Mentores: }; one or two words and a
   * colon.
   */
  private static final Pattern PEOPLE_LABEL =
      Pattern.compile("(?u)\\p{L}+(?:\\s\\p{L}+)?\\s*:\\s+(?=\\p{L})");

  private static final Pattern SPEAKER_SPLIT =
      Pattern.compile("\\s*(?:[,;/&]|\\s(?:and|und|et|y)\\s)\\s*");
  private static final int MAX_NOTE_COLUMNS = 40;

  /** The extra field that keeps the room a grid column names when its session has no slot. */
  private static final String GRID_ROOM = "Room";

  /** The extra field that keeps the day a day column names when its session has no slot. */
  private static final String GRID_DAY = "Day";

  private final String file;
  private final SheetMapping mapping;
  private final ReportBuilder report;
  private final List<String> header = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> rowNumbers = new ArrayList<>();
  private final List<ImportProblem> rowProblems = new ArrayList<>();
  private String[] roles = new String[0];
  private long inputChars;
  private long mappedChars;

  /**
   * The first date the sheet writes out, for day numbers and weekdays when no start date is given.
   */
  private @Nullable LocalDate firstDate;

  /** A title written above the header, or {@code null}. */
  private @Nullable String sheetTitle;

  /**
   * Rows that only name a day ({@code Day 1}, {@code Saturday, 24 October 2026}): they head the
   * rows below.
   */
  private boolean[] headings = new boolean[0];

  /**
   * Whether numeric dates that read both ways are read month first; see {@link #chooseDateOrder()}.
   */
  private boolean monthFirst;

  /**
   * What {@link #chooseDateOrder()} found, for the columns note; empty when the sheet has no such
   * dates.
   */
  private String dateOrderNote = "";

  /**
   * The offset of the sheet's first date-time with one ({@code 2026-06-10T09:30:00+02:00}), or
   * {@code null}.
   */
  private @Nullable ZoneOffset sheetOffset;

  /** Another offset a date-time of the sheet has, or {@code null}. */
  private @Nullable ZoneOffset otherOffset;

  ScheduleSheet(String file, SheetMapping mapping, ReportBuilder report) {
    this.file = file;
    this.mapping = mapping;
    this.report = report;
  }

  private static Map<String, List<String>> words() {
    try (InputStream in = ScheduleSheet.class.getResourceAsStream("schedule-columns.json")) {
      if (in == null) {
        throw new IllegalStateException("schedule-columns.json is missing from the io jar");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, List<String>> words = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        if (e.getKey().startsWith("_")) {
          continue;
        }
        List<String> list = new ArrayList<>();
        e.getValue().forEach(w -> list.add(norm(w.asText())));
        words.put(e.getKey(), List.copyOf(list));
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the sheet. */
  ImportResult read(Reader in, TableReader tables) throws IOException, EventFormatException {
    List<ImportProblem> structural = new ArrayList<>();
    tables.read(
        in,
        file,
        new TableReader.Handler() {
          @Override
          public void header(TableReader.Header h) {
            header.addAll(h.names());
          }

          @Override
          public void row(Row row) {
            String[] cells = new String[row.size()];
            for (int i = 0; i < cells.length; i++) {
              cells[i] = java.util.Objects.requireNonNullElse(row.rawAt(i), "");
            }
            rows.add(cells);
            rowNumbers.add(row.number());
            rowProblems.addAll(row.problems());
          }

          @Override
          public void note(ImportProblem note) {
            report.problem(note);
          }
        },
        structural);
    // duplicated header names are fine here: each column is read by its position
    rowProblems.forEach(report::problem);
    if (rows.isEmpty()) {
      // a header alone (or with blank rows) is a sheet without a schedule: no event is made up from
      // its name
      throw new EventFormatException(
          CsvProblem.C214_SHEET_NO_SESSIONS,
          Location.line(file, 2),
          "rows of sessions under the header, found none");
    }
    titleRowAboveHeader();
    if (rows.isEmpty()) {
      throw new EventFormatException(
          CsvProblem.C214_SHEET_NO_SESSIONS,
          Location.line(file, 3),
          "rows of sessions under the header, found none");
    }
    chooseDateOrder();
    findHeadings();
    assignRoles();
    return new ImportResult(map(), report.coverage(inputChars, mappedChars).build());
  }

  /**
   * A first row that holds only a title ({@code Winter Hack 2026 - Schedule,,}) above the real
   * header (exported spreadsheets often have one): the title is the event's, and the next row the
   * header.
   */
  private void titleRowAboveHeader() {
    List<String> named = header.stream().filter(h -> !h.isBlank()).toList();
    if (named.size() != 1
        || header.size() < 2
        || rows.isEmpty()
        || byHeader(named.get(0)) != null) {
      return;
    }
    int roleWords = 0;
    for (String cell : rows.get(0)) {
      String role = byHeader(cell);
      roleWords += role != null && !role.equals("extra") ? 1 : 0;
    }
    if (roleWords < 2) {
      return;
    }
    sheetTitle = named.get(0).strip();
    header.clear();
    header.addAll(List.of(rows.remove(0)));
    int headerRow = rowNumbers.remove(0);
    report.problem(
        new ImportProblem(
            CsvProblem.C110_SHEET_COLUMNS,
            Location.line(file, 1),
            "row 1 holds only the sheet's title, '"
                + sheetTitle
                + "'; row "
                + headerRow
                + " is read as its header"));
  }

  // ---- roles ------------------------------------------------------------------------------

  private void assignRoles() {
    int n = header.size();
    for (String[] r : rows) {
      n = Math.max(n, r.length);
    }
    roles = new String[n];
    String[] why = new String[n];
    int[] strength =
        new int
            [n]; // lower is stronger: given, then the role's words in their order, then a word in a
    // header
    for (int c = 0; c < n; c++) {
      String name = c < header.size() ? header.get(c) : "";
      String given = mapping.columns().get(name.strip().toLowerCase(Locale.ROOT));
      if (given != null) {
        roles[c] = given;
        why[c] = "given";
        strength[c] = -1;
        continue;
      }
      Profile p = profile(c);
      String byHeader = byHeader(name);
      int word = byHeader == null ? -1 : roleWords(byHeader).indexOf(norm(name));
      strength[c] = word >= 0 ? word : 10_000;
      String role = byHeader;
      why[c] = "extra".equals(byHeader) ? "its header names no part of the schedule" : "header";
      if (p.nonBlank == 0) {
        role = "ignore";
        why[c] = "empty";
      } else if ((p.share(p.ranges) >= 0.8
              && (role == null || role.equals("start") || role.equals("end") || role.equals("day")))
          || (p.ranges > 0
              && p.share(p.ranges + p.times) >= 0.8
              && (role == null || role.equals("start")))) {
        role = "range";
        why[c] = role == null ? "values" : "header and values";
      } else if (p.share(p.dateTimes) >= 0.8
          && (role == null
              || role.equals("start")
              || role.equals("day")
              || role.startsWith("datetime"))) {
        role =
            "end".equals(byHeader) || "datetime_end".equals(byHeader)
                ? "datetime_end"
                : "datetime_start";
      } else if (p.share(p.dateTimes) >= 0.8 && "end".equals(role)) {
        role = "datetime_end";
      } else if (role == null) {
        why[c] = "values";
        if (p.share(p.times) >= 0.8) {
          role = Arrays.asList(roles).contains("start") ? "end" : "start";
        } else if (p.share(p.dates) >= 0.8) {
          role = "day";
        } else if (p.share(p.urls) >= 0.8) {
          role = "link";
        } else {
          role = "extra";
          why[c] = "no role";
        }
      }
      roles[c] = role;
    }
    // several room-like columns named like "Track 1", "Sala B", "Raum W1" whose cells vary: a grid
    // of rooms
    // ("Track 1" and "Track 2" both, however few sessions the second has)
    List<Integer> roomColumns = new ArrayList<>();
    Map<String, Integer> stems = new java.util.HashMap<>();
    for (int c = 0; c < n; c++) {
      if ("room".equals(roles[c]) && "header".equals(why[c]) && header.size() > c) {
        stems.merge(stem(header.get(c)), 1, Integer::sum);
      }
    }
    for (int c = 0; c < n; c++) {
      if ("room".equals(roles[c])
          && "header".equals(why[c])
          && header.size() > c
          && !roleWords("room").contains(norm(header.get(c)))) {
        roomColumns.add(c);
      }
    }
    if (roomColumns.size() == 1
        && profile(roomColumns.get(0)).distinct <= 1
        && stems.getOrDefault(stem(header.get(roomColumns.get(0))), 0)
            < 2) { // counted in the loop above
      roomColumns.clear(); // one column naming one room: the room of every session
    }
    if (roomColumns.size() >= 2 || (roomColumns.size() == 1 && !List.of(roles).contains("title"))) {
      for (int c : roomColumns) {
        roles[c] = "grid";
      }
    }
    // a column without a role beside the grid's rooms, holding text (not times, dates or links):
    // one more
    // room of the grid ("Community Corner" beside "Main Stage" and "Workshop Room")
    for (boolean grown = true; grown && List.of(roles).contains("grid"); ) {
      grown = false;
      for (int c = 0; c < n; c++) {
        if ("extra".equals(roles[c])
            && "no role".equals(why[c])
            && c < header.size()
            && !header.get(c).isBlank()
            && ((c > 0 && "grid".equals(roles[c - 1]))
                || (c + 1 < n && "grid".equals(roles[c + 1])))) {
          Profile p = profile(c);
          if (p.share(p.times + p.ranges + p.dates + p.dateTimes + p.urls) < 0.2) {
            roles[c] = "grid";
            why[c] = "beside the grid's rooms";
            grown = true;
          }
        }
      }
    }
    // columns headed by a day ("Saturday", "Sun 25 Oct", "Day 2") whose cells are not times: a grid
    // of days
    for (int c = 0; c < n; c++) {
      if (!"given".equals(why[c])
          && ("extra".equals(roles[c]) || "day".equals(roles[c]))
          && c < header.size()) {
        When w = when(header.get(c));
        Profile p = profile(c);
        if (w != null
            && w.start() == null
            && w.rest() == null
            && p.nonBlank > 0
            && p.share(p.times + p.ranges + p.dates + p.dateTimes) < 0.5) {
          roles[c] = "daygrid";
          why[c] = "header is a day";
        }
      }
    }
    // no title column and no grid: the sessions are named by the description (Science Hack Day's
    // "time, description, location") or else by the first column without a role
    List<String> all = List.of(roles);
    if (!all.contains("title") && !all.contains("grid") && !all.contains("daygrid")) {
      int promoted = all.indexOf("abstract") >= 0 ? all.indexOf("abstract") : all.indexOf("extra");
      if (promoted >= 0) {
        roles[promoted] = "title";
        why[promoted] =
            "no title column; the "
                + (why[promoted].equals("no role") ? "first column without a role" : "description");
      }
    }
    // one column per single-valued role; a second one keeps its cells as extra
    Set<String> single =
        Set.of(
            "title",
            "day",
            "start",
            "end",
            "range",
            "datetime_start",
            "datetime_end",
            "duration",
            "room",
            "abstract",
            "type",
            "affiliation");
    // a header that is a role word ("Title") wins over one that only holds one ("Talk ID"), and the
    // role's first words over later ones ("title" over "name")
    Map<String, Integer> owner = new LinkedHashMap<>();
    for (int c = 0; c < n; c++) {
      if (single.contains(roles[c])) {
        Integer o = owner.get(roles[c]);
        if (o == null || strength[c] < strength[o]) {
          owner.put(roles[c], c);
        }
      }
    }
    for (int c = 0; c < n; c++) {
      Integer o = owner.get(roles[c]); // there for every role in single (the loop above)
      if (single.contains(roles[c]) && o != null && o != c) {
        if (!"given".equals(why[c])) {
          why[c] = "another column is the " + roles[c] + ": '" + columnName(o) + "'";
          roles[c] = "extra";
        }
      }
    }
    for (String given : mapping.columns().keySet()) {
      if (header.stream().noneMatch(h -> h.strip().toLowerCase(Locale.ROOT).equals(given))) {
        report.problem(
            new ImportProblem(
                CsvProblem.C119_SHEET_MAPPED_COLUMN_MISSING,
                Location.line(file, 1),
                "the columns mapping names column '"
                    + given
                    + "', which the sheet does not have (its columns: '"
                    + String.join("', '", header)
                    + "'); its role is not given"));
      }
    }
    StringBuilder note = new StringBuilder("columns read as: ");
    for (int c = 0; c < n && c < MAX_NOTE_COLUMNS; c++) {
      note.append(c == 0 ? "" : ", ")
          .append('\'')
          .append(columnName(c))
          .append("' ")
          .append(roles[c])
          .append(" (")
          .append(why[c])
          .append(')');
    }
    report.problem(
        new ImportProblem(
            CsvProblem.C110_SHEET_COLUMNS,
            Location.line(file, 1),
            note.append(dateOrderNote).toString()));
    for (int c = 0; c < n; c++) {
      if (roles[c].equals("extra")) {
        report.problem(
            new ImportProblem(
                CsvProblem.C111_SHEET_COLUMN_KEPT_AS_EXTRA,
                new Location(file, 1, c + 1),
                "column '"
                    + columnName(c)
                    + "' has no role"
                    + ("no role".equals(why[c]) ? "" : " (" + why[c] + ")")
                    + "; its cells are kept as extra field '"
                    + columnName(c)
                    + "'"));
      }
    }
  }

  /**
   * A header without a closing number or letter: {@code Track 2} and {@code track_3} are {@code
   * track}.
   */
  private static String stem(String header) {
    return norm(header).replaceAll("[\\s_-]*(\\d+|[a-z])$", "");
  }

  private String columnName(int c) {
    String name = c < header.size() ? header.get(c).strip() : "";
    return name.isEmpty() ? "column " + (c + 1) : name;
  }

  /**
   * The header words of a role that {@link #WORDS} holds (a role {@link #byHeader} returned, or a
   * literal one).
   */
  private static List<String> roleWords(String role) {
    return java.util.Objects.requireNonNull(
        WORDS.get(role), () -> "no header words for role " + role);
  }

  private static @Nullable String byHeader(String name) {
    String h = norm(name);
    if (h.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
      if (e.getValue().contains(h)) {
        return e.getKey();
      }
    }
    String stripped = h.replaceAll("[\\s_-]*(\\d+|[a-z])$", "");
    for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
      if (!stripped.equals(h) && e.getValue().contains(stripped)) {
        return e.getKey();
      }
    }
    String[] tokens = h.split("[^\\p{L}:]+");
    for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
      for (String t : tokens) {
        if (!t.isEmpty() && e.getValue().contains(t)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  /** What a column's non-blank cells look like. */
  private static final class Profile {
    int nonBlank;
    int times;
    int ranges;
    int dates;
    int dateTimes;
    int urls;
    int distinct;

    double share(int count) {
      return nonBlank == 0 ? 0 : (double) count / nonBlank;
    }
  }

  /**
   * The column's profile over the rows that are not day headings; over all rows if it has values
   * only there.
   */
  private Profile profile(int c) {
    Profile p = profile(c, false);
    return p.nonBlank == 0 ? profile(c, true) : p;
  }

  private Profile profile(int c, boolean withHeadings) {
    Profile p = new Profile();
    Set<String> values = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      String v = c < r.length ? r[c].strip() : "";
      if (v.isEmpty() || (headings[i] && !withHeadings)) {
        continue;
      }
      p.nonBlank++;
      values.add(v);
      When w = when(v);
      if (w != null && w.rest() == null) {
        if (w.start() == null) {
          p.dates++;
        } else if (w.day() != null) {
          p.dateTimes++;
        } else if (w.end() != null) {
          p.ranges++;
        } else {
          p.times++;
        }
      } else if (w != null && w.end() != null && v.length() <= 40) {
        p.ranges++; // a range with a word after it: "09:00 - 09:50 (plenary)"
      }
      if (URL.matcher(v).matches()) {
        p.urls++;
      }
    }
    p.distinct = values.size();
    return p;
  }

  /**
   * Decides how numeric dates that read both ways ({@code 3/12/2026}) are read, once for the sheet:
   * as the mapping says; else as the sheet's dates that read one way only ({@code 3/13/2026}); else
   * month first when the cells with such dates write a 12-hour clock (as US tools such as
   * Sessionize export them) and day first otherwise, with a warning that names the first such cell
   * and how to say it.
   */
  private void chooseDateOrder() {
    Location dayOnly = null;
    Location monthOnly = null;
    Location either = null;
    String dayOnlyText = "";
    String monthOnlyText = "";
    String eitherText = "";
    boolean twelveHour = false;
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      for (int c = 0; c < r.length; c++) {
        twelveHour |=
            r[c].length() <= 80
                && AM_PM.matcher(r[c]).find(); // in the date's cell or a time column
        Dates.NumericReading reading = r[c].length() > 80 ? null : Dates.numericReading(r[c]);
        if (reading == Dates.NumericReading.EITHER) {
          reading =
              byWeekday(r[c]); // "Wed 3/4/2026": 4 March 2026 is a Wednesday, 3 April a Friday
        }
        if (reading == null) {
          continue;
        }
        Location at = new Location(file, rowNumbers.get(i), c + 1);
        switch (reading) {
          case DAY_FIRST_ONLY -> {
            if (dayOnly == null) {
              dayOnly = at;
              dayOnlyText = r[c].strip();
            }
          }
          case MONTH_FIRST_ONLY -> {
            if (monthOnly == null) {
              monthOnly = at;
              monthOnlyText = r[c].strip();
            }
          }
          case EITHER -> {
            if (either == null) {
              either = at;
              eitherText = r[c].strip();
            }
          }
        }
      }
    }
    if (mapping.dateOrder() != null) {
      monthFirst = mapping.dateOrder() == SheetMapping.DateOrder.MONTH_FIRST;
      Location against = monthFirst ? dayOnly : monthOnly;
      if (against != null) {
        report.problem(
            new ImportProblem(
                CsvProblem.C116_SHEET_DATE_ORDER,
                against,
                "'"
                    + (monthFirst ? dayOnlyText : monthOnlyText)
                    + "' is a date only "
                    + (monthFirst ? "day" : "month")
                    + " first, against the date order"
                    + " given ("
                    + (monthFirst ? "month" : "day")
                    + " first); it is read as the only date it can be"));
      }
    } else if (dayOnly != null && monthOnly != null) {
      monthFirst = false;
      report.problem(
          new ImportProblem(
              CsvProblem.C116_SHEET_DATE_ORDER,
              monthOnly,
              "the sheet writes dates month first ('"
                  + monthOnlyText
                  + "') and day first ('"
                  + dayOnlyText
                  + "' at "
                  + dayOnly
                  + "); dates that read both ways"
                  + (either == null ? "" : " ('" + eitherText + "' at " + either + ")")
                  + " are read day first;"
                  + " give the date order (--date-order) to read them the other way"));
    } else if (monthOnly != null || dayOnly != null) {
      monthFirst = monthOnly != null;
      dateOrderNote =
          "; numeric dates read "
              + (monthFirst ? "month" : "day")
              + " first, as '"
              + (monthFirst ? monthOnlyText : dayOnlyText)
              + "' at "
              + (monthFirst ? monthOnly : dayOnly)
              + " can only be";
    } else if (either != null) {
      monthFirst = twelveHour;
      report.problem(
          new ImportProblem(
              CsvProblem.C116_SHEET_DATE_ORDER,
              either,
              "'"
                  + eitherText
                  + "' and every other numeric date of the sheet read both day first and month first; read "
                  + (monthFirst
                      ? "month first, as the sheet writes a 12-hour clock as US tools do"
                      : "day first, as the sheet writes a 24-hour clock")
                  + "; give the date order (--date-order day-first or month-first) to read them the other way"));
    }
  }

  /**
   * The reading of a numeric date that reads both ways which the weekday beside it fits ({@code Wed
   * 3/4/2026}), else {@link Dates.NumericReading#EITHER}.
   */
  private static Dates.NumericReading byWeekday(String cell) {
    DayOfWeek said = statedWeekday(cell);
    LocalDate dayFirst = Dates.findNumeric(cell, false);
    LocalDate monthFirst = Dates.findNumeric(cell, true);
    if (said == null || dayFirst == null || monthFirst == null) {
      return Dates.NumericReading.EITHER;
    }
    boolean d = dayFirst.getDayOfWeek() == said;
    boolean m = monthFirst.getDayOfWeek() == said;
    return d == m
        ? Dates.NumericReading.EITHER
        : d ? Dates.NumericReading.DAY_FIRST_ONLY : Dates.NumericReading.MONTH_FIRST_ONLY;
  }

  /**
   * The weekday a cell names beside a date ({@code Wed 3/4/2026}, {@code Freitag, 13. März 2026}):
   * its one word that is a weekday's name and no month's ({@code Mar} is March), or {@code null}.
   */
  private static @Nullable DayOfWeek statedWeekday(String cell) {
    DayOfWeek found = null;
    for (String word : cell.split("[^\\p{L}]+")) {
      if (word.length() < 2 || Dates.month(word) != null) {
        continue;
      }
      DayOfWeek d = weekday(word);
      if (d != null) {
        if (found != null && found != d) {
          return null;
        }
        found = d;
      }
    }
    return found;
  }

  /**
   * Marks the rows whose one non-blank cell is a day and nothing else: they head the rows below
   * them.
   */
  private void findHeadings() {
    headings = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String only = null;
      int filled = 0;
      for (String cell : rows.get(i)) {
        if (!cell.isBlank()) {
          filled++;
          only = cell;
        }
      }
      if (filled == 1 && only != null) { // one filled cell: only holds it
        When w = when(only);
        headings[i] = w != null && w.start() == null && w.rest() == null;
      }
    }
  }

  /**
   * What a cell of times and dates says.
   *
   * @param day the day it names as written (a date, a day number, a weekday), resolved by {@link
   *     #day}
   * @param start its time, or the start of its range
   * @param end the end of its range; before {@code start} when the range ends after midnight
   * @param rest words the cell has besides a time (not a date), kept by the caller
   */
  private record When(
      @Nullable String day,
      @Nullable LocalTime start,
      @Nullable LocalTime end,
      @Nullable String rest) {}

  /**
   * Reads a cell as a time, a range, a day, or a day and a time or range: {@code 9:20}, {@code
   * 10:00 AM}, {@code 09:00 - 09:50 hrs}, {@code Day 2}, {@code Saturday, 24 October 2026}, {@code
   * 2026-06-10T09:30:00Z}, {@code 3/12/2026 9:00:00 AM}, {@code 2026-02-03 09:30-11:00}.
   *
   * @return what it says, or {@code null} when it is none of these
   */
  private @Nullable When when(String text) {
    String v =
        NOON.matcher(text.strip())
            .replaceAll(m -> m.group(1).equalsIgnoreCase("midnight") ? "12:00 am" : "12:00 pm");
    if (v.isEmpty()
        || v.length() > 80
        || (v.chars().noneMatch(Character::isDigit) && weekday(v) == null)) {
      return null;
    }
    Hours.TimeRange range =
        Hours.findRange(v, true); // before ISO: "2026-02-03 09:30-11:00" is no offset -11:00
    LocalDateTime iso = range == null ? dateTime(v) : null;
    if (iso != null) {
      return new When(iso.toLocalDate().toString(), iso.toLocalTime(), null, null);
    }
    LocalTime start = null;
    LocalTime end = null;
    String rest = v;
    String zoneWord = null;
    if (range != null) {
      start = range.opens();
      end = range.closes();
      if (end != null && !end.isAfter(start) && !(start.getHour() >= 18 && end.getHour() < 8)) {
        // "12:30-1:30": an afternoon end on a 12-hour clock without pm; other ends before their
        // start are no range
        if (start.getHour() >= 13 || end.getHour() >= 12 || !end.plusHours(12).isAfter(start)) {
          return null;
        }
        end = end.plusHours(12);
      }
      rest = v.substring(0, range.from()) + " " + v.substring(range.to());
    } else {
      Matcher zone = ZONE_WORD.matcher(v); // "9:00AM EDT": the time, then a zone's abbreviation
      String timePart = zone.find() ? v.substring(0, zone.start()) : v;
      Matcher m = TRAILING_TIME.matcher(timePart);
      if (m.find()) {
        start = clock(m);
        rest = start == null ? v : v.substring(0, m.start());
        zoneWord =
            start == null || timePart.length() == v.length()
                ? null
                : v.substring(timePart.length()).strip();
      }
    }
    rest = rest.replaceAll("^[\\s,;:@|]+|[\\s,;:@|]+$", "");
    if (rest.isEmpty()) {
      return start == null ? null : new When(null, start, end, zoneWord);
    }
    if (looksLikeDay(rest)) {
      return new When(rest, start, end, zoneWord);
    }
    if (start != null && ANOTHER_TIME.matcher(rest).find()) {
      return null; // "22:00 - 01:00": two times that are no range
    }
    return start == null ? null : new When(null, start, end, rest);
  }

  private boolean looksLikeDay(String v) {
    return Dates.parseNumeric(v, monthFirst, Warnings.IGNORE) != null
        || Dates.findRange(
                v, new Dates.DateContext(2000, Dates.DateContext.ANY.languages()), Warnings.IGNORE)
            != null
        || weekday(v) != null
        || v.matches("(?iu)(day|tag|jour|día|dia)\\s*\\d{1,2}")
        || yearless(v) != null;
  }

  /**
   * A day and month without a year: {@code 14.03.} (day first), {@code Sa., 14.03}, {@code Sat
   * 3/14} (in the sheet's order), alone or after a weekday; the dotted form needs its closing dot
   * or a weekday, as {@code 14.30} is a time.
   *
   * @return {day, month}, or {@code null}
   */
  private int @Nullable [] yearless(String v) {
    Matcher m = YEARLESS.matcher(v.strip());
    if (!m.matches() || (m.group(1) == null && m.group(5) == null && !".".equals(m.group(3)))) {
      return null;
    }
    int a = Integer.parseInt(m.group(2));
    int b = Integer.parseInt(m.group(4));
    boolean dayFirst = m.group(3).equals(".") || !monthFirst;
    int day = dayFirst ? a : b;
    int month = dayFirst ? b : a;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? new int[] {day, month} : null;
  }

  // ---- rows -------------------------------------------------------------------------------

  private Event map() {
    String title = mapping.title() != null ? mapping.title() : sheetTitle;
    if (title == null) {
      String stem = file.replaceAll(".*[/\\\\]", "").replaceAll("(?i)\\.(csv|tsv|txt)$", "");
      title = stem.isBlank() ? file : stem;
      report.problem(
          new ImportProblem(
              CsvProblem.C115_SHEET_NO_TITLE,
              Location.line(file, 1),
              "the sheet states no event title; the title is '" + title + "'"));
    }
    Event.Builder event = Event.builder().title(title).timeZone(mapping.timeZone());
    Set<String> ids = new HashSet<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    boolean hasDayColumn = List.of(roles).contains("day");
    // the day of the rows: the start date until a day cell or heading row names one
    LocalDate currentDay = hasDayColumn ? null : mapping.startDate();
    boolean dayNamed =
        false; // a day cell or heading was seen (and reported when it did not resolve)
    Set<String> unresolved = new HashSet<>();
    // the days that day columns' headers name, resolved once (reported at the header when they
    // cannot be)
    LocalDate[] headerDays = new LocalDate[roles.length];
    for (int c = 0; c < roles.length; c++) {
      if (roles[c].equals("daygrid")) {
        headerDays[c] = day(header.get(c), 1, c, unresolved);
      }
    }
    int dayShift =
        0; // 1 once the rows under a day run past midnight (a 23:00 session, then one at 00:30)
    LocalTime lastStart = null;
    LocalDate lastDay = null; // the day lastStart was on, before any shift
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      int number = rowNumbers.get(i);
      long rowAll = 0;
      for (String cell : r) {
        rowAll += PlainText.nonBlank(cell);
      }
      inputChars += rowAll;
      Cells cells = new Cells(r, number);
      // the day: its cell, else the day of the rows above
      String dayText = cells.first("day");
      if (dayText != null) {
        dayNamed = true;
        currentDay = day(dayText, number, cells.col("day"), unresolved);
        if (currentDay != null) {
          cells.use("day");
        }
        if (cells.onlyUsedOrBlankExcept(
            "day")) { // a row that only names the day heads the rows below
          mappedChars += currentDay == null ? 0 : PlainText.nonBlank(dayText);
          continue;
        }
      } else if (headings[i]) {
        int c = cells.filled();
        dayNamed = true;
        currentDay = day(r[c].strip(), number, c, unresolved);
        mappedChars += currentDay == null ? 0 : PlainText.nonBlank(r[c]);
        continue;
      }
      if (!java.util.Objects.equals(
          lastDay, currentDay)) { // a new day: its rows start before midnight
        dayShift = 0;
        lastStart = null;
        lastDay = currentDay;
      }
      List<Entry> entries = new ArrayList<>();
      String t = cells.first("title");
      String rowRoom = cells.first("room");
      if (t != null) {
        entries.add(new Entry(t, rowRoom, false, -1));
      }
      for (int c = 0; c < r.length && c < roles.length; c++) {
        if (roles[c].equals("grid") && !r[c].isBlank()) {
          entries.add(new Entry(r[c].strip(), columnName(c), true, -1));
          cells.used[c] = true;
        } else if (roles[c].equals("daygrid") && !r[c].isBlank()) {
          entries.add(new Entry(r[c].strip(), rowRoom, false, c));
          cells.used[c] = true;
        }
      }
      if (t != null || !entries.isEmpty()) {
        cells.use("title");
        cells.use("room");
      }
      if (entries.isEmpty()) {
        report.problem(
            new ImportProblem(
                CsvProblem.C112_SHEET_ROW_SKIPPED,
                Location.line(file, number),
                "row "
                    + number
                    + " has no title ('"
                    + String.join("', '", cells.nonBlank())
                    + "'); skipped"));
        continue;
      }
      Topic.Builder common = Topic.builder().title("x");
      LocalTime start = null;
      LocalTime end = null;
      String endFrom = null; // the end column that gave the end
      LocalDate date = currentDay;
      boolean dated = currentDay != null || dayNamed;
      boolean ownDate = false;
      // the start: a range, a date and time, a time; each may name its date too
      for (String role : List.of("range", "datetime_start", "start")) {
        String text = cells.first(role);
        if (text == null) {
          continue;
        }
        When w = when(text);
        if (w == null || (start != null && w.start() != null)) {
          cells.notUnderstood(
              role,
              start != null
                  ? "one start, given already by another column"
                  : "a time (09:30, 9:30 AM), a range (09:00 - 09:50) or a date and time (2026-03-12 09:30)",
              common);
          continue;
        }
        if (w.day() != null) {
          dated = true;
          ownDate = true;
          date = day(w.day(), number, cells.col(role), unresolved);
        }
        if (w.start() != null) {
          start = w.start();
          end = w.end();
          endFrom = w.end() == null ? null : role;
        }
        cells.use(role);
        cells.keepRest(role, w.rest(), common);
      }
      for (String role : List.of("end", "datetime_end")) {
        String text = cells.first(role);
        if (text == null) {
          continue;
        }
        When w = when(text);
        LocalTime time = w == null ? null : w.end() != null ? w.end() : w.start();
        LocalDate on =
            w == null || w.day() == null ? date : day(w.day(), number, cells.col(role), unresolved);
        if (time != null
            && start != null
            && on != null
            && date != null
            && on.equals(date.plusDays(1))
            && !time.isAfter(start)) {
          cells.pastMidnight(role, start, time, common); // "2026-03-14 22:00" to "2026-03-15 02:00"
          continue;
        }
        if (w == null
            || time == null
            || (on == null && date != null)
            || (on != null && !on.equals(date))) {
          cells.notUnderstood(
              role, "a time (10:15, 10:15 AM) on the start's date or the next morning", common);
          continue;
        }
        end = time;
        endFrom = role;
        cells.use(role);
        cells.keepRest(role, w.rest(), common);
      }
      if (start != null && !ownDate && currentDay != null) {
        if (dayShift == 0
            && lastStart != null
            && lastStart.getHour() >= 18
            && start.getHour() < 6) {
          dayShift = 1;
          report.problem(
              new ImportProblem(
                  CsvProblem.C118_SHEET_TIMES_MOVED,
                  Location.line(file, number),
                  "the session at "
                      + start
                      + " follows one at "
                      + lastStart
                      + " on "
                      + currentDay
                      + ": it and the early sessions after it are placed on the next day, "
                      + currentDay.plusDays(1)));
        }
        date = currentDay.plusDays(dayShift);
        lastStart = start;
      }
      String durationText = cells.first("duration");
      if (durationText != null) {
        Integer minutes = minutes(durationText);
        if (minutes != null && start != null && minutes > 0) {
          end = start.plusMinutes(minutes);
          endFrom = start.toSecondOfDay() + minutes * 60L < 24 * 3600 ? null : "duration";
          cells.use("duration");
        } else if (minutes == null) {
          cells.notUnderstood("duration", "a duration such as 45 min or 1:30", common);
        }
      }
      if (end != null && start != null && (!end.isAfter(start) || "duration".equals(endFrom))) {
        cells.pastMidnight(endFrom == null ? "range" : endFrom, start, end, common);
        end = null; // a slot ends on its date: the end after midnight is kept as extra
      }
      for (int c = 0; c < r.length && c < roles.length; c++) {
        String v = r[c].strip();
        if (v.isEmpty() || cells.used[c]) {
          continue;
        }
        switch (roles[c]) {
          case "abstract" -> {
            common.description(v);
            cells.used[c] = true;
          }
          case "type" -> {
            common.putExtra("Type", v);
            cells.used[c] = true;
          }
          case "link" -> {
            common.putExtra(columnName(c), v);
            cells.used[c] = true;
          }
          case "extra" -> {
            common.putExtra(columnName(c), v);
            cells.used[c] = true;
          }
          default -> {
            // speaker and affiliation below; ignored columns stay unplaced
          }
        }
      }
      LocalDate rowDate = date;
      boolean scheduled =
          start != null
              && entries.stream()
                  .anyMatch(
                      e -> (e.dayColumn() >= 0 ? headerDays[e.dayColumn()] : rowDate) != null);
      if (!scheduled) {
        if (rowDate != null && entries.stream().anyMatch(e -> e.dayColumn() < 0)) {
          dates.add(rowDate); // a day the sheet states, with sessions not timed
        }
        entries.stream()
            .filter(e -> e.dayColumn() >= 0 && headerDays[e.dayColumn()] != null)
            .forEach(e -> dates.add(headerDays[e.dayColumn()]));
        if (start != null && !dated && !List.of(roles).contains("daygrid") && unresolved.add("")) {
          report.problem(
              new ImportProblem(
                  CsvProblem.C114_SHEET_DAY_UNRESOLVED,
                  Location.line(file, number),
                  "the sheet has times but no dates: give a start date (--start-date) to schedule its sessions"));
        }
        cells.keepUnscheduled(start == null ? "no start time" : "no date", common);
      }
      List<Person> people = people(cells, common);
      Topic base = common.build();
      for (Entry entry : entries) {
        Topic.Builder tb =
            base.toBuilder()
                .title(entry.title())
                .id(Slugs.unique(entry.title(), ids))
                .contacts(people);
        String room = entry.room() == null || entry.room().isBlank() ? null : entry.room().strip();
        LocalDate on = entry.dayColumn() >= 0 ? headerDays[entry.dayColumn()] : date;
        if (start != null && on != null) {
          tb.slot(new Slot(on, start, end, room, List.of()));
          dates.add(on);
        } else {
          if (entry.gridRoom()
              && room != null) { // a grid entry's room is its column's name, never blank
            tb.putExtra(
                GRID_ROOM, room); // a grid's column names the room of a session without a slot
          }
          if (entry.dayColumn() >= 0) {
            tb.putExtra(
                GRID_DAY, header.get(entry.dayColumn()).strip()); // and a day column its day
          }
        }
        event.addTopic(tb.build());
      }
      long placed = 0;
      for (int c = 0; c < r.length; c++) {
        if (cells.used[c] && !cells.keptOnly[c]) {
          placed += PlainText.nonBlank(r[c]);
        }
      }
      mappedChars += placed;
    }
    for (LocalDate d : dates) {
      event.addDay(new EventDay(d, null, null));
    }
    if (sheetOffset != null && mapping.timeZone() == null) {
      event.timeZone(sheetOffset);
      report.problem(
          new ImportProblem(
              CsvProblem.C118_SHEET_TIMES_MOVED,
              Location.line(file, 1),
              "the sheet's date-times carry UTC offsets and no time zone is given: the event's time zone is "
                  + sheetOffset.getId()
                  + (otherOffset == null
                      ? ""
                      : ", and date-times at other offsets (such as "
                          + otherOffset.getId()
                          + ") are read at that one's wall-clock time")));
    }
    return event.build();
  }

  /**
   * A session a row holds: in its title column, or in a grid's room or day column.
   *
   * @param room the room: the row's, or the header of its grid column
   * @param gridRoom whether the room is a grid column's header
   * @param dayColumn the day column whose header names its day, or -1
   */
  private record Entry(String title, @Nullable String room, boolean gridRoom, int dayColumn) {}

  private List<Person> people(Cells cells, Topic.Builder topic) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < cells.r.length && c < roles.length; c++) {
      if (roles[c].equals("speaker") && !cells.r[c].isBlank()) {
        String cell = cells.r[c].strip();
        Matcher label = PEOPLE_LABEL.matcher(cell);
        if (label
            .lookingAt()) { // "Jury: Petra Lindqvist": the label is kept with the cell, the names
          // read
          topic.putExtra(columnName(c), cell);
          cell = cell.substring(label.end());
        }
        List<String> split = splitPeople(cell);
        if (split.size() == 2
            && cell.indexOf(',') > 0
            && cell.indexOf(',') == cell.lastIndexOf(',')
            && split.stream().noneMatch(n -> n.contains(" "))
            && SPEAKER_SPLIT.matcher(cell).results().count() == 1) {
          // "Johnson, Emily": one name, last name first, or two people with one name each
          report.problem(
              new ImportProblem(
                  CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD,
                  new Location(file, cells.number, c + 1),
                  "column '"
                      + columnName(c)
                      + "' (speaker): '"
                      + cell
                      + "' may be one name written last name first or"
                      + " two people; read as one person named as written"));
          split = List.of(cell);
        }
        names.addAll(split);
        cells.used[c] = true;
      }
    }
    String affiliation = cells.first("affiliation");
    List<String> affiliations = affiliation == null ? List.of() : splitPeople(affiliation.strip());
    if (affiliation != null
        && !names.isEmpty()
        && affiliations.size() > 1
        && affiliations.size() != names.size()) {
      cells.notUnderstood(
          "affiliation",
          "one affiliation for all speakers, or one for each of the " + names.size(),
          topic);
      affiliations = List.of();
      affiliation = null;
    } else if (affiliation != null && !names.isEmpty()) {
      cells.use("affiliation");
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String aff =
          affiliations.size() == names.size()
              ? affiliations.get(i)
              : affiliations.isEmpty() || affiliation == null ? null : affiliation.strip();
      int open = name.indexOf('(');
      if (aff == null && open > 0 && name.endsWith(")")) { // "Ada Mensah (Acme, Inc.)"
        aff = name.substring(open + 1, name.length() - 1).strip();
        name = name.substring(0, open).strip();
      }
      people.add(new Person(name, null, aff == null || aff.isEmpty() ? null : aff, null));
    }
    return people;
  }

  /**
   * Splits a cell of people at {@link #SPEAKER_SPLIT}, except inside parentheses ({@code Bo Chen
   * (Acme, Inc.)}).
   */
  private static List<String> splitPeople(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = SPEAKER_SPLIT.matcher(cell);
    int from = 0;
    int depth = 0;
    int scanned = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        char ch = cell.charAt(scanned);
        depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
      }
      if (depth == 0) {
        out.add(cell.substring(from, m.start()));
        from = m.end();
      }
    }
    out.add(cell.substring(from));
    out.removeIf(String::isBlank);
    out.replaceAll(String::strip);
    return out;
  }

  private @Nullable LocalDate day(String text, int row, int col, Set<String> unresolved) {
    String v = text.strip();
    LocalDate numeric = Dates.parseNumeric(v, monthFirst, Warnings.IGNORE);
    if (numeric == null) {
      numeric =
          Dates.findNumeric(v, monthFirst); // "Wed 3/4/2026": its weekday may say the other order
      DayOfWeek said = numeric == null ? null : statedWeekday(v);
      LocalDate other =
          said == null || numeric == null || numeric.getDayOfWeek() == said
              ? null
              : Dates.findNumeric(v, !monthFirst);
      if (other != null && other.getDayOfWeek() == said) {
        numeric = other;
      }
    }
    if (numeric != null) {
      return firstDate(weekdayChecked(numeric, v, row, col, unresolved));
    }
    LocalDate start = mapping.startDate() != null ? mapping.startDate() : firstDate;
    Dates.DateRange written =
        Dates.findRange(
            v,
            new Dates.DateContext(
                start != null ? start.getYear() : null, Dates.DateContext.ANY.languages()),
            Warnings.IGNORE);
    if (written != null) {
      return firstDate(weekdayChecked(written.start(), v, row, col, unresolved));
    }
    int[] dayMonth = yearless(v);
    if (dayMonth != null && start != null) {
      LocalDate d = Dates.date(start.getYear(), dayMonth[1], dayMonth[0]);
      if (d != null) {
        return firstDate(d.isBefore(start.minusMonths(6)) ? d.plusYears(1) : d);
      }
    }
    boolean noYear =
        dayMonth != null
            || (start == null
                && Dates.findRange(
                        v,
                        new Dates.DateContext(2000, Dates.DateContext.ANY.languages()),
                        Warnings.IGNORE)
                    != null);
    Matcher m = DAY_NUMBER.matcher(v);
    DayOfWeek weekday = weekday(v);
    if (start != null) {
      if (m.matches() && Integer.parseInt(m.group(1)) >= 1) {
        return start.plusDays(Integer.parseInt(m.group(1)) - 1L);
      }
      if (weekday != null) {
        LocalDate d = start;
        while (d.getDayOfWeek() != weekday) {
          d = d.plusDays(1);
        }
        return d;
      }
    }
    if (unresolved.add(v)) {
      report.problem(
          new ImportProblem(
              CsvProblem.C114_SHEET_DAY_UNRESOLVED,
              new Location(file, row, col + 1),
              "day '"
                  + v
                  + "' is "
                  + (noYear
                      ? "a date without its year: give a start date (--start-date) or a date"
                          + " with its year above it"
                      : m.matches() || weekday != null
                          ? "a day number or weekday: give a start date"
                              + " (--start-date) or a date above it to resolve it"
                          : "not a date")
                  + "; its sessions have no slot"));
    }
    return null;
  }

  /**
   * {@code d}, with a warning (once per text) when the text names another weekday than {@code d}'s.
   */
  private LocalDate weekdayChecked(
      LocalDate d, String text, int row, int col, Set<String> reported) {
    DayOfWeek said = statedWeekday(text);
    if (said != null && said != d.getDayOfWeek() && reported.add("weekday " + text)) {
      report.problem(
          new ImportProblem(
              CsvProblem.C120_SHEET_WEEKDAY_MISMATCH,
              new Location(file, row, col + 1),
              "'"
                  + text
                  + "' names a "
                  + said.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                  + ", but "
                  + d
                  + " is a "
                  + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                  + "; the date is taken"));
    }
    return d;
  }

  private LocalDate firstDate(LocalDate d) {
    if (firstDate == null) {
      firstDate = d;
    }
    return d;
  }

  /**
   * A weekday written out or abbreviated in English, German, French or Spanish (the JDK's locale
   * data).
   */
  private static @Nullable DayOfWeek weekday(String text) {
    String v =
        Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
            .replaceAll("[.,]$", "");
    for (Locale l : Dates.DateContext.ANY.languages()) {
      for (DayOfWeek d : DayOfWeek.values()) {
        String full = d.getDisplayName(TextStyle.FULL, l).toLowerCase(l);
        String shortName = d.getDisplayName(TextStyle.SHORT, l).toLowerCase(l).replace(".", "");
        if (v.equals(full) || v.equals(shortName) || (v.length() >= 3 && full.startsWith(v))) {
          return d;
        }
      }
    }
    return null;
  }

  /** A time alone: {@code 9:20}, {@code 10:00 AM}, {@code 14h30}, {@code 9.30}, {@code 9 Uhr}. */
  static @Nullable LocalTime time(String text) {
    Matcher m = LONE_TIME.matcher(text.strip());
    return m.matches() ? clock(m) : null;
  }

  /**
   * The time {@link #CLOCK} matched; it needs minutes, am/pm or an hour word ({@code 9} alone is no
   * time).
   */
  private static @Nullable LocalTime clock(Matcher m) {
    if (m.group(2) == null && m.group(4) == null && m.group(5) == null) {
      return null;
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    String ap = m.group(4) == null ? null : m.group(4).substring(0, 1).toLowerCase(Locale.ROOT);
    if (ap != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (ap.equals("p") ? 12 : 0);
    }
    return h > 23 || min > 59 || sec > 59 ? null : LocalTime.of(h, min, sec);
  }

  /**
   * An ISO 8601 date-time; one with an offset ({@code +02:00}, {@code Z}) is read in the mapping's
   * time zone, else in the offset of the sheet's first such date-time, which becomes the event's
   * zone.
   */
  private @Nullable LocalDateTime dateTime(String text) {
    String v = text.strip();
    if (v.length() < 16 || !Character.isDigit(v.charAt(0))) {
      return null;
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(v.replace(' ', 'T'));
      if (sheetOffset == null) {
        sheetOffset = odt.getOffset();
      }
      if (!odt.getOffset().equals(sheetOffset)) {
        otherOffset = odt.getOffset();
      }
      return odt.atZoneSameInstant(mapping.timeZone() != null ? mapping.timeZone() : sheetOffset)
          .toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v.replace(' ', 'T'));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /**
   * A duration in minutes: {@code 45}, {@code 45 min}, {@code 1:30}, {@code 1h30}, {@code 1.5 h},
   * {@code 1h 30m}, {@code 1 hour and 15 minutes}, or ISO 8601 {@code PT1H30M} (read by {@link
   * java.time.Duration#parse}).
   */
  private static @Nullable Integer minutes(String text) {
    String v = text.strip();
    if (v.length() > 2 && (v.charAt(0) == 'P' || v.charAt(0) == 'p')) {
      try {
        long m = java.time.Duration.parse(v).toMinutes();
        return m > 0 && m < 24 * 60 * 14 ? (int) m : null;
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher hm = HOURS_AND_MINUTES.matcher(v);
    if (hm.matches()) {
      return Integer.parseInt(hm.group(1)) * 60 + Integer.parseInt(hm.group(2));
    }
    Matcher m = DURATION.matcher(v);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) != null) {
      return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }
    if (m.group(3) != null) {
      return Integer.parseInt(m.group(3));
    }
    return (int) Math.round(Double.parseDouble(m.group(4).replace(',', '.')) * 60);
  }

  /** One row's cells with which of them were placed. */
  private final class Cells {
    final String[] r;
    final int number;
    final boolean[] used;

    /**
     * Cells kept as extra because they did not read as their role: in the model, not placed for
     * coverage.
     */
    final boolean[] keptOnly;

    Cells(String[] r, int number) {
      this.r = r;
      this.number = number;
      this.used = new boolean[r.length];
      this.keptOnly = new boolean[r.length];
    }

    /** The column of the row's first non-blank cell. */
    int filled() {
      for (int c = 0; c < r.length; c++) {
        if (!r[c].isBlank()) {
          return c;
        }
      }
      return -1;
    }

    int col(String role) {
      for (int c = 0; c < r.length && c < roles.length; c++) {
        if (roles[c].equals(role)) {
          return c;
        }
      }
      return -1;
    }

    @Nullable String first(String role) {
      int c = col(role);
      return c < 0 || r[c].isBlank() ? null : r[c].strip();
    }

    void use(String role) {
      int c = col(role);
      if (c >= 0) {
        used[c] = true;
      }
    }

    boolean onlyUsedOrBlankExcept(String role) {
      for (int c = 0; c < r.length; c++) {
        if (!r[c].isBlank()
            && !(c < roles.length && roles[c].equals(role))
            && !(c < roles.length && roles[c].equals("ignore"))) {
          return false;
        }
      }
      return true;
    }

    List<String> nonBlank() {
      List<String> out = new ArrayList<>();
      for (String s : r) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }

    /**
     * A session that ends after midnight: a slot ends on its own date, so it has no end; the cell
     * that says the end is kept as extra (and counted as placed: it was understood).
     */
    void pastMidnight(String role, LocalTime start, LocalTime end, Topic.Builder topic) {
      int c = col(role);
      if (c < 0) {
        return;
      }
      report.problem(
          new ImportProblem(
              CsvProblem.C118_SHEET_TIMES_MOVED,
              new Location(file, number, c + 1),
              "the session starting at "
                  + start
                  + " ends after midnight, at "
                  + end
                  + "; its slot has no end and '"
                  + r[c].strip()
                  + "' is kept as extra field '"
                  + columnName(c)
                  + "'"));
      topic.putExtra(columnName(c), r[c].strip());
      used[c] = true; // understood: its end is kept as written
    }

    /**
     * Keeps a time cell whole as extra when it has words besides its time ({@code 09:00 - 09:50
     * plenary}).
     */
    void keepRest(String role, @Nullable String rest, Topic.Builder topic) {
      if (rest == null) {
        return;
      }
      int c = col(role);
      report.problem(
          new ImportProblem(
              CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD,
              new Location(file, number, c + 1),
              "column '"
                  + columnName(c)
                  + "' ("
                  + role
                  + "): read its time; the rest, '"
                  + rest
                  + "', is no date (a time"
                  + " zone's abbreviation is not read: give the zone with --columns), so the cell '"
                  + r[c].strip()
                  + "' is also kept as extra field '"
                  + columnName(c)
                  + "'"));
      topic.putExtra(columnName(c), r[c].strip());
    }

    /**
     * A session without a slot (no start time, or no date for it): its cells of days, times and
     * rooms are kept as extra fields under their headers, reported, and not counted as placed.
     */
    void keepUnscheduled(String why, Topic.Builder topic) {
      List<String> kept = new ArrayList<>();
      for (int c = 0; c < r.length && c < roles.length; c++) {
        if (!r[c].isBlank() && !keptOnly[c] && SLOT_ROLES.contains(roles[c])) {
          topic.putExtra(columnName(c), r[c].strip());
          used[c] = true;
          keptOnly[c] = true;
          kept.add(columnName(c));
        }
      }
      if (!kept.isEmpty()) {
        report.problem(
            new ImportProblem(
                CsvProblem.C117_SHEET_NOT_SCHEDULED,
                Location.line(file, number),
                "row "
                    + number
                    + " has "
                    + why
                    + ", so no slot; '"
                    + String.join("', '", kept)
                    + "' kept as extra"
                    + (kept.size() == 1 ? " field" : " fields")));
      }
    }

    void notUnderstood(String role, String expected, Topic.Builder topic) {
      int c = col(role);
      report.problem(
          new ImportProblem(
              CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD,
              new Location(file, number, c + 1),
              "column '"
                  + columnName(c)
                  + "' ("
                  + role
                  + "): expected "
                  + expected
                  + ", found '"
                  + r[c].strip()
                  + "'; kept as extra field '"
                  + columnName(c)
                  + "'"));
      topic.putExtra(columnName(c), r[c].strip());
      used[c] = true;
      keptOnly[c] = true;
    }
  }
}
