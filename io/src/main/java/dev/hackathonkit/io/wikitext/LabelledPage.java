package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.internal.EventData;
import dev.hackathonkit.io.internal.PlainText;
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
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 *       hours a day of this event rather than another statement of dates), then the event's extra
 *       fields as {@code Key: value} lines (labels the profile does not know, which the mapper
 *       keeps in {@code extra}).
 *   <li>Links as bullets under the profile's first {@code links} heading.
 *   <li>Topics under the first {@code topics} heading, one subsection each titled by the topic,
 *       with one {@code Label: value} line per field (the field's first label), the topic's extra
 *       fields as {@code Key: value} lines, then long text (description, outcomes) as lines and
 *       bullets after its label (a short paragraph before a line the profile does not know as a
 *       field would read as a topic of its own), and its review entries last (signed lines after
 *       the review label; the review label swallows the lines that follow it, so it comes last).
 *   <li>Attendees as {@code * Name, Affiliation} bullets under the first heading of their status's
 *       section, a new heading whenever the status changes (so page order is kept).
 * </ul>
 *
 * <p>What this form has no place for is not written; {@link WikitextWriter#writePage} lists it.
 */
final class LabelledPage {
  private final Layout layout;
  private final PageProfile profile;

  /**
   * The forms of the event's extra fields in the page being written; {@code null}: lines, and the
   * template after the last one that is no line.
   */
  private @Nullable Map<String, Form> forms;

  LabelledPage(Layout layout) {
    this.layout = layout;
    this.profile = layout.profile;
  }

  String write(Event event) {
    // the lead and sections of their own are tried first; a field that does not read back from them
    // goes
    // into the template, and the page is written again (each round takes at least one field out)
    Set<String> natural = new HashSet<>(event.extra().keySet());
    while (true) {
      Map<String, Form> forms = forms(event.extra(), natural);
      if (!forms.containsValue(Form.LEAD) && !forms.containsValue(Form.SECTION)) {
        return write(event, forms);
      }
      String page = write(event, forms);
      Set<String> lost = lostExtra(page, event);
      if (lost.isEmpty()) {
        return page;
      }
      int before = natural.size();
      natural.removeAll(lost);
      if (natural.size() == before) {
        natural.clear();
      }
    }
  }

  /** Where the page states an extra field of the event, in the page's order. */
  enum Form {
    /** As the paragraph before the first heading, which the mapper keeps as {@code description}. */
    LEAD,
    /** In {@code {{Event data}}} after the lead. */
    TEMPLATE,
    /** As a {@code Key: value} line among the event's facts. */
    LINE,
    /**
     * As a section of its own at the end, titled by the key, which the mapper keeps under its
     * heading.
     */
    SECTION
  }

  private String write(Event event, Map<String, Form> forms) {
    this.forms = forms;
    StringBuilder out = new StringBuilder(4096);
    event
        .extra()
        .forEach(
            (key, value) -> {
              if (forms.get(key) == Form.LEAD) {
                out.append(Markup.value(value)).append("\n\n");
              }
            });
    if (layout.ownTemplates()) {
      WikitextWriter.eventData(event, stated(event), out);
    }
    whenAndWhere(event, out);
    links(event, out);
    topics(event, out);
    schedule(event, out);
    attendees(event, out);
    event
        .extra()
        .forEach(
            (key, value) -> {
              if (forms.get(key) == Form.SECTION) {
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                  out.append('\n');
                }
                heading(out, 2, Markup.line(key, false));
                out.append(Markup.value(value)).append("\n\n");
              }
            });
    return ended(out);
  }

  /**
   * The form of each extra field of the event, in an order the mapper reads back (the forms' order
   * on the page never goes backwards along the fields), with as few in the template as may be. Only
   * the keys in {@code natural} may take the lead or a section; where the profile names no {@code
   * Event data}, every field is a line.
   */
  private Map<String, Form> forms(Map<String, String> extra, Set<String> natural) {
    List<String> keys = new ArrayList<>(extra.keySet());
    List<String> values = new ArrayList<>(extra.values()); // in the keys' order
    Map<String, Form> out = new LinkedHashMap<>();
    if (!layout.ownTemplates()) {
      keys.forEach(k -> out.put(k, Form.LINE));
      return out;
    }
    Form[] forms = Form.values();
    int n = keys.size();
    // least[i][f]: the fewest template fields for keys i.. when key i takes form f or a later one
    int[][] least = new int[n + 1][forms.length + 1];
    for (int i = n - 1; i >= 0; i--) {
      least[i][forms.length] = Integer.MAX_VALUE / 2;
      for (int f = forms.length - 1; f >= 0; f--) {
        int here =
            allowed(keys.get(i), values.get(i), forms[f], natural.contains(keys.get(i)))
                ? least[i + 1][f] + (forms[f] == Form.TEMPLATE ? 1 : 0)
                : Integer.MAX_VALUE / 2;
        least[i][f] = Math.min(here, least[i][f + 1]);
      }
    }
    int f = 0;
    for (int i = 0; i < n; i++) {
      int target = least[i][f];
      while (!(allowed(keys.get(i), values.get(i), forms[f], natural.contains(keys.get(i)))
          && least[i + 1][f] + (forms[f] == Form.TEMPLATE ? 1 : 0) == target)) {
        f++;
      }
      out.put(keys.get(i), forms[f]);
    }
    return out;
  }

  private boolean allowed(String key, String value, Form form, boolean natural) {
    return switch (form) {
      case TEMPLATE -> true;
      case LINE -> isLine(key, value);
      case LEAD -> natural && key.equals(LEAD_KEY);
      case SECTION ->
          natural
              && !key.isBlank()
              && key.indexOf('\n') < 0
              && key.strip().equals(key)
              && !key.startsWith("=")
              && !key.endsWith("=")
              && !key.equals(LEAD_KEY)
              && profile.sectionForHeading(key) == null;
    };
  }

  /** The key under which the mapper keeps the text before a page's first heading. */
  private static final String LEAD_KEY = "description";

  /**
   * The keys of the event's extra fields that {@code page}, read with the profile, does not give
   * back as they are and in their place; every key when the page does not read.
   */
  private Set<String> lostExtra(String page, Event event) {
    Event back;
    try {
      back =
          WikitextReader.standard()
              .withProfile(profile)
              .withSource(event.source())
              .read(page)
              .event();
    } catch (dev.hackathonkit.io.EventFormatException e) {
      return event.extra().keySet();
    }
    Set<String> lost = new LinkedHashSet<>();
    List<String> order = new ArrayList<>(back.extra().keySet());
    order.retainAll(event.extra().keySet());
    List<String> wanted = new ArrayList<>(event.extra().keySet());
    event
        .extra()
        .forEach(
            (key, value) -> {
              if (!value.equals(back.extra().get(key))
                  || order.indexOf(key) != wanted.indexOf(key)) {
                lost.add(key);
              }
            });
    // text the page wrote for one field that reads as another ("Ana: remote" in a section reads as
    // a
    // labelled line): the sections are tried in the template first, then the lead
    if (lost.isEmpty()
        && forms != null
        && back.extra().keySet().stream().anyMatch(k -> !event.extra().containsKey(k))) {
      for (Form form : List.of(Form.SECTION, Form.LEAD)) {
        forms.forEach(
            (key, f) -> {
              if (f == form) {
                lost.add(key);
              }
            });
        if (!lost.isEmpty()) {
          break;
        }
      }
    }
    return lost;
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
    return new WikitextWriter.Stated(
        eventLabel(EventField.TITLE) != null,
        venueLines(event.venue()),
        event.timeZone() != null && eventLabel(EventField.TIME_ZONE) != null,
        key ->
            forms == null ? lineKeys(event.extra()).contains(key) : forms.get(key) != Form.TEMPLATE,
        false);
  }

  /**
   * hackathon-kit's {@code {{Event data}}} under a topic's heading, with the topic's values its
   * lines cannot carry: an id not derived from its title, a slot the schedule table cannot name
   * (see {@link #scheduled}), and the extra fields not written as lines. Nothing when there are
   * none.
   */
  private static void topicData(
      StringBuilder out,
      @Nullable String id,
      @Nullable Slot slot,
      Map<String, String> extra,
      Set<String> lineKeys) {
    StringBuilder params = new StringBuilder();
    if (id != null) {
      WikitextWriter.param(params, Layout.TOPIC_ID, Markup.value(id));
    }
    if (slot != null) {
      WikitextWriter.param(params, Layout.SLOT_DATE, DateFormats.format(slot.date()));
      WikitextWriter.param(
          params, Layout.SLOT_TIME, DateFormats.slotTime(slot.start(), slot.end()));
      if (slot.room() != null) {
        WikitextWriter.param(params, Layout.ROOM, Markup.value(slot.room()));
      }
    }
    extra.forEach(
        (key, value) -> {
          if (!lineKeys.contains(key)) {
            WikitextWriter.param(
                params,
                WikitextWriter.paramName(EventData.extraParam(key, Layout.TOPIC_KEYS)),
                Markup.value(value));
          }
        });
    if (params.length() > 0) {
      out.append("{{").append(Layout.EVENT_TEMPLATE).append(params).append("\n}}\n");
    }
  }

  /**
   * The keys of the extra fields written as lines: those {@link #isLine} allows, after the last one
   * it does not (the template stands above the lines, so this keeps the fields' order).
   */
  private Set<String> lineKeys(Map<String, String> extra) {
    Set<String> keys = new LinkedHashSet<>();
    extra.forEach(
        (key, value) -> {
          if (isLine(key, value)) {
            keys.add(key);
          } else {
            keys.clear();
          }
        });
    return keys;
  }

  /**
   * Whether labelled lines state {@code venue} as it is: no venue, or parts without commas, each
   * with a label.
   */
  private boolean venueLines(@Nullable Venue v) {
    if (v == null) {
      return true;
    }
    boolean any = false;
    EventField[] fields = {
      EventField.VENUE, EventField.STREET, EventField.POSTCODE, EventField.CITY, EventField.COUNTRY
    };
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
    return !layout.ownTemplates()
        || (!key.isEmpty()
            && Character.isUpperCase(key.codePointAt(0))
            && key.indexOf(':') < 0
            && key.indexOf('\n') < 0
            && value != null
            && !value.isBlank()
            && value.indexOf('\n') < 0
            && profile.fieldForLabel(key) == null
            && profile.eventFieldForLabel(key) == null
            && profile.sectionForHeading(key) == null);
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
      if (day.opens() != null && day.closes() != null) { // day.hasHours()
        body.append(": ").append(DateFormats.hours(day.opens(), day.closes()));
      }
      body.append('\n');
    }
    if (!event.days().isEmpty()) {
      blankLine(body);
    }
    Map<String, String> lines = new LinkedHashMap<>(event.extra());
    if (forms == null) {
      lines.keySet().retainAll(lineKeys(event.extra()));
    } else {
      lines.keySet().removeIf(key -> forms.get(key) != Form.LINE);
    }
    extra(body, lines, "\n\n");
    if (body.length() > 0) {
      heading(out, 2, layout.heading(PageSection.WHEN_AND_WHERE));
      out.append(body);
      blankLine(out);
    }
  }

  private void eventLine(StringBuilder out, EventField field, @Nullable String value) {
    String label = eventLabel(field);
    if (value != null && label != null) {
      // a paragraph of its own, so that the wiki shows it on a line of its own; the dates line
      // stays
      // next to the days it opens
      out.append(label)
          .append(": ")
          .append(Markup.line(value, false))
          .append(field == EventField.DATES ? "\n" : "\n\n");
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
  static void links(StringBuilder out, String heading, List<Link> links) {
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
    Set<Topic> scheduled = scheduled(event);
    heading(out, 2, layout.heading(PageSection.TOPICS));
    Set<String> ids = new HashSet<>();
    for (Topic t : event.topics()) {
      heading(out, 3, Markup.line(t.title(), false));
      String derivedId = Slugs.unique(t.title(), ids);
      Set<String> lineKeys = lineKeys(t.extra());
      if (layout.ownTemplates()) {
        topicData(
            out,
            t.id().equals(derivedId) ? null : t.id(),
            scheduled.contains(t) ? null : t.slot(),
            t.extra(),
            lineKeys);
      }
      for (TopicField field : TopicField.values()) {
        if (field != TopicField.TITLE && field != TopicField.REVIEW && !field.isLongText()) {
          field(out, t, field);
        }
      }
      Map<String, String> lines = new LinkedHashMap<>(t.extra());
      lines.keySet().retainAll(lineKeys);
      extra(out, lines, "\n");
      field(out, t, TopicField.DESCRIPTION);
      field(out, t, TopicField.OUTCOMES);
      String label = label(TopicField.REVIEW);
      if (!t.comments().isEmpty() && label != null) {
        out.append(label)
            .append(": ")
            .append(comments(t.comments(), profile).replace("\n", "\n\n"))
            .append('\n');
      }
      blankLine(out);
    }
  }

  /**
   * The topics' slots as a schedule table under the profile's first {@code schedule} heading, one
   * row per slot with the first header of the profile's day, time, room and title columns: the page
   * mapper gives each row's slot to the topic of the same title. Nothing when no topic has a slot,
   * or when the profile names no day, time or title column (the slots are then listed by {@link
   * WikitextWriter#writePage}).
   */
  void schedule(Event event, StringBuilder out) {
    Set<Topic> scheduled = scheduled(event);
    if (scheduled.isEmpty()) {
      return;
    }
    String day = column(ScheduleColumn.DAY);
    String time = column(ScheduleColumn.TIME);
    String room = column(ScheduleColumn.ROOM);
    String title = column(ScheduleColumn.TITLE);
    if (day == null || time == null || title == null) {
      return; // scheduled(event) is empty then: not reached
    }
    heading(out, 2, layout.heading(PageSection.SCHEDULE));
    out.append("{| class=\"wikitable\"\n! ")
        .append(Markup.line(day, false))
        .append(" !! ")
        .append(Markup.line(time, false));
    if (room != null) {
      out.append(" !! ").append(Markup.line(room, false));
    }
    out.append(" !! ").append(Markup.line(title, false)).append('\n');
    for (Topic t : event.topics()) {
      Slot slot = t.slot();
      if (slot == null || !scheduled.contains(t)) {
        continue;
      }
      out.append("|-\n| ")
          .append(slot.date())
          .append(" || ")
          .append(DateFormats.slotTime(slot.start(), slot.end()));
      if (room != null) {
        out.append(" || ").append(slot.room() == null ? "" : Markup.line(slot.room(), false));
      }
      out.append(" || ").append(Markup.line(t.title(), false)).append('\n');
    }
    out.append("|}\n\n");
  }

  /**
   * The topics whose slot the schedule table states: a row names its topic by title, so the title
   * must have a letter, be none of the profile's fillers and be the only one of its kind (compared
   * as the mapper compares titles: as plain text, ignoring case); and the profile must name day,
   * time and title columns. Other slots go into the topic's {@code {{Event data}}} where the
   * profile names it.
   */
  private Set<Topic> scheduled(Event event) {
    Set<Topic> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (column(ScheduleColumn.DAY) == null
        || column(ScheduleColumn.TIME) == null
        || column(ScheduleColumn.TITLE) == null) {
      return out;
    }
    Map<String, Integer> titles = new HashMap<>();
    for (Topic t : event.topics()) {
      titles.merge(titleKey(t.title()), 1, Integer::sum);
    }
    for (Topic t : event.topics()) {
      String key = titleKey(t.title());
      if (t.slot() != null
          && titles.getOrDefault(key, 0) == 1
          && key.codePoints().anyMatch(Character::isLetter)
          && !profile.isFiller(PlainText.clean(t.title()))) {
        out.add(t);
      }
    }
    return out;
  }

  private static String titleKey(String title) {
    return PlainText.clean(title).toLowerCase(Locale.ROOT);
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
      out.append(label).append(": ").append(value).append(field.isLongText() ? "\n" : "\n\n");
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
      case CONTACTS ->
          t.contacts().isEmpty()
              ? null
              : layout.ownTemplates()
                  ? ContactFormat.write(t.contacts(), Layout.CONTACT_TEMPLATE)
                  : contacts(t.contacts());
      case MAILING_LIST -> text(field, t.mailingList());
      case IRC_CHANNEL -> text(field, t.ircChannel());
      case DIFFICULTY -> text(field, t.difficulty());
      case SKILLS -> text(field, t.skills());
      case DESCRIPTION -> t.description() == null ? null : Markup.value(t.description());
      case OUTCOMES -> t.outcomes() == null ? null : Markup.value(t.outcomes());
      case REVIEW -> t.comments().isEmpty() ? null : comments(t.comments(), profile);
    };
  }

  private @Nullable String text(TopicField field, @Nullable String value) {
    return value == null ? null : layout.unlessFiller(field, value, v -> Markup.line(v, false));
  }

  /** The first of the profile's words for the answer that does not read as a filler. */
  private @Nullable String gsoc(Gsoc gsoc) {
    return gsocWord(profile, gsoc);
  }

  /**
   * The first of {@code profile}'s words for the answer that does not read as a filler, escaped; or
   * {@code null}.
   */
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

  /**
   * Signed review lines: the signature, then the text; a vote opens with the first of the profile's
   * vote words ({@code +1 [[User:Ana|Ana]] …}) when the profile has one and no vote template or
   * icon (without one, a vote reads back as a comment).
   */
  static String comments(List<Comment> comments, PageProfile profile) {
    String voteWord =
        profile.voteTemplate() == null
                && profile.voteIcon() == null
                && !profile.voteWords().isEmpty()
            ? profile.voteWords().get(0)
            : null;
    StringBuilder sb = new StringBuilder();
    for (Comment c : comments) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      if (voteWord != null && c.kind() == CommentKind.VOTE) {
        sb.append(Markup.line(voteWord, false)).append(' ');
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

  private static void extra(StringBuilder out, Map<String, String> extra, String after) {
    for (Map.Entry<String, String> e : extra.entrySet()) {
      out.append(Markup.line(e.getKey(), true))
          .append(": ")
          .append(Markup.value(e.getValue()))
          .append(after);
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

  /** Ends the text with one blank line (a paragraph break), not more. */
  private static void blankLine(StringBuilder out) {
    if (out.length() > 0
        && !(out.length() >= 2
            && out.charAt(out.length() - 1) == '\n'
            && out.charAt(out.length() - 2) == '\n')) {
      out.append('\n');
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
