package dev.hackathonkit.io.csv;

import static dev.hackathonkit.io.csv.Columns.EVENT_PREFIX;
import static dev.hackathonkit.io.csv.Columns.EXTRA;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns an event into rows of encoded cells and writes them with Jackson's CSV generator. */
final class TableWriter {
  /** Only creates writers; each table's schema is built per event, as the extra columns vary. */
  private static final CsvMapper MAPPER = new CsvMapper();

  private final CsvOptions options;

  TableWriter(CsvOptions options) {
    this.options = options;
  }

  /** One table: its file name, header and rows of encoded cells (computed while iterating). */
  record Table(String name, List<String> header, Iterable<@Nullable String[]> rows) {}

  /** The five tables of the set, in file order. */
  List<Table> tables(Event event) {
    List<String> eventExtra = new ArrayList<>(event.extra().keySet());
    List<String> topicExtra = topicExtraKeys(event);
    List<Table> tables = new ArrayList<>();
    List<@Nullable String[]> eventRows = new ArrayList<>();
    eventRows.add(eventCells(event, eventExtra));
    tables.add(
        new Table(
            TableSchema.EVENT.file(),
            withExtra(TableSchema.EVENT.columns(), eventExtra, ""),
            eventRows));
    List<@Nullable String[]> days = new ArrayList<>();
    for (EventDay d : event.days()) {
      days.add(cells(str(d.date()), str(d.opens()), str(d.closes())));
    }
    tables.add(new Table(TableSchema.DAYS.file(), TableSchema.DAYS.columns(), days));
    Iterable<@Nullable String[]> topics =
        () -> event.topics().stream().map(t -> topicCells(t, topicExtra)).iterator();
    tables.add(
        new Table(
            TableSchema.TOPICS.file(),
            withExtra(TableSchema.TOPICS.columns(), topicExtra, ""),
            topics));
    Iterable<@Nullable String[]> comments =
        () ->
            event.topics().stream()
                .flatMap(
                    t ->
                        t.comments().stream()
                            .map(
                                c ->
                                    cells(
                                        t.id(),
                                        c.author(),
                                        c.postedAt().toString(),
                                        name(c.kind()),
                                        c.text())))
                .iterator();
    tables.add(new Table(TableSchema.COMMENTS.file(), TableSchema.COMMENTS.columns(), comments));
    List<@Nullable String[]> attendees = new ArrayList<>();
    for (Attendee a : event.attendees()) {
      attendees.add(cells(a.name(), a.affiliation(), name(a.status())));
    }
    tables.add(new Table(TableSchema.ATTENDEES.file(), TableSchema.ATTENDEES.columns(), attendees));
    return tables;
  }

  /** The flat view: one row per topic, the event's columns (prefixed {@code event.}) repeated. */
  Table flat(Event event) {
    List<String> eventExtra = new ArrayList<>(event.extra().keySet());
    List<String> topicExtra = topicExtraKeys(event);
    List<String> header = new ArrayList<>();
    for (String column : withExtra(TableSchema.EVENT.columns(), eventExtra, "")) {
      header.add(EVENT_PREFIX + column);
    }
    header.addAll(withExtra(TableSchema.TOPICS.columns(), topicExtra, ""));
    @Nullable String[] eventCells = eventCells(event, eventExtra);
    int topicWidth = TableSchema.TOPICS.columns().size() + topicExtra.size();
    Iterable<@Nullable String[]> rows =
        event.topics().isEmpty()
            ? List.<@Nullable String[]>of(concat(eventCells, new String[topicWidth]))
            : () ->
                event.topics().stream()
                    .map(t -> concat(eventCells, topicCells(t, topicExtra)))
                    .iterator();
    return new Table(Columns.TOPICS_FILE, header, rows);
  }

