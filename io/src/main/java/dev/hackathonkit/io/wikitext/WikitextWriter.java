package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.internal.AttendeeData;
import dev.hackathonkit.io.internal.EventData;
import dev.hackathonkit.io.internal.Places;
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
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Event} as a new MediaWiki page in a {@link PageProfile}'s layout, so that the
 * result can be pasted into that wiki and read back by {@link WikitextReader} with the same profile
 * into the same event. The page uses only templates the profile names (its topic template, its
 * vote, comment and "not applicable" templates, and hackathon-kit's {@code {{Event data}}} and
 * {@code {{Contact}}} only when the profile names {@code Event data} among its event templates);
 * headings, labels and answer words are the first of the profile's.
 *
 * <pre>{@code
 * String xen = WikitextWriter.standard().write(event);
 * WrittenPage fedora = WikitextWriter.standard().withProfile(PageProfile.named("fedora")).writePage(event);
 * fedora.unplaced().forEach(System.err::println);   // what the Fedora layout has no place for
 * }</pre>
 *
 * <p><b>A profile with a topic template</b> (the Xen Project wiki's, {@link #standard()}): a {@code
 * When and Where} section with the dates-and-place sentence and one bullet per day ({@code *
 * 16/05/2013: 9AM to 5PM}); links as bullets under {@code More Information}; one topic template per
 * topic, one parameter per line, dates as {@code dd/mm/yyyy}, "not applicable" as the profile's
 * template, votes and comments as {@code {{Vote|[[User:A|A]] 22:15, 27 April 2013 (UTC)}} text}
 * lines in the review parameter; attendees as {@code * Name, Affiliation} bullets under the
 * confirmed and invited headings (a new heading whenever the status changes, so page order is
 * kept). Values the layout has no place for are written so that nothing is lost: a topic's {@code
 * extra} entries, its slot and an id that is not the one derived from its title as further template
 * parameters; a mailing list or IRC channel other than the profile's default as the field's
 * parameter; people that prose cannot carry as {@code
 * {{Contact|name|email=…|affiliation=…|note=…}}}; and, in a {@code {{Event data}}} template at the
 * top, the event's extra fields, its title when it differs from the page title, an id not derived
 * from it, the venue ({@code Venue}, {@code Street}, {@code Postcode}, {@code City}, {@code
 * Country}) and time zone when the sentence does not state them exactly, and the attendees whose
 * status has no heading in the layout, one {@code Tentative}, {@code Waitlisted} or {@code
 * Withdrawn} parameter each, one {@code 3. Name, Affiliation} line per attendee with its position
 * among all attendees (so page order is kept). Where such a profile does not name {@code Event
 * data}, event facts and attendees are written as in the labelled layout below, contacts as prose,
 * review entries as signed lines when it names no vote or comment template, and the GSoC answer
 * "not applicable" as its first word when it names no template.
 *
 * <p><b>A profile without a topic template</b> (generic, Wikimedia, OpenStreetMap, The Document
 * Foundation, OpenStack, Fedora, Debian, and most file profiles): the form the page mapper reads
 * with that profile, without a template of the community's. Event facts under the first {@code
 * whenAndWhere} heading as labelled lines with each event field's first label ({@code Event:},
 * {@code Time zone:}, {@code Venue:}, {@code Street:}, {@code Postcode:}, {@code City:}, {@code
 * Country:}, {@code When: May 16-17, 2013}), one bullet per day with its ISO date and hours, and
 * the event's extra fields as {@code Key: value} lines; links under the first {@code links}
 * heading; one subsection per topic under the first {@code topics} heading, titled by the topic,
 * with one {@code Label: value} line per field (its first label), the topic's extra fields, long
 * text, and signed review lines last, a vote opened by the profile's first vote word ({@code +1});
 * the topics' slots as a table under the first {@code schedule} heading with the profile's first
 * day, time, room and title column headers; attendees as bullets under the first heading of their
 * status's section; the event's {@code description} as the lead paragraph and other extra fields of
 * several lines as sections of their own at the end, titled by their key, where the page reads them
 * back so (the writer reads its page back and moves a field that does not come back into the
 * template). Where the profile names {@code Event data} (every built-in profile does, through the
 * generic one), what those forms cannot carry goes into hackathon-kit's templates: {@code {{Event
 * data}}} after the lead for an event id not derived from the page title, a venue with a comma in a
 * part (the mapper reads a comma in a venue line as the next part of an address) and extra fields
 * whose key is not capitalised, has a colon or is one of the profile's labels or headings, or whose
 * value has several lines (with the fields before them, so that their order is kept); {@code
 * {{Event data}}} under a topic's heading for the same kinds of topic extra fields, an id not
 * derived from the title and a slot the table cannot name (a title without a letter, a filler, or
 * one that two topics share); {@code {{Contact}}} for contacts with an affiliation or note. A value
 * that is one of the profile's fillers ({@code N/A}) gets its first character in {@code <nowiki>},
 * which the mapper reads as the word itself. Each labelled line of the event's facts, each short
 * field of a topic and each review entry is a paragraph of its own (a blank line follows it), since
 * MediaWiki joins consecutive lines of text into one. Attendee tables are not written: every
 * profile reads lists under its headings.
 *
 * <p><b>What a layout has no place for</b> is listed by {@link #writePage}, which reads the page
 * back and names every value that does not come back the same, with its path and the layout's rule.
 * With the built-in profiles the list is empty for every event the model's generator makes (1,000
 * of 1,000 per profile); with a file profile that names no {@code Event data}, no vote word or no
 * schedule columns it lists, for example, the event's id (a reader derives it from the page title),
 * votes (they read back as comments), contacts' affiliations and notes, a topic's slot, and extra
 * fields whose key is one of the profile's labels. {@link #write(Event)} writes the same page
 * without the check.
 *
 * <p>Text is escaped where MediaWiki would interpret it: {@code <nowiki>} around brackets, braces,
 * pipes, runs of quotes, underscores or tildes and line-start markup; entities for {@code &} and
 * {@code <}. Long text becomes lines and {@code *} bullets. Instances are immutable and
 * thread-safe.
 */
