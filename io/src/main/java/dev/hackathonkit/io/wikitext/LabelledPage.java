package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.page.EventField;
import dev.hackathonkit.io.page.EventFieldSpec;
import dev.hackathonkit.io.page.FieldSpec;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageSection;
import dev.hackathonkit.io.page.ScheduleColumn;
import dev.hackathonkit.io.page.TopicField;
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
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new page in the layout of a profile without a topic template: the form the page mapper reads
 * with that profile, in the profile's own words and no template at all.
 *
 * <ul>
 *   <li>Event facts under the profile's first {@code whenAndWhere} heading, one labelled line each
 *       with the event field's first label ({@code Event: …}, {@code Time zone: …}, {@code Venue:
 *       …}, {@code Street: …}, {@code Postcode: …}, {@code City: …}, {@code Country: …}, {@code
 *       When: May 16-17, 2013}), then one bullet per day with its ISO date, which no language reads
 *       two ways ({@code * 2013-05-16: 9AM to 5PM}; the dates line before them makes a day without
 *       hours a day of this event rather than another statement of dates), then the event's extra fields as {@code
 *       Key: value} lines (labels the profile does not know, which the mapper keeps in {@code
 *       extra}).
 *   <li>Links as bullets under the profile's first {@code links} heading.
 *   <li>Topics under the first {@code topics} heading, one subsection each titled by the topic,
 *       with one {@code Label: value} line per field (the field's first label), the topic's extra
 *       fields as {@code Key: value} lines, then long text (description, outcomes) as lines and
 *       bullets after its label (a short paragraph before a line the profile does not know as a
 *       field would read as a topic of its own), and its review entries last (signed lines after the review label; the review label swallows the
 *       lines that follow it, so it comes last).
 *   <li>Attendees as {@code * Name, Affiliation} bullets under the first heading of their status's
 *       section, a new heading whenever the status changes (so page order is kept).
 * </ul>
 *
 * <p>What this form has no place for is not written; {@link WikitextWriter#writePage} lists it.
 */
final class LabelledPage {
  private final Layout layout;
  private final PageProfile profile;

  LabelledPage(Layout layout) {
    this.layout = layout;
    this.profile = layout.profile;
  }

  String write(Event event) {
    StringBuilder out = new StringBuilder(4096);
    if (layout.ownTemplates()) {
      WikitextWriter.eventData(event, stated(event), out);
    }
    whenAndWhere(event, out);
    links(event, out);
    topics(event, out);
    schedule(event, out);
    attendees(event, out);
    return ended(out);
  }

  /** The page with one line break at its end, or empty. */
  static String ended(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return end == 0 ? "" : out.append('\n').toString();
  }

  /**
   * What the labelled lines state of the event itself. The rest goes into {@code {{Event data}}}
   * where the profile names it: the venue when a part has a comma (the reader takes a comma in a
   * venue line for the next part of an address) or no part at all, and the extra fields that a
   * {@code Key: value} line does not carry (see {@link #isLine}).
   */
  private WikitextWriter.Stated stated(Event event) {
    return new WikitextWriter.Stated(eventLabel(EventField.TITLE) != null, venueLines(event.venue()),
        event.timeZone() != null && eventLabel(EventField.TIME_ZONE) != null,
        lineKeys(event)::contains, false);
  }

  /**
   * The keys of the extra fields written as lines: those {@link #isLine} allows, after the last one
   * it does not (the template stands above the lines, so this keeps the fields' order).
   */
  private java.util.Set<String> lineKeys(Event event) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    event.extra().forEach((key, value) -> {
      if (isLine(key, value)) {
        keys.add(key);
      } else {
        keys.clear();
      }
    });
    return keys;
  }

  /** Whether labelled lines state {@code venue} as it is: no venue, or parts without commas, each with a label. */
  private boolean venueLines(@Nullable Venue v) {
    if (v == null) {
      return true;
    }
    boolean any = false;
    EventField[] fields = {EventField.VENUE, EventField.STREET, EventField.POSTCODE, EventField.CITY, EventField.COUNTRY};
    String[] parts = {v.name(), v.street(), v.postcode(), v.city(), v.country()};
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != null) {
        any = true;
        if (parts[i].indexOf(',') >= 0 || eventLabel(fields[i]) == null) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * Whether an extra field is written as a {@code Key: value} line, which the mapper reads back
   * under its key: the key starts with a capital letter and has no colon or line break, is none of
   * the profile's labels or headings, and the value is one line of text. Where the profile names
   * {@code {{Event data}}}, the other extra fields go there; elsewhere every extra field is a line
   * and {@link WikitextWriter#writePage} lists those that do not read back.
   */
  private boolean isLine(String key, @Nullable String value) {
    return !layout.ownTemplates() || !key.isEmpty() && Character.isUpperCase(key.codePointAt(0))
        && key.indexOf(':') < 0 && key.indexOf('\n') < 0 && value != null && !value.isBlank()
        && value.indexOf('\n') < 0 && profile.fieldForLabel(key) == null && profile.eventFieldForLabel(key) == null
        && profile.sectionForHeading(key) == null;
  }

  void whenAndWhere(Event event, StringBuilder out) {
    StringBuilder body = new StringBuilder();
    eventLine(body, EventField.TITLE, event.title());
    if (event.timeZone() != null) {
      eventLine(body, EventField.TIME_ZONE, event.timeZone().getId());
    }
    Venue v = event.venue();
    if (v != null && (!layout.ownTemplates() || venueLines(v))) {
      eventLine(body, EventField.VENUE, v.name());
      eventLine(body, EventField.STREET, v.street());
      eventLine(body, EventField.POSTCODE, v.postcode());
      eventLine(body, EventField.CITY, v.city());
      eventLine(body, EventField.COUNTRY, v.country());
    }
    if (!event.days().isEmpty()) {
      eventLine(body, EventField.DATES, DateFormats.range(event.days()));
    }
    for (EventDay day : event.days()) {
      body.append("* ").append(day.date());
      if (day.hasHours()) {
        body.append(": ").append(DateFormats.hours(day.opens(), day.closes()));
      }
      body.append('\n');
    }
    Map<String, String> lines = new java.util.LinkedHashMap<>(event.extra());
    lines.keySet().retainAll(lineKeys(event));
    extra(body, lines);
    if (body.length() > 0) {
      heading(out, 2, layout.heading(PageSection.WHEN_AND_WHERE));
      out.append(body).append('\n');
    }
  }

  private void eventLine(StringBuilder out, EventField field, @Nullable String value) {
    String label = eventLabel(field);
    if (value != null && label != null) {
      out.append(label).append(": ").append(Markup.line(value, false)).append('\n');
    }
  }

  /** The first label of {@code field}, or {@code null} when the profile gives it none. */
  private @Nullable String eventLabel(EventField field) {
    EventFieldSpec spec = profile.eventFields().get(field);
    return spec == null || spec.labels().isEmpty() ? null : spec.labels().get(0);
  }

  void links(Event event, StringBuilder out) {
    links(out, layout.heading(PageSection.LINKS), event.links());
  }

  /** The links as a list of external links under a heading (nothing when there are none). */
  static void links(StringBuilder out, String heading, java.util.List<Link> links) {
    if (links.isEmpty()) {
      return;
    }
    heading(out, 2, heading);
    for (Link link : links) {
      out.append("* ").append(Links.external(link)).append('\n');
    }
    out.append('\n');
  }

  private void topics(Event event, StringBuilder out) {
    if (event.topics().isEmpty()) {
      return;
    }
    heading(out, 2, layout.heading(PageSection.TOPICS));
    for (Topic t : event.topics()) {
      heading(out, 3, Markup.line(t.title(), false));
      for (TopicField field : TopicField.values()) {
        if (field != TopicField.TITLE && field != TopicField.REVIEW && !field.isLongText()) {
          field(out, t, field);
        }
      }
      extra(out, t.extra());
      field(out, t, TopicField.DESCRIPTION);
      field(out, t, TopicField.OUTCOMES);
      String label = label(TopicField.REVIEW);
      if (!t.comments().isEmpty() && label != null) {
        out.append(label).append(": ").append(comments(t.comments())).append('\n');
      }
      out.append('\n');
    }
  }

  /**
   * The topics' slots as a schedule table under the profile's first {@code schedule} heading, one
   * row per slot with the first header of the profile's day, time, room and title columns: the
   * page mapper gives each row's slot to the topic of the same title. Nothing when no topic has a
   * slot, or when the profile names no day, time or title column (the slots are then listed by
   * {@link WikitextWriter#writePage}).
   */
  void schedule(Event event, StringBuilder out) {
    String day = column(ScheduleColumn.DAY);
    String time = column(ScheduleColumn.TIME);
    String room = column(ScheduleColumn.ROOM);
    String title = column(ScheduleColumn.TITLE);
    if (day == null || time == null || title == null || event.topics().stream().allMatch(t -> t.slot() == null)) {
      return;
    }
    heading(out, 2, layout.heading(PageSection.SCHEDULE));
    out.append("{| class=\"wikitable\"\n! ").append(Markup.line(day, false)).append(" !! ")
        .append(Markup.line(time, false));
    if (room != null) {
      out.append(" !! ").append(Markup.line(room, false));
    }
    out.append(" !! ").append(Markup.line(title, false)).append('\n');
    for (Topic t : event.topics()) {
      Slot slot = t.slot();
      if (slot == null) {
        continue;
      }
      out.append("|-\n| ").append(slot.date()).append(" || ").append(DateFormats.hours(slot.start(), slot.end()));
      if (room != null) {
        out.append(" || ").append(slot.room() == null ? "" : Markup.line(slot.room(), false));
      }
      out.append(" || ").append(Markup.line(t.title(), false)).append('\n');
    }
    out.append("|}\n\n");
  }

  /** The first header the profile gives {@code column}, or {@code null}. */
  private @Nullable String column(ScheduleColumn column) {
    List<String> headers = profile.scheduleColumns().get(column);
    return headers == null || headers.isEmpty() ? null : headers.get(0);
  }

  private void field(StringBuilder out, Topic t, TopicField field) {
    String value = value(t, field);
    String label = label(field);
    if (value != null && label != null) {
      out.append(label).append(": ").append(value).append('\n');
    }
  }

  /** The first label of {@code field}, or {@code null} when the profile gives it none. */
  private @Nullable String label(TopicField field) {
    FieldSpec spec = profile.field(field);
    return spec == null ? null : spec.label();
  }

  private @Nullable String value(Topic t, TopicField field) {
    return switch (field) {
      case TITLE -> Markup.line(t.title(), false);
      case INSERTED_ON -> t.insertedOn() == null ? null : t.insertedOn().toString();
      case VERIFIED -> text(field, t.verified());
      case GSOC -> t.gsoc() == null ? null : gsoc(t.gsoc());
      case CONTACTS -> t.contacts().isEmpty() ? null : contacts(t.contacts());
      case MAILING_LIST -> text(field, t.mailingList());
      case IRC_CHANNEL -> text(field, t.ircChannel());
      case DIFFICULTY -> text(field, t.difficulty());
      case SKILLS -> text(field, t.skills());
      case DESCRIPTION -> t.description() == null ? null : Markup.value(t.description());
      case OUTCOMES -> t.outcomes() == null ? null : Markup.value(t.outcomes());
      case REVIEW -> t.comments().isEmpty() ? null : comments(t.comments());
    };
  }

  private @Nullable String text(TopicField field, @Nullable String value) {
    return value == null ? null : layout.unlessFiller(field, value, v -> Markup.line(v, false));
  }

  /** The first of the profile's words for the answer that does not read as a filler. */
  private @Nullable String gsoc(Gsoc gsoc) {
    return gsocWord(profile, gsoc);
  }

  /** The first of {@code profile}'s words for the answer that does not read as a filler, escaped; or {@code null}. */
  static @Nullable String gsocWord(PageProfile profile, Gsoc gsoc) {
    for (String word : profile.gsocValues().getOrDefault(gsoc, List.of())) {
      if (!profile.isFiller(TopicField.GSOC, word) && profile.gsoc(word) == gsoc) {
        return Markup.line(word, false);
      }
    }
    return null;
  }

  /** People as prose carries them: {@code Name <mail>}; what prose cannot carry is left out. */
  static String contacts(List<Person> people) {
    StringBuilder sb = new StringBuilder();
    for (Person p : people) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Markup.line(p.name(), false));
      if (p.email() != null) {
        sb.append(" &lt;").append(Markup.line(p.email(), false)).append('>');
      }
    }
    return sb.toString();
  }

  /** Signed review lines: the signature, then the text. */
  static String comments(List<Comment> comments) {
    StringBuilder sb = new StringBuilder();
    for (Comment c : comments) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(SignatureFormat.write(c.author(), c.postedAt()));
      if (c.kind() == CommentKind.COMMENT) {
        sb.append(':');
      }
      if (!c.text().isEmpty()) {
        sb.append(' ').append(Markup.line(c.text(), false));
      }
    }
    return sb.toString();
  }

  private static void extra(StringBuilder out, Map<String, String> extra) {
    for (Map.Entry<String, String> e : extra.entrySet()) {
      out.append(Markup.line(e.getKey(), true)).append(": ").append(Markup.value(e.getValue())).append('\n');
    }
  }

  void attendees(Event event, StringBuilder out) {
    AttendeeStatus current = null;
    for (Attendee a : event.attendees()) {
      if (a.status() != current) {
        if (current != null) {
          out.append('\n');
        }
        current = a.status();
        heading(out, 2, layout.heading(section(current)));
      }
      out.append("* ").append(WikitextWriter.attendee(a)).append('\n');
    }
  }

  static PageSection section(AttendeeStatus status) {
    return switch (status) {
      case CONFIRMED -> PageSection.CONFIRMED_ATTENDEES;
      case INVITED -> PageSection.INVITED_ATTENDEES;
      case TENTATIVE -> PageSection.TENTATIVE_ATTENDEES;
      case WAITLISTED -> PageSection.WAITLISTED_ATTENDEES;
      case WITHDRAWN -> PageSection.WITHDRAWN_ATTENDEES;
    };
  }

  private static void heading(StringBuilder out, int level, String text) {
    String marks = "=".repeat(level);
    out.append(marks).append(' ').append(text).append(' ').append(marks).append('\n');
  }
}
