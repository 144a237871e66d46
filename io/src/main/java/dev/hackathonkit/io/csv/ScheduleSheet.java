package dev.hackathonkit.io.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.PlainText;
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
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
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
  private static final Pattern LONE_TIME = Pattern.compile(
      "(?i)(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*(uhr|hrs?|h)?");
  private static final Pattern DAY_NUMBER = Pattern.compile("(?iu)(?:\\p{L}+\\.?\\s*)?(\\d{1,2})");
  private static final Pattern DURATION = Pattern.compile("(?i)(?:(\\d{1,2})[:h](\\d{2})|(\\d{1,3})\\s*(?:min\\w*|m|'|)|(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?|std\\.?|stunden?|heures?|horas?))");
  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+|www\\.\\S+");
  private static final Pattern SPEAKER_SPLIT = Pattern.compile("\\s*(?:[,;/&]|\\s(?:and|und|et|y)\\s)\\s*");
  private static final int MAX_NOTE_COLUMNS = 40;

  private final String file;
  private final SheetMapping mapping;
  private final ImportReport.Builder report;
  private final List<String> header = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> rowNumbers = new ArrayList<>();
  private final List<ImportProblem> rowProblems = new ArrayList<>();
  private String[] roles = new String[0];
  private long inputChars;
  private long mappedChars;
  /** The first date the sheet writes out, for day numbers and weekdays when no start date is given. */
  private @Nullable LocalDate firstDate;

  ScheduleSheet(String file, SheetMapping mapping, ImportReport.Builder report) {
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
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
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
    tables.read(in, file, new TableReader.Handler() {
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
    }, structural);
    // duplicated header names are fine here: each column is read by its position
    rowProblems.forEach(report::problem);
    if (rows.isEmpty()) {
      // a header alone (or with blank rows) is a sheet without a schedule: no event is made up from its name
      throw new EventFormatException(Location.line(file, 2),
          "rows of sessions under the header, found none");
    }
    assignRoles();
    return new ImportResult(map(), report.coverage(inputChars, mappedChars).build());
  }

  // ---- roles ------------------------------------------------------------------------------

  private void assignRoles() {
    int n = header.size();
    for (String[] r : rows) {
      n = Math.max(n, r.length);
    }
    roles = new String[n];
    String[] why = new String[n];
    int[] strength = new int[n]; // lower is stronger: given, then the role's words in their order, then a word in a header
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
      int word = byHeader == null ? -1 : WORDS.get(byHeader).indexOf(norm(name));
      strength[c] = word >= 0 ? word : 10_000;
      String role = byHeader;
      why[c] = "header";
      if (p.nonBlank == 0) {
        role = "ignore";
        why[c] = "empty";
      } else if (p.share(p.ranges) >= 0.8 && (role == null || role.equals("start") || role.equals("end") || role.equals("day"))) {
        role = "range";
        why[c] = role == null ? "values" : "header and values";
      } else if (p.share(p.dateTimes) >= 0.8 && (role == null || role.equals("start") || role.equals("day")
          || role.startsWith("datetime"))) {
        role = "end".equals(byHeader) || "datetime_end".equals(byHeader) ? "datetime_end" : "datetime_start";
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
    // several room-like columns named like "Track 1", "Sala B", "Raum W1" whose cells vary: a grid of rooms
    List<Integer> roomColumns = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if ("room".equals(roles[c]) && "header".equals(why[c]) && header.size() > c
          && !WORDS.get("room").contains(norm(header.get(c))) && profile(c).distinct > 1) {
        roomColumns.add(c);
      }
    }
    if (roomColumns.size() >= 2 || roomColumns.size() == 1 && !List.of(roles).contains("title")) {
      for (int c : roomColumns) {
        roles[c] = "grid";
      }
    }
    // no title column and no grid: the sessions are named by the description (Science Hack Day's
    // "time, description, location") or else by the first column without a role
    List<String> all = List.of(roles);
    if (!all.contains("title") && !all.contains("grid")) {
      int promoted = all.indexOf("abstract") >= 0 ? all.indexOf("abstract") : all.indexOf("extra");
      if (promoted >= 0) {
        roles[promoted] = "title";
        why[promoted] = "no title column; the " + (why[promoted].equals("no role") ? "first column without a role" : "description") ;
      }
    }
    // one column per single-valued role; a second one keeps its cells as extra
    Set<String> single = Set.of("title", "day", "start", "end", "range", "datetime_start", "datetime_end", "duration",
        "room", "abstract", "type", "affiliation");
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
      if (single.contains(roles[c]) && owner.get(roles[c]) != c) {
        if (!"given".equals(why[c])) {
          roles[c] = "extra";
          why[c] = "second of its role";
        }
      }
    }
    StringBuilder note = new StringBuilder("columns read as: ");
    for (int c = 0; c < n && c < MAX_NOTE_COLUMNS; c++) {
      note.append(c == 0 ? "" : ", ").append('\'').append(columnName(c)).append("' ").append(roles[c])
          .append(" (").append(why[c]).append(')');
    }
    report.problem(new ImportProblem(CsvProblem.C110_SHEET_COLUMNS, Location.line(file, 1), note.toString()));
    for (int c = 0; c < n; c++) {
      if (roles[c].equals("extra")) {
        report.problem(new ImportProblem(CsvProblem.C111_SHEET_COLUMN_KEPT_AS_EXTRA, new Location(file, 1, c + 1),
            "column '" + columnName(c) + "' has no role (" + why[c] + "); its cells are kept as extra field '"
                + columnName(c) + "'"));
      }
    }
  }

  private String columnName(int c) {
    String name = c < header.size() ? header.get(c).strip() : "";
    return name.isEmpty() ? "column " + (c + 1) : name;
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

  private Profile profile(int c) {
    Profile p = new Profile();
    Set<String> values = new HashSet<>();
    for (String[] r : rows) {
      String v = c < r.length ? r[c].strip() : "";
      if (v.isEmpty()) {
        continue;
      }
      p.nonBlank++;
      values.add(v);
      if (time(v) != null) {
        p.times++;
      }
      if (Hours.findRange(v) != null && v.length() <= 40) {
        p.ranges++;
      }
      if (dateTime(v) != null) {
        p.dateTimes++;
      } else if (looksLikeDay(v)) {
        p.dates++;
      }
      if (URL.matcher(v).matches()) {
        p.urls++;
      }
    }
    p.distinct = values.size();
    return p;
  }

  private boolean looksLikeDay(String v) {
    return Dates.parseNumeric(v, Warnings.IGNORE) != null
        || Dates.findRange(v, new Dates.DateContext(2000, Dates.DateContext.ANY.languages()), Warnings.IGNORE) != null
        || weekday(v) != null || v.matches("(?iu)(day|tag|jour|día|dia)\\s*\\d{1,2}");
  }

  // ---- rows -------------------------------------------------------------------------------

  private Event map() {
    String title = mapping.title();
    if (title == null) {
      String stem = file.replaceAll(".*[/\\\\]", "").replaceAll("(?i)\\.(csv|tsv|txt)$", "");
      title = stem.isBlank() ? file : stem;
      report.problem(new ImportProblem(CsvProblem.C115_SHEET_NO_TITLE, Location.line(file, 1),
          "the sheet states no event title; the title is '" + title + "'"));
    }
    Event.Builder event = Event.builder().title(title).timeZone(mapping.timeZone());
    Set<String> ids = new HashSet<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    LocalDate currentDay = null;
    boolean hasDayColumn = List.of(roles).contains("day") || List.of(roles).contains("datetime_start");
    Set<String> unresolved = new HashSet<>();
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
        LocalDate d = day(dayText, number, cells.col("day"), unresolved);
        if (d != null) {
          currentDay = d;
          cells.use("day");
        } else {
          currentDay = null;
        }
        if (cells.onlyUsedOrBlankExcept("day")) { // a row that only names the day heads the rows below
          mappedChars += PlainText.nonBlank(dayText);
          continue;
        }
      } else if (!hasDayColumn && mapping.startDate() != null) {
        currentDay = mapping.startDate();
      }
      List<String[]> entries = new ArrayList<>(); // title, room
      String t = cells.first("title");
      if (t != null) {
        cells.use("title");
        entries.add(new String[] {t, cells.first("room")});
        cells.use("room");
      }
      for (int c = 0; c < r.length && c < roles.length; c++) {
        if (roles[c].equals("grid") && !r[c].isBlank()) {
          entries.add(new String[] {r[c].strip(), columnName(c)});
          cells.used[c] = true;
        }
      }
      if (entries.isEmpty()) {
        report.problem(new ImportProblem(CsvProblem.C112_SHEET_ROW_SKIPPED, Location.line(file, number),
            "row " + number + " has no title ('" + String.join("', '", cells.nonBlank()) + "'); skipped"));
        continue;
      }
      Topic.Builder common = Topic.builder().title("x");
      LocalTime start = null;
      LocalTime end = null;
      LocalDate date = currentDay;
      String range = cells.first("range");
      if (range != null) {
        Hours.TimeRange tr = Hours.findRange(range);
        LocalTime lone = tr == null ? time(range) : null;
        if (tr != null) {
          start = tr.opens();
          end = tr.closes();
          cells.use("range");
        } else if (lone != null) {
          start = lone;
          cells.use("range");
        } else {
          cells.notUnderstood("range", "a time range such as 09:00 - 09:50", common);
        }
      }
      String startText = cells.first("start");
      if (startText != null) {
        start = cells.time("start", startText, common);
      }
      String endText = cells.first("end");
      if (endText != null) {
        end = cells.time("end", endText, common);
      }
      String dtStart = cells.first("datetime_start");
      if (dtStart != null) {
        LocalDateTime dt = dateTime(dtStart);
        if (dt != null) {
          date = dt.toLocalDate();
          start = dt.toLocalTime();
          cells.use("datetime_start");
        } else {
          cells.notUnderstood("datetime_start", "a date and time yyyy-mm-ddThh:mm", common);
        }
      }
      String dtEnd = cells.first("datetime_end");
      if (dtEnd != null) {
        LocalDateTime dt = dateTime(dtEnd);
        if (dt != null && (date == null || dt.toLocalDate().equals(date))) {
          end = dt.toLocalTime();
          cells.use("datetime_end");
        } else {
          cells.notUnderstood("datetime_end", "a date and time on the start's date", common);
        }
      }
      String durationText = cells.first("duration");
      if (durationText != null) {
        Integer minutes = minutes(durationText);
        if (minutes != null && start != null && minutes > 0) {
          LocalTime e = start.plusMinutes(minutes);
          end = e.isAfter(start) ? e : LocalTime.of(23, 59);
          cells.use("duration");
        } else if (minutes == null) {
          cells.notUnderstood("duration", "a duration such as 45 min or 1:30", common);
        }
      }
      if (end != null && start != null && !end.isAfter(start)) {
        end = null; // a session past midnight: its end is not on its date
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
      List<Person> people = people(cells);
      Topic base = common.build();
      Slot slot = null;
      if (start != null && date != null) {
        slot = new Slot(date, start, end, null, List.of());
        dates.add(date);
      } else if (start != null && dayText == null && !hasDayColumn && mapping.startDate() == null && unresolved.add("")) {
        report.problem(new ImportProblem(CsvProblem.C114_SHEET_DAY_UNRESOLVED, Location.line(file, number),
            "the sheet has times but no dates: give a start date (--start-date) to schedule its sessions"));
      }
      for (String[] entry : entries) {
        Topic.Builder tb = base.toBuilder().title(entry[0]).id(Slugs.unique(entry[0], ids)).contacts(people);
        if (slot != null) {
          String room = entry[1] == null || entry[1].isBlank() ? null : entry[1].strip();
          tb.slot(new Slot(slot.date(), slot.start(), slot.end(), room, List.of()));
        }
        event.addTopic(tb.build());
      }
      long placed = 0;
      for (int c = 0; c < r.length; c++) {
        if (cells.used[c]) {
          placed += PlainText.nonBlank(r[c]);
        }
      }
      mappedChars += placed;
    }
    for (LocalDate d : dates) {
      event.addDay(new EventDay(d, null, null));
    }
    return event.build();
  }

  private List<Person> people(Cells cells) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < cells.r.length && c < roles.length; c++) {
      if (roles[c].equals("speaker") && !cells.r[c].isBlank()) {
        for (String n : SPEAKER_SPLIT.split(cells.r[c].strip())) {
          if (!n.isBlank()) {
            names.add(n.strip());
          }
        }
        cells.used[c] = true;
      }
    }
    String affiliation = cells.first("affiliation");
    List<String> affiliations = affiliation == null ? List.of() : List.of(SPEAKER_SPLIT.split(affiliation.strip()));
    if (affiliation != null && !names.isEmpty()) {
      cells.use("affiliation");
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String aff = affiliations.size() == names.size() ? affiliations.get(i)
          : affiliations.isEmpty() ? null : affiliation.strip();
      people.add(new Person(names.get(i), null, aff, null));
    }
    return people;
  }

  private @Nullable LocalDate day(String text, int row, int col, Set<String> unresolved) {
    String v = text.strip();
    LocalDate numeric = Dates.parseNumeric(v, Warnings.IGNORE);
    if (numeric != null) {
      return firstDate(numeric);
    }
    LocalDate start = mapping.startDate() != null ? mapping.startDate() : firstDate;
    Dates.DateRange written = Dates.findRange(v, new Dates.DateContext(start != null ? start.getYear() : null,
        Dates.DateContext.ANY.languages()), Warnings.IGNORE);
    if (written != null) {
      return firstDate(written.start());
    }
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
      report.problem(new ImportProblem(CsvProblem.C114_SHEET_DAY_UNRESOLVED, new Location(file, row, col + 1),
          "day '" + v + "' is " + (m.matches() || weekday != null ? "a day number or weekday: give a start date"
              + " (--start-date) or a date above it to resolve it" : "not a date") + "; its sessions have no slot"));
    }
    return null;
  }

  private LocalDate firstDate(LocalDate d) {
    if (firstDate == null) {
      firstDate = d;
    }
    return d;
  }

  /** A weekday written out or abbreviated in English, German, French or Spanish (the JDK's locale data). */
  private static @Nullable DayOfWeek weekday(String text) {
    String v = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC).replaceAll("[.,]$", "");
    for (Locale l : Dates.DateContext.ANY.languages()) {
      for (DayOfWeek d : DayOfWeek.values()) {
        String full = d.getDisplayName(TextStyle.FULL, l).toLowerCase(l);
        String shortName = d.getDisplayName(TextStyle.SHORT, l).toLowerCase(l).replace(".", "");
        if (v.equals(full) || v.equals(shortName) || v.length() >= 3 && full.startsWith(v)) {
          return d;
        }
      }
    }
    return null;
  }

  /** A time alone: {@code 9:20}, {@code 10:00 AM}, {@code 14h30}, {@code 9.30}, {@code 9 Uhr}. */
  static @Nullable LocalTime time(String text) {
    Matcher m = LONE_TIME.matcher(text.strip());
    if (!m.matches() || m.group(2) == null && m.group(3) == null && m.group(4) == null) {
      return null;
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    String ap = m.group(3) == null ? null : m.group(3).substring(0, 1).toLowerCase(Locale.ROOT);
    if (ap != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (ap.equals("p") ? 12 : 0);
    }
    return h > 23 || min > 59 ? null : LocalTime.of(h, min);
  }

  private static @Nullable LocalDateTime dateTime(String text) {
    String v = text.strip();
    if (v.length() < 16 || !Character.isDigit(v.charAt(0))) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v.replace(' ', 'T')).toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v.replace(' ', 'T'));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static @Nullable Integer minutes(String text) {
    Matcher m = DURATION.matcher(text.strip());
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

    Cells(String[] r, int number) {
      this.r = r;
      this.number = number;
      this.used = new boolean[r.length];
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
        if (!r[c].isBlank() && !(c < roles.length && roles[c].equals(role)) && !(c < roles.length && roles[c].equals("ignore"))) {
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

    @Nullable LocalTime time(String role, String text, Topic.Builder topic) {
      LocalTime t = ScheduleSheet.time(text);
      if (t == null) {
        Hours.TimeRange tr = Hours.findRange(text);
        t = tr == null ? null : role.equals("end") ? tr.closes() : tr.opens();
      }
      if (t == null) {
        notUnderstood(role, "a time such as 09:30 or 9:30 AM", topic);
        return null;
      }
      use(role);
      return t;
    }

    void notUnderstood(String role, String expected, Topic.Builder topic) {
      int c = col(role);
      report.problem(new ImportProblem(CsvProblem.C113_SHEET_CELL_NOT_UNDERSTOOD, new Location(file, number, c + 1),
          "column '" + columnName(c) + "' (" + role + "): expected " + expected + ", found '" + r[c].strip()
              + "'; kept as extra field '" + columnName(c) + "'"));
      topic.putExtra(columnName(c), r[c].strip());
      used[c] = true;
    }
  }
}