public final class WikitextWriter {
  private static final WikitextWriter STANDARD = new WikitextWriter(PageProfile.xenProject());

  private final Layout layout;

  private WikitextWriter(PageProfile profile) {
    this.layout = new Layout(profile);
  }

  /** A writer in the Xen Project wiki's layout ({@link PageProfile#xenProject()}). */
  public static WikitextWriter standard() {
    return STANDARD;
  }

  /**
   * A writer in the layout of {@code profile}, any built-in or file profile: its topic template and
   * parameter names, vote, comment and "not applicable" templates, section headings, labels and
   * answer words (the first of each); a profile without a topic template gets the labelled layout
   * (see the class description).
   */
  public WikitextWriter withProfile(PageProfile profile) {
    return new WikitextWriter(requireNonNull(profile, "profile"));
  }

  /** The profile whose layout this writer follows. */
  public PageProfile profile() {
    return layout.profile;
  }

  /**
   * The event as a page.
   *
   * @param event the event to write
   * @return the page's wikitext, ending with a line break
   */
  public String write(Event event) {
    requireNonNull(event, "event");
    if (!isTemplateLayout()) {
      return new LabelledPage(layout).write(event);
    }
    StringBuilder out = new StringBuilder(4096);
    StringBuilder body = new StringBuilder(4096);
    if (!layout.ownTemplates()) {
      LabelledPage page = new LabelledPage(layout);
      page.whenAndWhere(event, body);
      page.links(event, body);
      topics(event, body);
      page.attendees(event, body);
      return LabelledPage.ended(body);
    }
    Stated stated = whenAndWhere(event, body);
    links(event, body);
    topics(event, body);
    attendees(event, body);
    eventData(event, stated, out);
    out.append(body);
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return end == 0 ? "" : out.append('\n').toString();
  }

  /**
   * The event as a page, with the values the page does not carry. The page is {@link
   * #write(Event)}'s; it is then read back with this writer's profile (and the event's source, as a
   * client that fetched the page would) and compared with the event part by part: every part that
   * differs is listed as an {@link Unplaced} with its path, its value, what it reads back as, and
   * the layout's reason. Nothing is dropped silently: a value the layout has no place for is either
   * left out of the page or moved (a key that is one of the profile's labels reads as that field),
   * and in both cases it is listed here.
   *
   * <p>In the Xen Project layout ({@link #standard()}) the list is empty for every valid event. In
   * a layout without a topic template it lists, for example, votes where the profile names no vote
   * template or icon (they read back as comments), contacts' affiliations and notes, values that
   * are the profile's fillers ({@code N/A}, {@code TBD}), an event id that is not the one derived
   * from the page title, topic ids and slots.
   *
   * @param event the event to write
   * @return the page and what it does not carry
   */
  public WrittenPage writePage(Event event) {
    String markup = write(event);
    Event back;
    try {
      back =
          WikitextReader.standard()
              .withProfile(layout.profile)
              .withSource(event.source())
              .read(markup)
              .event();
    } catch (dev.hackathonkit.io.EventFormatException e) {
      return new WrittenPage(
          markup,
          List.of(
              new Unplaced(
                  UnplacedReason.L106_PAGE_DOES_NOT_READ_BACK,
                  "",
                  event.title(),
                  null,
                  "the written page does not read back: " + e.getMessage())));
    }
    return new WrittenPage(
        markup, PageCheck.compare(event, back, layout.profile, isTemplateLayout()));
  }

