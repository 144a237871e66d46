package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One part of a change from one event to another, as {@link PageEditor} writes it: a topic field, a
 * topic or attendee added or removed, an attendee's affiliation, or an event field. Topics are
 * matched by id, attendees by name (a changed status is a removal and an addition).
 */
sealed interface EventChange {
  /** What the part is, for the caller: {@code "topic 'storage' field skills"}. */
  String part();

  /** What was done, after {@link #part()} in the list of what was written. */
  String verb();

  /**
   * Where the part sits in the event, as {@link Unplaced#path()} names it: {@code title}, {@code
   * extra[key]}, {@code topics[id]}, {@code topics[id].skills}, {@code attendees[name]}, {@code
   * attendees[name].affiliation} (topics by id and attendees by name, since their indexes differ
   * between the page and the changed event).
   */
  String path();

  /** The changed event's value of the part, as text. */
  String value();

  /** One field of a topic (or one of its extra values, named by {@code extraKey}) changed. */
  record TopicEdit(Topic before, Topic after, @Nullable TopicField field, @Nullable String extraKey)
      implements EventChange {
    @Override
    public String part() {
      return "topic '"
          + before.id()
          + "' "
          + (field != null ? "field " + field.key() : "extra '" + extraKey + "'");
    }

    @Override
    public String verb() {
      return "changed";
    }

    @Override
    public String path() {
      return "topics["
          + before.id()
          + "]."
          + (field != null ? field.key() : "extra[" + extraKey + "]");
    }

    @Override
    public String value() {
      return String.valueOf(
          field != null ? EventChange.value(after, field) : after.extra().get(extraKey));
    }
  }

  /**
   * A topic's time slot changed: the page core reads slots from schedules, which the editor does
   * not write.
   */
  record TopicSlot(Topic after) implements EventChange {
    @Override
    public String part() {
      return "topic '" + after.id() + "' slot";
    }

    @Override
    public String verb() {
      return "changed";
    }

    @Override
    public String path() {
      return "topics[" + after.id() + "].slot";
    }

    @Override
    public String value() {
      return String.valueOf(after.slot());
    }
  }

  /**
   * A topic was added; {@code previous} is the topic before it in the changed event, or {@code
   * null}.
   */
  record TopicAdd(Topic topic) implements EventChange {
    @Override
    public String part() {
      return "topic '" + topic.title() + "'";
    }

    @Override
    public String verb() {
      return "added";
    }

    @Override
    public String path() {
      return "topics[" + topic.id() + "]";
    }

    @Override
    public String value() {
      return topic.title();
    }
  }

  /** A topic was removed. */
  record TopicRemove(Topic topic) implements EventChange {
    @Override
    public String part() {
      return "topic '" + topic.id() + "'";
    }

    @Override
    public String verb() {
      return "removed";
    }

    @Override
    public String path() {
      return "topics[" + topic.id() + "]";
    }

    @Override
    public String value() {
      return "(removed)";
    }
  }

  /** A link was added. */
  record LinkAdd(Link link) implements EventChange {
    @Override
    public String part() {
      return "link " + link.target();
    }

    @Override
    public String verb() {
      return "added";
    }

    @Override
    public String path() {
      return "links[" + link.target() + "]";
    }

    @Override
    public String value() {
      return link.label() == null ? link.target() : link.label() + " " + link.target();
    }
  }

  /** A link was removed. */
  record LinkRemove(Link link) implements EventChange {
    @Override
    public String part() {
      return "link " + link.target();
    }

    @Override
    public String verb() {
      return "removed";
    }

    @Override
    public String path() {
      return "links[" + link.target() + "]";
    }

    @Override
    public String value() {
      return "(removed)";
    }
  }

  /** A day was added. */
  record DayAdd(EventDay day) implements EventChange {
    @Override
    public String part() {
      return "day " + day.date();
    }

    @Override
    public String verb() {
      return "added";
    }

    @Override
    public String path() {
      return "days[" + day.date() + "]";
    }

