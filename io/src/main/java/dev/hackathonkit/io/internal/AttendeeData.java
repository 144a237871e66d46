package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Attendees whose status has no heading in the layout (tentative, waitlisted, withdrawn), written
 * in the {@code {{Event data}}} template instead of being dropped: one parameter per status ({@link
 * EventData#attendeeKey}), one attendee per line as {@code 3. Name, Affiliation}, where {@code 3}
 * is the attendee's 1-based position in the event's whole attendee list, so that reading puts each
 * back where it was among the listed ones. A line without a position (typed by hand) is appended
 * after the others. Not API.
 */
public final class AttendeeData {
  /**
   * The key of the event's extra field that keeps the notes after attendees' names in lists ({@code
   * Aiko Tanaka – remote}), one {@link #personLine} per attendee.
   */
  public static final String NOTES = "Attendee notes";

  private static final Pattern POSITION = Pattern.compile("(\\d{1,6})\\.\\s+(.*)", Pattern.DOTALL);

  /** One attendee read from a parameter, with its 1-based position or 0 when the line has none. */
  public record Placed(int position, Attendee attendee) {}

  private AttendeeData() {}

  /**
   * The line an attendee table's column with no field in the model keeps in the event's {@code
   * extra}, under the column's heading: {@code "Name: value"}, one line per person.
   */
  public static String personLine(String name, String value) {
    return name + ": " + value;
  }

  /**
   * {@code value} (an {@code extra} value of {@link #personLine} lines) without the lines of {@code
   * name}; {@code null} when no line is left.
   */
  public static @Nullable String withoutPerson(String value, String name) {
    StringBuilder out = new StringBuilder();
    for (String line : value.split("\n", -1)) {
      if (!line.startsWith(name + ": ")) {
        out.append(out.length() == 0 ? "" : "\n").append(line);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * The plain-text value of the parameter for {@code status}, or {@code null} when no attendee has
   * it.
   */
  public static @Nullable String write(List<Attendee> all, AttendeeStatus status) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      Attendee a = all.get(i);
      if (a.status() == status) {
        sb.append(sb.length() == 0 ? "" : "\n").append(i + 1).append(". ").append(a.name());
        if (a.affiliation() != null) {
          sb.append(", ").append(a.affiliation());
        }
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /**
   * The attendees of a parameter's plain-text value, in line order.
   *
   * @return the attendees, or {@code null} when a non-blank line names nobody
   */
  public static @Nullable List<Placed> read(String value, AttendeeStatus status) {
    List<Placed> placed = new ArrayList<>();
    for (String line : value.split("\n")) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      int position = 0;
      Matcher m = POSITION.matcher(text);
      if (m.matches()) {
        position = Integer.parseInt(m.group(1));
        text = m.group(2).strip();
      }
      Attendee a;
      int comma = text.indexOf(',');
      if (comma > 0) {
        String affiliation = text.substring(comma + 1).strip();
        a =
            new Attendee(
                text.substring(0, comma).strip(),
                affiliation.isEmpty() ? null : affiliation,
                status);
      } else {
        a = AttendeeItems.parse(text, status);
      }
      if (a == null || a.name().isBlank()) {
        return null;
      }
      placed.add(new Placed(position, a));
    }
    return placed;
  }

  /**
   * The listed attendees (from the headings' lists) with those of the {@code {{Event data}}}
   * parameters inserted where they were.
   *
   * @param listed the attendees read from the lists, in page order
   * @param eventData the template's known parameters as plain text, by name
   * @param unreadable receives the name and value of a parameter with a line that names nobody; its
   *     attendees are not added
   */
  public static List<Attendee> merge(
      List<Attendee> listed, Map<String, String> eventData, BiConsumer<String, String> unreadable) {
    List<Placed> placed = new ArrayList<>();
    for (AttendeeStatus status : AttendeeStatus.values()) {
      String key = EventData.attendeeKey(status);
      String value = key == null ? null : eventData.get(key);
      if (key == null || value == null) {
        continue;
      }
      List<Placed> read = read(value, status);
      if (read == null) {
        unreadable.accept(key, value);
      } else {
        placed.addAll(read);
      }
    }
    return placed.isEmpty() ? listed : merge(listed, placed);
  }

  /**
   * The listed attendees with the placed ones inserted at their positions (in ascending order, so
   * that each position counts the ones before it) and those without a position appended.
   */
  public static List<Attendee> merge(List<Attendee> listed, List<Placed> placed) {
    List<Attendee> all = new ArrayList<>(listed);
    List<Placed> sorted = new ArrayList<>(placed);
    sorted.sort(Comparator.comparingInt(p -> p.position() == 0 ? Integer.MAX_VALUE : p.position()));
    for (Placed p : sorted) {
      int at = p.position() == 0 ? all.size() : Math.min(p.position() - 1, all.size());
      all.add(at, p.attendee());
    }
    return all;
  }
}
