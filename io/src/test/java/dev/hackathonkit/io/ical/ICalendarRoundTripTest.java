package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import dev.hackathonkit.model.testing.RandomEvents;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ICalendarRoundTripTest {
  private static final ICalendarEventWriter WRITER =
      ICalendarEventWriter.standard().withClock(ICalendarEventWriterTest.CLOCK);
  private static final ICalendarEventReader READER = ICalendarEventReader.standard();

  @Test
  void goldenEventComesBackWithDaysHoursZoneTitleVenueAndLinks() throws Exception {
    Event golden = ICalendarEventWriterTest.golden();
    for (boolean allDay : new boolean[] {false, true}) {
      String ics = WRITER.withAllDayEvent(allDay).write(golden);
      ImportResult result = READER.read(ics, "may2013.ics");
      assertSameCalendarFacts(result.event(), golden);
      assertThat(result.report().problems()).isEmpty();
    }
  }

  @Test
  void thousandGeneratedEventsComeBackAndParseWithIcal4jAtTheSameInstants() throws Exception {
    for (long seed = 0; seed < 1000; seed++) {
      Event e = RandomEvents.event(seed);
      String ics = WRITER.withAllDayEvent(seed % 2 == 0).write(e);
      IcsChecks.assertLinesWellFormed(ics);
      IcsChecks.assertEveryTzidHasVtimezone(ics);
      assertIcal4jAgrees(ics, e);
      ImportResult result = READER.read(ics, "seed-" + seed + ".ics");
      try {
        assertSameCalendarFacts(result.event(), e);
      } catch (AssertionError ex) {
        throw new AssertionError("seed " + seed + " (" + e.timeZone() + ")\n" + ics, ex);
      }
    }
  }

  /** Every VEVENT's start and end as ical4j resolves them equal the model's instants. */
  static void assertIcal4jAgrees(String ics, Event e) throws Exception {
    Map<String, Ical4jOracle.Times> expected = new LinkedHashMap<>();
    for (EventDay d : e.days()) {
      expected.put(
          ICalendarEventWriter.dayUid(e.id(), d.date()),
          d.hasHours()
              ? new Ical4jOracle.Times(
                  instant(e, d.date(), d.opens()), instant(e, d.date(), d.closes()))
              : new Ical4jOracle.Times(d.date(), d.date().plusDays(1)));
    }
    for (Topic t : e.topics()) {
      if (t.slot() != null) {
        expected.put(
            ICalendarEventWriter.topicUid(e.id(), t.id()),
            new Ical4jOracle.Times(
                instant(e, t.slot().date(), t.slot().start()),
                instant(e, t.slot().date(), t.slot().end())));
      }
    }
    Map<String, Ical4jOracle.Times> actual = Ical4jOracle.times(ics);
    actual.remove(ICalendarEventWriter.eventUid(e.id()));
    assertThat(actual).as("ical4j view of %s in %s", e.id(), e.timeZone()).isEqualTo(expected);
  }

  private static Object instant(Event e, LocalDate date, java.time.LocalTime time) {
    return LocalDateTime.of(date, time).atZone(e.timeZone()).toInstant();
  }

  /**
   * The facts a calendar carries: id, title, zone, days and hours, venue, links, scheduled topics.
   */
  static void assertSameCalendarFacts(Event actual, Event expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.timeZone()).isEqualTo(expected.timeZone());
    assertThat(actual.days()).isEqualTo(expectedDays(expected));
    Venue v = expected.venue();
    assertThat(actual.venue()).isEqualTo(v == null || v.displayName().isEmpty() ? null : v);
    assertThat(actual.links()).isEqualTo(expected.links());
    List<Topic> scheduled = expected.topics().stream().filter(t -> t.slot() != null).toList();
    assertThat(actual.topics()).hasSameSizeAs(scheduled);
    for (int i = 0; i < scheduled.size(); i++) {
      Topic a = actual.topics().get(i);
      Topic x = scheduled.get(i);
      assertThat(a.id()).isEqualTo(x.id());
      assertThat(a.title()).isEqualTo(x.title());
      assertThat(a.slot()).isEqualTo(x.slot());
      assertThat(a.ircChannel()).isEqualTo(x.ircChannel());
      assertThat(a.description())
          .isEqualTo(x.description() == null || x.description().isBlank() ? null : x.description());
      assertThat(a.contacts())
          .isEqualTo(
              x.contacts().stream().map(p -> new Person(p.name(), p.email(), null, null)).toList());
    }
  }

  /** Local times that fall into a DST gap come back shifted, as RFC 5545 §3.3.5 says they mean. */
  private static List<EventDay> expectedDays(Event e) {
    List<EventDay> days = new ArrayList<>();
    for (EventDay d : e.days()) {
      if (!d.hasHours() || e.timeZone() == null) {
        days.add(d);
        continue;
      }
      days.add(
          EventDay.of(
              d.date(),
              LocalDateTime.of(d.date(), d.opens()).atZone(e.timeZone()).toLocalTime(),
              LocalDateTime.of(d.date(), d.closes()).atZone(e.timeZone()).toLocalTime()));
    }
    return days;
  }

  @Test
  void fullAddressComesBackFromLocationWithAndWithoutOurParameters() throws Exception {
    Venue venue = new Venue("Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany");
    Event e =
        Event.builder()
            .id("sprint")
            .title("Sprint")
            .timeZone(java.time.ZoneId.of("Europe/Berlin"))
            .addDay(
                EventDay.of(
                    LocalDate.of(2026, 5, 14),
                    java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(17, 0)))
            .venue(venue)
            .build();
    String ics = WRITER.write(e);
    String location =
        "LOCATION;X-VENUE-NAME=\"Example Hall\";X-VENUE-STREET=\"Musterstraße 12-14\";X-VENUE-POSTCODE=10999"
            + ";X-VENUE-CITY=Berlin;X-VENUE-COUNTRY=Germany:Example Hall\\, Musterstraße 12-14\\, 10999 Berlin\\, Germany";
    assertThat(IcsChecks.unfolded(ics)).contains(location);
    assertThat(READER.read(ics, "sprint.ics").event().venue()).isEqualTo(venue);
    // a calendar application that keeps the text but drops unknown parameters
    String plain =
        String.join(
                "\r\n",
                IcsChecks.unfolded(ics).stream()
                    .map(
                        l ->
                            l.equals(location)
                                ? "LOCATION:Example Hall\\, Musterstraße 12-14\\, 10999 Berlin\\, Germany"
                                : l)
                    .toList())
            + "\r\n";
    assertThat(plain).doesNotContain("X-VENUE");
    assertThat(READER.read(plain, "plain.ics").event().venue()).isEqualTo(venue);
  }
}
