package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.page.FieldSpec;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageSection;
import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.model.AttendeeStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names a page uses, from its {@link PageProfile}, plus the names this package gives to values a
 * profile has no place for (so that nothing is lost when the model holds them): a topic's id and
 * slot, contacts that prose cannot carry, and an event's id, title, time zone, venue, attendees
 * whose status has no heading (tentative, waitlisted, withdrawn; see {@link AttendeeData}) and extra
 * fields in one {@code {{Event data}}} template.
 */
final class Layout {
  static final String TOPIC_ID = "Id";
  static final String SLOT_DATE = "Slot date";
  static final String SLOT_TIME = "Slot time";
  static final String ROOM = "Room";
  static final String CONTACT_TEMPLATE = "Contact";
  static final String EVENT_TEMPLATE = "Event data";
  static final String EVENT_TITLE = "Title";
  static final String EVENT_ID = "Id";
  static final String TIME_ZONE = "Time zone";
  static final String VENUE_NAME = "Venue";
  static final String STREET = "Street";
  static final String POSTCODE = "Postcode";
  static final String CITY = "City";
  static final String COUNTRY = "Country";
  static final String TENTATIVE = "Tentative";
  static final String WAITLISTED = "Waitlisted";
  static final String WITHDRAWN = "Withdrawn";
  static final String LINKS_HEADING = "More Information";
  static final List<String> VENUE_KEYS = List.of(VENUE_NAME, STREET, POSTCODE, CITY, COUNTRY);
  static final List<String> EVENT_KEYS = List.of(EVENT_TITLE, EVENT_ID, TIME_ZONE, VENUE_NAME, STREET, POSTCODE,
      CITY, COUNTRY, TENTATIVE, WAITLISTED, WITHDRAWN);
  static final List<String> TOPIC_KEYS = List.of(TOPIC_ID, SLOT_DATE, SLOT_TIME, ROOM);

  /** Names used when a profile does not place a field. */
  private static final String[] FALLBACK = {
    "Project", "Date", "Verified", "GSoC", "Contact", "ML", "IRC", "Difficulty", "Skills", "Desc",
    "Outcomes", "Review"
  };

  final PageProfile profile;

  Layout(PageProfile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  /**
   * The {@code {{Event data}}} parameter holding attendees of {@code status}, or {@code null} for a
   * status the page lists under a heading (confirmed, invited).
   */
  static @Nullable String attendeeKey(AttendeeStatus status) {
    return switch (status) {
      case CONFIRMED, INVITED -> null;
      case TENTATIVE -> TENTATIVE;
      case WAITLISTED -> WAITLISTED;
      case WITHDRAWN -> WITHDRAWN;
    };
  }

  /** The parameter holding {@code field}. */
  String param(TopicField field) {
    FieldSpec spec = profile.field(field);
    return spec != null ? spec.parameter() : FALLBACK[field.ordinal()];
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
    };
  }

  boolean isFiller(TopicField field, String value) {
    return profile.isFiller(field, value);
  }

  String notApplicable() {
    return "{{" + profile.notApplicableTemplate() + "}}";
  }
}
