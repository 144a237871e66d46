package dev.hackathonkit.io.page;

import org.jspecify.annotations.Nullable;

/** The columns of a schedule (programme) table that a profile can recognise by their header. */
public enum ScheduleColumn {
  /** The day or date of a slot. */
  DAY("day"),
  /** The time or time range of a slot ({@code 09:00-10:30}). */
  TIME("time"),
  /** The start time, when start and end have columns of their own. */
  START("start"),
  /** The end time. */
  END("end"),
  /** The room, track or place of a slot. */
  ROOM("room"),
  /** What happens in the slot: the session or talk. */
  TITLE("title"),
  /** Who leads the slot. */
  SPEAKER("speaker");

  private final String key;

  ScheduleColumn(String key) {
    this.key = key;
  }

  /** The name of this column in profile JSON files: {@code speaker}. */
  public String key() {
    return key;
  }

  /**
   * The column with the given JSON key ({@code speaker}) or constant name ({@code SPEAKER}),
   * ignoring case; {@code null} if there is none.
   */
  public static @Nullable ScheduleColumn forKey(String key) {
    for (ScheduleColumn v : values()) {
      if (v.key.equalsIgnoreCase(key) || v.name().equalsIgnoreCase(key)) {
        return v;
      }
    }
    return null;
  }
}