    @Override
    public String value() {
      return day.hasHours()
          ? day.date() + " " + day.opens() + "-" + day.closes()
          : day.date().toString();
    }
  }

  /** A day was removed. */
  record DayRemove(EventDay day) implements EventChange {
    @Override
    public String part() {
      return "day " + day.date();
    }

    @Override
    public String verb() {
      return "removed";
    }

    @Override
    public String path() {
      return "days[" + day.date() + "]";
    }

    @Override
    public String value() {
      return "(removed)";
    }
  }

  /** An attendee was added. */
  record AttendeeAdd(Attendee attendee) implements EventChange {
    @Override
    public String part() {
      return "attendee '"
          + attendee.name()
          + "' ("
          + attendee.status().name().toLowerCase(java.util.Locale.ROOT)
          + ")";
    }

    @Override
    public String verb() {
      return "added";
    }

    @Override
    public String path() {
      return "attendees[" + attendee.name() + "]";
    }

    @Override
    public String value() {
      return attendee.name()
          + (attendee.affiliation() == null ? "" : ", " + attendee.affiliation());
    }
  }

  /** An attendee was removed. */
  record AttendeeRemove(Attendee attendee) implements EventChange {
    @Override
    public String part() {
      return "attendee '"
          + attendee.name()
          + "' ("
          + attendee.status().name().toLowerCase(java.util.Locale.ROOT)
          + ")";
    }

    @Override
    public String verb() {
      return "removed";
    }

    @Override
    public String path() {
      return "attendees[" + attendee.name() + "]";
    }

    @Override
    public String value() {
      return "(removed)";
    }
  }

  /** An attendee's affiliation changed. */
  record AttendeeEdit(Attendee before, Attendee after) implements EventChange {
    @Override
    public String part() {
      return "attendee '" + before.name() + "' affiliation";
    }

    @Override
    public String verb() {
      return "changed";
    }

    @Override
    public String path() {
      return "attendees[" + before.name() + "].affiliation";
    }

    @Override
    public String value() {
      return String.valueOf(after.affiliation());
    }
  }

  /**
   * A field of the event itself changed (its title, days, venue, time zone, links or extra values).
   *
   * @param field the field's path ({@code title}, {@code extra[key]})
   * @param value the changed event's value, as text
   * @param was the value before the change
   * @param now the value after it
   */
  record EventEdit(String field, String value, @Nullable Object was, @Nullable Object now)
      implements EventChange {
    @Override
    public String part() {
      return "event " + field;
    }

    @Override
    public String path() {
      return field;
    }

    @Override
    public String verb() {
      return "changed";
    }
  }

  /**
   * The parts of the change from {@code before} to {@code after}, in the order they are applied.
   */
  static List<EventChange> between(Event before, Event after) {
    List<EventChange> out = new ArrayList<>();
    List<EventChange> people = new ArrayList<>();
    attendees(before.attendees(), after.attendees(), people);
    // the columns of a removed attendee's table row go with the row, whatever the changed event
    // kept of them
    Map<String, String> extra = before.extra();
    Map<String, String> kept = after.extra();
    for (EventChange c : people) {
      if (c instanceof AttendeeRemove r
          && after.attendees().stream().noneMatch(a -> a.name().equals(r.attendee().name()))) {
        extra = withoutPerson(extra, r.attendee().name());
        kept = withoutPerson(kept, r.attendee().name());
      }
    }
    eventFields(
        before.toBuilder().extra(extra).build(), after.toBuilder().extra(kept).build(), out);
    Map<String, Topic> beforeTopics = new HashMap<>();
    before.topics().forEach(t -> beforeTopics.put(t.id(), t));
    Set<String> afterIds = new LinkedHashSet<>();
    for (Topic t : after.topics()) {
      afterIds.add(t.id());
    }
    for (Topic t : before.topics()) {
      if (!afterIds.contains(t.id())) {
        out.add(new TopicRemove(t));
      }
    }
    for (Topic t : after.topics()) {
      Topic was = beforeTopics.get(t.id());
      if (was == null) {
        out.add(new TopicAdd(t));
      } else if (!was.equals(t)) {
        topicFields(was, t, out);
      }
    }
    out.addAll(people);
    return out;
  }

