package dev.hackathonkit.io.ical;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes an event as an iCalendar file (RFC 5545 with the RFC 7986 calendar properties) that
 * calendar applications can import or subscribe to.
 *
 * <p>The file holds one VEVENT per event day (with the day's hours, or as an all-day entry when the
 * day has none; its description lists the topics scheduled that day, or every topic when none is
 * scheduled), one VEVENT per topic with a scheduled slot (a slot that repeats as one VEVENT with
 * its RRULE, RDATE and EXDATE, {@link Slot#recurrence()}; a topic's {@code Status} and {@code Geo}
 * extras as STATUS and GEO; a start without an end without DTEND), and optionally one all-day
 * VEVENT spanning the whole event. The days' {@code LOCATION} is the venue's full address as text
 * ({@code Example Hall, Musterstraße 12, 10999 Berlin, Germany}: {@link
 * dev.hackathonkit.model.Venue#displayName()}) with one {@code X-VENUE-NAME}, {@code -STREET},
 * {@code -POSTCODE}, {@code -CITY} or {@code -COUNTRY} parameter per known part, so that {@link
 * ICalendarEventReader} gets the parts back exactly. Attendees are not written (no {@code ATTENDEE}
 * property: the lists are names, not calendar addresses). UIDs derive from the event and topic ids,
 * so a re-export updates the entries a subscriber already has. Every {@code TZID} used has its
 * VTIMEZONE, generated from the zone rules and trimmed to the event's dates. The properties of the
 * calendar and of each kind of VEVENT, and their order, are those of the package's property table.
 * Lines end with CRLF and are folded at 75 octets, never inside a UTF-8 sequence. The same event
 * and clock give byte-identical output.
 *
 * <pre>{@code
 * ICalendarEventWriter writer = ICalendarEventWriter.standard()
 *     .withClock(Clock.fixed(Instant.parse("2013-05-01T00:00:00Z"), ZoneOffset.UTC))
 *     .withAllDayEvent(true);
 * String ics = writer.write(event);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ICalendarEventWriter {
  /** The product id written when none is set. */
  public static final String DEFAULT_PRODUCT_ID = "-//hackathon-kit//hackathon-kit 0.1//EN";

  /** The domain part of every UID written. */
  static final String UID_DOMAIN = "hackathonkit.dev";

  private final Clock clock;
  private final boolean allDayEvent;
  private final Duration refreshInterval;
  private final String productId;
  private final @Nullable URI subscriptionUrl;

  private ICalendarEventWriter(
      Clock clock,
      boolean allDayEvent,
      Duration refreshInterval,
      String productId,
      @Nullable URI subscriptionUrl) {
    this.clock = clock;
    this.allDayEvent = allDayEvent;
    this.refreshInterval = refreshInterval;
    this.productId = productId;
    this.subscriptionUrl = subscriptionUrl;
  }

  /**
   * The default writer: the system UTC clock for {@code DTSTAMP}, no all-day VEVENT, a refresh
   * interval of one day, {@link #DEFAULT_PRODUCT_ID}, no subscription URL.
   */
  public static ICalendarEventWriter standard() {
    return new ICalendarEventWriter(
        Clock.systemUTC(), false, Duration.ofDays(1), DEFAULT_PRODUCT_ID, null);
  }

  /**
   * A copy that takes {@code DTSTAMP} from {@code clock} (inject a fixed clock for reproducible
   * files).
   */
  public ICalendarEventWriter withClock(Clock clock) {
    return new ICalendarEventWriter(
        requireNonNull(clock, "clock"), allDayEvent, refreshInterval, productId, subscriptionUrl);
  }

  /** A copy that also writes ({@code true}) one all-day VEVENT spanning the whole event. */
  public ICalendarEventWriter withAllDayEvent(boolean allDayEvent) {
    return new ICalendarEventWriter(
        clock, allDayEvent, refreshInterval, productId, subscriptionUrl);
  }

  /**
   * A copy with another suggested refresh interval ({@code REFRESH-INTERVAL} and {@code
   * X-PUBLISHED-TTL}).
   *
   * @throws IllegalArgumentException if the interval is not positive
   */
  public ICalendarEventWriter withRefreshInterval(Duration refreshInterval) {
    requireNonNull(refreshInterval, "refreshInterval");
    if (refreshInterval.isNegative() || refreshInterval.isZero()) {
      throw new IllegalArgumentException("refreshInterval must be positive: " + refreshInterval);
    }
    return new ICalendarEventWriter(
        clock, allDayEvent, refreshInterval, productId, subscriptionUrl);
  }

  /**
   * A copy with another {@code PRODID}.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public ICalendarEventWriter withProductId(String productId) {
    requireNonNull(productId, "productId");
    if (productId.isBlank()) {
      throw new IllegalArgumentException("productId must not be blank");
    }
    return new ICalendarEventWriter(
        clock, allDayEvent, refreshInterval, productId, subscriptionUrl);
  }

  /**
   * A copy that names where subscribers fetch the calendar ({@code SOURCE}); {@code null} for none.
   */
  public ICalendarEventWriter withSubscriptionUrl(@Nullable URI subscriptionUrl) {
    return new ICalendarEventWriter(
        clock, allDayEvent, refreshInterval, productId, subscriptionUrl);
  }

  /**
   * The event as iCalendar text, CRLF line ends.
   *
   * @throws IllegalArgumentException if a date lies outside the years 0000-9999
   */
  public String write(Event event) {
    requireNonNull(event, "event");
    StringBuilder out =
        new StringBuilder(4096 + 1024 * (event.days().size() + event.topics().size()));
    new Run(event, new ContentLineWriter(out)).calendar();
    return out.toString();
  }

  /** Writes the event as UTF-8 iCalendar to {@code out}, which stays open. */
  public void write(Event event, OutputStream out) throws IOException {
    requireNonNull(out, "out");
    out.write(write(event).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the event as iCalendar to {@code out}, which stays open. */
  public void write(Event event, Writer out) throws IOException {
    requireNonNull(out, "out");
    out.write(write(event));
  }

  /** Writes the event as a UTF-8 {@code .ics} file, replacing it. */
  public void write(Event event, Path file) throws IOException {
    requireNonNull(file, "file");
    Files.writeString(file, write(event), StandardCharsets.UTF_8);
  }

  static String dayUid(String eventId, LocalDate date) {
    return "day-" + DateTimeCodec.date(date) + "." + eventId + "@" + UID_DOMAIN;
  }

  static String topicUid(String eventId, String topicId) {
    return "topic-" + topicId + "." + eventId + "@" + UID_DOMAIN;
  }

  static String eventUid(String eventId) {
    return "event." + eventId + "@" + UID_DOMAIN;
  }

  /** One write: the event, the output and the values every VEVENT shares. */
  private final class Run {
    private final Event e;
    private final ContentLineWriter w;
    private final @Nullable ZoneId zone;
    private final String dtstamp;
    private final @Nullable URI pageUrl;
    private final long sequence;
    private final @Nullable Instant lastModified;
    private final boolean anyScheduled;

    Run(Event e, ContentLineWriter w) {
      this.e = e;
      this.w = w;
      this.zone = e.timeZone();
      this.dtstamp = DateTimeCodec.utc(clock.instant());
      Source s = e.source();
      this.pageUrl = s != null ? s.url() : null;
      this.sequence =
          s != null && s.revisionId() != null
              ? Math.min(Math.max(s.revisionId(), 0), Integer.MAX_VALUE)
              : 0;
      this.lastModified = s != null ? s.retrievedAt() : null;
      this.anyScheduled = e.topics().stream().anyMatch(t -> t.slot() != null);
    }

    void calendar() {
      w.line("BEGIN", "VCALENDAR");
      for (IcalProperty p : IcalProperty.writtenIn(IcalProperty.Written.CALENDAR)) {
        calendarProperty(p, p.propertyName());
      }
      if (zone != null) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        e.days().forEach(d -> dates.add(d.date()));
        e.topics().stream()
            .map(Topic::slot)
            .filter(java.util.Objects::nonNull)
            .forEach(s -> dates.add(s.date()));
        if (!dates.isEmpty()) {
          VTimezoneWriter.write(zone, dates.first(), dates.last(), w);
        }
      }
      if (allDayEvent && !e.days().isEmpty()) {
        vevent(IcalProperty.Written.OVERVIEW, null, null);
      }
      for (EventDay day : e.days()) {
        vevent(IcalProperty.Written.DAY, day, null);
      }
      for (Topic t : e.topics()) {
        if (t.slot() != null) {
          vevent(IcalProperty.Written.SESSION, null, t);
        }
      }
      w.line("END", "VCALENDAR");
    }

    /** One property of the VCALENDAR, as {@link IcalProperty} places it there. */
    private void calendarProperty(IcalProperty p, String name) {
      switch (p) {
        case VERSION -> w.line(name, "2.0");
        case PRODID -> w.text(name, productId);
        case CALSCALE -> w.line(name, "GREGORIAN");
        case METHOD -> w.line(name, "PUBLISH");
        case NAME, X_WR_CALNAME -> w.text(name, e.title());
        case CALENDAR_DESCRIPTION, X_WR_CALDESC -> {
          String description = calendarDescription();
          if (!description.isEmpty()) {
            w.text(name, description);
          }
        }
        case CALENDAR_URL -> {
          if (pageUrl != null) {
            w.name(name).param("VALUE", "URI").value(uri(pageUrl.toString()));
          }
        }
        case SOURCE -> {
          if (subscriptionUrl != null) {
            w.name(name).param("VALUE", "URI").value(uri(subscriptionUrl.toString()));
          }
        }
        case REFRESH_INTERVAL -> w.name(name).param("VALUE", "DURATION").value(ttl());
        case X_PUBLISHED_TTL -> w.line(name, ttl());
        case X_WR_TIMEZONE -> {
          if (zone != null) {
            w.text(name, zone.getId());
          }
        }
        default ->
            throw new IllegalStateException(
                "IcalProperty writes " + p + " in VCALENDAR; the writer does not know how");
      }
    }

    private String ttl() {
      return refreshInterval.toSeconds() % 86_400 == 0 && refreshInterval.toNanosPart() == 0
          ? "P" + refreshInterval.toDays() + "D"
          : refreshInterval.toString();
    }

    private String calendarDescription() {
      List<String> parts = new ArrayList<>();
      if (!e.days().isEmpty()) {
        LocalDate first = e.days().get(0).date();
        LocalDate last = e.days().get(e.days().size() - 1).date();
        parts.add(first.equals(last) ? first.toString() : first + " to " + last);
      }
      if (e.venue() != null && !e.venue().displayName().isEmpty()) {
        parts.add(e.venue().displayName());
      }
      Source s = e.source();
      if (s != null && s.page() != null) {
        parts.add("Source: " + (s.site() != null ? s.site() + ": " : "") + s.page());
      }
      return String.join("\n", parts);
    }

    /**
     * One VEVENT: the all-day overview of the event, a day ({@code day}) or a topic's session
     * ({@code topic}), its properties in {@link IcalProperty}'s order.
     */
    private void vevent(IcalProperty.Written where, @Nullable EventDay day, @Nullable Topic topic) {
      w.line("BEGIN", "VEVENT");
      for (IcalProperty p : IcalProperty.writtenIn(where)) {
        switch (where) {
          case OVERVIEW -> overviewProperty(p, p.propertyName());
          case DAY -> dayProperty(p, p.propertyName(), requireNonNull(day));
          case SESSION ->
              sessionProperty(
                  p, p.propertyName(), requireNonNull(topic), requireNonNull(topic.slot()));
          default -> throw new IllegalStateException("not a VEVENT: " + where);
        }
      }
      w.line("END", "VEVENT");
    }

    /** The properties every VEVENT writes alike; {@code false} for another one. */
    private boolean common(IcalProperty p, String name) {
      switch (p) {
        case DTSTAMP -> w.line(name, dtstamp);
        case SEQUENCE -> w.line(name, Long.toString(sequence));
        case LAST_MODIFIED -> {
          if (lastModified != null) {
            w.line(name, DateTimeCodec.utc(lastModified));
          }
        }
        case URL -> url();
        case LINK -> links();
        case X_WIKI_LINK -> {
          // written with LINK, in the order of the event's links
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    private void overviewProperty(IcalProperty p, String name) {
      if (common(p, name)) {
        return;
      }
      switch (p) {
        case UID -> w.text(name, eventUid(e.id()));
        case DTSTART -> date(name, e.days().get(0).date());
        case DTEND -> date(name, e.days().get(e.days().size() - 1).date().plusDays(1));
        case SUMMARY -> w.text(name, e.title());
        case DESCRIPTION -> {
          String description = calendarDescription();
          if (!description.isEmpty()) {
            w.text(name, description);
          }
        }
        case LOCATION -> location();
        case CATEGORIES -> w.text(name, "Event");
        case STATUS -> w.line(name, "CONFIRMED");
        case TRANSP -> w.line(name, "TRANSPARENT");
        default ->
            throw new IllegalStateException(
                "IcalProperty writes " + p + " in the overview; the writer does not know how");
      }
    }

    private void dayProperty(IcalProperty p, String name, EventDay day) {
      if (common(p, name)) {
        return;
      }
      switch (p) {
        case UID -> w.text(name, dayUid(e.id(), day.date()));
        case DTSTART -> {
          if (day.opens() != null) {
            dateTime(name, LocalDateTime.of(day.date(), day.opens()));
          } else {
            date(name, day.date());
          }
        }
        case DTEND -> {
          if (day.opens() == null) {
            date(name, day.date().plusDays(1));
          } else if (day.closes() != null) {
            dateTime(name, LocalDateTime.of(day.date(), day.closes()));
          }
        }
        case SUMMARY -> w.text(name, e.title());
        case DESCRIPTION -> {
          String description = topicsText(dayTopics(day.date()));
          if (!description.isEmpty()) {
            w.text(name, description);
          }
        }
        case LOCATION -> location();
        case CATEGORIES -> w.text(name, "Event");
        case CONFERENCE -> {
          Set<String> channels = new LinkedHashSet<>();
          dayTopics(day.date()).stream()
              .map(Topic::ircChannel)
              .filter(java.util.Objects::nonNull)
              .forEach(channels::add);
          channels.forEach(this::conference);
        }
        case STATUS -> w.line(name, "CONFIRMED");
        case TRANSP -> w.line(name, "OPAQUE");
        default ->
            throw new IllegalStateException(
                "IcalProperty writes " + p + " in a day; the writer does not know how");
      }
    }

    /**
     * A session: DTEND only with an end (without one the entry is the start alone, RFC 5545 section
     * 3.6.1).
     */
    private void sessionProperty(IcalProperty p, String name, Topic t, Slot slot) {
      if (common(p, name)) {
        return;
      }
      switch (p) {
        case UID -> w.text(name, topicUid(e.id(), t.id()));
        case DTSTART -> dateTime(name, LocalDateTime.of(slot.date(), requireNonNull(slot.start())));
        case DTEND -> {
          if (slot.end() != null) {
            dateTime(name, LocalDateTime.of(slot.date(), slot.end()));
          }
        }
        case RRULE -> recurrence(slot);
        case RDATE, EXDATE -> {
          // written with RRULE, in the order of the slot's recurrence lines
        }
        case SUMMARY -> w.text(name, t.title());
        case DESCRIPTION -> {
          if (t.description() != null && !t.description().isBlank()) {
            w.text(name, t.description());
          }
        }
        case LOCATION -> {
          if (slot.room() != null) {
            w.text(name, slot.room());
          } else {
            location();
          }
        }
        case CONTACT -> {
          for (Person c : t.contacts()) {
            w.text(name, c.email() != null ? c.name() + " <" + c.email() + ">" : c.name());
          }
        }
        case CATEGORIES -> w.name(name).value(TextCodec.escape("Topic"));
        case CONFERENCE -> {
          if (t.ircChannel() != null) {
            conference(t.ircChannel());
          }
        }
        case RELATED_TO -> {
          if (e.days().stream().anyMatch(d -> d.date().equals(slot.date()))) {
            w.name(name)
                .param("RELTYPE", "PARENT")
                .value(TextCodec.escape(dayUid(e.id(), slot.date())));
          }
        }
        case GEO -> {
          String geo = t.extra().get("Geo");
          if (geo != null && GEO.matcher(geo.strip()).matches()) {
            w.line(name, geo.strip());
          }
        }
        case STATUS -> {
          String status =
              t.extra()
                  .getOrDefault("Status", "CONFIRMED")
                  .strip()
                  .toUpperCase(java.util.Locale.ROOT);
          w.line(name, STATUSES.contains(status) ? status : "CONFIRMED");
        }
        case TRANSP -> w.line(name, "OPAQUE");
        default ->
            throw new IllegalStateException(
                "IcalProperty writes " + p + " in a session; the writer does not know how");
      }
    }

    /**
     * The slot's recurrence lines (see {@link Slot}): RRULE as it is, with a floating or DATE
     * {@code UNTIL} turned into UTC when the times have a TZID (RFC 5545 section 3.3.10); RDATE and
     * EXDATE with the event's TZID (or {@code VALUE=DATE}).
     */
    private void recurrence(Slot slot) {
      for (String line : slot.recurrence()) {
        int colon = line.indexOf(':');
        String name = line.substring(0, colon);
        String value = line.substring(colon + 1).strip();
        if (name.equals(IcalProperty.RRULE.propertyName())) {
          w.line(name, untilInUtc(value));
          continue;
        }
        List<String> dates = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (String v : value.split(",")) {
          String x = v.strip();
          if (DateTimeCodec.parseDate(x) != null) {
            dates.add(x);
          } else if (DateTimeCodec.parseLocal(x.endsWith("Z") ? x.substring(0, x.length() - 1) : x)
              != null) {
            times.add(x);
          }
        }
        if (!dates.isEmpty()) {
          w.name(name).param("VALUE", "DATE").value(String.join(",", dates));
        }
        if (!times.isEmpty()) {
          w.name(name);
          if (zone != null && times.stream().noneMatch(x -> x.endsWith("Z"))) {
            w.param("TZID", zone.getId());
          }
          w.value(String.join(",", times));
        }
      }
    }

    private String untilInUtc(String rule) {
      if (zone == null) {
        return rule;
      }
      StringBuilder sb = new StringBuilder();
      for (String part : rule.split(";")) {
        String p = part;
        if (part.regionMatches(true, 0, "UNTIL=", 0, 6)) {
          String u = part.substring(6).strip();
          LocalDate untilDate = u.length() == 8 ? DateTimeCodec.parseDate(u) : null;
          LocalDateTime local =
              untilDate != null ? untilDate.atTime(23, 59, 59) : DateTimeCodec.parseLocal(u);
          if (local != null) {
            p = "UNTIL=" + DateTimeCodec.utc(local.atZone(zone).toInstant());
          }
        }
        sb.append(sb.length() == 0 ? "" : ";").append(p);
      }
      return sb.toString();
    }

    /** The topics scheduled on the date; when no topic of the event is scheduled, all of them. */
    private List<Topic> dayTopics(LocalDate date) {
      if (!anyScheduled) {
        return e.topics();
      }
      List<Topic> list = new ArrayList<>();
      for (Topic t : e.topics()) {
        if (t.slot() != null && t.slot().date().equals(date)) {
          list.add(t);
        }
      }
      return list;
    }

    private String topicsText(List<Topic> topics) {
      if (topics.isEmpty()) {
        return "";
      }
      StringBuilder sb = new StringBuilder("Topics:");
      for (Topic t : topics) {
        sb.append("\n- ").append(t.title());
        if (!t.contacts().isEmpty()) {
          sb.append(" (");
          for (int i = 0; i < t.contacts().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(t.contacts().get(i).name());
          }
          sb.append(')');
        }
      }
      return sb.toString();
    }

    private void dateTime(String name, LocalDateTime t) {
      w.name(name);
      if (zone != null) {
        w.param("TZID", zone.getId());
      }
      w.value(DateTimeCodec.local(t));
    }

    private void date(String name, LocalDate date) {
      w.name(name).param("VALUE", "DATE").value(DateTimeCodec.date(date));
    }

    private void location() {
      Venue v = e.venue();
      if (v == null || v.displayName().isEmpty()) {
        return;
      }
      w.name(IcalProperty.LOCATION.propertyName());
      if (v.name() != null) {
        w.param("X-VENUE-NAME", v.name());
      }
      if (v.street() != null) {
        w.param("X-VENUE-STREET", v.street());
      }
      if (v.postcode() != null) {
        w.param("X-VENUE-POSTCODE", v.postcode());
      }
      if (v.city() != null) {
        w.param("X-VENUE-CITY", v.city());
      }
      if (v.country() != null) {
        w.param("X-VENUE-COUNTRY", v.country());
      }
      w.value(TextCodec.escape(v.displayName()));
    }

    private void url() {
      if (pageUrl != null) {
        w.name(IcalProperty.URL.propertyName())
            .param("VALUE", "URI")
            .value(uri(pageUrl.toString()));
      }
    }

    private void links() {
      for (Link l : e.links()) {
        boolean absolute = isAbsoluteUri(l.target());
        w.name((absolute ? IcalProperty.LINK : IcalProperty.X_WIKI_LINK).propertyName());
        if (absolute) {
          w.param("VALUE", "URI").param("LINKREL", "related");
        }
        if (l.label() != null) {
          w.param("LABEL", l.label());
        }
        if (absolute) {
          w.value(uri(l.target()));
        } else {
          w.value(TextCodec.escape(l.target()));
        }
      }
    }

    private void conference(String channel) {
      String label = channel;
      String uri =
          "irc:///"
              + java.net.URLEncoder.encode(channel.substring(1), StandardCharsets.UTF_8)
                  .replace("+", "%20");
      w.name(IcalProperty.CONFERENCE.propertyName())
          .param("VALUE", "URI")
          .param("FEATURE", "CHAT")
          .param("LABEL", label)
          .value(uri);
    }
  }

  private static final java.util.regex.Pattern GEO =
      java.util.regex.Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d+)?;[+-]?\\d{1,3}(?:\\.\\d+)?");
  private static final Set<String> STATUSES = Set.of("CONFIRMED", "TENTATIVE", "CANCELLED");

  static boolean isAbsoluteUri(String s) {
    try {
      URI u = new URI(s);
      return u.isAbsolute() && s.chars().noneMatch(c -> c <= ' ' || c == '"');
    } catch (java.net.URISyntaxException ex) {
      return false;
    }
  }

  /** A URI value: no escaping, control characters removed. */
  private static String uri(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (TextCodec.isAllowed(s, i)) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
