package dev.hackathonkit.io.page;

import org.jspecify.annotations.Nullable;

/**
 * The facts about an event as a whole that a page states in an infobox template or as labelled
 * lines ({@code When: 16-17 May 2013}); a profile says, per field, which template parameters and
 * which labels hold it (an {@link EventFieldSpec}).
 */
public enum EventField {
  /** The event's name. */
  TITLE("title"),
  /** The day or days of the event: a date or a range. */
  DATES("dates"),
  /** The daily opening and closing times. */
  HOURS("hours"),
  /** The venue's name (the building or organisation hosting the event). */
  VENUE("venue"),
  /** The venue's full postal address on one line. */
  ADDRESS("address"),
  /** The street and number. */
  STREET("street"),
  /** The postal code. */
  POSTCODE("postcode"),
  /** The city or town. */
  CITY("city"),
  /** The country. */
  COUNTRY("country"),
  /** The time zone the times are stated in. */
  TIME_ZONE("timeZone");

  private final String key;

  EventField(String key) {
    this.key = key;
  }

  /** The name of this field in profile JSON files: {@code timeZone}. */
  public String key() {
    return key;
  }

  /**
   * The field with the given JSON key ({@code timeZone}) or constant name ({@code TIME_ZONE}),
   * ignoring case; {@code null} if there is none.
   */
  public static @Nullable EventField forKey(String key) {
    for (EventField v : values()) {
      if (v.key.equalsIgnoreCase(key) || v.name().equalsIgnoreCase(key)) {
        return v;
      }
    }
    return null;
  }
}