  /** {@code extra} without the lines an attendee table's columns keep for {@code name}. */
  static Map<String, String> withoutPerson(Map<String, String> extra, String name) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    extra.forEach(
        (k, v) -> {
          String left = dev.hackathonkit.io.internal.AttendeeData.withoutPerson(v, name);
          if (left != null) {
            out.put(k, left);
          }
        });
    return out;
  }

  /**
   * The event's own fields. Its id is not among them: a page's event takes its id from the page's
   * title, and the same event published to another page keeps its own.
   */
  private static void eventFields(Event before, Event after, List<EventChange> out) {
    check(out, "title", before.title(), after.title());
    check(out, "timeZone", before.timeZone(), after.timeZone());
    days(before.days(), after.days(), out);
    check(out, "venue", before.venue(), after.venue());
    for (Link l : before.links()) {
      if (!after.links().contains(l)) {
        out.add(new LinkRemove(l));
      }
    }
    for (Link l : after.links()) {
      if (!before.links().contains(l)) {
        out.add(new LinkAdd(l));
      }
    }
    Set<String> keys = new LinkedHashSet<>(before.extra().keySet());
    keys.addAll(after.extra().keySet());
    for (String key : keys) {
      check(out, "extra[" + key + "]", before.extra().get(key), after.extra().get(key));
    }
  }

  /** Days by date: added, removed, and (as one part each) days whose hours changed. */
  private static void days(List<EventDay> before, List<EventDay> after, List<EventChange> out) {
    Map<java.time.LocalDate, EventDay> was = new HashMap<>();
    before.forEach(d -> was.put(d.date(), d));
    Set<java.time.LocalDate> now = new java.util.HashSet<>();
    for (EventDay d : after) {
      now.add(d.date());
      EventDay old = was.get(d.date());
      if (old == null) {
        out.add(new DayAdd(d));
      } else if (!old.equals(d)) {
        out.add(new EventEdit("days[" + d.date() + "]", d.toString(), old, d));
      }
    }
    for (EventDay d : before) {
      if (!now.contains(d.date())) {
        out.add(new DayRemove(d));
      }
    }
  }

  private static void check(
      List<EventChange> out, String field, @Nullable Object a, @Nullable Object b) {
    if (!Objects.equals(a, b)) {
      out.add(new EventEdit(field, String.valueOf(b), a, b));
    }
  }

  private static void topicFields(Topic was, Topic now, List<EventChange> out) {
    for (TopicField f : TopicField.values()) {
      if (!Objects.equals(value(was, f), value(now, f))) {
        out.add(new TopicEdit(was, now, f, null));
      }
    }
    Set<String> keys = new LinkedHashSet<>(was.extra().keySet());
    keys.addAll(now.extra().keySet());
    for (String key : keys) {
      if (!Objects.equals(was.extra().get(key), now.extra().get(key))) {
        out.add(new TopicEdit(was, now, null, key));
      }
    }
    if (!Objects.equals(was.slot(), now.slot())) {
      out.add(new TopicSlot(now));
    }
  }

  private static void attendees(
      List<Attendee> before, List<Attendee> after, List<EventChange> out) {
    List<Attendee> left = new ArrayList<>(before);
    List<EventChange> adds = new ArrayList<>();
    for (Attendee a : after) {
      int same = indexOfName(left, a);
      if (same < 0) {
        adds.add(new AttendeeAdd(a));
        continue;
      }
      Attendee was = left.remove(same);
      if (was.status() != a.status()) {
        out.add(new AttendeeRemove(was));
        adds.add(new AttendeeAdd(a));
      } else if (!Objects.equals(was.affiliation(), a.affiliation())) {
        out.add(new AttendeeEdit(was, a));
      }
    }
    for (Attendee a : left) {
      out.add(new AttendeeRemove(a));
    }
    out.addAll(adds);
  }

  private static int indexOfName(List<Attendee> list, Attendee a) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(a.name()) && list.get(i).status() == a.status()) {
        return i;
      }
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(a.name())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What {@code page} holds at the change's path, as text, or {@code null} when it holds nothing
   * there: what a page left unchanged reads back as.
   */
  static @Nullable String current(EventChange change, Event page) {
    Object v;
    if (change instanceof TopicEdit e) {
      int i = PageEditor.topicIndex(page, e.before());
      v =
          i < 0
              ? null
              : e.field() != null
                  ? value(page.topics().get(i), e.field())
                  : page.topics().get(i).extra().get(e.extraKey());
    } else if (change instanceof TopicSlot s) {
      int i = PageEditor.topicIndex(page, s.after());
      v = i < 0 ? null : page.topics().get(i).slot();
    } else if (change instanceof TopicAdd a) {
      int i = PageEditor.topicIndex(page, a.topic());
      v = i < 0 ? null : page.topics().get(i).title();
    } else if (change instanceof TopicRemove r) {
      int i = PageEditor.topicIndex(page, r.topic());
      v = i < 0 ? null : page.topics().get(i).title();
    } else if (change instanceof AttendeeAdd a) {
      int i = PageEditor.attendeeIndex(page, a.attendee());
      v = i < 0 ? null : page.attendees().get(i).name();
    } else if (change instanceof AttendeeRemove r) {
      int i = PageEditor.attendeeIndex(page, r.attendee());
      v = i < 0 ? null : page.attendees().get(i).name();
    } else if (change instanceof AttendeeEdit e) {
      int i = PageEditor.attendeeIndex(page, e.before());
      v = i < 0 ? null : page.attendees().get(i).affiliation();
    } else if (change instanceof LinkAdd a) {
      v = page.links().contains(a.link()) ? a.link().target() : null;
    } else if (change instanceof LinkRemove r) {
      v = page.links().contains(r.link()) ? r.link().target() : null;
    } else if (change instanceof DayAdd a) {
      v =
          page.days().stream()
              .filter(d -> d.date().equals(a.day().date()))
              .findFirst()
              .orElse(null);
    } else if (change instanceof DayRemove r) {
      v =
          page.days().stream()
              .filter(d -> d.date().equals(r.day().date()))
              .findFirst()
              .orElse(null);
    } else {
      v = eventValue(page, change.path());
    }
    return v == null || (v instanceof List<?> l && l.isEmpty()) ? null : String.valueOf(v);
  }

  /**
   * The event's value of the field at {@code path} ({@code title}, {@code venue}, {@code
   * days[date]}, {@code extra[key]}, ...).
   */
  static @Nullable Object eventValue(Event event, String path) {
    if (path.startsWith("days[")) {
      String date = path.substring(5, path.length() - 1);
      return event.days().stream()
          .filter(d -> d.date().toString().equals(date))
          .findFirst()
          .orElse(null);
    }
    return switch (path) {
      case "title" -> event.title();
      case "timeZone" -> event.timeZone();
      case "venue" -> event.venue();
      case "links" -> event.links();
      default ->
          path.startsWith("extra[")
              ? event.extra().get(path.substring(6, path.length() - 1))
              : null;
    };
  }

  /** A topic's value of {@code field}, for comparison. */
  static @Nullable Object value(Topic t, TopicField field) {
    return switch (field) {
      case TITLE -> t.title();
      case INSERTED_ON -> t.insertedOn();
      case VERIFIED -> t.verified();
      case GSOC -> t.gsoc();
      case CONTACTS -> t.contacts();
      case MAILING_LIST -> t.mailingList();
      case IRC_CHANNEL -> t.ircChannel();
      case DIFFICULTY -> t.difficulty();
      case SKILLS -> t.skills();
      case DESCRIPTION -> t.description();
      case OUTCOMES -> t.outcomes();
      case REVIEW -> t.comments();
    };
  }

  /**
   * {@code t} with the value of {@code field} (or the extra value {@code extraKey}) taken from
   * {@code from}.
   */
  static Topic with(Topic t, @Nullable TopicField field, @Nullable String extraKey, Topic from) {
    Topic.Builder b = t.toBuilder();
    if (field == null) {
      Map<String, String> extra = new java.util.LinkedHashMap<>(t.extra());
      String v = from.extra().get(extraKey);
      if (v == null) {
        extra.remove(extraKey);
      } else {
        extra.put(extraKey, v);
      }
      return b.extra(extra).build();
    }
    switch (field) {
      case TITLE -> b.title(from.title());
      case INSERTED_ON -> b.insertedOn(from.insertedOn());
      case VERIFIED -> b.verified(from.verified());
      case GSOC -> b.gsoc(from.gsoc());
      case CONTACTS -> b.contacts(from.contacts());
      case MAILING_LIST -> b.mailingList(from.mailingList());
      case IRC_CHANNEL -> b.ircChannel(from.ircChannel());
      case DIFFICULTY -> b.difficulty(from.difficulty());
      case SKILLS -> b.skills(from.skills());
      case DESCRIPTION -> b.description(from.description());
      case OUTCOMES -> b.outcomes(from.outcomes());
      case REVIEW -> b.comments(from.comments());
    }
    return b.build();
  }

  /**
   * The first way {@code read} differs from {@code expected}, or {@code null} when they are the
   * same (the topic at {@code newTopic}, when not -1, may have any id: the page derives it anew; so
   * may a topic whose id is its title's slug, numbered when the title repeats).
   */
  static @Nullable String difference(Event read, Event expected, int newTopic) {
    List<EventChange> own = new ArrayList<>();
    eventFields(expected, read, own);
    if (!own.isEmpty()) {
      return "the " + own.get(0).path() + " of the event changes";
    }
    if (read.topics().size() != expected.topics().size()) {
      return read.topics().size() + " topics instead of " + expected.topics().size();
    }
    for (int i = 0; i < read.topics().size(); i++) {
      Topic r = read.topics().get(i);
      Topic e = expected.topics().get(i);
      if (i == newTopic || (derivedId(r) && derivedId(e))) {
        // an id the page derives from the title (with a number after a repeated title) follows the
        // page
        r = r.toBuilder().id(e.id()).build();
      }
      if (!r.equals(e)) {
        return "topic '" + e.id() + "' reads as " + firstDifference(r, e);
      }
    }
    if (!read.attendees().equals(expected.attendees())) {
      List<Attendee> r = read.attendees();
      List<Attendee> e = expected.attendees();
      for (int i = 0; i < Math.max(r.size(), e.size()); i++) {
        Attendee x = i < r.size() ? r.get(i) : null;
        Attendee y = i < e.size() ? e.get(i) : null;
        if (!Objects.equals(x, y)) {
          return "attendee " + (i + 1) + " reads as " + x + " instead of " + y;
        }
      }
    }
    return null;
  }

  private static boolean derivedId(Topic t) {
    String base = dev.hackathonkit.model.Slugs.of(t.title());
    return t.id().equals(base) || t.id().matches(java.util.regex.Pattern.quote(base) + "-\\d+");
  }

  private static String firstDifference(Topic r, Topic e) {
    for (TopicField f : TopicField.values()) {
      if (!Objects.equals(value(r, f), value(e, f))) {
        return f.key() + " '" + value(r, f) + "' instead of '" + value(e, f) + "'";
      }
    }
    if (!r.extra().equals(e.extra())) {
      return "extra " + r.extra() + " instead of " + e.extra();
    }
    if (!Objects.equals(r.slot(), e.slot())) {
      return "slot " + r.slot() + " instead of " + e.slot();
    }
    return "id '" + r.id() + "'";
  }
}
