package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.constraints.DaysInOrder;
import dev.hackathonkit.model.constraints.SlotsOnEventDays;
import dev.hackathonkit.model.constraints.UniqueTopicIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A community event (a hackathon, a summit) as one page describes it: when and where, the topics
 * proposed, and who comes.
 *
 * <p>An {@code Event} is an immutable value; two events are equal when every component is. Derive a
 * changed copy with {@link #toBuilder()}. Constructing one never validates it: call {@link
 * EventValidator#validate(Event, Class[])}.
 *
 * <pre>{@code
 * Event event = Event.builder()
 *     .id("dev-summit-2026").title("Developer Summit 2026")
 *     .timeZone(ZoneId.of("Europe/Dublin"))
 *     .addDay(EventDay.of(LocalDate.of(2026, 5, 14), LocalTime.of(9, 0), LocalTime.of(17, 0)))
 *     .venue(new Venue("Trinity College", "College Green", "D02 PN40", "Dublin", "Ireland"))
 *     .build();
 * }</pre>
 *
 * @param id stable identifier (see {@link Slugs})
 * @param title the event's title
 * @param timeZone the zone in which the days' hours are meant; required to publish a calendar
 * @param days the event's days, in date order
 * @param venue where it takes place
 * @param links links from the page
 * @param topics the topics, in page order
 * @param attendees the people on the attendee lists with their status (confirmed, invited,
 *     tentative, waitlisted, withdrawn), in page order
 * @param source where the event was read from
 * @param extra page fields without a name in the model, in source order
 */
@DaysInOrder
@SlotsOnEventDays
@UniqueTopicIds
public record Event(
    @NotBlank @Pattern(regexp = Slugs.PATTERN, message = "{dev.hackathonkit.model.Slug.message}")
        String id,
    @NotBlank String title,
    @Nullable
        @NotNull(
            groups = Publishable.class,
            message = "{dev.hackathonkit.model.Publishable.timeZone.message}")
        ZoneId timeZone,
    @NotEmpty(
            groups = Publishable.class,
            message = "{dev.hackathonkit.model.Publishable.days.message}")
        List<@Valid EventDay> days,
    @Nullable @Valid Venue venue,
    List<@Valid Link> links,
    List<@Valid Topic> topics,
    List<@Valid Attendee> attendees,
    @Nullable Source source,
    Map<String, String> extra) {

  /** Checks id and title and copies the collections ({@code null} means empty). */
  public Event {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    days = Copies.list(days);
    links = Copies.list(links);
    topics = Copies.list(topics);
    attendees = Copies.list(attendees);
    extra = Copies.orderedMap(extra);
  }

  /** A builder for a new event. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this event's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.timeZone = timeZone;
    b.days.addAll(days);
    b.venue = venue;
    b.links.addAll(links);
    b.topics.addAll(topics);
    b.attendees.addAll(attendees);
    b.source = source;
    b.extra.putAll(extra);
    return b;
  }

  /** The attendees with the given status, in page order. */
  public List<Attendee> attendees(AttendeeStatus status) {
    return attendees.stream().filter(a -> a.status() == status).toList();
  }

  /**
   * Builds an {@link Event}. Setters replace; {@code addX} methods append. Not thread-safe.
   *
   * <p>When no id is set, {@link #build()} derives it from the source page title, or else from the
   * title, with {@link Slugs#of}.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable ZoneId timeZone;
    private final List<EventDay> days = new ArrayList<>();
    private @Nullable Venue venue;
    private final List<Link> links = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Attendee> attendees = new ArrayList<>();
    private @Nullable Source source;
    private final Map<String, String> extra = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the identifier; see {@link Slugs}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /** Sets the time zone. */
    public Builder timeZone(@Nullable ZoneId timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    /** Replaces the days. */
    public Builder days(List<EventDay> days) {
      this.days.clear();
      this.days.addAll(days);
      return this;
    }

    /** Appends a day. */
    public Builder addDay(EventDay day) {
      days.add(requireNonNull(day, "day"));
      return this;
    }

    /** Sets the venue. */
    public Builder venue(@Nullable Venue venue) {
      this.venue = venue;
      return this;
    }

    /** Replaces the links. */
    public Builder links(List<Link> links) {
      this.links.clear();
      this.links.addAll(links);
      return this;
    }

    /** Appends a link. */
    public Builder addLink(Link link) {
      links.add(requireNonNull(link, "link"));
      return this;
    }

    /** Replaces the topics. */
    public Builder topics(List<Topic> topics) {
      this.topics.clear();
      this.topics.addAll(topics);
      return this;
    }

    /** Appends a topic. */
    public Builder addTopic(Topic topic) {
      topics.add(requireNonNull(topic, "topic"));
      return this;
    }

    /** Replaces the attendees. */
    public Builder attendees(List<Attendee> attendees) {
      this.attendees.clear();
      this.attendees.addAll(attendees);
      return this;
    }

    /** Appends an attendee. */
    public Builder addAttendee(Attendee attendee) {
      attendees.add(requireNonNull(attendee, "attendee"));
      return this;
    }

    /** Sets the source. */
    public Builder source(@Nullable Source source) {
      this.source = source;
      return this;
    }

    /** Replaces the extra fields. */
    public Builder extra(Map<String, String> extra) {
      this.extra.clear();
      this.extra.putAll(extra);
      return this;
    }

    /** Adds (or replaces) one extra field, keeping the order of first insertion. */
    public Builder putExtra(String key, String value) {
      extra.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalStateException if no title was set
     */
    public Event build() {
      if (title == null) {
        throw new IllegalStateException("title not set");
      }
      String eventId = id;
      if (eventId == null) {
        String page = source != null ? source.page() : null;
        eventId = Slugs.of(page != null ? page : title);
      }
      return new Event(
          eventId, title, timeZone, days, venue, links, topics, attendees, source, extra);
    }
  }
}
