package dev.hackathonkit.io.ical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every iCalendar property this package knows, the only such list: per component and name, how the
 * reader takes it ({@link Read}, with its RFC value type), which model field it fills ({@link
 * #field()}), and where the writer puts it ({@link #written()}). {@link EventMapper} dispatches on
 * these constants, lists a property that is not here as not mapped (and keeps a session's in its
 * {@code extra}), and lists a {@link Read#BOOKKEEPING} one once per name without counting it in
 * coverage; {@link ICalendarEventWriter} writes each component's properties in the order they are
 * declared here. (A session's fields are read in the mapper's own order, which differs from the
 * writer's in two places: the order of a topic's {@code extra} is part of the output.)
 *
 * <p>Sections are those of RFC 5545 unless RFC 7986 (new calendar properties) or RFC 9073 (LINK) is
 * named. {@code X-} names are this library's own or the de-facto ones of Apple, Google and
 * Microsoft (RFC 5545 section 3.8.8.2 allows them).
 */
enum IcalProperty {
  // ---------------------------------------------------------------- VCALENDAR (RFC 5545 section
  // 3.6)

  /** Section 3.7.4. */
  VERSION(
      Scope.VCALENDAR,
      "VERSION",
      "RFC 5545 3.7.4",
      Value.TEXT,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /** Section 3.7.3. */
  PRODID(
      Scope.VCALENDAR,
      "PRODID",
      "RFC 5545 3.7.3",
      Value.TEXT,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /** Section 3.7.1. */
  CALSCALE(
      Scope.VCALENDAR,
      "CALSCALE",
      "RFC 5545 3.7.1",
      Value.TEXT,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /** Section 3.7.2. */
  METHOD(
      Scope.VCALENDAR,
      "METHOD",
      "RFC 5545 3.7.2",
      Value.TEXT,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /**
   * RFC 7986 section 5.1: the calendar's name, the event's title unless it is an e-mail address.
   */
  NAME(
      Scope.VCALENDAR,
      "NAME",
      "RFC 7986 5.1",
      Value.TEXT,
      Read.FIELD,
      Fields.TITLE,
      Written.CALENDAR),
  /** Apple's and Google's name for RFC 7986 {@code NAME}; read after it. */
  X_WR_CALNAME(
      Scope.VCALENDAR,
      "X-WR-CALNAME",
      "RFC 5545 3.8.8.2 (Apple, Google)",
      Value.TEXT,
      Read.FIELD,
      Fields.TITLE,
      Written.CALENDAR),
  /** RFC 7986 section 5.2. */
  CALENDAR_DESCRIPTION(
      Scope.VCALENDAR,
      "DESCRIPTION",
      "RFC 7986 5.2",
      Value.TEXT,
      Read.FIELD,
      Fields.CALENDAR_DESCRIPTION,
      Written.CALENDAR),
  /** Apple's and Google's name for RFC 7986 {@code DESCRIPTION}; read after it. */
  X_WR_CALDESC(
      Scope.VCALENDAR,
      "X-WR-CALDESC",
      "RFC 5545 3.8.8.2 (Apple, Google)",
      Value.TEXT,
      Read.FIELD,
      Fields.CALENDAR_DESCRIPTION,
      Written.CALENDAR),
  /** RFC 7986 section 5.5: the page the calendar comes from. */
  CALENDAR_URL(
      Scope.VCALENDAR,
      "URL",
      "RFC 7986 5.5",
      Value.URI,
      Read.FIELD,
      "Event.source.url",
      Written.CALENDAR),
  /** RFC 7986 section 5.8: where subscribers fetch the calendar. */
  SOURCE(
      Scope.VCALENDAR,
      "SOURCE",
      "RFC 7986 5.8",
      Value.URI,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /** RFC 7986 section 5.7. */
  REFRESH_INTERVAL(
      Scope.VCALENDAR,
      "REFRESH-INTERVAL",
      "RFC 7986 5.7",
      Value.DURATION,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /** Microsoft's name for RFC 7986 {@code REFRESH-INTERVAL}. */
  X_PUBLISHED_TTL(
      Scope.VCALENDAR,
      "X-PUBLISHED-TTL",
      "RFC 5545 3.8.8.2 (Microsoft)",
      Value.DURATION,
      Read.BOOKKEEPING,
      "-",
      Written.CALENDAR),
  /** Apple's and Google's calendar time zone: the event's zone when no time names one. */
  X_WR_TIMEZONE(
      Scope.VCALENDAR,
      "X-WR-TIMEZONE",
      "RFC 5545 3.8.8.2 (Apple, Google)",
      Value.TEXT,
      Read.FIELD,
      Fields.TIME_ZONE,
      Written.CALENDAR),

  // ---------------------------------------------------------------- VEVENT (RFC 5545 section
  // 3.6.1)

  /**
   * Section 3.8.4.7: from this library's own UIDs the event's and topic's ids; joins overrides to
   * their series.
   */
  UID(
      Scope.VEVENT,
      "UID",
      "RFC 5545 3.8.4.7",
      Value.TEXT,
      Read.ENTRY,
      "Event.id, Topic.id",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.7.2. */
  DTSTAMP(
      Scope.VEVENT,
      "DTSTAMP",
      "RFC 5545 3.8.7.2",
      Value.DATE_TIME,
      Read.BOOKKEEPING,
      "-",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.7.4: the page's revision id when known. */
  SEQUENCE(
      Scope.VEVENT,
      "SEQUENCE",
      "RFC 5545 3.8.7.4",
      Value.INTEGER,
      Read.BOOKKEEPING,
      "-",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.7.3: when the page was retrieved. */
  LAST_MODIFIED(
      Scope.VEVENT,
      "LAST-MODIFIED",
      "RFC 5545 3.8.7.3",
      Value.DATE_TIME,
      Read.BOOKKEEPING,
      "-",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.2.4. */
  DTSTART(
      Scope.VEVENT,
      "DTSTART",
      "RFC 5545 3.8.2.4",
      Value.DATE_TIME,
      Read.ENTRY,
      "EventDay.date/opens, Slot.date/start",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.2.2 (all-day ends exclusive). */
  DTEND(
      Scope.VEVENT,
      "DTEND",
      "RFC 5545 3.8.2.2",
      Value.DATE_TIME,
      Read.ENTRY,
      "EventDay.closes, Slot.end",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /**
   * Section 3.8.2.5 (values section 3.3.6: days nominal, hours exact); beside DTEND it is reported.
   */
  DURATION(
      Scope.VEVENT,
      "DURATION",
      "RFC 5545 3.8.2.5",
      Value.DURATION,
      Read.ENTRY,
      "EventDay.closes, Slot.end"),
  /**
   * Section 3.8.5.3: expands a day's series; a session keeps it. Written with RDATE and EXDATE, in
   * the slot's order.
   */
  RRULE(
      Scope.VEVENT,
      "RRULE",
      "RFC 5545 3.8.5.3",
      Value.RECUR,
      Read.ENTRY,
      "Event.days, Slot.recurrence",
      Written.SESSION),
  /** Section 3.8.5.2; written with {@link #RRULE}. */
  RDATE(
      Scope.VEVENT,
      "RDATE",
      "RFC 5545 3.8.5.2",
      Value.DATE_TIME,
      Read.ENTRY,
      "Event.days, Slot.recurrence",
      Written.SESSION),
  /** Section 3.8.5.1; written with {@link #RRULE}. */
  EXDATE(
      Scope.VEVENT,
      "EXDATE",
      "RFC 5545 3.8.5.1",
      Value.DATE_TIME,
      Read.ENTRY,
      "Event.days, Slot.recurrence",
      Written.SESSION),
  /** Section 3.8.4.4: takes its occurrence out of the series with the same UID. */
  RECURRENCE_ID(
      Scope.VEVENT,
      "RECURRENCE-ID",
      "RFC 5545 3.8.4.4",
      Value.DATE_TIME,
      Read.ENTRY,
      "Event.days, Topic.slot (a moved occurrence)"),
  /** Section 3.8.1.12: VEVENTs with the title as summary are the days, others sessions. */
  SUMMARY(
      Scope.VEVENT,
      "SUMMARY",
      "RFC 5545 3.8.1.12",
      Value.TEXT,
      Read.ENTRY,
      "Event.title, Topic.title",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.1.5. */
  DESCRIPTION(
      Scope.VEVENT,
      "DESCRIPTION",
      "RFC 5545 3.8.1.5",
      Value.TEXT,
      Read.FIELD,
      "Event.extra[Description] (first day), Topic.description",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.1.7, with this library's {@code X-VENUE-*} parameters. */
  LOCATION(
      Scope.VEVENT,
      "LOCATION",
      "RFC 5545 3.8.1.7",
      Value.TEXT,
      Read.FIELD,
      "Event.venue, Slot.room",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.4.6. */
  URL(
      Scope.VEVENT,
      "URL",
      "RFC 5545 3.8.4.6",
      Value.URI,
      Read.FIELD,
      "Event.source.url or Event.links (days), Topic.extra[URL]",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /**
   * RFC 9073 section 6.1 (absolute links); written with {@link #X_WIKI_LINK}, in the links' order.
   * Not read for sessions.
   */
  LINK(
      Scope.VEVENT,
      "LINK",
      "RFC 9073 6.1",
      Value.URI,
      Read.FIELD,
      "Event.links (days)",
      Written.DAY,
      Written.OVERVIEW),
  /**
   * This library's link to a wiki page (a target that is no absolute URI); written with {@link
   * #LINK}. Not read for sessions.
   */
  X_WIKI_LINK(
      Scope.VEVENT,
      "X-WIKI-LINK",
      "RFC 5545 3.8.8.2 (this library)",
      Value.TEXT,
      Read.FIELD,
      "Event.links (days)",
      Written.DAY,
      Written.OVERVIEW),
  /** Section 3.8.4.2: one person, name, e-mail, affiliation and details. */
  CONTACT(
      Scope.VEVENT,
      "CONTACT",
      "RFC 5545 3.8.4.2",
      Value.TEXT,
      Read.FIELD,
      "Topic.contacts, Event.extra[Contact]",
      Written.SESSION),
  /** Section 3.8.1.2 ({@code Event} and {@code Topic} mark this library's own entries). */
  CATEGORIES(
      Scope.VEVENT,
      "CATEGORIES",
      "RFC 5545 3.8.1.2",
      Value.TEXT,
      Read.FIELD,
      "extra[Categories]",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** RFC 7986 section 5.11: an IRC URI is a topic's channel. */
  CONFERENCE(
      Scope.VEVENT,
      "CONFERENCE",
      "RFC 7986 5.11",
      Value.URI,
      Read.FIELD,
      "Topic.ircChannel, extra[Conference]",
      Written.DAY,
      Written.SESSION),
  /** Section 3.8.4.5: a session's parent day ({@code RELTYPE=PARENT}). */
  RELATED_TO(
      Scope.VEVENT,
      "RELATED-TO",
      "RFC 5545 3.8.4.5",
      Value.TEXT,
      Read.FIELD,
      "a session of a day, not a day",
      Written.SESSION),
  /** Section 3.8.1.6. */
  GEO(
      Scope.VEVENT,
      "GEO",
      "RFC 5545 3.8.1.6",
      Value.FLOAT,
      Read.FIELD,
      "extra[Geo]",
      Written.SESSION),
  /** Section 3.8.1.11: CANCELLED drops the VEVENT; another status than CONFIRMED is kept. */
  STATUS(
      Scope.VEVENT,
      "STATUS",
      "RFC 5545 3.8.1.11",
      Value.TEXT,
      Read.FIELD,
      "extra[Status]",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.2.7. */
  TRANSP(
      Scope.VEVENT,
      "TRANSP",
      "RFC 5545 3.8.2.7",
      Value.TEXT,
      Read.BOOKKEEPING,
      "-",
      Written.DAY,
      Written.SESSION,
      Written.OVERVIEW),
  /** Section 3.8.7.1. */
  CREATED(Scope.VEVENT, "CREATED", "RFC 5545 3.8.7.1", Value.DATE_TIME, Read.BOOKKEEPING, "-"),
  /** Section 3.8.1.3. */
  CLASS(Scope.VEVENT, "CLASS", "RFC 5545 3.8.1.3", Value.TEXT, Read.BOOKKEEPING, "-"),
  /** Section 3.8.4.3 ({@code CN} and the {@code mailto:} address). */
  ORGANIZER(
      Scope.VEVENT,
      "ORGANIZER",
      "RFC 5545 3.8.4.3",
      Value.CAL_ADDRESS,
      Read.FIELD,
      "Topic.contacts, Event.extra[Organizer]"),
  /** Section 3.8.4.1 ({@code CN}, {@code ROLE}, {@code PARTSTAT}, {@code CUTYPE}). */
  ATTENDEE(
      Scope.VEVENT,
      "ATTENDEE",
      "RFC 5545 3.8.4.1",
      Value.CAL_ADDRESS,
      Read.FIELD,
      "Event.attendees, Topic.contacts (ROLE=CHAIR), Event.extra[Organizer, Attendee addresses]");

  /** The fields the reader fills from more than one property, which it looks up by field. */
  static final class Fields {
    static final String TITLE = "Event.title";
    static final String CALENDAR_DESCRIPTION = "Event.extra[Calendar description]";
    static final String TIME_ZONE = "Event.timeZone";

    private Fields() {}
  }

  /** The component a property belongs to. */
  enum Scope {
    VCALENDAR,
    VEVENT
  }

  /** How the reader takes a property. */
  enum Read {
    /**
     * Known, but says how a file was made, not what the event is: listed once in the report, not
     * counted in coverage, in whichever of VCALENDAR or VEVENT it stands.
     */
    BOOKKEEPING,
    /**
     * Read with the VEVENT's identity and occurrences, before its role (day or session) is known.
     */
    ENTRY,
    /** Read into the field named, once the component's role is known. */
    FIELD
  }

  /** The RFC 5545 value type (section 3.3) a property is read as. */
  enum Value {
    TEXT,
    URI,
    DATE_TIME,
    DURATION,
    RECUR,
    INTEGER,
    FLOAT,
    CAL_ADDRESS
  }

  /** Where the writer puts a property. */
  enum Written {
    /** The VCALENDAR's own properties. */
    CALENDAR,
    /** A VEVENT per event day. */
    DAY,
    /** A VEVENT per topic with a slot. */
    SESSION,
    /** The optional all-day VEVENT spanning the event. */
    OVERVIEW
  }

  private static final Map<Scope, Map<String, IcalProperty>> BY_NAME = new HashMap<>();
  private static final Set<String> BOOKKEEPING_NAMES = new LinkedHashSet<>();
  private static final List<String> ENTRY_NAMES = new ArrayList<>();
  private static final Map<Written, List<IcalProperty>> WRITTEN_IN = new EnumMap<>(Written.class);

  static {
    for (Written where : Written.values()) {
      WRITTEN_IN.put(
          where, java.util.Arrays.stream(values()).filter(p -> p.written.contains(where)).toList());
    }
    for (IcalProperty p : values()) {
      IcalProperty old =
          BY_NAME.computeIfAbsent(p.scope, s -> new HashMap<>()).put(p.propertyName, p);
      if (old != null) {
        throw new ExceptionInInitializerError("two entries for " + p.scope + " " + p.propertyName);
      }
      if (p.read == Read.BOOKKEEPING) {
        BOOKKEEPING_NAMES.add(p.propertyName);
      } else if (p.read == Read.ENTRY) {
        ENTRY_NAMES.add(p.propertyName);
      }
    }
  }

  private final Scope scope;
  private final String propertyName;
  private final String section;
  private final Value value;
  private final Read read;
  private final String field;
  private final Set<Written> written;

  IcalProperty(
      Scope scope,
      String propertyName,
      String section,
      Value value,
      Read read,
      String field,
      Written... written) {
    this.scope = scope;
    this.propertyName = propertyName;
    this.section = section;
    this.value = value;
    this.read = read;
    this.field = field;
    this.written =
        written.length == 0
            ? Collections.unmodifiableSet(EnumSet.noneOf(Written.class))
            : Collections.unmodifiableSet(EnumSet.of(written[0], written));
  }

  /** The component the property belongs to. */
  Scope scope() {
    return scope;
  }

  /** The property name, upper case, as in a content line. */
  String propertyName() {
    return propertyName;
  }

  /** The defining section, such as {@code RFC 5545 3.8.1.12}. */
  String section() {
    return section;
  }

  Value value() {
    return value;
  }

  Read read() {
    return read;
  }

  /** The model field the reader fills ({@code -} for bookkeeping). */
  String field() {
    return field;
  }

  /** Where the writer puts the property; empty when it never writes it. */
  Set<Written> written() {
    return written;
  }

  /** The entry for a property of a component; {@code null} when this package does not know it. */
  static @Nullable IcalProperty of(Scope scope, String name) {
    return BY_NAME.getOrDefault(scope, Map.of()).get(name);
  }

  /**
   * The entry for a property of a component by the component's name ({@code VEVENT}...); {@code
   * null} if unknown.
   */
  static @Nullable IcalProperty of(String component, String name) {
    for (Scope s : Scope.values()) {
      if (s.name().equals(component)) {
        return of(s, name);
      }
    }
    return null;
  }

  /** Whether a property name is {@link Read#BOOKKEEPING} (in VCALENDAR or VEVENT, see there). */
  static boolean bookkeeping(String name) {
    return BOOKKEEPING_NAMES.contains(name);
  }

  /** The names of a component's properties read with the given field, in table order. */
  static List<String> namesFor(Scope scope, String field) {
    List<String> names = new ArrayList<>();
    for (IcalProperty p : values()) {
      if (p.scope == scope && p.field.equals(field)) {
        names.add(p.propertyName);
      }
    }
    return names;
  }

  /** The names of the VEVENT properties read {@link Read#ENTRY with the entry}. */
  static List<String> entryNames() {
    return Collections.unmodifiableList(ENTRY_NAMES);
  }

  /** The properties written in a place, in table order: the writer's output order. */
  static List<IcalProperty> writtenIn(Written where) {
    return WRITTEN_IN.getOrDefault(where, List.of()); // every place has its list, built above
  }
}
