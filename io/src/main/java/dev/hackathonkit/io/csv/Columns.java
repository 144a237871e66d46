package dev.hackathonkit.io.csv;

/**
 * File and column names of the table set; the single place that spells them ({@link TableSchema}
 * says which table holds which).
 */
final class Columns {
  static final String EVENT_FILE = "event.csv";
  static final String DAYS_FILE = "days.csv";
  static final String TOPICS_FILE = "topics.csv";
  static final String COMMENTS_FILE = "comments.csv";
  static final String ATTENDEES_FILE = "attendees.csv";

  /** Prefix of the columns that hold {@code extra} fields. */
  static final String EXTRA = "extra.";

  /** Prefix of the event's columns in the flat topics view. */
  static final String EVENT_PREFIX = "event.";

  // event.csv
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TIME_ZONE = "time_zone";
  static final String VENUE_NAME = "venue.name";
  static final String VENUE_STREET = "venue.street";
  static final String VENUE_POSTCODE = "venue.postcode";
  static final String VENUE_CITY = "venue.city";
  static final String VENUE_COUNTRY = "venue.country";
  static final String LINKS = "links";
  static final String SOURCE_SITE = "source.site";
  static final String SOURCE_PAGE = "source.page";
  static final String SOURCE_URL = "source.url";
  static final String SOURCE_REVISION_ID = "source.revision_id";
  static final String SOURCE_RETRIEVED_AT = "source.retrieved_at";

  // days.csv
  static final String DATE = "date";
  static final String OPENS = "opens";
  static final String CLOSES = "closes";

  // topics.csv (ID and TITLE as above)
  static final String INSERTED_ON = "inserted_on";
  static final String VERIFIED = "verified";
  static final String GSOC = "gsoc";
  static final String CONTACTS = "contacts";
  static final String MAILING_LIST = "mailing_list";
  static final String IRC_CHANNEL = "irc_channel";
  static final String DIFFICULTY = "difficulty";
  static final String SKILLS = "skills";
  static final String DESCRIPTION = "description";
  static final String OUTCOMES = "outcomes";
  static final String SLOT_DATE = "slot.date";
  static final String SLOT_START = "slot.start";
  static final String SLOT_END = "slot.end";
  static final String SLOT_ROOM = "slot.room";

  /** The slot's RFC 5545 recurrence lines ({@code RRULE:...}), one per line of the cell. */
  static final String SLOT_RECURRENCE = "slot.recurrence";

  // comments.csv
  static final String TOPIC_ID = "topic_id";
  static final String AUTHOR = "author";
  static final String POSTED_AT = "posted_at";
  static final String KIND = "kind";
  static final String TEXT = "text";

  // attendees.csv
  static final String NAME = "name";
  static final String AFFILIATION = "affiliation";
  static final String STATUS = "status";

  private Columns() {}
}
