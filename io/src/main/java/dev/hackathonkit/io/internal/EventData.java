package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.AttendeeStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names hackathon-kit's own wikitext layout gives to values a community's layout has no place
 * for, so that nothing is lost when the model holds them: a topic's id and slot, contacts that
 * prose cannot carry, and an event's id, title, time zone and venue in one {@code {{Event data}}}
 * template. On a page without a topic template, an {@code {{Event data}}} under a topic's heading
 * holds that topic's values ({@link #TOPIC_ID}, the slot keys, extra fields). The wikitext writer
 * writes them and the page mapper reads them back. Not API.
 */
public final class EventData {
  /** The template holding the event's own fields. */
  public static final String TEMPLATE = "Event data";

  /** The template holding one contact with e-mail, affiliation and note. */
  public static final String CONTACT_TEMPLATE = "Contact";

  /** A topic's id, as a topic template parameter. */
  public static final String TOPIC_ID = "Id";

  /** A topic's slot date (dd/mm/yyyy). */
  public static final String SLOT_DATE = "Slot date";

  /** A topic's slot time ({@code 9AM to 5PM}). */
  public static final String SLOT_TIME = "Slot time";

  /** A topic's slot room. */
  public static final String ROOM = "Room";

  /** The event's title. */
  public static final String EVENT_TITLE = "Title";

  /** The event's id. */
  public static final String EVENT_ID = "Id";

  /** The event's time zone (an IANA id). */
  public static final String TIME_ZONE = "Time zone";

  /** The venue's name. */
  public static final String VENUE_NAME = "Venue";

  /** The venue's street address. */
  public static final String STREET = "Street";

  /** The venue's postcode. */
  public static final String POSTCODE = "Postcode";

  /** The venue's city. */
  public static final String CITY = "City";

  /** The venue's country. */
  public static final String COUNTRY = "Country";

  /**
   * Attendees listed as tentative, one per line ({@code 3. Name, Affiliation}: position, name,
   * affiliation).
   */
  public static final String TENTATIVE = "Tentative";

  /** Attendees on the waiting list, as {@link #TENTATIVE}. */
  public static final String WAITLISTED = "Waitlisted";

  /** Attendees who withdrew, as {@link #TENTATIVE}. */
  public static final String WITHDRAWN = "Withdrawn";

  /** The venue's parts in {@link #TEMPLATE}. */
  public static final List<String> VENUE_KEYS =
      List.of(VENUE_NAME, STREET, POSTCODE, CITY, COUNTRY);

  /** The event fields of {@link #TEMPLATE}. */
  public static final List<String> EVENT_KEYS =
      List.of(
          EVENT_TITLE,
          EVENT_ID,
          TIME_ZONE,
          VENUE_NAME,
          STREET,
          POSTCODE,
          CITY,
          COUNTRY,
          TENTATIVE,
          WAITLISTED,
          WITHDRAWN);

  /** The topic template parameters this layout adds. */
  public static final List<String> TOPIC_KEYS = List.of(TOPIC_ID, SLOT_DATE, SLOT_TIME, ROOM);

  /**
   * Marks a parameter that holds an extra field whose key is one of this layout's own names or of
   * the topic template's ({@code |extra:Venue=...} is the extra field {@code Venue}, not the
   * venue), so that it reads back as the extra field it is; see {@link #extraParam} and {@link
   * #extraKey}.
   */
  public static final String EXTRA_PREFIX = "extra:";

  private EventData() {}

  /**
   * The parameter name for an extra field: its key, or the key after {@link #EXTRA_PREFIX} when a
   * reader would take the key for a field ({@code taken}, ignoring case) or it starts with the
   * prefix.
   */
  public static String extraParam(String key, java.util.Collection<String> taken) {
    boolean clash =
        key.regionMatches(true, 0, EXTRA_PREFIX, 0, EXTRA_PREFIX.length())
            || taken.stream().anyMatch(t -> t.equalsIgnoreCase(key.strip()));
    return clash ? EXTRA_PREFIX + key : key;
  }

  /**
   * The extra field's key a parameter written by {@link #extraParam} names, or {@code null} for
   * another name.
   */
  public static @Nullable String extraKey(String param) {
    return param.regionMatches(true, 0, EXTRA_PREFIX, 0, EXTRA_PREFIX.length())
        ? param.substring(EXTRA_PREFIX.length())
        : null;
  }

  /**
   * The parameter listing attendees of {@code status}, or {@code null} for the statuses a layout
   * lists under headings.
   */
  public static @Nullable String attendeeKey(AttendeeStatus status) {
    return switch (status) {
      case CONFIRMED, INVITED -> null;
      case TENTATIVE -> TENTATIVE;
      case WAITLISTED -> WAITLISTED;
      case WITHDRAWN -> WITHDRAWN;
    };
  }
}
