package dev.hackathonkit.io.csv;

import static dev.hackathonkit.io.csv.Columns.AFFILIATION;
import static dev.hackathonkit.io.csv.Columns.AUTHOR;
import static dev.hackathonkit.io.csv.Columns.CLOSES;
import static dev.hackathonkit.io.csv.Columns.CONTACTS;
import static dev.hackathonkit.io.csv.Columns.DATE;
import static dev.hackathonkit.io.csv.Columns.DESCRIPTION;
import static dev.hackathonkit.io.csv.Columns.DIFFICULTY;
import static dev.hackathonkit.io.csv.Columns.EVENT_PREFIX;
import static dev.hackathonkit.io.csv.Columns.GSOC;
import static dev.hackathonkit.io.csv.Columns.ID;
import static dev.hackathonkit.io.csv.Columns.INSERTED_ON;
import static dev.hackathonkit.io.csv.Columns.IRC_CHANNEL;
import static dev.hackathonkit.io.csv.Columns.KIND;
import static dev.hackathonkit.io.csv.Columns.LINKS;
import static dev.hackathonkit.io.csv.Columns.MAILING_LIST;
import static dev.hackathonkit.io.csv.Columns.NAME;
import static dev.hackathonkit.io.csv.Columns.OPENS;
import static dev.hackathonkit.io.csv.Columns.OUTCOMES;
import static dev.hackathonkit.io.csv.Columns.POSTED_AT;
import static dev.hackathonkit.io.csv.Columns.SKILLS;
import static dev.hackathonkit.io.csv.Columns.SLOT_DATE;
import static dev.hackathonkit.io.csv.Columns.SLOT_END;
import static dev.hackathonkit.io.csv.Columns.SLOT_RECURRENCE;
import static dev.hackathonkit.io.csv.Columns.SLOT_ROOM;
import static dev.hackathonkit.io.csv.Columns.SLOT_START;
import static dev.hackathonkit.io.csv.Columns.SOURCE_PAGE;
import static dev.hackathonkit.io.csv.Columns.SOURCE_RETRIEVED_AT;
import static dev.hackathonkit.io.csv.Columns.SOURCE_REVISION_ID;
import static dev.hackathonkit.io.csv.Columns.SOURCE_SITE;
import static dev.hackathonkit.io.csv.Columns.SOURCE_URL;
import static dev.hackathonkit.io.csv.Columns.STATUS;
import static dev.hackathonkit.io.csv.Columns.TEXT;
import static dev.hackathonkit.io.csv.Columns.TIME_ZONE;
import static dev.hackathonkit.io.csv.Columns.TITLE;
import static dev.hackathonkit.io.csv.Columns.TOPIC_ID;
import static dev.hackathonkit.io.csv.Columns.VENUE_CITY;
import static dev.hackathonkit.io.csv.Columns.VENUE_COUNTRY;
import static dev.hackathonkit.io.csv.Columns.VENUE_NAME;
import static dev.hackathonkit.io.csv.Columns.VENUE_POSTCODE;
import static dev.hackathonkit.io.csv.Columns.VENUE_STREET;
import static dev.hackathonkit.io.csv.Columns.VERIFIED;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One table of the set: its file, its columns in the order the writer writes them, the columns a
 * reader requires, and whether columns it does not know are kept as {@code extra} fields. The one
 * place that says what a table holds; the writer writes it and {@link TableReader} checks a header
 * against it.
 *
 * @param file the file's name in a folder or zip ({@code topics.csv})
 * @param columns the known columns, in writing order
 * @param required the columns a header must have
 * @param extraAllowed whether an unknown column is kept as an extra field (warned of) rather than
 *     dropped (warned of)
 */
record TableSchema(String file, List<String> columns, List<String> required, boolean extraAllowed) {
  static final TableSchema EVENT =
      new TableSchema(
          Columns.EVENT_FILE,
          List.of(
              ID,
              TITLE,
              TIME_ZONE,
              VENUE_NAME,
              VENUE_STREET,
              VENUE_POSTCODE,
              VENUE_CITY,
              VENUE_COUNTRY,
              LINKS,
              SOURCE_SITE,
              SOURCE_PAGE,
              SOURCE_URL,
              SOURCE_REVISION_ID,
              SOURCE_RETRIEVED_AT),
          List.of(TITLE),
          true);
  static final TableSchema DAYS =
      new TableSchema(Columns.DAYS_FILE, List.of(DATE, OPENS, CLOSES), List.of(DATE), false);
  static final TableSchema TOPICS =
      new TableSchema(
          Columns.TOPICS_FILE,
          List.of(
              ID,
              TITLE,
              INSERTED_ON,
              VERIFIED,
              GSOC,
              CONTACTS,
              MAILING_LIST,
              IRC_CHANNEL,
              DIFFICULTY,
              SKILLS,
              DESCRIPTION,
              OUTCOMES,
              SLOT_DATE,
              SLOT_START,
              SLOT_END,
              SLOT_ROOM,
              SLOT_RECURRENCE),
          List.of(TITLE),
          true);
  static final TableSchema COMMENTS =
      new TableSchema(
          Columns.COMMENTS_FILE,
          List.of(TOPIC_ID, AUTHOR, POSTED_AT, KIND, TEXT),
          List.of(TOPIC_ID, AUTHOR, POSTED_AT, KIND),
          false);
  static final TableSchema ATTENDEES =
      new TableSchema(
          Columns.ATTENDEES_FILE, List.of(NAME, AFFILIATION, STATUS), List.of(NAME, STATUS), false);

  /** The tables of a set, in the order they are written. */
  static final List<TableSchema> ALL = List.of(EVENT, DAYS, TOPICS, COMMENTS, ATTENDEES);

  /** The tables' file names, in the order they are written. */
  static final List<String> FILES = ALL.stream().map(TableSchema::file).toList();

  /** Checks and copies. */
  TableSchema {
    requireNonNull(file, "file");
    columns = List.copyOf(columns);
    required = List.copyOf(required);
    if (!columns.containsAll(required)) {
      throw new IllegalArgumentException(
          "required columns must be known: " + required + " in " + columns);
    }
  }

  /** The table of a set that {@code file} names. */
  static Optional<TableSchema> forFile(String file) {
    return ALL.stream().filter(t -> t.file().equals(file)).findFirst();
  }

  /**
   * The flat view named {@code file}: the event's columns prefixed {@code event.}, then the
   * topic's, one topic per row; what either requires is required.
   */
  static TableSchema flat(String file) {
    List<String> columns = new ArrayList<>(prefixed(EVENT.columns()));
    columns.addAll(TOPICS.columns());
    List<String> required = new ArrayList<>(prefixed(EVENT.required()));
    required.addAll(TOPICS.required());
    return new TableSchema(file, columns, required, true);
  }

  /** Whether this is the flat view, whose {@code event.} columns are the event's. */
  boolean isFlat() {
    return columns.contains(EVENT_PREFIX + ID);
  }

  /** Whether unknown columns of this table are the event's extra fields (else a topic's). */
  boolean holdsEventExtra() {
    return file.equals(Columns.EVENT_FILE);
  }

  private static List<String> prefixed(List<String> names) {
    return names.stream().map(n -> EVENT_PREFIX + n).toList();
  }
}
