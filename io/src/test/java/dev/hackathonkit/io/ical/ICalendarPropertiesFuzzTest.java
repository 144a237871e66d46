package dev.hackathonkit.io.ical;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Structured iCalendar: a valid {@code VCALENDAR} frame (RFC 5545 section 3.4) whose components
 * ({@code VEVENT}, {@code VTIMEZONE} with {@code STANDARD}/{@code DAYLIGHT}), properties,
 * parameters and values the input's bytes choose, from RFC 5545's names and typical values or as
 * free text; lines are folded now and then (section 3.1). Reaches the date, zone, recurrence and
 * text codecs that random bytes seldom get past the frame to.
 *
 * <p>Checks {@link FuzzContract}, including the iCalendar round trip. Seeds and saved findings:
 * {@code ICalendarPropertiesFuzzTestInputs/propertiesInFrame}.
 */
class ICalendarPropertiesFuzzTest {
  private static final String[] EVENT_PROPERTIES = {
    "DTSTART",
    "DTEND",
    "DURATION",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "UID",
    "RRULE",
    "RDATE",
    "EXDATE",
    "RECURRENCE-ID",
    "STATUS",
    "ORGANIZER",
    "ATTENDEE",
    "CATEGORIES",
    "URL",
    "DTSTAMP",
    "SEQUENCE",
    "GEO",
    "CLASS",
    "TRANSP",
    "X-ALT-DESC",
    "CONTACT",
    "COMMENT",
    "X-MICROSOFT-CDO-ALLDAYEVENT"
  };
  private static final String[] PARAMETERS = {
    "TZID=Europe/Berlin",
    "TZID=\"America/New_York\"",
    "TZID=Custom Zone",
    "TZID=",
    "VALUE=DATE",
    "VALUE=DATE-TIME",
    "VALUE=PERIOD",
    "VALUE=TEXT",
    "CN=\"Ana Ruiz\"",
    "CN=Bo",
    "ROLE=CHAIR",
    "PARTSTAT=ACCEPTED",
    "LANGUAGE=de",
    "ENCODING=BASE64",
    "ALTREP=\"cid:x\"",
    "FMTTYPE=text/html",
    "RANGE=THISANDFUTURE",
    "X-NAME=\"a,b;c:d\""
  };
  private static final String[] VALUES = {
    "20240502T090000",
    "20240502T090000Z",
    "20240502",
    "20240502T250000",
    "19700101T000000",
    "99991231T235959",
    "PT1H",
    "P1D",
    "P2W",
    "-PT30M",
    "PT",
    "P1DT",
    "FREQ=DAILY;COUNT=3",
    "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20240601T000000Z",
    "FREQ=YEARLY;INTERVAL=0",
    "FREQ=MINUTELY;COUNT=100000",
    "FREQ=SECONDLY",
    "20240502T090000/PT2H",
    "20240502T090000Z,20240503T090000Z",
    "mailto:ana@example.org",
    "CONFIRMED",
    "CANCELLED",
    "TENTATIVE",
    "Hall 3\\, Ghent",
    "line\\nbreak\\; semi\\, comma\\\\",
    "https://example.org/e",
    "0",
    "-1",
    "48.85;2.35",
    "<p>html</p>",
    ""
  };
  private static final String[] ZONE_PROPERTIES = {
    "TZID", "TZOFFSETFROM", "TZOFFSETTO", "DTSTART", "RRULE", "TZNAME", "RDATE", "X-LIC-LOCATION"
  };
  private static final String[] ZONE_VALUES = {
    "Custom Zone",
    "Europe/Berlin",
    "+0100",
    "+0200",
    "-0530",
    "+2400",
    "+0000",
    "19701025T030000",
    "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=5SU",
    "CET",
    "16010101T000000"
  };

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void propertiesInFrame(FuzzedDataProvider data) {
    String ics = calendar(data);
    FuzzContract.read(ics.length(), () -> ICalendarEventReader.standard().read(ics, "frame.ics"))
        .ifPresent(
            result -> {
              FuzzContract.sound(result);
              ICalendarFuzzTest.roundTrip(result.event());
            });
  }

  static String calendar(FuzzedDataProvider data) {
    StringBuilder out =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n");
    if (data.consumeBoolean()) {
      out.append("X-WR-TIMEZONE:").append(data.pickValue(ZONE_VALUES)).append("\r\n");
    }
    int components = data.consumeInt(1, 6);
    for (int c = 0; c < components && data.remainingBytes() > 0; c++) {
      if (data.consumeInt(0, 3) == 0) {
        zone(data, out);
      } else {
        event(data, out);
      }
    }
    return out.append("END:VCALENDAR\r\n").toString();
  }

  private static void zone(FuzzedDataProvider data, StringBuilder out) {
    out.append("BEGIN:VTIMEZONE\r\n");
    line(out, data, "TZID:" + data.pickValue(ZONE_VALUES));
    int observances = data.consumeInt(0, 3);
    for (int o = 0; o < observances; o++) {
      String kind = data.consumeBoolean() ? "STANDARD" : "DAYLIGHT";
      out.append("BEGIN:").append(kind).append("\r\n");
      int props = data.consumeInt(0, 6);
      for (int p = 0; p < props; p++) {
        String value = data.consumeBoolean() ? data.pickValue(ZONE_VALUES) : data.consumeString(16);
        line(out, data, data.pickValue(ZONE_PROPERTIES) + ":" + value);
      }
      out.append("END:").append(kind).append("\r\n");
    }
    out.append("END:VTIMEZONE\r\n");
  }

  private static void event(FuzzedDataProvider data, StringBuilder out) {
    out.append("BEGIN:VEVENT\r\n");
    int props = data.consumeInt(0, 12);
    for (int p = 0; p < props && data.remainingBytes() > 0; p++) {
      StringBuilder line = new StringBuilder(data.pickValue(EVENT_PROPERTIES));
      int params = data.consumeInt(0, 2);
      for (int i = 0; i < params; i++) {
        line.append(';')
            .append(data.consumeBoolean() ? data.pickValue(PARAMETERS) : data.consumeString(12));
      }
      line.append(':')
          .append(data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(32));
      line(out, data, line.toString());
    }
    out.append("END:VEVENT\r\n");
  }

  /** Appends a content line, folded (CRLF and a space) at a place the input picks, sometimes. */
  private static void line(StringBuilder out, FuzzedDataProvider data, String line) {
    if (line.length() > 2 && data.consumeInt(0, 7) == 0) {
      int at = data.consumeInt(1, line.length() - 1);
      out.append(line, 0, at).append("\r\n ").append(line, at, line.length());
    } else {
      out.append(line);
    }
    out.append("\r\n");
  }
}
