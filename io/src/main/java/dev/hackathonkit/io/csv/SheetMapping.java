package dev.hackathonkit.io.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How {@link CsvEventReader} reads a schedule sheet of another tool (a flat sheet without {@code
 * event.} columns): the date that day numbers and weekdays count from, and columns whose role is
 * given instead of guessed.
 *
 * <p>Roles: {@code title}, {@code speaker}, {@code affiliation}, {@code day}, {@code start}, {@code
 * end}, {@code range} (a start and an end in one cell, {@code 09:00 - 09:50}), {@code
 * datetime_start}, {@code datetime_end}, {@code duration}, {@code room}, {@code abstract}, {@code
 * type}, {@code link}, {@code grid} (a room column of a grid: each cell is a session in the room
 * its header names), {@code daygrid} (a day column of a grid: each cell is a session on the day its
 * header names, {@code Saturday}, {@code Sun 25 Oct}, {@code Day 2}), {@code extra} (kept under its
 * header) and {@code ignore}.
 *
 * <p>A mapping file ({@code --columns FILE}) is JSON:
 *
 * <pre>{@code
 * {"startDate": "2025-05-22", "timeZone": "Europe/Madrid", "title": "Jornadas 2025",
 *  "dateOrder": "day-first", "columns": {"Wann": "range", "Was": "title", "Hinweis": "ignore"}}
 * }</pre>
 *
 * @param startDate the event's first date, for day numbers ({@code 1}, {@code Day 2}) and weekdays;
 *     {@code null} when the sheet's own dates must do
 * @param timeZone the event's time zone, {@code null} when unknown
 * @param title the event's title, {@code null} for the file name
 * @param dateOrder how numeric dates that read both ways ({@code 3/12/2026}) are read; {@code null}
 *     to decide from the sheet: its dates that read one way only, else month first when its times
 *     are on a 12-hour clock (as US tools write them) and day first otherwise, with a warning
 * @param columns header (as written, matched ignoring case and surrounding space) to role
 */
public record SheetMapping(
    @Nullable LocalDate startDate,
    @Nullable ZoneId timeZone,
    @Nullable String title,
    @Nullable DateOrder dateOrder,
    Map<String, String> columns) {
  /** The order of day and month in numeric dates such as {@code 3/12/2026}. */
  public enum DateOrder {
    /** {@code 3/12/2026} is 3 December 2026 (most of the world). */
    DAY_FIRST,
    /** {@code 3/12/2026} is 12 March 2026 (the United States). */
    MONTH_FIRST;

    /**
     * The order a word names: {@code day-first} or {@code month-first} (case and {@code _}
     * ignored).
     *
     * @throws IllegalArgumentException for any other word, naming the two
     */
    public static DateOrder named(String word) {
      return switch (word.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "day-first" -> DAY_FIRST;
        case "month-first" -> MONTH_FIRST;
        default ->
            throw new IllegalArgumentException(
                "'" + word + "' is not a date order; expected day-first or month-first");
      };
    }
  }

  /** The roles a column can be given. */
  public static final Set<String> ROLES =
      Set.of(
          "title",
          "speaker",
          "affiliation",
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
          "link",
          "grid",
          "daygrid",
          "extra",
          "ignore");

  /** No start date, zone, title or given columns: every role is guessed. */
  public static final SheetMapping NONE = new SheetMapping(null, null, null, null, Map.of());

  /** Checks the roles and copies the columns. */
  public SheetMapping {
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : columns.entrySet()) {
      String role = e.getValue().strip().toLowerCase(Locale.ROOT);
      if (!ROLES.contains(role)) {
        throw new IllegalArgumentException(
            "column '"
                + e.getKey()
                + "': unknown role '"
                + e.getValue()
                + "'; expected one of "
                + new java.util.TreeSet<>(ROLES));
      }
      copy.put(e.getKey().strip().toLowerCase(Locale.ROOT), role);
    }
    columns = java.util.Collections.unmodifiableMap(copy);
  }

  /** A copy with another start date. */
  public SheetMapping withStartDate(@Nullable LocalDate startDate) {
    return new SheetMapping(startDate, timeZone, title, dateOrder, columns);
  }

  /** A copy with another date order ({@code null}: decided from the sheet). */
  public SheetMapping withDateOrder(@Nullable DateOrder dateOrder) {
    return new SheetMapping(startDate, timeZone, title, dateOrder, columns);
  }

  /** Where {@code "key"} stands in the file, or the file's start. */
  private static Location keyAt(String name, String text, String key) {
    int at = text.indexOf('"' + key + '"');
    if (at < 0) {
      return new Location(name, 1, 1);
    }
    return dev.hackathonkit.io.internal.LineIndex.of(text).location(name, at);
  }

  /**
   * Reads a mapping file (see the class comment).
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the file is not such JSON, naming line and column or the key
   */
  public static SheetMapping read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    String name = file.toString();
    String text = Files.readString(file);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
      // Jackson's own words, without its note on where it read from
      String why =
          e.getOriginalMessage()
              .lines()
              .findFirst()
              .orElse("")
              .replaceAll("\\s*\\(start marker at \\[Source.*$|\\s*at \\[Source.*$", "");
      throw new EventFormatException(
          CsvProblem.C220_MAPPING_MALFORMED,
          new Location(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr()),
          "expected a JSON object {\"columns\": {...}}: " + why,
          e);
    }
    if (root == null || !root.isObject()) {
      throw new EventFormatException(
          CsvProblem.C220_MAPPING_MALFORMED,
          new Location(name, 1, 1),
          "expected a JSON object {\"columns\": {...}}");
    }
    LocalDate start = null;
    ZoneId zone = null;
    DateOrder order = null;
    try {
      if (root.hasNonNull("startDate")) {
        start = LocalDate.parse(root.get("startDate").asText());
      }
      if (root.hasNonNull("timeZone")) {
        zone = ZoneId.of(root.get("timeZone").asText());
      }
      if (root.hasNonNull("dateOrder")) {
        order = DateOrder.named(root.get("dateOrder").asText());
      }
    } catch (IllegalArgumentException e) {
      throw new EventFormatException(
          CsvProblem.C221_MAPPING_BAD_VALUE,
          keyAt(name, text, "dateOrder"),
          "dateOrder: " + e.getMessage(),
          e);
    } catch (java.time.format.DateTimeParseException e) {
      throw new EventFormatException(
          CsvProblem.C221_MAPPING_BAD_VALUE,
          keyAt(name, text, "startDate"),
          "startDate: expected a date yyyy-mm-dd, found '" + e.getParsedString() + "'",
          e);
    } catch (java.time.DateTimeException e) {
      throw new EventFormatException(
          CsvProblem.C221_MAPPING_BAD_VALUE,
          keyAt(name, text, "timeZone"),
          "timeZone: expected an IANA time zone such as"
              + " Europe/Berlin, found '"
              + root.path("timeZone").asText()
              + "'",
          e);
    }
    Map<String, String> columns = new LinkedHashMap<>();
    JsonNode cols = root.path("columns");
    for (Map.Entry<String, JsonNode> e : cols.properties()) {
      columns.put(e.getKey(), e.getValue().asText());
    }
    try {
      return new SheetMapping(
          start,
          zone,
          root.hasNonNull("title") ? root.get("title").asText() : null,
          order,
          columns);
    } catch (IllegalArgumentException e) {
      throw new EventFormatException(
          CsvProblem.C221_MAPPING_BAD_VALUE,
          new Location(name, 0, 0),
          "columns." + e.getMessage(),
          e);
    }
  }
}