  /**
   * Whether this writer's layout holds topics in the profile's topic template (the Xen Project
   * wiki's form), rather than as subsections with labelled lines.
   */
  boolean isTemplateLayout() {
    return layout.profile.topicTemplate() != null;
  }

  /**
   * Writes the event as a page to {@code out}, which is flushed but not closed.
   *
   * @param event the event to write
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void write(Event event, Writer out) throws IOException {
    requireNonNull(out, "out");
    out.write(write(event));
    out.flush();
  }

  /** The time zone a reader infers from the venue's city and country, or {@code null}. */
  static @Nullable ZoneId inferredZone(@Nullable Venue venue) {
    Places.ZoneGuess guess = venue == null ? null : Places.inferZone(venue.city(), venue.country());
    return guess == null ? null : guess.zone();
  }

  /** What the written sentence states, as the reader will read it. */
  private Stated whenAndWhere(Event event, StringBuilder out) {
    Venue venue = event.venue();
    String place = venue == null ? "" : venue.displayName();
    if (event.days().isEmpty() && place.isEmpty()) {
      return stated(event, null);
    }
    out.append("== ").append(layout.heading(PageSection.WHEN_AND_WHERE)).append(" ==\n");
    StringBuilder sentence = new StringBuilder("We confirmed the ").append(event.title());
    if (!event.days().isEmpty()) {
      sentence.append(" for ").append(DateFormats.range(event.days()));
    }
    if (!place.isEmpty()) {
      sentence.append(" in ").append(place);
    }
    sentence.append('.');
    out.append(Markup.line(sentence.toString(), true)).append('\n');
    for (EventDay day : event.days()) {
      out.append("* ").append(DateFormats.format(day.date()));
      if (day.opens() != null && day.closes() != null) { // day.hasHours()
        out.append(": ").append(DateFormats.hours(day.opens(), day.closes()));
      }
      out.append('\n');
    }
    out.append('\n');
    return stated(event, WhenWhere.parse(sentence.toString()).venue());
  }

  private static Stated stated(Event event, @Nullable Venue sentence) {
    String page = event.source() != null ? event.source().page() : null;
    return new Stated(
        page != null && page.equals(event.title()),
        Objects.equals(event.venue(), sentence),
        false,
        key -> false,
        true);
  }

  /**
   * What the rest of a page states of the event itself, so that {@code {{Event data}}} holds only
   * the remainder.
   *
   * @param title whether the page states the event's title (else the template does, unless it is
   *     the page title)
   * @param venue whether the page states the venue exactly as the event has it
   * @param timeZone whether the page states the time zone (else the template does, unless the
   *     reader infers the same one)
   * @param extraLine which of the event's extra fields the page states as lines of their own
   * @param attendeeLists whether the attendees whose status has no heading in the layout go into
   *     the template
   */
  record Stated(
      boolean title,
      boolean venue,
      boolean timeZone,
      Predicate<String> extraLine,
      boolean attendeeLists) {}

