package dev.hackathonkit.io.ical;

import static dev.hackathonkit.io.FormatErrors.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ICalendarEventReaderTest {
  private static final ICalendarEventReader READER = ICalendarEventReader.standard();

  private static ImportResult fixture(String name) throws Exception {
    try (InputStream in = ICalendarEventReaderTest.class.getResourceAsStream(name)) {
      return READER.read(in, name);
    }
  }

  /**
   * Fuzz finding (ICalendarFuzzTest round trip): rules built from a VTIMEZONE took the first
   * onset's offset as the standard offset for ever, so a zone whose DAYLIGHT observance starts
   * first had "daylight saving" in winter, and the writer wrote its observances under the wrong
   * names.
   */
  @Test
  void aDaylightObservanceListedFirstIsDaylightSavingTime() throws Exception {
    java.time.zone.ZoneRules rules =
        fixture("fuzz-findings/vtimezone-daylight-listed-first.ics").event().timeZone().getRules();
    java.time.Instant june = java.time.Instant.parse("2029-06-14T08:00:00Z");
    java.time.Instant january = java.time.Instant.parse("2029-01-15T12:00:00Z");
    assertThat(rules.getOffset(june)).isEqualTo(java.time.ZoneOffset.of("+02:30"));
    assertThat(rules.getStandardOffset(june)).isEqualTo(java.time.ZoneOffset.of("+01:00"));
    assertThat(rules.isDaylightSavings(june)).isTrue();
    assertThat(rules.isDaylightSavings(january)).isFalse();
  }

  /**
   * Fuzz finding (ICalendarFuzzTest round trip): a zone made from a file's VTIMEZONE, written back
   * with its id as the TZID, was read back as yet another zone named after that id ({@code
   * X-VTIMEZONE/X-VTIMEZONE_...}), so every round trip renamed it.
   */
  @Test
  void aZoneMadeFromAVtimezoneReadsBackAsTheSameZone() throws Exception {
    dev.hackathonkit.model.Event read =
        fixture("fuzz-findings/vtimezone-daylight-listed-first.ics").event();
    ICalendarEventWriter writer =
        ICalendarEventWriter.standard()
            .withClock(
                java.time.Clock.fixed(
                    java.time.Instant.parse("2029-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));
    String written = writer.write(read);
    dev.hackathonkit.model.Event back = READER.read(written, "back.ics").event();
    assertThat(back.timeZone()).isEqualTo(read.timeZone());
    assertThat(writer.write(back)).isEqualTo(written);
  }

  /**
   * Fuzz finding (ICalendarPropertiesFuzzTest round trip): a VEVENT from 9999-12-31 lasting two
   * days gave event days in the year 10000, which no iCalendar DATE holds, so the writer failed
   * (IllegalArgumentException) on what the reader read. Such occurrences are skipped and reported.
   */
  @Test
  void anOccurrencePastTheYear9999IsSkippedAndReported() throws Exception {
    ImportResult r = fixture("fuzz-findings/occurrence-past-year-9999.ics");
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(LocalDate.of(9999, 12, 30));
    assertThat(r.report().problems(ICalendarProblem.I138_DATE_OUT_OF_RANGE))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("far@example.org"));
    assertThat(ICalendarEventWriter.standard().write(r.event())).contains("99991230");
  }

  /**
   * Fuzz finding (ICalendarFuzzTest): a 900-byte calendar whose one VEVENT ends in the year 4050
   * gave 739,718 event days (memory in proportion to the span, not the input), and a 275 MB
   * calendar when written. Days from spans stop at 1000 in all, reported as I122.
   */
  @Test
  void aVeventSpanningCenturiesKeepsAThousandDaysAndSaysSo() throws Exception {
    ImportResult r = fixture("fuzz-findings/vevent-spanning-centuries.ics");
    assertThat(r.event().days()).hasSize(1000);
    assertThat(r.event().days().get(0).date()).isEqualTo(LocalDate.of(2029, 3, 9));
    assertThat(r.report().problems(ICalendarProblem.I122_TOO_MANY_OCCURRENCES))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("endless@example.org", "4050-06-18"));
  }

  /**
   * Fuzz finding (a verify burst of ICalendarPropertiesFuzzTest), in the fix above: a series whose
   * rule is not expanded and whose every occurrence lies past 9999 was kept with no occurrence, and
   * reading it as a topic threw IndexOutOfBoundsException. It is listed as left out instead.
   */
  @Test
  void aSeriesWhollyPastTheYear9999IsLeftOut() throws Exception {
    ImportResult r = fixture("fuzz-findings/series-past-year-9999.ics");
    assertThat(r.event().topics()).isEmpty();
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(LocalDate.of(9999, 12, 29));
    assertThat(r.report().problems(ICalendarProblem.I138_DATE_OUT_OF_RANGE))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("series@example.org"));
  }

  private static EventDay day(String date, String opens, String closes) {
    return EventDay.of(LocalDate.parse(date), LocalTime.parse(opens), LocalTime.parse(closes));
  }

  private static Topic topic(String title, String date, String start, String end, String room) {
    return Topic.builder()
        .id(Slugs.of(title))
        .title(title)
        .slot(new Slot(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end), room))
        .build();
  }

  /** The unmapped entries other than bookkeeping (DTSTAMP, PRODID...). */
  static List<String> unmapped(ImportResult r) {
    return r.report().unmapped().stream()
        .filter(u -> !u.reason().startsWith("bookkeeping"))
        .map(UnmappedInput::text)
        .toList();
  }

  @Test
  void readsGoogleCalendarExportWithRecurrenceExdateRdateAndAFoldInsideAUtf8Sequence()
      throws Exception {
    ImportResult r = fixture("google-calendar.ics");
    Event expected =
        Event.builder()
            .id("open-source-sprint-berlin")
            .title("Open Source Sprint Berlin")
            .timeZone(ZoneId.of("Europe/Berlin"))
            .addDay(day("2024-09-10", "09:00", "18:00"))
            .addDay(day("2024-09-12", "09:00", "18:00"))
            .addDay(day("2024-09-14", "09:00", "18:00"))
            .venue(new Venue("c-base", "Rungestraße 20", null, "Berlin", "Germany"))
            .addTopic(
                topic("Keynote: Ünïcode everywhere", "2024-09-10", "15:00", "16:00", "Main hall")
                    .toBuilder()
                    .description("Opening keynote.")
                    .build())
            .putExtra("Calendar description", "Three sprint days, one keynote.")
            .putExtra(
                "Description",
                "Bring a laptop!! Über-long line to fold: Müller, Zürich, Ünïcödé ü ü ü ü ü ü ü ü ü ü.")
            .build();
    assertThat(r.event()).isEqualTo(expected);
    assertThat(r.report().problems()).isEmpty();
    assertThat(unmapped(r)).containsExactly("BEGIN:VALARM");
    assertThat(r.report().unmapped().get(0).location().line()).isEqualTo(44);
    assertThat(r.report().unmapped())
        .filteredOn(u -> u.reason().startsWith("bookkeeping"))
        .extracting(
            u ->
                u.text().substring(0, u.text().indexOf(':'))
                    + " "
                    + u.reason().replaceAll(".*: ", ""))
        .containsExactly(
            "PRODID line 2",
            "VERSION line 3",
            "CALSCALE line 4",
            "METHOD line 5",
            "DTSTAMP lines 33, 53",
            "CREATED lines 35, 55",
            "LAST-MODIFIED line 38",
            "SEQUENCE lines 40, 58",
            "TRANSP lines 43, 61");
    assertThat(r.report().inputChars()).isPositive();
    assertThat(r.report().coverage()).isLessThan(1.0).isGreaterThan(0.9);
  }

  @Test
  void readsOutlookExportWithWindowsZoneNamesAndWeeklyRuleUntil() throws Exception {
    ImportResult r = fixture("outlook.ics");
    Event expected =
        Event.builder()
            .id("hack-week")
            .title("Hack Week")
            .timeZone(ZoneId.of("Europe/Berlin"))
            .addDay(day("2025-11-05", "09:00", "17:00"))
            .addDay(day("2025-11-06", "09:00", "17:00"))
            .addDay(day("2025-11-12", "09:00", "17:00"))
            .addDay(day("2025-11-13", "11:00", "18:00")) // 10:00-17:00 GMT Standard Time (London)
            .venue(new Venue(null, null, null, "Amsterdam", "Netherlands"))
            .putExtra("Description", "Two afternoons a week of hacking on the build.\n")
            .build();
    assertThat(r.event()).isEqualTo(expected);
    assertThat(r.report().problems()).isEmpty();
    assertThat(unmapped(r))
        .containsExactly(
            "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
            "PRIORITY:5",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE");
  }

  @Test
  void readsThunderbirdExportWithDstGapDayAllDayEntryAndTopic() throws Exception {
    ImportResult r = fixture("thunderbird.ics");
    Event expected =
        Event.builder()
            .id("community-hack-day")
            .title("Community Hack Day")
            .timeZone(ZoneId.of("America/New_York"))
            .addDay(day("2025-03-09", "01:00", "17:00"))
            .addDay(new EventDay(LocalDate.parse("2025-03-10"), null, null))
            .venue(new Venue("Recurse Center", null, null, "New York", "USA"))
            .addTopic(
                topic("Lightning talks", "2025-03-09", "15:00", "16:00", "Hopper room").toBuilder()
                    .putExtra("URL", "https://example.org/hackday/lightning")
                    .putExtra("X-MOZ-GENERATION", "1")
                    .build())
            .putExtra("Categories", "Hackathon")
            .putExtra(
                "Description",
                "The clocks go forward at 2 a.m. that night: 01:00 to 17:00 is 15 hours.")
            .build();
    assertThat(r.event()).isEqualTo(expected);
    assertThat(r.report().problems()).isEmpty();
    assertThat(unmapped(r))
        .containsExactlyInAnyOrder("X-MOZ-GENERATION:1", "X-MOZ-GENERATION:2", "BEGIN:VALARM");
  }

  @Test
  void readsPretalxScheduleAsTopicsWithSlotsAndDerivesTitleAndDays() throws Exception {
    ImportResult r = fixture("pretalx-schedule.ics");
    String t1 = "Writing calendars people can subscribe to - Ana Pau Monné";
    String t2 = "Hypervisors on ARM - Łukasz Nakamura";
    String t3 = "Closing panel - Siobhán Smith, Kai Dupont";
    Event expected =
        Event.builder()
            .id("pretalx-schedule")
            .title("pretalx-schedule")
            .timeZone(ZoneId.of("Europe/Vienna"))
            .addDay(new EventDay(LocalDate.parse("2025-06-12"), null, null))
            .addDay(new EventDay(LocalDate.parse("2025-06-13"), null, null))
            .addTopic(
                topic(t1, "2025-06-12", "10:00", "10:30", "Saal 1").toBuilder()
                    .description(
                        "Why folding at 75 octets matters, and what RFC 5545 says about time zones.")
                    .putExtra("URL", "https://talks.example.org/democon-2025/talk/ABC123/")
                    .build())
            .addTopic(
                topic(t2, "2025-06-12", "14:00", "14:45", "Saal 2").toBuilder()
                    .description("Porting notes.")
                    .putExtra("URL", "https://talks.example.org/democon-2025/talk/DEF456/")
                    .build())
            .addTopic(
                topic(t3, "2025-06-13", "16:30", "17:30", "Saal 1").toBuilder()
                    .putExtra("URL", "https://talks.example.org/democon-2025/talk/GHI789/")
                    .build())
            .build();
    assertThat(r.event()).isEqualTo(expected);
    assertThat(r.report().problems())
        .extracting(ImportProblem::code)
        .containsExactly(ICalendarProblem.I131_NO_TITLE);
  }

  private static ImportResult read(String... lines) throws EventFormatException {
    return READER.read(String.join("\r\n", lines) + "\r\n", "test.ics");
  }

  private static final String[] HEAD = {
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "NAME:Sprint"
  };

  private static String[] cal(String... body) {
    String[] all = new String[HEAD.length + body.length + 1];
    System.arraycopy(HEAD, 0, all, 0, HEAD.length);
    System.arraycopy(body, 0, all, HEAD.length, body.length);
    all[all.length - 1] = "END:VCALENDAR";
    return all;
  }

  @Test
  void rejectsInputThatIsNotICalendarWithLocation() {
    assertThat(
            assertFails(
                    () -> READER.read("Hello, world\r\n", "notes.txt"),
                    ICalendarProblem.I100_NOT_ICALENDAR,
                    "notes.txt:1:1")
                .getMessage())
        .as("quotes what it found")
        .isEqualTo("notes.txt:1:1: expected BEGIN:VCALENDAR, found 'Hello, world'");
    assertThat(
            assertFails(
                    () -> READER.read("", "empty.ics"),
                    ICalendarProblem.I100_NOT_ICALENDAR,
                    "empty.ics:1:1")
                .expected())
        .endsWith("found an empty input");
  }

  @Test
  void rejectsInputOverTheSizeLimitAndNestingOverTheDepthLimit() {
    ICalendarEventReader small = READER.withLimits(ReadLimits.DEFAULT.withMaxInputChars(20));
    assertFails(
        () -> small.read(String.join("\r\n", cal()), "big.ics"),
        ICalendarProblem.I101_TOO_LARGE,
        "big.ics");
    ICalendarEventReader shallow = READER.withLimits(ReadLimits.DEFAULT.withMaxDepth(2));
    assertFails(
        () ->
            shallow.read(
                String.join(
                    "\r\n", cal("BEGIN:VEVENT", "BEGIN:VALARM", "END:VALARM", "END:VEVENT")),
                "deep.ics"),
        ICalendarProblem.I102_TOO_DEEP,
        "deep.ics:6:1");
  }

  @Test
  void reportsUnterminatedComponentAndKeepsWhatItHeld() throws Exception {
    ImportResult r =
        read(
            "BEGIN:VCALENDAR",
            "NAME:Sprint",
            "BEGIN:VEVENT",
            "SUMMARY:Sprint",
            "DTSTART;VALUE=DATE:20240102");
    assertThat(r.event().days())
        .containsExactly(new EventDay(LocalDate.of(2024, 1, 2), null, null));
    assertThat(r.report().problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "test.ics:3:1: I104 BEGIN:VEVENT has no END:VEVENT",
            "test.ics:1:1: I104 BEGIN:VCALENDAR has no END:VCALENDAR");
  }

  @Test
  void reportsBadDateAndLineWithoutColonWithLineAndPropertyName() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;TZID=Europe/Dublin:2024-01-15 09:30",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART:20240116T093000Z",
                "LOCATION Dublin Ireland",
                "END:VEVENT"));
    assertThat(r.report().problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "test.ics:12:9: I103 expected NAME:value, found 'LOCATION Dublin Ireland' (property LOCATION)",
            "test.ics:7:1: I110 DTSTART: expected a DATE-TIME such as 20130516T090000, found '2024-01-15 09:30'",
            "test.ics:5:1: I130 VEVENT 'Sprint' has no usable DTSTART; skipped");
    assertThat(r.event().days()).hasSize(1);
  }

  @Test
  void rejoinsAFoldThatSplitsAUtf8SequenceAndUnescapesText() throws Exception {
    byte[] head =
        String.join("\r\n", cal()).replace("END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8);
    byte[] e = "é".getBytes(StandardCharsets.UTF_8);
    String before = "BEGIN:VEVENT\r\nSUMMARY:Sprint\r\nDTSTART:20240116T093000Z\r\nDESCRIPTION:caf";
    String after = " sur la place\\, \\;\\\\ ok\\nligne 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    byte[] b1 = before.getBytes(StandardCharsets.UTF_8);
    byte[] b2 = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + b1.length + 1 + 3 + 1 + b2.length];
    int p = 0;
    System.arraycopy(head, 0, all, p, head.length);
    p += head.length;
    System.arraycopy(b1, 0, all, p, b1.length);
    p += b1.length;
    all[p++] = e[0];
    all[p++] = '\r';
    all[p++] = '\n';
    all[p++] = ' ';
    all[p++] = e[1];
    System.arraycopy(b2, 0, all, p, b2.length);
    ImportResult r = READER.read(all, "split.ics");
    assertThat(r.event().extra())
        .containsEntry("Description", "café sur la place, ;\\ ok\nligne 2");
    // a DATE-TIME start without an end keeps its start (RFC 5545 section 3.6.1)
    assertThat(r.event().days())
        .containsExactly(new EventDay(LocalDate.of(2024, 1, 16), LocalTime.of(9, 30), null));
    assertThat(r.report().problems()).isEmpty();
  }

  @Test
  void resolvesLeadingSlashTzidAndFileDefinedZoneWithWarning() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VTIMEZONE",
                "TZID:My Zone",
                "BEGIN:STANDARD",
                "DTSTART:19701025T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0000",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:19700329T010000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0100",
                "END:DAYLIGHT",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;TZID=/Europe/Dublin:20240715T093000",
                "DTEND;TZID=/Europe/Dublin:20240715T110000",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:Talk",
                "DTSTART;TZID=My Zone:20240715T120000",
                "DTEND;TZID=My Zone:20240715T123000",
                "END:VEVENT"));
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(r.event().days()).containsExactly(day("2024-07-15", "09:30", "11:00"));
    assertThat(r.event().topics())
        .extracting(Topic::slot)
        .containsExactly(
            new Slot(LocalDate.of(2024, 7, 15), LocalTime.of(12, 0), LocalTime.of(12, 30), null));
    assertThat(r.report().problems())
        .extracting(p -> p.code().code() + "@" + p.location().line())
        .containsExactly("I112@27");
  }

  @Test
  void readsUnknownTzidAsFloatingWithWarning() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;TZID=Mars/Olympus:20240715T093000",
                "DTEND;TZID=Mars/Olympus:20240715T110000",
                "END:VEVENT"));
    assertThat(r.event().timeZone()).isNull();
    assertThat(r.event().days()).containsExactly(day("2024-07-15", "09:30", "11:00"));
    assertThat(r.report().problems()).extracting(p -> p.code().code()).containsExactly("I111");
  }

  @Test
  void expandsWeeklyRuleWithIntervalCountAndBydayAndKeepsFirstOfMonthlyRule() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART:20240101T090000Z",
                "DTEND:20240101T100000Z",
                "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=MO,FR",
                "END:VEVENT"));
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(r.event().days())
        .extracting(EventDay::date)
        .containsExactly(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 1, 5),
            LocalDate.of(2024, 1, 15),
            LocalDate.of(2024, 1, 19));
    ImportResult monthly =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20240101",
                "RRULE:FREQ=MONTHLY;COUNT=3",
                "END:VEVENT"));
    assertThat(monthly.event().days())
        .extracting(EventDay::date)
        .containsExactly(LocalDate.of(2024, 1, 1));
    assertThat(monthly.report().problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "test.ics:8:1: I120 RRULE:FREQ=MONTHLY;COUNT=3 (FREQ=MONTHLY) is not expanded; only the first occurrence is kept");
  }

  @Test
  void expandsDailyRuleUntilDateIntoDaysWithoutHours() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20240101",
                "DTEND;VALUE=DATE:20240102",
                "RRULE:FREQ=DAILY;UNTIL=20240103",
                "EXDATE;VALUE=DATE:20240102",
                "END:VEVENT"));
    assertThat(r.event().days())
        .extracting(EventDay::date)
        .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3));
    assertThat(r.event().days()).allMatch(d -> !d.hasHours());
  }

  @Test
  void keepsQuotedParameterValuesWithColonsAndCaretEscapes() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART:20240101T090000Z",
                "DTEND:20240101T100000Z",
                "LOCATION;X-VENUE-NAME=\"Hall ^'A^': 1; 2, 3\";X-VENUE-CITY=Cork:x",
                "END:VEVENT"));
    assertThat(r.event().venue())
        .isEqualTo(new Venue("Hall \"A\": 1; 2, 3", null, null, "Cork", null));
  }

  @Test
  void keepsUnknownTopicPropertiesInExtraAndReportsThem() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20240101",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:Talk",
                "DTSTART:20240101T090000Z",
                "DTEND:20240101T100000Z",
                "X-SPEAKER-PRONOUNS:they/them",
                "CONTACT:Ana Pau <ana@example.org>",
                "END:VEVENT",
                "BEGIN:VTODO",
                "END:VTODO"));
    Topic talk = r.event().topics().get(0);
    assertThat(talk.extra())
        .isEqualTo(new LinkedHashMap<>(Map.of("X-SPEAKER-PRONOUNS", "they/them")));
    assertThat(talk.contacts())
        .containsExactly(new Person("Ana Pau", "ana@example.org", null, null));
    assertThat(r.report().unmapped())
        .filteredOn(u -> !u.reason().startsWith("bookkeeping"))
        .extracting(u -> u.location().line() + " " + u.reason())
        .containsExactly(
            "16 component VTODO not mapped",
            "13 property X-SPEAKER-PRONOUNS kept in the topic's extra");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("UTC"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // LOCATION text                                             | name           | street
        //       | postcode | city      | country
        "Example Hall\\, Musterstraße 12\\, 10999 Berlin\\, Germany | Example Hall | Musterstraße 12 | 10999 | Berlin | Germany",
        "Musterstraße 12\\, D-10999 Berlin                             | -            | Musterstraße 12 | D-10999 | Berlin | -",
        "Example Hall\\, 10999 Berlin\\, Germany                      | Example Hall | -               | 10999 | Berlin | Germany",
        "Example Hall\\, 12 Sample Road\\, Leeds LS1 4AB\\, UK       | Example Hall | 12 Sample Road  | LS1 4AB | Leeds | UK",
        "Example Hall\\, Keizersgracht 100\\, 1015 AB Amsterdam       | Example Hall | Keizersgracht 100 | 1015 AB | Amsterdam | -",
        "Example Hall\\, Sample Lane 5\\, Springfield\\, USA          | Example Hall | Sample Lane 5   | -     | Springfield | USA",
        "10999 Berlin                                                   | -            | -               | 10999 | Berlin | -",
        "Hall 2\\, Cork\\, Ireland                                     | Hall 2       | -               | -     | Cork   | Ireland",
        "Recurse Center\\, New York\\, USA                             | Recurse Center | -             | -     | New York | USA",
        "Main hall                                                      | Main hall    | -               | -     | -      | -",
      })
  void splitsAnAddressWithoutOurParametersIntoItsParts(
      String location, String name, String street, String postcode, String city, String country)
      throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20240101",
                "LOCATION:" + location,
                "END:VEVENT"));
    assertThat(r.event().venue()).isEqualTo(new Venue(name, street, postcode, city, country));
  }

  @Test
  void readsStreetAndPostcodeParameters() throws Exception {
    ImportResult r =
        read(
            cal(
                "BEGIN:VEVENT",
                "SUMMARY:Sprint",
                "DTSTART;VALUE=DATE:20240101",
                "LOCATION;X-VENUE-STREET=\"Musterstraße 12, Hof\";X-VENUE-POSTCODE=10999:anything",
                "END:VEVENT"));
    assertThat(r.event().venue())
        .isEqualTo(new Venue(null, "Musterstraße 12, Hof", "10999", null, null));
  }
}