  /** Writes a table as CSV (header first, CRLF records), with a byte-order mark if asked. */
  void write(Table table, Writer out) throws IOException {
    if (options.byteOrderMark()) {
      out.write('\uFEFF');
    }
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : table.header()) {
      schema.addColumn(column);
    }
    CsvSchema s =
        schema
            .setUseHeader(true)
            .setColumnSeparator(options.separator())
            .setLineSeparator("\r\n")
            .setQuoteChar('"')
            .disableEscapeChar()
            .setNullValue("")
            .build();
    try (SequenceWriter rows = MAPPER.writer(s).writeValues(out)) {
      // Jackson writes the header before the first row, or on close when there is none
      for (@Nullable String[] row : table.rows()) {
        rows.write(row);
      }
    }
  }

  private @Nullable String[] eventCells(Event e, List<String> extraKeys) {
    Venue v = e.venue();
    Source s = e.source();
    List<@Nullable String> row = new ArrayList<>();
    row.add(e.id());
    row.add(e.title());
    row.add(e.timeZone() == null ? null : e.timeZone().getId());
    row.add(v == null ? null : v.name());
    row.add(v == null ? null : v.street());
    row.add(v == null ? null : v.postcode());
    row.add(v == null ? null : v.city());
    row.add(v == null ? null : v.country());
    row.add(e.links().isEmpty() ? null : links(e.links()));
    row.add(s == null ? null : s.site());
    row.add(s == null ? null : s.page());
    row.add(s == null || s.url() == null ? null : s.url().toString());
    row.add(s == null || s.revisionId() == null ? null : s.revisionId().toString());
    row.add(s == null || s.retrievedAt() == null ? null : s.retrievedAt().toString());
    extra(row, e.extra(), extraKeys);
    @Nullable String[] cells = encode(row);
    if (v != null
        && v.name() == null
        && v.street() == null
        && v.postcode() == null
        && v.city() == null
        && v.country() == null) {
      cells[TableSchema.EVENT.columns().indexOf(Columns.VENUE_NAME)] = Cells.PRESENT_EMPTY_GROUP;
    }
    if (s != null
        && s.site() == null
        && s.page() == null
        && s.url() == null
        && s.revisionId() == null
        && s.retrievedAt() == null) {
      cells[TableSchema.EVENT.columns().indexOf(Columns.SOURCE_SITE)] = Cells.PRESENT_EMPTY_GROUP;
    }
    return cells;
  }

  private @Nullable String[] topicCells(Topic t, List<String> extraKeys) {
    Slot slot = t.slot();
    List<@Nullable String> row = new ArrayList<>();
    row.add(t.id());
    row.add(t.title());
    row.add(str(t.insertedOn()));
    row.add(t.verified());
    row.add(t.gsoc() == null ? null : name(t.gsoc()));
    row.add(t.contacts().isEmpty() ? null : contacts(t.contacts()));
    row.add(t.mailingList());
    row.add(t.ircChannel());
    row.add(t.difficulty());
    row.add(t.skills());
    row.add(t.description());
    row.add(t.outcomes());
    row.add(slot == null ? null : slot.date().toString());
    row.add(slot == null ? null : slot.start().toString());
    row.add(slot == null ? null : str(slot.end()));
    row.add(slot == null ? null : slot.room());
    row.add(
        slot == null || slot.recurrence().isEmpty() ? null : String.join("\n", slot.recurrence()));
    extra(row, t.extra(), extraKeys);
    return encode(row);
  }

  private static void extra(
      List<@Nullable String> row, Map<String, String> extra, List<String> keys) {
    for (String key : keys) {
      row.add(extra.get(key));
    }
  }

  private @Nullable String[] cells(@Nullable String... values) {
    return encode(java.util.Arrays.asList(values));
  }

  private @Nullable String[] encode(List<@Nullable String> values) {
    @Nullable String[] cells = new String[values.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = Cells.encode(values.get(i), options.neutraliseFormulas());
    }
    return cells;
  }

  static String contacts(List<Person> contacts) {
    List<ItemList.Item> items = new ArrayList<>();
    for (Person p : contacts) {
      items.add(new ItemList.Item(p.name(), p.email(), p.affiliation(), p.note()));
    }
    return ItemList.write(items);
  }

  static String links(List<Link> links) {
    List<ItemList.Item> items = new ArrayList<>();
    for (Link l : links) {
      items.add(new ItemList.Item(l.target(), null, null, l.label()));
    }
    return ItemList.write(items);
  }

  private static List<String> topicExtraKeys(Event event) {
    Set<String> keys = new LinkedHashSet<>();
    for (Topic t : event.topics()) {
      keys.addAll(t.extra().keySet());
    }
    return new ArrayList<>(keys);
  }

  private static List<String> withExtra(
      List<String> columns, List<String> extraKeys, String prefix) {
    List<String> header = new ArrayList<>(columns);
    for (String key : extraKeys) {
      header.add(prefix + EXTRA + key);
    }
    return header;
  }

  private static @Nullable String[] concat(@Nullable String[] a, @Nullable String[] b) {
    @Nullable String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String str(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
