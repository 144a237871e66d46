package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.page.EventField;
import dev.hackathonkit.io.page.EventFieldSpec;
import dev.hackathonkit.io.page.FieldSpec;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageSection;
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
    whenAndWhere(event, out);
    links(event, out);
    topics(event, out);
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

  void whenAndWhere(Event event, StringBuilder out) {
    StringBuilder body = new StringBuilder();
    eventLine(body, EventField.TITLE, event.title());
    if (event.timeZone() != null) {
      eventLine(body, EventField.TIME_ZONE, event.timeZone().getId());
    }
    Venue v = event.venue();
    if (v != null) {
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
    extra(body, event.extra());
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
      case VERIFIED -> text(t.verified());
      case GSOC -> t.gsoc() == null ? null : gsoc(t.gsoc());
      case CONTACTS -> t.contacts().isEmpty() ? null : contacts(t.contacts());
      case MAILING_LIST -> text(t.mailingList());
      case IRC_CHANNEL -> text(t.ircChannel());
      case DIFFICULTY -> text(t.difficulty());
      case SKILLS -> text(t.skills());
      case DESCRIPTION -> t.description() == null ? null : Markup.value(t.description());
      case OUTCOMES -> t.outcomes() == null ? null : Markup.value(t.outcomes());
      case REVIEW -> t.comments().isEmpty() ? null : comments(t.comments());
    };
  }

  private static @Nullable String text(@Nullable String value) {
    return value == null ? null : Markup.line(value, false);
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
