package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.testing.RandomEvents;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property table ({@link IcalProperty}) and the code agree: every entry is exercised by one
 * small calendar built around it, and what the reader and writer do with it is what the table says.
 */
class IcalPropertyTest {
  private static final ICalendarEventReader READER = ICalendarEventReader.standard();
  private static final ICalendarEventWriter WRITER =
      ICalendarEventWriter.standard().withClock(ICalendarEventWriterTest.CLOCK);

  private static final String TITLE = "Tarn Valley Mapathon";
  private static final String DAY_UID = "day-1@tarn.example";

  /** Where a sample goes in {@link #calendar}. */
  private enum Where {
    CALENDAR,
    DAY,
    SESSION,
    BOTH
  }

  /**
   * The content lines that exercise one table entry (the entry's own, and any it needs beside it).
   */
  private record Sample(Where where, List<String> lines) {
    Sample(Where where, String... lines) {
      this(where, List.of(lines));
    }
  }

  /**
   * One sample per table entry; {@link #everyTableEntryHasASampleAndASection} keeps them in step
   * with the table.
   */
  private static final Map<IcalProperty, Sample> SAMPLES = new EnumMap<>(IcalProperty.class);

  static {
    SAMPLES.put(IcalProperty.VERSION, new Sample(Where.CALENDAR, "VERSION:2.0"));
    SAMPLES.put(
        IcalProperty.PRODID,
        new Sample(Where.CALENDAR, "PRODID:-//Tarn mapping club//Agenda 3.1//EN"));
    SAMPLES.put(IcalProperty.CALSCALE, new Sample(Where.CALENDAR, "CALSCALE:GREGORIAN"));
    SAMPLES.put(IcalProperty.METHOD, new Sample(Where.CALENDAR, "METHOD:PUBLISH"));
    SAMPLES.put(IcalProperty.NAME, new Sample(Where.CALENDAR, "NAME:" + TITLE));
    SAMPLES.put(IcalProperty.X_WR_CALNAME, new Sample(Where.CALENDAR, "X-WR-CALNAME:" + TITLE));
    SAMPLES.put(
        IcalProperty.CALENDAR_DESCRIPTION,
        new Sample(Where.CALENDAR, "DESCRIPTION:A day of mapping the river paths"));
    SAMPLES.put(
        IcalProperty.X_WR_CALDESC,
        new Sample(Where.CALENDAR, "X-WR-CALDESC:A day of mapping the river paths"));
    SAMPLES.put(
        IcalProperty.CALENDAR_URL, new Sample(Where.CALENDAR, "URL:https://tarn.example/mapathon"));
    SAMPLES.put(
        IcalProperty.SOURCE,
        new Sample(Where.CALENDAR, "SOURCE:https://tarn.example/mapathon.ics"));
    SAMPLES.put(
        IcalProperty.REFRESH_INTERVAL,
        new Sample(Where.CALENDAR, "REFRESH-INTERVAL;VALUE=DURATION:P1D"));
    SAMPLES.put(IcalProperty.X_PUBLISHED_TTL, new Sample(Where.CALENDAR, "X-PUBLISHED-TTL:PT12H"));
    SAMPLES.put(
        IcalProperty.X_WR_TIMEZONE, new Sample(Where.CALENDAR, "X-WR-TIMEZONE:Europe/Paris"));
    // the template's VEVENTs have UID, SUMMARY, DTSTART and DTEND already: these samples are theirs
    SAMPLES.put(IcalProperty.UID, new Sample(Where.SESSION));
    SAMPLES.put(IcalProperty.SUMMARY, new Sample(Where.SESSION));
    SAMPLES.put(IcalProperty.DTSTART, new Sample(Where.SESSION));
    SAMPLES.put(IcalProperty.DTEND, new Sample(Where.SESSION));
    SAMPLES.put(IcalProperty.DTSTAMP, new Sample(Where.DAY, "DTSTAMP:20260801T101500Z"));
    SAMPLES.put(IcalProperty.SEQUENCE, new Sample(Where.DAY, "SEQUENCE:4"));
    SAMPLES.put(
        IcalProperty.LAST_MODIFIED, new Sample(Where.DAY, "LAST-MODIFIED:20260802T080000Z"));
    SAMPLES.put(IcalProperty.CREATED, new Sample(Where.DAY, "CREATED:20260701T080000Z"));
    SAMPLES.put(IcalProperty.CLASS, new Sample(Where.DAY, "CLASS:PUBLIC"));
    SAMPLES.put(IcalProperty.TRANSP, new Sample(Where.DAY, "TRANSP:OPAQUE"));
    // replaces the session's DTEND (RFC 5545 allows one of them)
    SAMPLES.put(IcalProperty.DURATION, new Sample(Where.SESSION, "DURATION:PT1H30M"));
    SAMPLES.put(IcalProperty.RRULE, new Sample(Where.SESSION, "RRULE:FREQ=DAILY;COUNT=2"));
    SAMPLES.put(
        IcalProperty.RDATE, new Sample(Where.SESSION, "RDATE;TZID=Europe/Paris:20260914T100000"));
    SAMPLES.put(
        IcalProperty.EXDATE,
        new Sample(
            Where.SESSION, "RRULE:FREQ=DAILY;COUNT=3", "EXDATE;TZID=Europe/Paris:20260913T100000"));
    SAMPLES.put(
        IcalProperty.RECURRENCE_ID,
        new Sample(Where.SESSION, "RECURRENCE-ID;TZID=Europe/Paris:20260912T100000"));
    SAMPLES.put(
        IcalProperty.DESCRIPTION,
        new Sample(Where.BOTH, "DESCRIPTION:Bring boots\\, the banks are muddy"));
    SAMPLES.put(
        IcalProperty.LOCATION,
        new Sample(
            Where.BOTH, "LOCATION:Salle des fêtes\\, 4 rue du Pont\\, 81000 Albi\\, France"));
    SAMPLES.put(IcalProperty.URL, new Sample(Where.BOTH, "URL:https://tarn.example/mapathon"));
    SAMPLES.put(
        IcalProperty.LINK,
        new Sample(
            Where.DAY,
            "LINK;VALUE=URI;LINKREL=related;LABEL=Map tiles:https://tiles.tarn.example/"));
    SAMPLES.put(
        IcalProperty.X_WIKI_LINK,
        new Sample(Where.DAY, "X-WIKI-LINK;LABEL=Last year:Mapathon/2025"));
    SAMPLES.put(
        IcalProperty.CONTACT,
        new Sample(Where.BOTH, "CONTACT:Odile Marchetti <odile@tarn.example>"));
    SAMPLES.put(IcalProperty.CATEGORIES, new Sample(Where.BOTH, "CATEGORIES:Mapping,Outdoors"));
    SAMPLES.put(
        IcalProperty.CONFERENCE,
        new Sample(
            Where.BOTH,
            "CONFERENCE;VALUE=URI;FEATURE=CHAT;LABEL=#tarn-mapathon:irc:///tarn-mapathon"));
    SAMPLES.put(
        IcalProperty.RELATED_TO, new Sample(Where.SESSION, "RELATED-TO;RELTYPE=PARENT:" + DAY_UID));
    SAMPLES.put(IcalProperty.GEO, new Sample(Where.BOTH, "GEO:43.9289;2.1464"));
    SAMPLES.put(IcalProperty.STATUS, new Sample(Where.BOTH, "STATUS:TENTATIVE"));
    SAMPLES.put(
        IcalProperty.ORGANIZER,
        new Sample(Where.BOTH, "ORGANIZER;CN=Bastien Roux:mailto:bastien@tarn.example"));
    SAMPLES.put(
        IcalProperty.ATTENDEE,
        new Sample(
            Where.BOTH, "ATTENDEE;CN=Maëlle Verdier;PARTSTAT=ACCEPTED:mailto:maelle@tarn.example"));
  }

