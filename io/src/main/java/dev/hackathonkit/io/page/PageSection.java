package dev.hackathonkit.io.page;

import dev.hackathonkit.model.AttendeeStatus;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an event page that a profile finds by their heading ({@link
 * PageProfile#sectionForHeading(String)}).
 */
public enum PageSection {
  /** Dates, hours and place: {@code When and Where}. */
  WHEN_AND_WHERE("whenAndWhere", null),
  /** The topic entries (project ideas, sessions). */
  TOPICS("topics", null),
  /** The programme: what happens when, often a table. */
  SCHEDULE("schedule", null),
  /** The confirmed attendees list. */
  CONFIRMED_ATTENDEES("confirmedAttendees", "CONFIRMED"),
  /** The invited (not yet confirmed) attendees list. */
  INVITED_ATTENDEES("invitedAttendees", "INVITED"),
  /** People who may come ({@code Maybe}). */
  TENTATIVE_ATTENDEES("tentativeAttendees", "TENTATIVE"),
  /** The waiting list. */
  WAITLISTED_ATTENDEES("waitlistedAttendees", "WAITLISTED"),
  /** People who cancelled ({@code Can't make it}). */
  WITHDRAWN_ATTENDEES("withdrawnAttendees", "WITHDRAWN"),
  /** Links to related pages ({@code See also}). */
  LINKS("links", null),
  /**
   * Sections whose content is not about this event's data (travel tips, sponsors, reports): their
   * text is known and skipped rather than reported as unread.
   */
  NOT_EVENT_DATA("notEventData", null);

  private final String key;
  private final @Nullable String status;

  PageSection(String key, @Nullable String status) {
    this.key = key;
    this.status = status;
  }

  /** The section's name in profile JSON files: {@code confirmedAttendees}. */
  public String key() {
    return key;
  }

  /** The section with the given JSON key or constant name, ignoring case; {@code null} if none. */
  public static @Nullable PageSection forKey(String key) {
    for (PageSection s : values()) {
      if (s.key.equalsIgnoreCase(key) || s.name().equalsIgnoreCase(key)) {
        return s;
      }
    }
    return null;
  }

  /** Whether the section lists attendees (any of the five attendee sections). */
  public boolean isAttendeeList() {
    return status != null;
  }

  /**
   * The status of the attendees this section lists, or {@code null} for the other sections. The
   * status is the {@link AttendeeStatus} constant of the same name ({@code TENTATIVE} for {@link
   * #TENTATIVE_ATTENDEES}); {@code null} too while the model does not define that constant.
   */
  public @Nullable AttendeeStatus attendeeStatus() {
    return status == null ? null : statusNamed(status);
  }

  /** The {@link AttendeeStatus} constant called {@code name} (ignoring case), or {@code null}. */
  static @Nullable AttendeeStatus statusNamed(String name) {
    for (AttendeeStatus s : AttendeeStatus.values()) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }
}
