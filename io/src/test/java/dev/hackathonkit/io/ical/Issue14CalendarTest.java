package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.EventValidator;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, kind 2: calendar time semantics. The four cases the issue names, and variants of each
 * kind written the way Google Calendar, Outlook, Apple Calendar, Nextcloud, frab and static-site
 * generators write them (all people and places invented).
 */
class Issue14CalendarTest {
  private static final ICalendarEventReader READER = ICalendarEventReader.standard();

  static ImportResult read(String name) throws Exception {
    try (InputStream in = Issue14CalendarTest.class.getResourceAsStream("issue14/" + name)) {
      assertThat(in).as(name).isNotNull();
      return READER.read(in, name);
    }
  }

  private static EventDay day(String date, String opens, String closes) {
    return EventDay.of(LocalDate.parse(date), LocalTime.parse(opens), LocalTime.parse(closes));
  }

  private static EventDay allDay(String date) {
    return new EventDay(LocalDate.parse(date), null, null);
  }

  private static List<String> codes(ImportResult r) {
    return r.report().problems().stream().map(p -> p.code().code()).toList();
  }

  private static Topic topic(Event e, String title) {
    return e.topics().stream()
        .filter(t -> t.title().equals(title))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no topic '"
                        + title
                        + "' in "
                        + e.topics().stream().map(Topic::title).toList()));
  }

  // ================================================================ RECURRENCE-ID, EXDATE,
  // STATUS:CANCELLED

  @Test
  void movedOccurrenceLeavesItsOldDate() throws Exception {
    ImportResult r = read("recurrence-override.ics");
    assertThat(r.event().title()).isEqualTo("Hack Nights");
    assertThat(r.event().days())
        .containsExactly(
            day("2024-05-07", "18:00", "22:00"), day("2024-05-14", "18:00", "22:00"),
            day("2024-05-23", "19:00", "23:00"), day("2024-05-28", "18:00", "22:00"));
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void googleSeriesWithExdateCancelledAndMovedOccurrences() throws Exception {
    ImportResult r = read("google-weekly-cancelled-moved.ics");
    // 02-17 excluded, 02-24 cancelled, 03-03 moved to 03-04 19:00; 03-10 is after the clock change
    assertThat(r.event().days())
        .containsExactly(
            day("2025-02-03", "18:30", "21:00"), day("2025-02-10", "18:30", "21:00"),
            day("2025-03-04", "19:00", "22:00"), day("2025-03-10", "18:30", "21:00"));
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(r.event().venue().city()).isEqualTo("Chicago");
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void sessionSeriesKeepsItsRuleAndAnOverriddenOccurrenceLeavesIt() throws Exception {
    ImportResult r = read("apple-session-series.ics");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("Fjord Data Week");
    assertThat(e.days())
        .containsExactly(allDay("2025-09-15"), allDay("2025-09-16"), allDay("2025-09-17"));
    Topic standup = topic(e, "Morning standup");
    assertThat(standup.slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2025, 9, 15),
                LocalTime.of(9, 0),
                LocalTime.of(9, 15),
                "Room Fløyen",
                List.of("RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20250916T090000")));
    Topic late = topic(e, "Morning standup (late start)");
    assertThat(late.slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2025, 9, 16),
                LocalTime.of(9, 30),
                LocalTime.of(9, 45),
                "Room Fløyen"));
    assertThat(late.id()).isNotEqualTo(standup.id());
    assertThat(topic(e, "Office hours").slot().recurrence())
        .containsExactly("RRULE:FREQ=DAILY;UNTIL=20250917T235959Z", "EXDATE:20250916T160000");
    assertThat(e.topics()).extracting(Topic::title).filteredOn("Lunch"::equals).hasSize(3);
    assertThat(e.topics()).hasSize(7);
    assertThat(e.topics())
        .allMatch(t -> t.extra().keySet().stream().noneMatch(k -> k.contains("scheduled")));
    assertThat(EventValidator.validate(e)).isEmpty();
  }

  @Test
  void outlookCancelledDayAndSessionAndAnOverrideWithoutItsSeries() throws Exception {
    ImportResult r = read("outlook-cancelled-and-orphan.ics");
    Event e = r.event();
    // daily 11-03..11-07 without the two EXDATEs; the Saturday entry is cancelled
    assertThat(e.days())
        .containsExactly(
            day("2025-11-03", "09:00", "17:00"),
            day("2025-11-05", "09:00", "17:00"),
            day("2025-11-07", "09:00", "17:00"));
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(e.topics()).extracting(Topic::title).containsExactly("Mob programming");
    assertThat(e.topics().get(0).slot())
        .isEqualTo(
            new Slot(LocalDate.of(2025, 11, 5), LocalTime.of(11, 0), LocalTime.of(12, 30), null));
    assertThat(codes(r)).containsExactlyInAnyOrder("I137", "I137", "I123");
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::reason)
        .anyMatch(s -> s.contains("cancelled VEVENT 'Legacy code kata'"))
        .anyMatch(s -> s.contains("cancelled VEVENT 'Code Retreat Graz'"));
  }

  private static ImportResult lines(String name, String... lines) throws Exception {
    return READER.read(String.join("\r\n", lines) + "\r\n", name);
  }

  @Test
  void allDaySeriesWithAMovedAndACancelledDate() throws Exception {
    ImportResult r =
        lines(
            "all-day-series.ics",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//t//EN",
            "X-WR-CALNAME:Repair Café",
            "BEGIN:VEVENT",
            "UID:repair@example.be",
            "SUMMARY:Repair Café",
            "DTSTART;VALUE=DATE:20250104",
            "DTEND;VALUE=DATE:20250105",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:repair@example.be",
            "RECURRENCE-ID;VALUE=DATE:20250111",
            "SUMMARY:Repair Café",
            "DTSTART;VALUE=DATE:20250112",
            "DTEND;VALUE=DATE:20250113",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:repair@example.be",
            "RECURRENCE-ID;VALUE=DATE:20250118",
            "STATUS:CANCELLED",
            "SUMMARY:Repair Café",
            "DTSTART;VALUE=DATE:20250118",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(r.event().days())
        .containsExactly(allDay("2025-01-04"), allDay("2025-01-12"), allDay("2025-01-25"));
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void renamedOccurrenceOfTheEventsSeriesStaysADay() throws Exception {
    ImportResult r =
        lines(
            "renamed.ics",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//t//EN",
            "X-WR-CALNAME:Hack Nights",
            "BEGIN:VEVENT",
            "UID:hn@example.org",
            "SUMMARY:Hack Nights",
            "DTSTART;TZID=Europe/Vienna:20251014T180000",
            "DTEND;TZID=Europe/Vienna:20251014T220000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:hn@example.org",
            "RECURRENCE-ID;TZID=Europe/Vienna:20251028T180000",
            "SUMMARY:Hack Nights: Halloween edition",
            "DTSTART;TZID=Europe/Vienna:20251031T190000",
            "DTEND;TZID=Europe/Vienna:20251031T230000",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(r.event().days())
        .containsExactly(
            day("2025-10-14", "18:00", "22:00"),
            day("2025-10-21", "18:00", "22:00"),
            day("2025-10-31", "19:00", "23:00"));
    assertThat(r.event().topics()).isEmpty();
  }

  @Test
  void overrideNamedInUtcMatchesAnOccurrenceInItsZoneAndThisAndFutureIsReported() throws Exception {
    ImportResult r =
        lines(
            "utc-override.ics",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//t//EN",
            "X-WR-CALNAME:Kodeklubb",
            "BEGIN:VEVENT",
            "UID:kode@example.no",
            "SUMMARY:Kodeklubb",
            "DTSTART;TZID=Europe/Oslo:20250106T170000",
            "DTEND;TZID=Europe/Oslo:20250106T190000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:kode@example.no",
            "RECURRENCE-ID;RANGE=THISANDFUTURE:20250113T160000Z",
            "SUMMARY:Kodeklubb",
            "DTSTART;TZID=Europe/Oslo:20250114T170000",
            "DTEND;TZID=Europe/Oslo:20250114T190000",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(r.event().days())
        .containsExactly(
            day("2025-01-06", "17:00", "19:00"),
            day("2025-01-14", "17:00", "19:00"),
            day("2025-01-20", "17:00", "19:00"));
    assertThat(r.report().problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "utc-override.ics:14:1: I123 RECURRENCE-ID with RANGE=THISANDFUTURE: only the occurrence it names is replaced");
  }

  @Test
  void windowsDisplayNameDefinedOnlyByItsVtimezoneNamesTheCity() throws Exception {
    ImportResult r =
        lines(
            "display-name.ics",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//t//EN",
            "X-WR-CALNAME:Fika Hack",
            "BEGIN:VTIMEZONE",
            "TZID:(UTC+01:00) Stockholm custom",
            "BEGIN:STANDARD",
            "DTSTART:16011028T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010325T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:fika@example.se",
            "SUMMARY:Fika Hack",
            "DTSTART;TZID=\"(UTC+01:00) Stockholm custom\":20250821T090000",
            "DTEND;TZID=\"(UTC+01:00) Stockholm custom\":20250821T150000",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    assertThat(r.event().days()).containsExactly(day("2025-08-21", "09:00", "15:00"));
  }

  // ================================================================ VTIMEZONE

  @Test
  void customZoneKeepsItsDaylightSavingRules() throws Exception {
    ImportResult r = read("custom-vtimezone.ics");
    assertThat(r.event().days())
        .containsExactly(day("2024-03-25", "09:00", "17:00"), day("2024-06-10", "09:00", "17:00"));
    ZoneId zone = r.event().timeZone();
    assertThat(zone).isNotInstanceOf(ZoneOffset.class);
    assertThat(zone.getRules().isFixedOffset()).isFalse();
    assertThat(zone.getId()).isEqualTo("Europe/Vienna"); // the file's LOCATION names the place
    assertThat(r.report().problems())
        .extracting(ImportProblem::code)
        .containsOnly(ICalendarProblem.I112_TZID_FROM_VTIMEZONE);
    assertThat(r.report().problems().get(0).message())
        .contains("Customized Time Zone", "Europe/Vienna");
  }

  @Test
  void customPacificZoneIsTheIanaZoneWithTheSameTransitions() throws Exception {
    ImportResult r = read("outlook-custom-pacific.ics");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(r.event().days())
        .containsExactly(day("2025-07-10", "10:00", "16:00"), day("2025-11-06", "10:00", "16:00"));
  }

  @Test
  void southernHemisphereCustomZoneIsPickedByThePlaceTheFileNames() throws Exception {
    ImportResult r = read("southern-custom-zone.ics");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
    assertThat(r.event().days())
        .containsExactly(day("2025-03-20", "09:30", "17:30"), day("2025-06-12", "09:30", "17:30"));
  }

  @Test
  void zoneThatNoIanaZoneMatchesIsBuiltFromTheVtimezoneNotAFixedOffset() throws Exception {
    ImportResult r = read("invented-zone.ics");
    ZoneId zone = r.event().timeZone();
    assertThat(zone.getId()).startsWith("X-VTIMEZONE/Outpost_Time-");
    assertThat(zone.getRules().isFixedOffset()).isFalse();
    assertThat(zone.getRules().getOffset(Instant.parse("2025-04-01T07:00:00Z")))
        .isEqualTo(ZoneOffset.ofHours(3));
    assertThat(zone.getRules().getOffset(Instant.parse("2025-06-01T06:00:00Z")))
        .isEqualTo(ZoneOffset.ofHours(4));
    assertThat(r.event().days())
        .containsExactly(day("2025-04-01", "10:00", "12:00"), day("2025-06-01", "10:00", "12:00"));
    assertThat(r.report().problems())
        .extracting(ImportProblem::message)
        .singleElement()
        .asString()
        .contains("no IANA zone matches", zone.getId());
    // the same file read again gets the same zone
    assertThat(read("invented-zone.ics").event().timeZone()).isEqualTo(zone);
  }

  @Test
  void vtimezoneThatDisagreesWithTheIanaZoneOfItsNameIsReported() throws Exception {
    ImportResult r = read("disagreeing-vtimezone.ics");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(r.event().days()).containsExactly(day("2025-01-15", "10:00", "12:00"));
    assertThat(r.report().problems())
        .extracting(ImportProblem::toString)
        .singleElement()
        .asString()
        .startsWith("disagreeing-vtimezone.ics:5:1: I114 ")
        .contains("+01:00", "Z", "the IANA zone Europe/Lisbon was used");
  }

  // ================================================================ DURATION

  @Test
  void exactHoursAcrossTheAutumnClockChange() throws Exception {
    ImportResult r = read("duration-across-dst.ics");
    Topic sprint = topic(r.event(), "Overnight build sprint");
    assertThat(sprint.slot())
        .isEqualTo(
            new Slot(LocalDate.of(2024, 10, 27), LocalTime.MIDNIGHT, LocalTime.of(5, 0), null));
    assertThat(r.event().days()).containsExactly(allDay("2024-10-26"), allDay("2024-10-27"));
  }

  @Test
  void durationsWithHoursMinutesSecondsAndDaysAcrossTheSpringGap() throws Exception {
    ImportResult r = read("duration-variants.ics");
    Event e = r.event();
    assertThat(e.days()).containsExactly(allDay("2025-03-08"), allDay("2025-03-09"));
    // 00:30 EST plus three exact hours is 04:30 EDT (02:00 does not exist that night)
    assertThat(topic(e, "Gap night session").slot().end()).isEqualTo(LocalTime.of(4, 30));
    assertThat(topic(e, "Ninety minutes of fixes").slot().end()).isEqualTo(LocalTime.of(11, 30));
    assertThat(topic(e, "Short demo").slot().end()).isEqualTo(LocalTime.of(15, 15));
    assertThat(topic(e, "Broken entry").slot().end()).isNull();
    assertThat(r.report().problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "duration-variants.ics:39:1: I110 DURATION -PT1H is negative; the VEVENT is read without an end");
  }

  @Test
  void weeksAndDaysAreNominal() throws Exception {
    ImportResult r = read("duration-weeks-and-days.ics");
    assertThat(r.event().days())
        .extracting(EventDay::date)
        .containsExactly(
            LocalDate.of(2025, 3, 29),
            LocalDate.of(2025, 6, 2),
            LocalDate.of(2025, 6, 3),
            LocalDate.of(2025, 6, 4),
            LocalDate.of(2025, 6, 5),
            LocalDate.of(2025, 6, 6),
            LocalDate.of(2025, 6, 7),
            LocalDate.of(2025, 6, 8));
    // P1DT1H from 22:00 GMT: the same clock time a day later (22:00 BST), then one exact hour
    assertThat(r.report().problems())
        .extracting(ImportProblem::message)
        .anyMatch(m -> m.contains("ends 2025-03-30T23:00"));
  }

  // ================================================================ all-day, calendar name,
  // programme

  @Test
  void googleAllDayEventWithTheOwnersAddressAsCalendarName() throws Exception {
    ImportResult r = read("google-all-day.ics");
    assertThat(r.event().title()).isEqualTo("Community Hackathon 2019");
    assertThat(r.event().days()).containsExactly(allDay("2019-10-12"), allDay("2019-10-13"));
    assertThat(r.report().unmapped())
        .extracting(u -> u.location().line() + " " + u.text())
        .contains("6 X-WR-CALNAME:me@example.org");
  }

  @Test
  void googleGroupCalendarIdIsNoTitleEither() throws Exception {
    ImportResult r = read("google-group-calendar.ics");
    assertThat(r.event().title()).isEqualTo("Delta Hack 2023");
    assertThat(r.event().days())
        .containsExactly(allDay("2023-04-14"), allDay("2023-04-15"), allDay("2023-04-16"));
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    assertThat(r.report().unmapped()).extracting(UnmappedInput::text).contains("BEGIN:VEVENT");
  }

  @Test
  void programmeWithRepeatedBreaksIsOneEventSpanningItsSessions() throws Exception {
    ImportResult r = read("programme-with-breaks.ics");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("programme-with-breaks");
    assertThat(e.title()).isNotIn("Coffee break", "Lunch");
    assertThat(e.days()).containsExactly(allDay("2025-10-10"), allDay("2025-10-11"));
    assertThat(e.topics()).hasSize(10);
    assertThat(e.topics()).extracting(Topic::title).filteredOn("Coffee break"::equals).hasSize(4);
    assertThat(codes(r)).containsExactly("I131");
    assertThat(EventValidator.validate(e)).isEmpty();
  }

  @Test
  void programmeWithAnOverviewEntryTakesItsTitleFromIt() throws Exception {
    ImportResult r = read("programme-overview.ics");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("Libre Maps Summit");
    assertThat(e.days()).containsExactly(allDay("2025-11-20"), allDay("2025-11-21"));
    assertThat(e.topics())
        .extracting(Topic::title)
        .containsExactly(
            "Lunch", "Lunch", "Vector tiles without a server", "Routing for cargo bikes");
    assertThat(e.venue().city()).isEqualTo("Valencia");
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void dateTimeStartWithoutEndKeepsItsStart() throws Exception {
    ImportResult r = read("start-without-end.ics");
    Event e = r.event();
    assertThat(e.days())
        .containsExactly(new EventDay(LocalDate.of(2025, 5, 20), LocalTime.of(19, 0), null));
    assertThat(topic(e, "Lightning talks").slot())
        .isEqualTo(new Slot(LocalDate.of(2025, 5, 20), LocalTime.of(19, 30), null, null));
    assertThat(topic(e, "Pizza and demos").slot().start())
        .isEqualTo(LocalTime.of(21, 0)); // 19:00Z in May
    assertThat(EventValidator.validate(e)).isEmpty();
  }

  // ================================================================ text around the calendar

  @Test
  void calendarInsideAnHtmlCommentIsReadWithAWarning() throws Exception {
    ImportResult r = read("wrapped-html-comment.ics");
    assertThat(r.event().title()).isEqualTo("Static Sprint");
    assertThat(r.event().days()).containsExactly(day("2025-06-12", "10:00", "17:00"));
    assertThat(r.report().problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "wrapped-html-comment.ics:1:1: I108 text around the calendar (2 lines) skipped, beginning '<!--'; only"
                + " BEGIN:VCALENDAR to END:VCALENDAR is read",
            "wrapped-html-comment.ics:15:1: I108 text around the calendar skipped, beginning '-->'; only"
                + " BEGIN:VCALENDAR to END:VCALENDAR is read");
  }

  @Test
  void calendarInsideAnHtmlPageOnTheSameLinesAsTheTags() throws Exception {
    ImportResult r = read("wrapped-html-page.ics");
    assertThat(r.event().title()).isEqualTo("Wiki Week");
    assertThat(r.event().days()).containsExactly(allDay("2025-07-07"), allDay("2025-07-08"));
    assertThat(codes(r)).containsExactly("I108", "I108");
    assertThat(r.report().coverage()).isEqualTo(1.0);
  }

  @Test
  void aCalendarShownInAnHtmlPageHasItsCharacterReferencesDecodedAndOneInACommentDoesNot()
      throws Exception {
    ImportResult r = read("wrapped-html-escaped.ics");
    assertThat(r.event().title()).isEqualTo("Q&A Night <live>");
    assertThat(r.event().venue().name()).isEqualTo("Kaffe & Kode");
    assertThat(r.report().problems().get(0).toString())
        .contains("I108", "character references in the calendar (&amp;) are decoded");

    // a page keeps a comment's text as it is: an & there is the calendar's own
    String commented =
        "<!--\nBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//EN\nBEGIN:VEVENT\nUID:a@example.org\n"
            + "DTSTAMP:20250101T000000Z\nSUMMARY:Fish &amp; Chips Sprint\nDTSTART;VALUE=DATE:20250912\nEND:VEVENT\n"
            + "END:VCALENDAR\n-->\n";
    ImportResult c = ICalendarEventReader.standard().read(commented, "commented.ics");
    assertThat(c.event().title()).isEqualTo("Fish &amp; Chips Sprint");
  }

  @Test
  void calendarAfterFrontMatter() throws Exception {
    ImportResult r = read("wrapped-front-matter.ics");
    assertThat(r.event().title()).isEqualTo("Jekyll Jam");
    assertThat(r.event().days()).containsExactly(day("2025-09-01", "08:00", "15:00"));
    assertThat(codes(r)).containsExactly("I108");
    assertThat(r.report().problems().get(0).location().line()).isEqualTo(1);
  }

  // ================================================================ people and places

  @Test
  void organizerAttendeesContactsAndPlacesAreKept() throws Exception {
    ImportResult r = read("people-and-places.ics");
    Event e = r.event();
    assertThat(e.attendees())
        .containsExactly(
            new Attendee("Ivo Brandt", null, AttendeeStatus.CONFIRMED),
            new Attendee("Lea Sommer", null, AttendeeStatus.TENTATIVE),
            new Attendee("quiet.reader@example.ch", null, AttendeeStatus.WITHDRAWN),
            new Attendee("Jonas Keller", null, AttendeeStatus.INVITED));
    assertThat(e.extra())
        .containsEntry("Organizer", "Maren Holt <maren.holt@example.ch>")
        .containsEntry("Geo", "47.3910;8.5150")
        .containsEntry("Status", "TENTATIVE")
        .containsEntry("Categories", "Hackathon, Open Data")
        .containsEntry("Contact", "Info desk (+41 44 555 00 00)")
        .containsKey("Attendee addresses");
    assertThat(e.extra().get("Attendee addresses"))
        .contains("Ivo Brandt <ivo@example.ch>", "Jonas Keller <jonas@example.ch>");
    assertThat(e.source().url()).hasToString("https://example.ch/limmat-2025");
    Topic t = topic(e, "Bridge sensors workshop");
    assertThat(t.contacts())
        .containsExactly(
            new Person("Nora Frey", "nora.frey@example.ch", null, null),
            new Person("Tim Ruf", "tim.ruf@example.ch", "Datenwerk AG", "+41 44 555 01 02"),
            new Person("Kai Meier", "kai.meier@example.ch", null, null),
            new Person("Sara Gerber", "sara@example.ch", null, null));
    assertThat(t.extra())
        .containsEntry("Geo", "47.3912;8.5149")
        .containsEntry("Status", "TENTATIVE")
        .containsEntry("Categories", "Sensors")
        .containsEntry("URL", "https://example.ch/limmat-2025/bridges")
        .containsEntry("X-SESSION-LEVEL", "beginner");
    assertThat(t.slot().room()).isEqualTo("Room Aare");
    // what is not placed is listed with its line
    assertThat(r.report().unmapped())
        .filteredOn(u -> !u.reason().startsWith("bookkeeping"))
        .extracting(u -> u.location().line() + " " + u.text())
        .containsExactlyInAnyOrder(
            "20 ATTENDEE:mailto:hall2@example.ch",
            "22 X-NC-GROUP-ID:7",
            "40 X-SESSION-LEVEL:beginner");
    assertThat(r.report().coverage()).isLessThan(1.0).isGreaterThan(0.9);
  }

  @Test
  void contactWithAnEscapedSemicolonIsOnePersonWithAnAddress() throws Exception {
    ImportResult r =
        READER.read(
            String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//t//EN",
                "NAME:Sprint",
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20250101",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:Talk",
                "DTSTART:20250101T100000Z",
                "DTEND:20250101T110000Z",
                "CONTACT:Ada Quill\\; ada@example.net",
                "CONTACT:mailto:bo@example.net",
                "END:VEVENT",
                "END:VCALENDAR"),
            "contact.ics");
    assertThat(r.event().topics().get(0).contacts())
        .containsExactly(
            new Person("Ada Quill", "ada@example.net", null, null),
            new Person("bo@example.net", "bo@example.net", null, null));
  }

  // ================================================================ coverage

  @Test
  void coverageCountsThePlacedCharactersOfContentLines() throws Exception {
    ImportResult own =
        READER.read(
            String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//t//EN",
                "NAME:Sprint",
                "BEGIN:VEVENT",
                "UID:a@example.org",
                "DTSTAMP:20250101T000000Z",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20250101",
                "END:VEVENT",
                "END:VCALENDAR"),
            "full.ics");
    assertThat(own.report().inputChars())
        .isEqualTo(
            "NAME:Sprint".length()
                + "UID:a@example.org".length()
                + "SUMMARY:Sprint".length()
                + "DTSTART;VALUE=DATE:20250101".length());
    assertThat(own.report().coverage()).isEqualTo(1.0);
    ImportResult partial =
        READER.read(
            String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "NAME:Sprint",
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20250101",
                "X-COLOUR:red",
                "END:VEVENT",
                "END:VCALENDAR"),
            "part.ics");
    long all =
        (long) "NAME:Sprint".length()
            + "SUMMARY:Sprint".length()
            + "DTSTART;VALUE=DATE:20250101".length()
            + "X-COLOUR:red".length();
    assertThat(partial.report().inputChars()).isEqualTo(all);
    assertThat(partial.report().mappedChars()).isEqualTo(all - "X-COLOUR:red".length());
    assertThat(partial.report().unmapped())
        .extracting(u -> u.location().line() + " " + u.text())
        .containsExactly("6 X-COLOUR:red");
  }
}