  /**
   * The values the rest of the page has no place for, in one clearly named template at the top of
   * the page: the title when the page does not state it and it is not the page title, an id not
   * derived from the page title, the venue and time zone when the page does not state them exactly,
   * attendees of statuses without a heading, and the extra fields not written as lines. Nothing
   * when there is no such value.
   */
  static void eventData(Event event, Stated stated, StringBuilder out) {
    StringBuilder params = new StringBuilder();
    String page = event.source() != null ? event.source().page() : null;
    if (!stated.title() && (page == null || !page.equals(event.title()))) {
      param(params, Layout.EVENT_TITLE, Markup.value(event.title()));
    }
    String derivedId = Slugs.of(page != null ? page : event.title());
    if (!event.id().equals(derivedId)) {
      param(params, Layout.EVENT_ID, Markup.value(event.id()));
    }
    Venue venue = event.venue();
    boolean venueStated = stated.venue();
    if (venue != null && !venueStated) {
      param(params, Layout.VENUE_NAME, venue.name() == null ? "" : Markup.value(venue.name()));
      if (venue.street() != null) {
        param(params, Layout.STREET, Markup.value(venue.street()));
      }
      if (venue.postcode() != null) {
        param(params, Layout.POSTCODE, Markup.value(venue.postcode()));
      }
      param(params, Layout.CITY, venue.city() == null ? "" : Markup.value(venue.city()));
      param(params, Layout.COUNTRY, venue.country() == null ? "" : Markup.value(venue.country()));
    }
    if (!stated.timeZone() && !Objects.equals(event.timeZone(), inferredZone(venue))) {
      param(params, Layout.TIME_ZONE, event.timeZone() == null ? "" : event.timeZone().getId());
    }
    for (AttendeeStatus status : AttendeeStatus.values()) {
      String key = stated.attendeeLists() ? EventData.attendeeKey(status) : null;
      String listed = key == null ? null : AttendeeData.write(event.attendees(), status);
      if (key != null && listed != null) { // listed only when key is
        param(params, key, Markup.value(listed));
      }
    }
    for (Map.Entry<String, String> e : event.extra().entrySet()) {
      if (!stated.extraLine().test(e.getKey())) {
        param(
            params,
            paramName(EventData.extraParam(e.getKey(), Layout.EVENT_KEYS)),
            Markup.value(e.getValue()));
      }
    }
    if (params.length() > 0) {
      out.append("{{").append(Layout.EVENT_TEMPLATE).append(params).append("\n}}\n\n");
    }
  }

  private void links(Event event, StringBuilder out) {
    LabelledPage.links(out, Layout.LINKS_HEADING, event.links());
  }

  private void topics(Event event, StringBuilder out) {
    if (event.topics().isEmpty()) {
      return;
    }
    out.append("== ").append(layout.heading(PageSection.TOPICS)).append(" ==\n");
    Set<String> ids = new HashSet<>();
    boolean first = true;
    for (Topic topic : event.topics()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      topic(topic, Slugs.unique(topic.title(), ids), out);
    }
    out.append('\n');
  }

  private void topic(Topic t, String derivedId, StringBuilder out) {
    Layout l = layout;
    out.append("{{").append(l.topicTemplate());
    param(out, l.param(TopicField.TITLE), text(TopicField.TITLE, t.title()));
    if (!t.id().equals(derivedId)) {
      param(out, Layout.TOPIC_ID, Markup.value(t.id()));
    }
    for (TopicField field :
        List.of(
            TopicField.INSERTED_ON,
            TopicField.VERIFIED,
            TopicField.GSOC,
            TopicField.CONTACTS,
            TopicField.MAILING_LIST,
            TopicField.IRC_CHANNEL,
            TopicField.DIFFICULTY,
            TopicField.SKILLS,
            TopicField.DESCRIPTION,
            TopicField.OUTCOMES)) {
      String value = argument(t, field);
      if (value != null) {
        param(out, l.param(field), value);
      }
    }
    if (t.slot() != null) {
      param(out, Layout.SLOT_DATE, DateFormats.format(t.slot().date()));
      param(out, Layout.SLOT_TIME, DateFormats.slotTime(t.slot().start(), t.slot().end()));
      if (t.slot().room() != null) {
        param(out, Layout.ROOM, Markup.value(t.slot().room()));
      }
    }
    List<String> taken = new java.util.ArrayList<>(Layout.TOPIC_KEYS);
    for (TopicField field : TopicField.values()) {
      taken.add(l.param(field));
    }
    for (Map.Entry<String, String> e : t.extra().entrySet()) {
      param(out, paramName(EventData.extraParam(e.getKey(), taken)), Markup.value(e.getValue()));
    }
    String review = argument(t, TopicField.REVIEW);
    if (review != null) {
      param(out, l.param(TopicField.REVIEW), review);
    }
    out.append("\n}}\n");
  }

  /**
   * The value of the topic template's argument for {@code field}, as this layout writes it; {@code
   * null} when the argument is left out: the topic has no value, or (for a field the template shows
   * with a default) its value is the default. A value whose template default differs is written
   * empty.
   */
  @Nullable String argument(Topic t, TopicField field) {
    return switch (field) {
      case TITLE -> text(field, t.title());
      case INSERTED_ON -> t.insertedOn() == null ? null : DateFormats.format(t.insertedOn());
      case VERIFIED -> t.verified() == null ? null : text(field, t.verified());
      case GSOC -> t.gsoc() == null ? null : gsoc(t.gsoc());
      case CONTACTS ->
          t.contacts().isEmpty()
              ? null
              : layout.ownTemplates()
                  ? ContactFormat.write(t.contacts(), Layout.CONTACT_TEMPLATE)
                  : LabelledPage.contacts(t.contacts());
      case MAILING_LIST -> defaulted(field, t.mailingList());
      case IRC_CHANNEL -> defaulted(field, t.ircChannel());
      case DIFFICULTY -> t.difficulty() == null ? null : text(field, t.difficulty());
      case SKILLS -> t.skills() == null ? null : text(field, t.skills());
      case DESCRIPTION -> t.description() == null ? null : text(field, t.description());
      case OUTCOMES -> t.outcomes() == null ? null : text(field, t.outcomes());
      case REVIEW -> t.comments().isEmpty() ? null : comments(t.comments());
    };
  }