  /**
   * A calendar named {@value #TITLE} with one day (of that summary) and one session of that day,
   * with the sample's lines where it says; a DURATION sample replaces the session's DTEND.
   */
  private static String calendar(Sample s) {
    List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR"));
    if (s.lines().stream().noneMatch(l -> l.startsWith("NAME:") || l.startsWith("X-WR-CALNAME:"))) {
      lines.add("X-WR-CALNAME:" + TITLE);
    }
    add(lines, s, Where.CALENDAR);
    lines.addAll(
        List.of(
            "BEGIN:VEVENT",
            "UID:" + DAY_UID,
            "SUMMARY:" + TITLE,
            "DTSTART;TZID=Europe/Paris:20260912T090000",
            "DTEND;TZID=Europe/Paris:20260912T180000"));
    add(lines, s, Where.DAY);
    lines.addAll(
        List.of(
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:river-survey@tarn.example",
            "SUMMARY:River survey",
            "DTSTART;TZID=Europe/Paris:20260912T100000"));
    if (s.lines().isEmpty() || !s.lines().get(0).startsWith("DURATION")) {
      lines.add("DTEND;TZID=Europe/Paris:20260912T113000");
    }
    add(lines, s, Where.SESSION);
    lines.addAll(List.of("END:VEVENT", "END:VCALENDAR", ""));
    return String.join("\r\n", lines);
  }

