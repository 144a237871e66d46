package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.internal.EventData;
import dev.hackathonkit.io.page.FieldSpec;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageSection;
import dev.hackathonkit.io.page.TopicField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names a page uses, from its {@link PageProfile}, plus the names this package gives to values
 * a profile has no place for (so that nothing is lost when the model holds them): a topic's id and
 * slot, contacts that prose cannot carry, and an event's id, title, time zone, venue, attendees
 * whose status has no heading (tentative, waitlisted, withdrawn; see {@link AttendeeData}) and
 * extra fields in one {@code {{Event data}}} template.
 */
final class Layout {
  static final String TOPIC_ID = EventData.TOPIC_ID;
  static final String SLOT_DATE = EventData.SLOT_DATE;
  static final String SLOT_TIME = EventData.SLOT_TIME;
  static final String ROOM = EventData.ROOM;
  static final String CONTACT_TEMPLATE = EventData.CONTACT_TEMPLATE;
  static final String EVENT_TEMPLATE = EventData.TEMPLATE;
  static final String EVENT_TITLE = EventData.EVENT_TITLE;
  static final String EVENT_ID = EventData.EVENT_ID;
  static final String TIME_ZONE = EventData.TIME_ZONE;
  static final String VENUE_NAME = EventData.VENUE_NAME;
  static final String STREET = EventData.STREET;
  static final String POSTCODE = EventData.POSTCODE;
  static final String CITY = EventData.CITY;
  static final String COUNTRY = EventData.COUNTRY;
  static final String TENTATIVE = EventData.TENTATIVE;
  static final String WAITLISTED = EventData.WAITLISTED;
  static final String WITHDRAWN = EventData.WITHDRAWN;
  static final String LINKS_HEADING = "More Information";
  static final List<String> VENUE_KEYS = EventData.VENUE_KEYS;
  static final List<String> EVENT_KEYS = EventData.EVENT_KEYS;
  static final List<String> TOPIC_KEYS = EventData.TOPIC_KEYS;

  /** Names used when a profile does not place a field. */
  private static final String[] FALLBACK = {
    "Project",
    "Date",
    "Verified",
    "GSoC",
    "Contact",
    "ML",
    "IRC",
    "Difficulty",
    "Skills",
    "Desc",
    "Outcomes",
    "Review"
  };

  final PageProfile profile;

  Layout(PageProfile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  /** The parameter holding {@code field}. */
  String param(TopicField field) {
    FieldSpec spec = profile.field(field);
    return spec != null && spec.parameter() != null ? spec.parameter() : FALLBACK[field.ordinal()];
  }

  /** The template's default for {@code field}, or {@code null}. */
  @Nullable String defaultValue(TopicField field) {
    FieldSpec spec = profile.field(field);
    return spec != null ? spec.defaultValue() : null;
  }

  /** The heading written for {@code section}: the profile's first. */
  String heading(PageSection section) {
    List<String> h = profile.headings().get(section);
    if (h != null && !h.isEmpty()) {
      return h.get(0);
    }
    return switch (section) {
      case WHEN_AND_WHERE -> "When and Where";
      case TOPICS -> "Topics";
      case CONFIRMED_ATTENDEES -> "Confirmed Attendees";
      case INVITED_ATTENDEES -> "Invited";
      default -> section.key();
    };
  }

  /**
   * Whether the layout may use hackathon-kit's own templates ({@code {{Event data}}} for values the
   * layout has no prose place for, {@code {{Contact}}} for contacts prose cannot carry): only when
   * the profile names {@code Event data} among its event templates, as every built-in profile does
   * through the generic one.
   */
  boolean ownTemplates() {
    return profile.isEventTemplate(EVENT_TEMPLATE);
  }

  boolean isFiller(TopicField field, String value) {
    return profile.isFiller(field, value);
  }

  /**
   * {@code value} escaped by {@code escape}; a value the profile reads as a filler of {@code field}
   * ({@code N/A}, {@code TBD}) gets its first character in {@code <nowiki>}, so that it reads as
   * itself rather than as absence.
   */
  String unlessFiller(
      TopicField field, String value, java.util.function.UnaryOperator<String> escape) {
    if (value.isEmpty() || !isFiller(field, value)) {
      return escape.apply(value);
    }
    int first = value.offsetByCodePoints(0, 1);
    return "<nowiki>"
        + Markup.value(value.substring(0, first))
        + "</nowiki>"
        + escape.apply(value.substring(first));
  }

  String notApplicable() {
    return "{{"
        + or(profile.notApplicableTemplate(), PageProfile.xenProject().notApplicableTemplate())
        + "}}";
  }

  /**
   * The topic template: the profile's, else the Xen Project profile's (the names this writer always
   * wrote).
   */
  String topicTemplate() {
    return or(profile.topicTemplate(), PageProfile.xenProject().topicTemplate());
  }

  /** The vote template: the profile's, else the Xen Project profile's. */
  String voteTemplate() {
    return or(profile.voteTemplate(), PageProfile.xenProject().voteTemplate());
  }

  /** The comment template: the profile's, else the Xen Project profile's. */
  String commentTemplate() {
    return or(profile.commentTemplate(), PageProfile.xenProject().commentTemplate());
  }

  private static String or(@Nullable String own, @Nullable String fallback) {
    return own != null ? own : requireNonNull(fallback, "fallback");
  }
}
