package dev.hackathonkit.io.ical;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** ical4j (test scope only) as an independent reader of what the writer produces. */
final class Ical4jOracle {
  private Ical4jOracle() {}

  /**
   * Start and end of one VEVENT as ical4j resolves them: an Instant, or a LocalDate for DATE
   * values.
   */
  record Times(Object start, Object end) {}

  /** Parses the file with ical4j's defaults and returns each VEVENT's times by UID. */
  static Map<String, Times> times(String ics) throws Exception {
    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    Map<String, Times> byUid = new LinkedHashMap<>();
    for (VEvent e : cal.<VEvent>getComponents("VEVENT")) {
      String uid = e.getProperty(Property.UID).orElseThrow().getValue();
      Object start = resolve(e.getDateTimeStart().getDate());
      Object end = resolve(e.getDateTimeEnd().getDate());
      byUid.put(uid, new Times(start, end));
    }
    return byUid;
  }

  private static Object resolve(Temporal t) {
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof Instant i) {
      return i;
    }
    if (t instanceof LocalDate d) {
      return d;
    }
    throw new AssertionError("unexpected temporal " + t.getClass() + ": " + t);
  }
}
