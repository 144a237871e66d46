package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.page.PageOutline.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the parts of an event stand in the page they were read from: for each topic the stretch of
 * the page it was read from and where each of its fields was stated, for each attendee the entry
 * (list item, table row) it was read from. Positions are those of the {@link PageOutline} the event
 * was mapped from, so offsets point into the page's input as given to the front end.
 *
 * <p>The lists run parallel to the event's: {@code topics().get(i)} is where {@code
 * event.topics().get(i)} came from. An element is {@code null} where a part has no place of its own
 * (an attendee listed in an infobox parameter). In-place editing ({@code
 * dev.hackathonkit.io.wikitext.PageEditor}) rewrites the page at these positions and nowhere else.
 *
 * @param topics where each topic of the event came from, or {@code null}
 * @param attendees where each attendee of the event came from, or {@code null}
 * @param days where each day of the event was listed on a line or table row of its own, or {@code
 *     null} (a day a date range gives)
 * @param links where each link of the event was stated (its list item)
 * @param range where the event's date range was stated ({@code May 16-17, 2013}), or {@code null}
 * @param facts where the event's own facts were stated, in page order: its infobox or template,
 *     labelled lines, the sentences with its dates and place, address lines, the line or heading
 *     that names it
 */
public record PageTrace(
    List<@Nullable TopicTrace> topics,
    List<@Nullable Position> attendees,
    List<@Nullable Position> days,
    List<Position> links,
    @Nullable Position range,
    List<Position> facts) {
  /** Copies; the topic, attendee and day lists may hold {@code null}. */
  public PageTrace {
    topics = Collections.unmodifiableList(new ArrayList<>(topics));
    attendees = Collections.unmodifiableList(new ArrayList<>(attendees));
    days = Collections.unmodifiableList(new ArrayList<>(days));
    links = List.copyOf(links);
    facts = List.copyOf(facts);
  }

  /**
   * Where one topic came from.
   *
   * @param at from the start of the topic's first block (its template call, heading, item or line)
   *     to the end of the last part of the page read into it
   * @param template whether the topic is one call of the profile's topic template (then {@code at}
   *     is the call, and each field's position is its template argument)
   * @param title where the topic's title was stated (its heading, item, argument or labelled line)
   * @param fields where each field was stated: a template argument, or the labelled line or lines
   * @param comments where each review entry was stated, in the order of the topic's comments (a
   *     template argument or line may hold several)
   * @param also the other places that state the topic: the schedule rows or lines that gave it its
   *     time slot (each names its title)
   */
  public record TopicTrace(
      Position at,
      boolean template,
      Position title,
      Map<TopicField, Position> fields,
      List<Position> comments,
      List<Position> also) {
    /** Checks and copies. */
    public TopicTrace {
      requireNonNull(at, "at");
      requireNonNull(title, "title");
      fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fields));
      comments = List.copyOf(comments);
      also = List.copyOf(also);
    }

    /** This trace with one more place that states the topic. */
    public TopicTrace alsoAt(Position place) {
      List<Position> more = new ArrayList<>(also);
      more.add(place);
      return new TopicTrace(at, template, title, fields, comments, more);
    }
  }
}