  /**
   * The value an argument for {@code field} that is on the page already must have to state the
   * topic's value: as {@link #argument} gives it, the template's default written out, and empty for
   * no value.
   */
  String presentArgument(Topic t, TopicField field) {
    if (field == TopicField.MAILING_LIST || field == TopicField.IRC_CHANNEL) {
      String value = field == TopicField.MAILING_LIST ? t.mailingList() : t.ircChannel();
      return value == null ? "" : text(field, value);
    }
    String value = argument(t, field);
    return value == null ? "" : value;
  }

  /** An attendee as this layout lists one: the name, then the affiliation after a comma. */
  static String attendee(Attendee a) {
    return Markup.line(a.name(), true)
        + (a.affiliation() == null ? "" : ", " + Markup.line(a.affiliation(), false));
  }

  /** A field the template shows with a default: written only when the topic's value differs. */
  private @Nullable String defaulted(TopicField field, @Nullable String value) {
    if (Objects.equals(value, layout.defaultValue(field))) {
      return null;
    }
    return value == null ? "" : text(field, value);
  }

  /** Review entries as this layout writes them: one vote or comment template call per line. */
  String comments(List<Comment> comments) {
    if (layout.profile.voteTemplate() == null || layout.profile.commentTemplate() == null) {
      return LabelledPage.comments(comments, layout.profile);
    }
    StringBuilder sb = new StringBuilder();
    for (Comment c : comments) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      boolean vote = c.kind() == CommentKind.VOTE;
      sb.append("{{").append(vote ? layout.voteTemplate() : layout.commentTemplate()).append('|');
      sb.append(SignatureFormat.write(c.author(), c.postedAt()));
      if (!vote) {
        sb.append(':');
      }
      sb.append("}}");
      if (!c.text().isEmpty()) {
        sb.append(' ').append(Markup.line(c.text(), true));
      }
    }
    return sb.toString();
  }

  private void attendees(Event event, StringBuilder out) {
    AttendeeStatus current = null;
    for (Attendee a : event.attendees()) {
      if (EventData.attendeeKey(a.status()) != null) {
        continue; // in {{Event data}}
      }
      if (a.status() != current) {
        if (current != null) {
          out.append('\n');
        }
        current = a.status();
        PageSection section =
            current == AttendeeStatus.CONFIRMED
                ? PageSection.CONFIRMED_ATTENDEES
                : PageSection.INVITED_ATTENDEES;
        out.append("=== ").append(layout.heading(section)).append(" ===\n");
      }
      out.append("* ").append(attendee(a)).append('\n');
    }
  }

  private String gsoc(Gsoc gsoc) {
    if (gsoc == Gsoc.NOT_APPLICABLE && layout.profile.notApplicableTemplate() != null) {
      return layout.notApplicable();
    }
    if (layout.profile.notApplicableTemplate() == null) {
      String word = LabelledPage.gsocWord(layout.profile, gsoc);
      if (word != null) {
        return word;
      }
    }
    List<String> values = layout.profile.gsocValues().get(gsoc);
    if (values != null && !values.isEmpty()) {
      return Markup.value(values.get(0));
    }
    return gsoc == Gsoc.YES ? "Yes" : "No";
  }

  /**
   * A text value: the profile's "not applicable" text as its template; a value that reads as the
   * field's filler with its first character in nowiki, so that it is not taken for absence.
   */
  private String text(TopicField field, String value) {
    if (value.equals(layout.profile.notApplicableText())
        && layout.profile.notApplicableTemplate() != null) {
      return layout.notApplicable();
    }
    return layout.unlessFiller(field, value, Markup::value);
  }

  static String paramName(String key) {
    return key.replace("=", "&#61;")
        .replace("|", "&#124;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("\n", " ");
  }

  static void param(StringBuilder out, String name, String value) {
    out.append("\n|").append(name).append('=').append(value);
  }
}
