package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares an event with what a page written from it reads back as, part by part, and names the
 * parts that differ with the reason the layout gives for it.
 */
final class PageCheck {
  private final PageProfile profile;
  private final boolean templateLayout;
  private final List<Unplaced> out = new ArrayList<>();

  private PageCheck(PageProfile profile, boolean templateLayout) {
    this.profile = profile;
    this.templateLayout = templateLayout;
  }

  static List<Unplaced> compare(Event e, Event r, PageProfile profile, boolean templateLayout) {
    PageCheck c = new PageCheck(profile, templateLayout);
    c.event(e, r);
    return c.out;
  }

  private void event(Event e, Event r) {
    part("title", e.title(), r.title(), "the title does not read back in this layout");
    part(
        "id",
        e.id(),
        r.id(),
        "the layout has no place for an event id; a reader derives it from the page title");
    part("timeZone", e.timeZone(), r.timeZone(), "the profile has no label for the time zone");
    part("days", e.days(), r.days(), "the days do not read back in this layout");
    part("venue", e.venue(), r.venue(), venueReason(e));
    part("links", e.links(), r.links(), "the links do not read back in this layout");
    extra("extra", e.extra(), r.extra());
    if (e.topics().size() != r.topics().size()) {
      part(
          "topics",
          e.topics().size() + " topics",
          r.topics().size() + " topics",
          "the topics do not read back in this layout");
    } else {
      for (int i = 0; i < e.topics().size(); i++) {
        topic("topics[" + i + "]", e.topics().get(i), r.topics().get(i));
      }
    }
    attendees(e.attendees(), r.attendees());
  }

  private String venueReason(Event e) {
    Venue v = e.venue();
    if (v != null
        && v.name() == null
        && v.street() == null
        && v.postcode() == null
        && v.city() == null
        && v.country() == null) {
      return "a venue without any part has nothing the page can state";
    }
    if (v != null && !templateLayout) {
      for (String part : Arrays.asList(v.name(), v.street(), v.postcode(), v.city(), v.country())) {
        if (part != null && part.contains(",")) {
          return "a venue part with a comma reads as several parts of the address";
        }
      }
    }
    return "the venue does not read back in this layout";
  }

  private void topic(String at, Topic t, Topic r) {
    part(at + ".title", t.title(), r.title(), "the title does not read back as a heading");
    part(
        at + ".id",
        t.id(),
        r.id(),
        "the layout has no place for a topic id other than the one derived from its title");
    field(at, TopicField.INSERTED_ON, t, r, Topic::insertedOn);
    field(at, TopicField.VERIFIED, t, r, Topic::verified);
    field(at, TopicField.GSOC, t, r, Topic::gsoc);
    if (!t.contacts().equals(r.contacts())) {
      boolean prose = t.contacts().stream().allMatch(ContactFormat::isPlain);
      String moved = movedFrom(t, TopicField.CONTACTS);
      part(
          at + ".contacts",
          t.contacts(),
          r.contacts(),
          moved != null
              ? "the topic's extra field '"
                  + moved
                  + "' is one of the profile's labels for contacts"
              : !templateLayout && !prose
                  ? "the layout writes contacts as prose ('Name <mail>'), which carries no affiliation or note"
                  : "the contacts do not read back in this layout");
    }
    field(at, TopicField.MAILING_LIST, t, r, Topic::mailingList);
    field(at, TopicField.IRC_CHANNEL, t, r, Topic::ircChannel);
    field(at, TopicField.DIFFICULTY, t, r, Topic::difficulty);
    field(at, TopicField.SKILLS, t, r, Topic::skills);
    field(at, TopicField.DESCRIPTION, t, r, Topic::description);
    field(at, TopicField.OUTCOMES, t, r, Topic::outcomes);
    if (!t.comments().equals(r.comments())) {
      boolean votes = t.comments().stream().anyMatch(c -> c.kind() == CommentKind.VOTE);
      boolean untemplated = profile.voteTemplate() == null || profile.commentTemplate() == null;
      part(
          at + ".comments",
          t.comments(),
          r.comments(),
          votes
                  && profile.voteTemplate() == null
                  && profile.voteIcon() == null
                  && profile.voteWords().isEmpty()
              ? "the profile names no vote template, icon or word: votes read back as comments"
              : templateLayout && untemplated && t.comments().size() > 1
                  ? "without a vote or comment template around each entry, the review parameter reads as one entry"
                  : profile.field(TopicField.REVIEW) == null
                      ? "the profile has no place for review entries"
                      : "the review entries do not read back in this layout");
    }
    part(at + ".slot", t.slot(), r.slot(), "the layout has no place for a topic's slot");
    extra(at + ".extra", t.extra(), r.extra());
  }

