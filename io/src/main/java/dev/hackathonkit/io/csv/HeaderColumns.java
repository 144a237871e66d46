package dev.hackathonkit.io.csv;

import static dev.hackathonkit.io.csv.Columns.EVENT_PREFIX;
import static dev.hackathonkit.io.csv.Columns.EXTRA;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A table's header checked against its {@link TableSchema}: which positions hold known columns,
 * which hold extra fields of the event or of a topic (and under which key), which are the flat
 * view's event columns, and which have no name. Unknown columns are warned of ({@link
 * CsvProblem#C101_UNKNOWN_COLUMN}) as the header is classified; cells under a column without a name
 * as each row is read.
 */
final class HeaderColumns {
  private final Consumer<ImportProblem> notes;

  final LinkedHashMap<Integer, String> extraTopic = new LinkedHashMap<>();
  final LinkedHashMap<Integer, String> extraEvent = new LinkedHashMap<>();
  final List<Integer> topicPositions = new ArrayList<>();
  final List<Integer> eventPositions = new ArrayList<>();

  /** Positions whose header cell is empty. */
  private final List<Integer> unnamed = new ArrayList<>();

  /** Positions whose cells go into the model: known columns and extra fields kept. */
  private final Set<Integer> placed = new HashSet<>();

  boolean placed(int position) {
    return placed.contains(position);
  }

  HeaderColumns(TableReader.Header header, TableSchema schema, Consumer<ImportProblem> notes) {
    this.notes = notes;
    List<String> known = schema.columns();
    boolean extraAllowed = schema.extraAllowed();
    for (int i = 0; i < header.names().size(); i++) {
      String name = header.names().get(i);
      if (name.isBlank()) {
        unnamed.add(i);
        continue;
      }
      // the header's index maps each name to its first column, so a repeated name is not this
      // column
      boolean firstOfName = Integer.valueOf(i).equals(header.index().get(name));
      if (firstOfName && (known.contains(name) || extraAllowed)) {
        placed.add(i);
      }
      boolean eventColumn = name.startsWith(EVENT_PREFIX) && schema.isFlat();
      String local = eventColumn ? name.substring(EVENT_PREFIX.length()) : name;
      (eventColumn ? eventPositions : topicPositions).add(i);
      LinkedHashMap<Integer, String> extra =
          eventColumn || schema.holdsEventExtra() ? extraEvent : extraTopic;
      if (known.contains(name) || !firstOfName) {
        continue;
      }
      if (local.startsWith(EXTRA) && extraAllowed) {
        extra.put(i, local.substring(EXTRA.length()));
        continue;
      }
      if (extraAllowed) {
        extra.put(i, local);
      }
      notes.accept(
          new ImportProblem(
              CsvProblem.C101_UNKNOWN_COLUMN,
              new Location(header.file(), 1, i + 1),
              "unknown column '"
                  + name
                  + "' in "
                  + header.file()
                  + (extraAllowed
                      ? ", kept as extra field '" + local + "'"
                      : " has no field; its cells are not kept")));
    }
  }

  /**
   * Warns of each cell with text under a column whose header cell is empty (a note typed beside the
   * table): no field holds it, and it is not kept.
   */
  void unnamedCells(Row row) {
    for (int i : unnamed) {
      String raw = row.rawAt(i);
      if (raw != null && !raw.isBlank()) {
        notes.accept(
            new ImportProblem(
                CsvProblem.C101_UNKNOWN_COLUMN,
                new Location(row.file(), row.number(), i + 1),
                "cell '" + raw.strip() + "' stands under a column without a name; it is not kept"));
      }
    }
  }

  boolean hasTopicCells(Row row) {
    for (int i : topicPositions) {
      String raw = row.rawAt(i);
      if (raw != null && !raw.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
