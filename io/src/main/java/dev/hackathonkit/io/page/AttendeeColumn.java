package dev.hackathonkit.io.page;

import org.jspecify.annotations.Nullable;

/** The columns of an attendee table that a profile can recognise by their header. */
public enum AttendeeColumn {
  /** The attendee's name (often a user link). */
  NAME("name"),
  /** The organisation the attendee comes from. */
  AFFILIATION("affiliation"),
  /**
   * Whether the attendee is confirmed, tentative, withdrawn; read with the profile's status words.
   */
  STATUS("status");

  private final String key;

  AttendeeColumn(String key) {
    this.key = key;
  }

  /** The name of this column in profile JSON files: {@code affiliation}. */
  public String key() {
    return key;
  }

  /**
   * The column with the given JSON key ({@code affiliation}) or constant name ({@code
   * AFFILIATION}), ignoring case; {@code null} if there is none.
   */
  public static @Nullable AttendeeColumn forKey(String key) {
    for (AttendeeColumn v : values()) {
      if (v.key.equalsIgnoreCase(key) || v.name().equalsIgnoreCase(key)) {
        return v;
      }
    }
    return null;
  }
}
