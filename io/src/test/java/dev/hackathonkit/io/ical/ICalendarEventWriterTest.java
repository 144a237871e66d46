package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICalendarEventWriterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2013-05-01T12:00:00Z"), ZoneOffset.UTC);
  private static final ICalendarEventWriter WRITER =
      ICalendarEventWriter.standard().withClock(CLOCK);

  static Event golden() throws Exception {
    return JsonEventCodec.standard()
        .read(Path.of("src/test/resources/golden/xen-hackathon-may2013.json"))
        .event();
  }

  private static Event.Builder sample() {
    return Event.builder()
        .id("sprint")
        .title("Sprint")
        .timeZone(ZoneId.of("Europe/Dublin"))
        .addDay(EventDay.of(LocalDate.of(2013, 5, 16), LocalTime.of(9, 0), LocalTime.of(17, 0)));
  }

  @Test
  void writesGoldenEventAsCalendarWithVtimezoneAndTwoDays() throws Exception {
    String ics = WRITER.write(golden());
    List<String> lines = IcsChecks.unfolded(ics);
    assertThat(lines)
        .startsWith(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//hackathon-kit//hackathon-kit 0.1//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:Xen Hackathon",
            "X-WR-CALNAME:Xen Hackathon");
    assertThat(lines)
        .contains(
            "REFRESH-INTERVAL;VALUE=DURATION:P1D",
            "X-PUBLISHED-TTL:P1D",
            "X-WR-TIMEZONE:Europe/Dublin",
            "TZID:Europe/Dublin",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "DTSTART;TZID=Europe/Dublin:20130516T090000",
            "DTEND;TZID=Europe/Dublin:20130516T170000",
            "DTSTART;TZID=Europe/Dublin:20130517T090000",
            "DTEND;TZID=Europe/Dublin:20130517T170000",
            "UID:day-20130516.archived-hackathon-may2013@hackathonkit.dev",
            "DTSTAMP:20130501T120000Z",
            "LOCATION;X-VENUE-CITY=Dublin;X-VENUE-COUNTRY=Ireland:Dublin\\, Ireland",
            "CONFERENCE;VALUE=URI;FEATURE=CHAT;LABEL=#xen-devel:irc:///xen-devel",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "SUMMARY:Xen Hackathon");
    assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(2);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
    IcsChecks.assertLinesWellFormed(ics);
    IcsChecks.assertEveryTzidHasVtimezone(ics);
  }

  @Test
  void sameEventAndClockGiveByteIdenticalOutputAndStableUids() throws Exception {
    Event e = golden();
    assertThat(WRITER.write(e).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(
            ICalendarEventWriter.standard()
                .withClock(CLOCK)
                .write(e)
                .getBytes(StandardCharsets.UTF_8));
    String later = WRITER.withClock(Clock.offset(CLOCK, Duration.ofDays(3))).write(e);
    assertThat(uids(later)).isEqualTo(uids(WRITER.write(e)));
  }

  private static List<String> uids(String ics) {
    return IcsChecks.unfolded(ics).stream().filter(l -> l.startsWith("UID:")).toList();
  }

  @Test
  void foldsAtSeventyFiveOctetsNeverInsideAUtf8Sequence() {
    String title = "Zürich 東京 emoji 🙂 ".repeat(12);
    String ics = WRITER.write(sample().title(title).build());
    IcsChecks.assertLinesWellFormed(ics);
    assertThat(IcsChecks.unfolded(ics)).contains("SUMMARY:" + title);
    assertThat(ics).contains("\r\n ");
  }

  @Test
  void escapesTextRemovesControlCharactersAndQuotesParameters() {
    Event e =
        sample()
            .title("a,b;c\\d\ne\r\nf\u0007g\th")
            .venue(new Venue("Hall \"A\": 1; 2", null, null, "Cork", null))
            .build();
    List<String> lines = IcsChecks.unfolded(WRITER.write(e));
    assertThat(lines).contains("SUMMARY:a\\,b\\;c\\\\d\\ne\\nfg\th");
    assertThat(lines)
        .contains(
            "LOCATION;X-VENUE-NAME=\"Hall ^'A^': 1; 2\";X-VENUE-CITY=Cork:Hall \"A\": 1\\; 2\\, Cork");
  }

  @Test
  void derivesSequenceAndLastModifiedFromSourceAndWritesLinksAndSubscriptionUrl() throws Exception {
    Event e =
        sample()
            .source(
                new Source(
                    "Wiki",
                    "Sprint",
                    URI.create("https://wiki.example.org/Sprint"),
                    4242L,
                    Instant.parse("2013-04-29T18:02:03Z")))
            .addLink(new Link("https://example.org/a,b", "Notes: day 1"))
            .addLink(new Link("Hackathon/Logistics", null))
            .build();
    String ics =
        WRITER
            .withSubscriptionUrl(URI.create("https://cal.example.org/sprint.ics"))
            .withRefreshInterval(Duration.ofHours(6))
            .withProductId("-//Example//Sprint//EN")
            .write(e);
    List<String> lines = IcsChecks.unfolded(ics);
    assertThat(lines)
        .contains(
            "PRODID:-//Example//Sprint//EN",
            "SEQUENCE:4242",
            "LAST-MODIFIED:20130429T180203Z",
            "URL;VALUE=URI:https://wiki.example.org/Sprint",
            "SOURCE;VALUE=URI:https://cal.example.org/sprint.ics",
            "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
            "X-PUBLISHED-TTL:PT6H",
            "LINK;VALUE=URI;LINKREL=related;LABEL=\"Notes: day 1\":https://example.org/a,b",
            "X-WIKI-LINK:Hackathon/Logistics");
    ImportResult back = ICalendarEventReader.standard().read(ics, "sprint.ics");
    assertThat(back.event().links()).isEqualTo(e.links());
    assertThat(back.event().source().url()).isEqualTo(e.source().url());
  }

  @Test
  void writesOneVeventPerScheduledTopicRelatedToItsDay() {
    Event e =
        sample()
            .addTopic(
                Topic.builder()
                    .title("ARM port")
                    .ircChannel("#xen-arm")
                    .slot(
                        new Slot(
                            LocalDate.of(2013, 5, 16),
                            LocalTime.of(10, 0),
                            LocalTime.of(11, 30),
                            "Room 2"))
                    .build())
            .addTopic(Topic.builder().title("Unscheduled").build())
            .build();
    List<String> lines = IcsChecks.unfolded(WRITER.write(e));
    assertThat(lines)
        .contains(
            "UID:topic-arm-port.sprint@hackathonkit.dev",
            "SUMMARY:ARM port",
            "DTSTART;TZID=Europe/Dublin:20130516T100000",
            "DTEND;TZID=Europe/Dublin:20130516T113000",
            "LOCATION:Room 2",
            "RELATED-TO;RELTYPE=PARENT:day-20130516.sprint@hackathonkit.dev",
            "CONFERENCE;VALUE=URI;FEATURE=CHAT;LABEL=#xen-arm:irc:///xen-arm");
    assertThat(lines).noneMatch(l -> l.contains("topic-unscheduled"));
  }

  @Test
  void writesAllDayEventSpanningTheEventWithExclusiveEnd() {
    Event e = sample().addDay(new EventDay(LocalDate.of(2013, 5, 18), null, null)).build();
    List<String> lines = IcsChecks.unfolded(WRITER.withAllDayEvent(true).write(e));
    assertThat(lines)
        .containsSubsequence(
            "UID:event.sprint@hackathonkit.dev",
            "DTSTART;VALUE=DATE:20130516",
            "DTEND;VALUE=DATE:20130519",
            "TRANSP:TRANSPARENT");
    assertThat(lines)
        .containsSubsequence(
            "UID:day-20130518.sprint@hackathonkit.dev",
            "DTSTART;VALUE=DATE:20130518",
            "DTEND;VALUE=DATE:20130519");
  }

  /** Days on which the zone changes its offset: the VTIMEZONE must carry that change. */
  @ParameterizedTest
  @CsvSource({
    "Europe/Dublin, 2013-03-31, 00:30, 12:00", // gap 01:00 -> 02:00 inside the hours
    "Europe/Dublin, 2013-03-31, 01:30, 12:00", // opening time inside the gap
    "America/Havana, 2013-03-10, 00:00, 12:00", // gap at midnight
    "Asia/Beirut, 2013-03-31, 00:00, 10:00", // gap at midnight
    "America/Santiago, 2013-09-08, 00:30, 09:00", // southern hemisphere, gap at 00:00 (RDATE era)
    "Australia/Lord_Howe, 2013-10-06, 01:00, 05:00", // half-hour DST
    "Europe/Moscow, 2011-03-27, 01:00, 06:00", // last DST change before permanent time
    "America/Sao_Paulo, 2018-11-04, 00:00, 08:00", // gap at midnight, rules later abolished
  })
  void dstGapOnAnEventDayResolvesToTheSameInstantsInIcal4jAndInOurReader(
      String zone, LocalDate date, LocalTime opens, LocalTime closes) throws Exception {
    Event e =
        Event.builder()
            .id("gap")
            .title("Gap day")
            .timeZone(ZoneId.of(zone))
            .addDay(EventDay.of(date, opens, closes))
            .addDay(EventDay.of(date.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0)))
            .build();
    String ics = WRITER.write(e);
    IcsChecks.assertEveryTzidHasVtimezone(ics);
    ICalendarRoundTripTest.assertIcal4jAgrees(ics, e);
    Event back = ICalendarEventReader.standard().read(ics, "gap.ics").event();
    EventDay first = back.days().get(0);
    assertThat(first.opens()).isEqualTo(date.atTime(opens).atZone(ZoneId.of(zone)).toLocalTime());
    assertThat(first.closes()).isEqualTo(closes);
  }

  @Test
  void usesRdateObservancesWhereTheZoneHasNoRulesAndRruleWhereItHas() {
    String santiago2013 =
        WRITER.write(
            Event.builder()
                .id("x")
                .title("x")
                .timeZone(ZoneId.of("America/Santiago"))
                .addDay(
                    EventDay.of(LocalDate.of(2013, 9, 8), LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .build());
    assertThat(IcsChecks.unfolded(santiago2013)).anyMatch(l -> l.startsWith("RDATE:"));
    String dublin = WRITER.write(sample().build());
    assertThat(IcsChecks.unfolded(dublin))
        .noneMatch(l -> l.startsWith("RDATE:"))
        .anyMatch(l -> l.startsWith("RRULE:FREQ=YEARLY"));
  }

  @Test
  void rejectsBadOptions() {
    assertThatThrownBy(() -> WRITER.withRefreshInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WRITER.withProductId(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
