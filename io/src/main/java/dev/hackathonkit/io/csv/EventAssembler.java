package dev.hackathonkit.io.csv;

import static dev.hackathonkit.io.csv.Columns.EVENT_PREFIX;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds one event from the tables of a set (in any order) or from the flat view. Errors are
 * collected; {@link #finish()} throws them all in strict mode. Not thread-safe; one per import.
 */
final class EventAssembler {
  private final CsvOptions options;
  private final TableReader tables;
  private final ReportBuilder report;
  private final List<ImportProblem> errors = new ArrayList<>();
  private int droppedErrors;
  private final Set<String> seen = new HashSet<>();

  private Event.@Nullable Builder event;
  private final List<EventDay> days = new ArrayList<>();
  private final LinkedHashMap<String, Topic> topics = new LinkedHashMap<>();
  private final Set<String> topicIds = new HashSet<>();
  private final Map<String, List<Comment>> comments = new HashMap<>();
  private final List<Attendee> attendees = new ArrayList<>();

  /** Comments whose topic id was not (yet) known when read: checked when all tables are in. */
  private final List<PendingComment> pendingComments = new ArrayList<>();

  private record PendingComment(Location location, String topicId, long chars) {}

  /**
   * Coverage, as the page readers count it: non-blank characters of the data cells (the header row
   * is structure, not counted), and of those the ones placed in the model: cells of a row that was
   * read, in a known column or one kept as an extra field.
   */
  private long inputChars;

  private long mappedChars;

  /**
   * The placed characters of the row being read, for a comment whose topic is checked at the end.
   */
  private long rowChars;

  EventAssembler(CsvOptions options, String sourceName) {
    this.options = options;
    this.tables = new TableReader(options.separator(), options.detectSeparator());
    this.report = ReportBuilder.of(sourceName).maxProblems(options.limits().maxProblems());
  }

  /** Whether {@code file} names one of the tables; others are reported and ignored. */
  boolean isTable(String file) {
    return TableSchema.FILES.contains(file);
  }

  void ignored(String file, String why) {
    report.problem(new ImportProblem(CsvProblem.C102_IGNORED_FILE, new Location(file, 0, 0), why));
  }

  /** Reads one table of the set, chosen by its file name. */
  void table(String file, Reader in) throws IOException, EventFormatException {
    if (!seen.add(file)) {
      error(
          new ImportProblem(
              CsvProblem.C209_MISSING_TABLE, new Location(file, 0, 0), file + " appears twice"));
      return;
    }
    switch (file) {
      case Columns.EVENT_FILE -> read(in, TableSchema.EVENT, new EventRows(""));
      case Columns.DAYS_FILE -> read(in, TableSchema.DAYS, this::day);
      case Columns.TOPICS_FILE -> read(in, TableSchema.TOPICS, (RowHandler) this::topic);
      case Columns.COMMENTS_FILE -> read(in, TableSchema.COMMENTS, this::comment);
      case Columns.ATTENDEES_FILE -> read(in, TableSchema.ATTENDEES, this::attendee);
      default -> throw new IllegalArgumentException("not a table: " + file);
    }
  }

  /** Reads the flat view: event columns prefixed {@code event.}, one topic per row. */
  void flat(String file, Reader in) throws IOException, EventFormatException {
    seen.add(Columns.EVENT_FILE);
    EventRows eventRows = new EventRows(EVENT_PREFIX);
    read(
        in,
        TableSchema.flat(file),
        new RowHandler() {
          @Override
          public void header(HeaderColumns columns) {
            eventRows.header(columns);
          }

          @Override
          public void row(Row row, HeaderColumns columns) {
            if (event == null) {
              eventRows.row(row, columns);
              if (event == null) {
                return;
              }
            } else {
              eventRows.compare(row);
            }
            if (columns.hasTopicCells(row)) {
              topic(row, columns);
            }
          }
        });
  }

  /** The event, or every error found (strict mode), or a fatal one (no usable event row). */
  ImportResult finish() throws EventFormatException {
    if (event == null && errors.isEmpty() && !seen.contains(Columns.EVENT_FILE)) {
      error(
          new ImportProblem(
              CsvProblem.C209_MISSING_TABLE,
              new Location(report.source(), 0, 0),
              "expected " + Columns.EVENT_FILE + ", found none"));
    }
    for (PendingComment pending : pendingComments) {
      if (!topics.containsKey(pending.topicId())) {
        ImportProblem p =
            new ImportProblem(
                CsvProblem.C205_UNKNOWN_TOPIC,
                pending.location(),
                "column '"
                    + Columns.TOPIC_ID
                    + "': expected the id of a topic in "
                    + Columns.TOPICS_FILE
                    + ", found '"
                    + pending.topicId()
                    + "'");
        if (options.strict()) {
          error(p);
        } else {
          report.problem(new ImportProblem(p.code(), p.location(), p.message() + "; row skipped"));
          comments.remove(pending.topicId());
          mappedChars -= pending.chars();
        }
      }
    }
    if (!errors.isEmpty()) {
      ImportProblem first = errors.get(0);
      int total = errors.size() + droppedErrors;
      throw new EventFormatException(
          first.code(),
          first.location(),
          total + (total == 1 ? " error" : " errors") + ", first: " + first.message(),
          errors,
          null);
    }
    if (event == null) {
      List<ImportProblem> reported = report.problems();
      throw new EventFormatException(
          CsvProblem.C207_EVENT_ROWS,
          reported.isEmpty() ? new Location(report.source(), 0, 0) : reported.get(0).location(),
          "expected one usable event row in "
              + Columns.EVENT_FILE
              + ", found none"
              + (reported.isEmpty() ? "" : "; first problem: " + reported.get(0).message()),
          reported,
          null);
    }
    List<Topic> withComments = new ArrayList<>(topics.size());
    for (Topic t : topics.values()) {
      List<Comment> c = comments.get(t.id());
      withComments.add(c == null ? t : t.toBuilder().comments(c).build());
    }
    Event.Builder b = event;
    b.days(days).topics(withComments).attendees(attendees);
    report.coverage(inputChars, Math.max(0, Math.min(mappedChars, inputChars)));
    return new ImportResult(b.build(), report.build());
  }

  // ---- reading the tables, checked by the table reader ----------------------------------------

  /** Receives the classified header and each row. */
  interface RowHandler {
    default void header(HeaderColumns columns) {}

    void row(Row row, HeaderColumns columns);
  }

  private interface SimpleHandler extends RowHandler {
    void row(Row row);

    @Override
    default void row(Row row, HeaderColumns columns) {
      row(row);
    }
  }

  private void read(Reader in, TableSchema schema, SimpleHandler handler)
      throws IOException, EventFormatException {
    read(in, schema, (RowHandler) handler);
  }

  private void read(Reader in, TableSchema schema, RowHandler handler)
      throws IOException, EventFormatException {
    tables.read(
        in,
        schema,
        new TableReader.TableHandler() {
          @Override
          public void header(HeaderColumns columns) {
            handler.header(columns);
          }

          @Override
          public void row(Row row, HeaderColumns columns) {
            long all = 0;
            long kept = 0;
            for (int i = 0; i < row.size(); i++) {
              long n = PlainText.nonBlank(java.util.Objects.requireNonNullElse(row.rawAt(i), ""));
              all += n;
              kept += columns.placed(i) ? n : 0;
            }
            rowChars = kept;
            handler.row(row, columns);
            inputChars += all;
            if (row.problems().isEmpty()) {
              mappedChars += kept;
            }
            if (!row.problems().isEmpty()) {
              if (options.strict()) {
                row.problems().forEach(EventAssembler.this::error);
              } else {
                for (ImportProblem p : row.problems()) {
                  report.problem(
                      new ImportProblem(p.code(), p.location(), p.message() + "; row skipped"));
                }
              }
            }
          }

          @Override
          public void note(ImportProblem note) {
            report.problem(note);
          }

          @Override
          public void error(ImportProblem error) {
            EventAssembler.this.error(error);
          }
        });
  }

  // ---- the tables ---------------------------------------------------------------------------

  private final class EventRows implements RowHandler {
    private final String prefix;
    private int rows;
    private @Nullable Row first;
    private @Nullable HeaderColumns columns;

    EventRows(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void header(HeaderColumns columns) {
      this.columns = columns;
    }

    @Override
    public void row(Row row, HeaderColumns columns) {
      rows++;
      if (rows > 1 && prefix.isEmpty()) {
        row.problems()
            .add(
                new ImportProblem(
                    CsvProblem.C207_EVENT_ROWS,
                    Location.line(row.file(), row.number()),
                    "expected exactly one event row, found another"));
        return;
      }
      String title = row.required(prefix + Columns.TITLE);
      String id = row.text(prefix + Columns.ID);
      var zone = row.zone(prefix + Columns.TIME_ZONE);
      Venue venue =
          group(row, prefix + Columns.VENUE_NAME)
              ? new Venue(null, null, null, null, null)
              : venue(
                  row.text(prefix + Columns.VENUE_NAME),
                  row.text(prefix + Columns.VENUE_STREET),
                  row.text(prefix + Columns.VENUE_POSTCODE),
                  row.text(prefix + Columns.VENUE_CITY),
                  row.text(prefix + Columns.VENUE_COUNTRY));
      List<ItemList.Item> links = row.items(prefix + Columns.LINKS, "links 'target (label); ...'");
      Source source = source(row);
      Map<String, String> extra = columns == null ? Map.of() : extra(row, columns.extraEvent);
      if (!row.problems().isEmpty() || title == null || columns == null) {
        return;
      }
      Event.Builder b =
          Event.builder()
              .id(id)
              .title(title)
              .timeZone(zone)
              .venue(venue)
              .source(source)
              .extra(extra);
      if (links != null) {
        for (ItemList.Item item : links) {
          if (item.angle() != null || item.square() != null) {
            row.problem(
                CsvProblem.C202_BAD_VALUE,
                prefix + Columns.LINKS,
                "column '"
                    + prefix
                    + Columns.LINKS
                    + "': expected links 'target (label); ...', found <...> or [...] in '"
                    + row.text(prefix + Columns.LINKS)
                    + "'");
          }
          b.addLink(new Link(item.head(), item.round()));
        }
      }
      if (row.problems().isEmpty()) {
        event = b;
        first = row;
      }
    }

    /** Flat view: a row whose event cells differ from the first's gets a warning. */
    void compare(Row row) {
      Row f = first;
      if (f == null || columns == null) {
        return;
      }
      for (int i : columns.eventPositions) {
        String a = f.rawAt(i);
        String b = row.rawAt(i);
        if (!java.util.Objects.equals(a == null ? "" : a, b == null ? "" : b)) {
          report.problem(
              new ImportProblem(
                  CsvProblem.C103_EVENT_COLUMNS_DIFFER,
                  new Location(row.file(), row.number(), i + 1),
                  "event cell differs from row "
                      + f.number()
                      + " ('"
                      + b
                      + "' instead of '"
                      + a
                      + "'); row "
                      + f.number()
                      + " is kept"));
          return;
        }
      }
    }

    private @Nullable Source source(Row row) {
      if (group(row, prefix + Columns.SOURCE_SITE)) {
        return new Source(null, null, null, null, null);
      }
      String site = row.text(prefix + Columns.SOURCE_SITE);
      String page = row.text(prefix + Columns.SOURCE_PAGE);
      URI url = row.uri(prefix + Columns.SOURCE_URL);
      Long revision = row.number(prefix + Columns.SOURCE_REVISION_ID);
      Instant retrieved = row.instant(prefix + Columns.SOURCE_RETRIEVED_AT);
      if (site == null && page == null && url == null && revision == null && retrieved == null) {
        return null;
      }
      return new Source(site, page, url, revision, retrieved);
    }
  }

  private static boolean group(Row row, String column) {
    return Cells.PRESENT_EMPTY_GROUP.equals(row.raw(column));
  }

  /**
   * The venue of the event row; sheets written before street and postcode had columns read as
   * before.
   */
  private static @Nullable Venue venue(
      @Nullable String name,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      @Nullable String country) {
    return name == null && street == null && postcode == null && city == null && country == null
        ? null
        : new Venue(name, street, postcode, city, country);
  }

  private void day(Row row) {
    row.required(Columns.DATE);
    LocalDate date = row.date(Columns.DATE);
    LocalTime opens = row.time(Columns.OPENS);
    LocalTime closes = row.time(Columns.CLOSES);
    if (row.problems().isEmpty() && date != null) {
      days.add(new EventDay(date, opens, closes));
    }
  }

  private void topic(Row row, HeaderColumns columns) {
    String title = row.required(Columns.TITLE);
    String id = row.text(Columns.ID);
    LocalDate insertedOn = row.date(Columns.INSERTED_ON);
    Gsoc gsoc = row.enumValue(Columns.GSOC, Gsoc.class);
    List<ItemList.Item> contacts =
        row.items(Columns.CONTACTS, "contacts 'Name <email> [affiliation] (note); ...'");
    LocalDate slotDate = row.date(Columns.SLOT_DATE);
    LocalTime slotStart = row.time(Columns.SLOT_START);
    LocalTime slotEnd = row.time(Columns.SLOT_END);
    String room = row.text(Columns.SLOT_ROOM);
    String recurrence = row.text(Columns.SLOT_RECURRENCE);
    Slot slot = null;
    if (slotDate != null
        || slotStart != null
        || slotEnd != null
        || room != null
        || recurrence != null) {
      if (slotDate == null) {
        row.required(Columns.SLOT_DATE);
      }
      if (slotStart == null) {
        row.required(Columns.SLOT_START);
      }
      if (slotDate != null && slotStart != null) { // no end: a start without a stated end
        slot =
            new Slot(
                slotDate,
                slotStart,
                slotEnd,
                room,
                recurrence == null
                    ? List.of()
                    : recurrence
                        .strip()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList());
      }
    }
    Map<String, String> extra = extra(row, columns.extraTopic);
    if (title == null || !row.problems().isEmpty()) {
      return;
    }
    String topicId = id != null ? id : Slugs.unique(title, topicIds);
    if (topics.containsKey(topicId)) {
      row.problem(
          CsvProblem.C208_DUPLICATE_TOPIC,
          Columns.ID,
          "column '" + Columns.ID + "': expected a unique topic id, found '" + topicId + "' again");
      return;
    }
    Topic.Builder t =
        Topic.builder()
            .id(topicId)
            .title(title)
            .insertedOn(insertedOn)
            .verified(row.text(Columns.VERIFIED))
            .gsoc(gsoc)
            .mailingList(row.text(Columns.MAILING_LIST))
            .ircChannel(row.text(Columns.IRC_CHANNEL))
            .difficulty(row.text(Columns.DIFFICULTY))
            .skills(row.text(Columns.SKILLS))
            .description(row.text(Columns.DESCRIPTION))
            .outcomes(row.text(Columns.OUTCOMES))
            .slot(slot)
            .extra(extra);
    if (contacts != null) {
      for (ItemList.Item item : contacts) {
        t.addContact(new Person(item.head(), item.angle(), item.square(), item.round()));
      }
    }
    topicIds.add(topicId);
    topics.put(topicId, t.build());
  }

  private void comment(Row row) {
    String topicId = row.required(Columns.TOPIC_ID);
    String author = row.required(Columns.AUTHOR);
    row.required(Columns.POSTED_AT);
    Instant postedAt = row.instant(Columns.POSTED_AT);
    row.required(Columns.KIND);
    CommentKind kind = row.enumValue(Columns.KIND, CommentKind.class);
    String text = row.text(Columns.TEXT);
    if (!row.problems().isEmpty()
        || topicId == null
        || author == null
        || postedAt == null
        || kind == null) {
      return;
    }
    comments
        .computeIfAbsent(topicId, k -> new ArrayList<>())
        .add(new Comment(author, postedAt, text == null ? "" : text, kind));
    if (!topics.containsKey(topicId)) {
      pendingComments.add(
          new PendingComment(
              new Location(row.file(), row.number(), row.columnOf(Columns.TOPIC_ID)),
              topicId,
              rowChars));
    }
  }

  private void attendee(Row row) {
    String name = row.required(Columns.NAME);
    row.required(Columns.STATUS);
    AttendeeStatus status = row.enumValue(Columns.STATUS, AttendeeStatus.class);
    if (row.problems().isEmpty() && name != null && status != null) {
      attendees.add(new Attendee(name, row.text(Columns.AFFILIATION), status));
    }
  }

  private static Map<String, String> extra(Row row, Map<Integer, String> columns) {
    Map<String, String> extra = new LinkedHashMap<>();
    columns.forEach(
        (i, key) -> {
          String value = Cells.decode(row.rawAt(i));
          if (value != null) {
            extra.put(key, value);
          }
        });
    return extra;
  }

  private void error(ImportProblem problem) {
    if (errors.size() < Math.max(1, options.limits().maxProblems())) {
      errors.add(problem);
    } else {
      droppedErrors++;
    }
  }
}
