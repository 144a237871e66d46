package dev.hackathonkit.io.page;

import org.jspecify.annotations.Nullable;

/** The parts of an event page that a profile finds by their heading. */
public enum PageSection {
  /** Dates, hours and place: {@code When and Where}. */
  WHEN_AND_WHERE("whenAndWhere"),
  /** The topic entries. */
  TOPICS("topics"),
  /** The confirmed attendees list. */
  CONFIRMED_ATTENDEES("confirmedAttendees"),
  /** The invited (not yet confirmed) attendees list. */
  INVITED_ATTENDEES("invitedAttendees");

  private final String key;

  PageSection(String key) {
    this.key = key;
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

  /** Whether the section lists attendees. */
  public boolean isAttendeeList() {
    return this == CONFIRMED_ATTENDEES || this == INVITED_ATTENDEES;
  }
}