  private static void add(List<String> lines, Sample s, Where here) {
    if (s.where() == here || (s.where() == Where.BOTH && here != Where.CALENDAR)) {
      lines.addAll(s.lines());
    }
  }

  static Stream<IcalProperty> entries() {
    return Stream.of(IcalProperty.values());
  }

  static Stream<Arguments> entriesRead() {
    return entries().filter(p -> p.read() != IcalProperty.Read.BOOKKEEPING).map(Arguments::of);
  }

  static Stream<Arguments> entriesBookkeeping() {
    return entries().filter(p -> p.read() == IcalProperty.Read.BOOKKEEPING).map(Arguments::of);
  }

  static Stream<Arguments> entriesReadAndWritten() {
    return entries()
        .filter(p -> p.read() != IcalProperty.Read.BOOKKEEPING && !p.written().isEmpty())
        .map(Arguments::of);
  }

  /** The physical line numbers (1-based) of the content lines named {@code name} in a component. */
  private static List<Integer> linesOf(String ics, String component, String name) {
    List<Integer> found = new ArrayList<>();
    String[] lines = ics.split("\r\n", -1);
    String in = null;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("BEGIN:")) {
        in = l.substring(6);
      } else if (l.startsWith("END:")) {
        in = l.substring(4).equals("VEVENT") ? "VCALENDAR" : in;
      } else if (component.equals(in) && (l.startsWith(name + ":") || l.startsWith(name + ";"))) {
        found.add(i + 1);
      }
    }
    return found;
  }

  private static List<UnmappedInput> listedAt(ImportResult r, List<Integer> lines) {
    return r.report().unmapped().stream().filter(u -> lines.contains(u.location().line())).toList();
  }

  @Test
  void everyTableEntryHasASampleAndASection() {
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(IcalProperty.values());
    for (IcalProperty p : IcalProperty.values()) {
      assertThat(p.section())
          .as(p.name())
          .matches("RFC (5545|7986|9073) \\d+(\\.\\d+)*( \\(.+\\))?");
      assertThat(IcalProperty.of(p.scope(), p.propertyName())).isSameAs(p);
      if (p.read() == IcalProperty.Read.BOOKKEEPING) {
        assertThat(p.field()).as(p.name()).isEqualTo("-");
      } else {
        assertThat(p.field()).as(p.name()).isNotBlank().isNotEqualTo("-");
      }
    }
  }

  /**
   * A property the table says is read is placed in the model, in the day and the session alike
   * where the sample puts it in both, and is never kept as an unknown one.
   */
  @ParameterizedTest
  @MethodSource("entriesRead")
  void everyPropertyTheTableReadsIsPlaced(IcalProperty p) throws Exception {
    String ics = calendar(SAMPLES.get(p));
    ImportResult r = READER.read(ics, "tarn.ics");
    List<Integer> lines = linesOf(ics, p.scope().name(), p.propertyName());
    assertThat(lines).as("sample lines of " + p).isNotEmpty();
    assertThat(listedAt(r, lines)).as(p + " in\n" + ics).isEmpty();
    assertThat(r.event().topics())
        .singleElement()
        .satisfies(t -> assertThat(t.extra()).doesNotContainKey(p.propertyName()));
  }

  /** A bookkeeping property is listed as such, with its line, and does not count in coverage. */
  @ParameterizedTest
  @MethodSource("entriesBookkeeping")
  void everyBookkeepingPropertyIsReportedAsSuchAndNotCounted(IcalProperty p) throws Exception {
    String ics = calendar(SAMPLES.get(p));
    ImportResult r = READER.read(ics, "tarn.ics");
    List<Integer> lines = linesOf(ics, p.scope().name(), p.propertyName());
    assertThat(lines).hasSize(1);
    assertThat(listedAt(r, lines))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).startsWith(p.propertyName() + ":");
              assertThat(u.code()).isEqualTo(UnmappedReason.U109_BOOKKEEPING);
              assertThat(u.reason())
                  .startsWith("bookkeeping, not event data")
                  .endsWith(": line " + lines.get(0));
            });
    ImportResult without = READER.read(calendar(new Sample(Where.DAY)), "tarn.ics");
    assertThat(r.report().inputChars()).isEqualTo(without.report().inputChars());
    assertThat(r.report().mappedChars()).isEqualTo(without.report().mappedChars());
  }

  /**
   * A property the table says is read and written comes out of the writer where the table says, and
   * the written calendar reads back to one that writes the same text (the value survives).
   */
  @ParameterizedTest
  @MethodSource("entriesReadAndWritten")
  void everyPropertyReadAndWrittenRoundTrips(IcalProperty p) throws Exception {
    Event read = READER.read(calendar(SAMPLES.get(p)), "tarn.ics").event();
    String written = WRITER.write(read);
    List<Integer> lines = linesOf(written, p.scope().name(), p.propertyName());
    assertThat(lines).as(p + " written in\n" + written).isNotEmpty();
    ImportResult back = READER.read(written, "tarn-written.ics");
    assertThat(listedAt(back, lines)).as(p + " read back from\n" + written).isEmpty();
    assertThat(WRITER.write(back.event())).isEqualTo(written);
  }

  @Test
  void anUnknownXPropertyIsReportedWithItsLineWhereverItStands() throws Exception {
    String name = "X-TARN-ROOM-CAPACITY";
    assertThat(IcalProperty.of(IcalProperty.Scope.VEVENT, name)).isNull();
    assertThat(IcalProperty.of(IcalProperty.Scope.VCALENDAR, name)).isNull();
    for (Where where : List.of(Where.CALENDAR, Where.DAY, Where.SESSION)) {
      String ics = calendar(new Sample(where, name + ":40 seats"));
      ImportResult r = READER.read(ics, "tarn.ics");
      int line = linesOf(ics, where == Where.CALENDAR ? "VCALENDAR" : "VEVENT", name).get(0);
      String reason =
          switch (where) {
            case CALENDAR -> "calendar property " + name + " not mapped";
            case DAY -> "property " + name + " not mapped";
            default -> "property " + name + " kept in the topic's extra";
          };
      assertThat(r.report().unmapped())
          .as(where.name())
          .filteredOn(u -> u.text().startsWith(name))
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.location().line()).isEqualTo(line);
                assertThat(u.location().column()).isEqualTo(1);
                assertThat(u.text()).isEqualTo(name + ":40 seats");
                assertThat(u.reason()).isEqualTo(reason);
                assertThat(u.code())
                    .isEqualTo(
                        where == Where.SESSION
                            ? UnmappedReason.U108_KEPT_IN_EXTRA
                            : UnmappedReason.U100_NOT_PLACED);
              });
      assertThat(r.event().topics().get(0).extra().get(name))
          .isEqualTo(where == Where.SESSION ? "40 seats" : null);
    }
  }

  /**
   * Every property the writer writes is an entry of the table for that component and kind of
   * VEVENT, written in the table's order.
   */
  @Test
  void theWriterWritesOnlyTableEntriesInTableOrder() throws Exception {
    Set<String> seen = new TreeSet<>();
    List<Event> events = new ArrayList<>();
    for (long seed = 0; seed < 200; seed++) {
      events.add(RandomEvents.event(seed));
    }
    for (Sample sample : SAMPLES.values()) {
      Event e = READER.read(calendar(sample), "tarn.ics").event();
      events.add(
          e.toBuilder()
              .source(
                  new Source(
                      "Tarn wiki",
                      "Mapathon",
                      e.source() == null ? null : e.source().url(),
                      42L,
                      java.time.Instant.parse("2026-08-01T10:00:00Z")))
              .build());
    }
    for (int seed = 0; seed < events.size(); seed++) {
      Event e = events.get(seed);
      String ics =
          WRITER
              .withAllDayEvent(true)
              .withSubscriptionUrl(java.net.URI.create("https://tarn.example/s" + seed + ".ics"))
              .write(e);
      List<String> component = new ArrayList<>();
      IcalProperty.Written kind = null;
      int last = -1;
      for (String l : ics.split("\r\n")) {
        if (l.startsWith(" ") || l.isEmpty()) {
          continue;
        }
        String name = l.split("[:;]", 2)[0];
        if (name.equals("BEGIN")) {
          component.add(l.substring(6));
          kind = component.size() == 1 ? IcalProperty.Written.CALENDAR : null;
          last = -1;
          continue;
        }
        if (name.equals("END")) {
          component.remove(component.size() - 1);
          kind = component.size() == 1 ? IcalProperty.Written.CALENDAR : null;
          last =
              component.size() == 1
                  ? Integer.MAX_VALUE
                  : -1; // nothing of the calendar's after its components
          continue;
        }
        String in = component.get(component.size() - 1);
        if (!in.equals("VCALENDAR") && !in.equals("VEVENT")) {
          continue; // VTIMEZONE: VTimezoneWriter's
        }
        if (in.equals("VEVENT") && name.equals("UID")) {
          String uid = l.substring(4);
          kind =
              uid.startsWith("day-")
                  ? IcalProperty.Written.DAY
                  : uid.startsWith("topic-")
                      ? IcalProperty.Written.SESSION
                      : IcalProperty.Written.OVERVIEW;
        }
        IcalProperty p = IcalProperty.of(in, name);
        assertThat(p).as(in + " " + name + " (seed " + seed + ")").isNotNull();
        assertThat(kind).as(l).isNotNull();
        assertThat(p.written()).as(in + " " + name + " (seed " + seed + ")").contains(kind);
        assertThat(p.ordinal())
            .as(name + " after an entry later in the table (seed " + seed + ")")
            .isGreaterThanOrEqualTo(last);
        last = p.ordinal();
        seen.add(in + " " + name);
      }
    }
    // and the other way round: what the table says is written, the writer writes (for some event)
    for (IcalProperty p : IcalProperty.values()) {
      if (!p.written().isEmpty()) {
        assertThat(seen).as("written somewhere: " + p).contains(p.scope() + " " + p.propertyName());
      }
    }
  }

  /**
   * The README's list of properties ("Which properties.") is the table's, read and bookkeeping
   * alike.
   */
  @Test
  void theReadmeListsTheTablesProperties() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    int at = readme.indexOf("- **Which properties.**");
    assertThat(at).as("README section 'Which properties.'").isPositive();
    String section =
        readme.substring(
            at,
            readme.indexOf("\n- ", at + 1) < 0
                ? readme.indexOf("\n\n", at)
                : Math.min(readme.indexOf("\n- ", at + 1), readme.indexOf("\n\n", at)));
    String read = section.substring(section.indexOf("Read:"), section.indexOf("Bookkeeping:"));
    String bookkeeping =
        section.substring(section.indexOf("Bookkeeping:"), section.indexOf("Any other"));
    java.util.regex.Pattern name = java.util.regex.Pattern.compile("`([A-Z][A-Z-]*)`");
    List<String> readNames = name.matcher(read).results().map(m -> m.group(1)).toList();
    List<String> bookkeepingNames =
        name.matcher(bookkeeping).results().map(m -> m.group(1)).toList();
    assertThat(readNames)
        .containsExactlyElementsOf(
            entries()
                .filter(p -> p.read() != IcalProperty.Read.BOOKKEEPING)
                .map(IcalProperty::propertyName)
                .toList());
    assertThat(bookkeepingNames)
        .containsExactlyElementsOf(
            entries()
                .filter(p -> p.read() == IcalProperty.Read.BOOKKEEPING)
                .map(IcalProperty::propertyName)
                .toList());
  }

  // ---------------------------------------------------------------- hand-written calendars

  private static ImportResult fixture(String name) throws Exception {
    try (java.io.InputStream in =
        IcalPropertyTest.class.getResourceAsStream("IcalPropertyTest/" + name)) {
      return READER.read(in, name);
    }
  }

  /** The report's unmapped input as {@code line: reason}, in the report's order. */
  private static List<String> listed(ImportResult r) {
    return r.report().unmapped().stream()
        .map(u -> u.location().line() + ": " + u.reason())
        .toList();
  }

  /**
   * RFC 7986 calendar properties, RFC 9073 LINK, CONFERENCE of every kind, a chair of the day, and
   * what a session cannot carry: a LINK, DURATION beside DTEND, a resource as attendee.
   */
  @Test
  void rfc7986ProgrammeWithLinksConferencesAndAChair() throws Exception {
    ImportResult r = fixture("rfc7986-programme.ics");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("Kelpie Harbour Hack");
    assertThat(e.source().url()).hasToString("https://kelpie.example/hack");
    assertThat(e.links())
        .extracting(l -> l.target() + " | " + l.label())
        .containsExactly(
            "https://tides.kelpie.example/ | Tide tables",
            "Kelpie Harbour Hack/2026 | Last spring");
    assertThat(e.extra())
        .containsEntry("Calendar description", "Two evenings of fixing the harbour's open data")
        .containsEntry("Conference", "Stream https://video.kelpie.example/hack")
        .containsEntry("Organizer", "Fenella Drummond <fenella@kelpie.example>")
        .containsEntry("Contact", "Ruaridh Baird, Kelpie Harbour Trust (+44 131 496 0000)");
    assertThat(e.topics())
        .extracting(t -> t.title())
        .containsExactly("Buoy data feeds", "Slipway map");
    dev.hackathonkit.model.Topic buoys = e.topics().get(0);
    assertThat(buoys.ircChannel()).isEqualTo("#kelpie-buoys");
    assertThat(buoys.extra())
        .containsExactly(
            Map.entry("Categories", "Sensors, Open data"),
            Map.entry("COMMENT", "Bring a laptop with a serial adapter"));
    dev.hackathonkit.model.Topic slipway = e.topics().get(1);
    assertThat(slipway.slot().end()).isEqualTo(java.time.LocalTime.of(21, 0));
    assertThat(slipway.contacts())
        .extracting(c -> c.name())
        .containsExactly("isla.mcbride@kelpie.example");
    assertThat(slipway.extra())
        .containsExactly(Map.entry("Conference", "Call https://call.kelpie.example/slipway"));
    assertThat(r.report().problems()).isEmpty();
    assertThat(listed(r))
        .containsExactly(
            "33: property COMMENT kept in the topic's extra",
            "9: calendar property COLOR not mapped",
            "32: property LINK not mapped",
            "41: DURATION beside DTEND (RFC 5545 allows one of them); DTEND is used",
            "44: ATTENDEE that is a resource, not a person",
            "2: bookkeeping, not event data (not counted in coverage): line 2",
            "3: bookkeeping, not event data (not counted in coverage): line 3",
            "7: bookkeeping, not event data (not counted in coverage): line 7",
            "8: bookkeeping, not event data (not counted in coverage): line 8",
            "12: bookkeeping, not event data (not counted in coverage): lines 12, 25, 37");
  }

  /**
   * Google's calendar named after its owner: the title comes from the all-day VEVENT, X-WR-CALDESC
   * and X-WR-TIMEZONE are read, a second day's other DESCRIPTION and LOCATION are reported, GEO and
   * STATUS are kept, a session's series and CONTACT with ALTREP are read.
   */
  @Test
  void calendarNamedAfterItsOwnerWithTwoDaysAndASeries() throws Exception {
    ImportResult r = fixture("owner-named-calendar.ics");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("Alfama Civic Hack");
    assertThat(e.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/Lisbon"));
    assertThat(e.days())
        .extracting(d -> d.date() + " " + d.opens() + "-" + d.closes())
        .containsExactly("2027-05-22 10:00-19:00", "2027-05-23 10:00-17:00");
    assertThat(e.extra())
        .containsExactly(
            Map.entry("Description", "Saturday: pitches and teams"),
            Map.entry("Calendar description", "Neighbourhood civic hack"),
            Map.entry("Geo", "38.7114;-9.1284"),
            Map.entry("Status", "TENTATIVE"));
    dev.hackathonkit.model.Topic tram = e.topics().get(0);
    assertThat(tram.slot().recurrence()).containsExactly("RRULE:FREQ=DAILY;COUNT=2");
    assertThat(tram.contacts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("Duarte Pinheiro");
              assertThat(c.email()).isEqualTo("duarte.pinheiro@alfama.example");
              assertThat(c.affiliation()).isEqualTo("Carris fans club");
            });
    assertThat(tram.extra())
        .containsExactly(Map.entry("Geo", "38.7118;-9.1300"), Map.entry("X-ALFAMA-TEAM-SIZE", "5"));
    assertThat(listed(r))
        .containsExactly(
            "40: property X-ALFAMA-TEAM-SIZE kept in the topic's extra",
            "4: calendar name that is an e-mail address (the calendar's owner), not the event's title",
            "7: calendar property X-APPLE-CALENDAR-COLOR not mapped",
            "28: DESCRIPTION of another day entry, other than the first one's",
            "29: LOCATION other than the venue 'Largo do Chafariz de Dentro, 1100-139 Lisboa, Portugal'",
            "2: bookkeeping, not event data (not counted in coverage): line 2",
            "3: bookkeeping, not event data (not counted in coverage): line 3");
    // written and read back, the session keeps its series, contact and Geo
    Event back = READER.read(WRITER.write(e), "alfama.ics").event();
    assertThat(back.topics())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.slot().recurrence()).containsExactly("RRULE:FREQ=DAILY;COUNT=2");
              assertThat(t.contacts())
                  .extracting(c -> c.name() + " " + c.email())
                  .containsExactly("Duarte Pinheiro duarte.pinheiro@alfama.example");
              assertThat(t.extra()).containsEntry("Geo", "38.7118;-9.1300");
            });
  }

  /**
   * Two VCALENDARs in one file: the second's VEVENTs join, its name is reported as not used and its
   * bookkeeping is listed with the first's; a session's ORGANIZER and chair are its contacts, a
   * declined attendee is withdrawn.
   */
  @Test
  void twoCalendarsInOneFile() throws Exception {
    ImportResult r = fixture("two-calendars.ics");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("Birchwood Repair Sprint");
    assertThat(e.topics())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.title()).isEqualTo("Kettle descaling clinic");
              assertThat(t.contacts())
                  .extracting(c -> c.name())
                  .containsExactly("Wendell Okafor", "Priya Lomax");
            });
    assertThat(e.attendees())
        .extracting(a -> a.name() + " " + a.status())
        .containsExactly("Tobias Ferrante WITHDRAWN");
    assertThat(listed(r))
        .containsExactly(
            "15: calendar property X-WR-CALNAME of a further VCALENDAR; the first one's is used",
            "2: bookkeeping, not event data (not counted in coverage): lines 2, 13",
            "3: bookkeeping, not event data (not counted in coverage): lines 3, 14");
  }
}