  private <T> void field(
      String at, TopicField field, Topic t, Topic r, Function<Topic, @Nullable T> get) {
    T value = get.apply(t);
    T back = get.apply(r);
    if (Objects.equals(value, back)) {
      return;
    }
    String reason;
    String moved = movedFrom(t, field);
    var spec = profile.field(field);
    if (moved != null) {
      reason =
          "the topic's extra field '"
              + moved
              + "' is one of the profile's labels for "
              + field.key();
    } else if (spec == null) {
      reason = "the profile has no place for " + field.key();
    } else if (!templateLayout && spec.label() == null) {
      reason = "the profile has no label for " + field.key();
    } else if (value instanceof String s && profile.isFiller(field, s)) {
      reason = "the value is one of the profile's fillers, which mean 'absent'";
    } else {
      reason = "the value does not read back as " + field.key() + " in this layout";
    }
    part(at + "." + field.key(), value, back, reason);
  }

  /**
   * The key of the topic's extra field that the profile reads as {@code field}, or {@code null}.
   */
  private @Nullable String movedFrom(Topic t, TopicField field) {
    for (String key : t.extra().keySet()) {
      if (profile.fieldForLabel(key) == field) {
        return key;
      }
    }
    return null;
  }

  private void extra(String at, Map<String, String> e, Map<String, String> r) {
    for (Map.Entry<String, String> x : e.entrySet()) {
      String back = r.get(x.getKey());
      if (!x.getValue().equals(back)) {
        boolean known =
            profile.fieldForLabel(x.getKey()) != null
                || profile.eventFieldForLabel(x.getKey()) != null;
        String key = x.getKey();
        part(
            at + "[" + key + "]",
            x.getValue(),
            back,
            known
                ? "the key is one of the profile's labels, so it reads as that field"
                : templateLayout
                    ? "the extra field does not read back under its key in this layout"
                    : profile.sectionForHeading(key) != null
                        ? "the key reads as one of the profile's section headings"
                        : key.isEmpty() || !Character.isUpperCase(key.codePointAt(0))
                            ? "an extra field is written as a 'Key: value' line, which reads as a label only when the key starts"
                                + " with a capital letter"
                            : x.getValue().contains("\n")
                                ? "an extra field is written as a 'Key: value' line, which carries one line of text"
                                : "the extra field does not read back under its key in this layout");
      }
    }
    for (Map.Entry<String, String> x : r.entrySet()) {
      if (!e.containsKey(x.getKey())) {
        part(
            at + "[" + x.getKey() + "]",
            "",
            x.getValue(),
            "text the layout wrote for another value reads back as this extra field");
      }
    }
    if (e.equals(r)
        || !e.keySet().equals(r.keySet())
        || new ArrayList<>(e.keySet()).equals(new ArrayList<>(r.keySet()))) {
      return;
    }
    part(
        at,
        e.keySet().toString(),
        r.keySet().toString(),
        "the extra fields read back in another order");
  }

  private void attendees(List<Attendee> e, List<Attendee> r) {
    if (e.equals(r)) {
      return;
    }
    if (e.size() != r.size()) {
      part("attendees", e.size() + " attendees", r.size() + " attendees", attendeeReason(e));
      return;
    }
    for (int i = 0; i < e.size(); i++) {
      part("attendees[" + i + "]", e.get(i), r.get(i), attendeeReason(List.of(e.get(i))));
    }
  }

  private String attendeeReason(List<Attendee> e) {
    for (Attendee a : e) {
      List<String> h = profile.headings().get(LabelledPage.section(a.status()));
      if (h == null || h.isEmpty()) {
        return "the profile has no heading for "
            + a.status().name().toLowerCase(java.util.Locale.ROOT)
            + " attendees";
      }
    }
    return "the attendees do not read back in this layout";
  }

  private void part(String path, @Nullable Object value, @Nullable Object back, String reason) {
    if (!Objects.equals(value, back)) {
      boolean nothing = back == null || (back instanceof java.util.Collection<?> c && c.isEmpty());
      out.add(
          new Unplaced(
              nothing ? UnplacedReason.L101_NO_PLACE : UnplacedReason.L102_READS_BACK_OTHERWISE,
              path,
              text(value),
              back == null ? null : text(back),
              reason));
    }
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Person p) {
      return p.name();
    }
    if (value instanceof Attendee a) {
      return a.name()
          + (a.affiliation() == null ? "" : ", " + a.affiliation())
          + " ("
          + a.status().name().toLowerCase(java.util.Locale.ROOT)
          + ")";
    }
    if (value instanceof Comment c) {
      return c.kind() + " " + c.author() + ": " + c.text();
    }
    return String.valueOf(value);
  }
}
