package dev.hackathonkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Golden;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedPageReaderTest {
  private static final String SEED = "xen-hackathon-may2013.txt";
  private final RenderedPageReader reader = RenderedPageReader.standard();

  private static String resource(String name) throws IOException {
    try (InputStream in =
        RenderedPageReaderTest.class.getResourceAsStream("RenderedPageReaderTest/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ImportResult read(String text) throws EventFormatException {
    return reader.read(text, "page.txt");
  }

  private static List<String> codes(ImportReport report) {
    return report.problems().stream()
        .map(p -> p.code().code() + "@" + p.location().line() + ":" + p.location().column())
        .toList();
  }

  private static List<Integer> unmappedLines(ImportReport report) {
    return report.unmapped().stream().map(u -> u.location().line()).toList();
  }

  // ---- the seed --------------------------------------------------------------------------------

  @Test
  void readsTheSeedAsTheGoldenEvent() throws Exception {
    ImportResult result = reader.read(resource(SEED), SEED);
    assertThat(result.event()).isEqualTo(Golden.event());
  }

  @Test
  void reportsOnTheSeedEveryUnplacedLineWithItsReason() throws Exception {
    ImportReport report = reader.read(resource(SEED), SEED).report();
    assertThat(report.unmapped())
        .extracting(u -> u.location().line() + ": " + u.text())
        .containsExactly(
            "5: XenHackathon.png",
            "25: Verified: Not updated in 2020",
            "41: Verified: Not updated in 2020",
            "57: Verified: Not updated in 2020",
            "74: Verified: Not updated in 2020",
            "90: Verified: Not updated in 2020",
            "106: Verified: Not updated in 2020",
            "118: Verified: Not updated in 2020",
            "125: Outcomes: Not specified, project outcomes",
            "134: Verified: Not updated in 2020",
            "146: Verified: Not updated in 2020",
            "158: Verified: Not updated in 2020",
            "170: Verified: Not updated in 2020",
            "184: Verified: Not updated in 2020",
            "198: Verified: Not updated in 2020",
            "220: Verified: Not updated in 2020",
            "234: Verified: Not updated in 2020",
            "246: Verified: Not updated in 2020");
    assertThat(report.unmapped().get(0).code()).isEqualTo(UnmappedReason.U101_MARKUP_WITHOUT_TEXT);
    assertThat(report.unmapped().get(1).code()).isEqualTo(UnmappedReason.U104_EMPTY_FIELD);
    assertThat(report.unmapped().get(1).location()).hasToString(SEED + ":25:29");
    assertThat(report.unmapped().get(8).code()).isEqualTo(UnmappedReason.U104_EMPTY_FIELD);
    // the reason names the field the filler stands for: that word is the point
    assertThat(report.unmapped().get(8).reason()).isEqualTo("template filler for outcomes: absent");
  }

  @Test
  void coverageOnTheSeedIsExplainedByTheUnmappedLines() throws Exception {
    String seed = resource(SEED);
    ImportReport report = reader.read(seed, SEED).report();
    long unmapped = report.unmapped().stream().mapToLong(u -> PlainText.nonBlank(u.text())).sum();
    assertThat(report.inputChars()).isEqualTo(PlainText.nonBlank(seed)).isEqualTo(11904);
    assertThat(report.mappedChars()).isEqualTo(report.inputChars() - unmapped).isEqualTo(11451);
    assertThat(report.coverage()).isGreaterThan(0.95);
  }

  @Test
  void warnsOnTheSeedAboutInferredZoneAndAmbiguousDates() throws Exception {
    ImportReport report = reader.read(resource(SEED), SEED).report();
    assertThat(report.problems(PageProblem.P103_TIME_ZONE_INFERRED))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().line()).isEqualTo(10);
              assertThat(p.location().column()).isEqualTo(1);
              assertThat(p.message()).contains("Europe/Dublin");
            });
    assertThat(report.problems(PageProblem.P101_AMBIGUOUS_DATE))
        .extracting(p -> p.location().line())
        .containsExactly(41, 57, 74, 90, 106, 134);
    assertThat(report.problems(PageProblem.P113_YEAR_INFERRED))
        .extracting(p -> p.location().line())
        .containsExactly(12, 13);
    assertThat(codes(report))
        .containsExactly(
            "P103@10:1",
            "P113@12:3",
            "P113@13:3",
            "P101@41:1",
            "P101@57:1",
            "P101@74:1",
            "P101@90:1",
            "P101@106:1",
            "P101@134:1");
  }

  @Test
  void keepsAtMostTheProblemLimitAndCountsTheRest() throws Exception {
    ImportReport report =
        reader
            .withLimits(ReadLimits.DEFAULT.withMaxProblems(2))
            .read(resource(SEED), SEED)
            .report();
    assertThat(codes(report)).containsExactly("P103@10:1", "P113@12:3");
    assertThat(report.droppedProblems()).isEqualTo(7);
  }

  // ---- hand-written variations of the seed's shape ---------------------------------------------

  private static final String TOPIC_A =
      """
      Faster boot

      Date of insert: 29/04/2014; Verified: Not updated in 2024; GSoC: Yes
      Technical contact: Jane Roe <jane@example.org>
      Mailing list/forum for project: dev@
      IRC channel for project: #dev
      Difficulty: Unknown
      Skills Needed: C
      Description: Make it boot faster.
      Outcomes: A faster boot.
      Peer Review Comments
      Pictogram vote 15px.png Jroe 10:00, 1 May 2014 (UTC): Will attend

      """;

  private static final String TOPIC_B =
      """
      Better docs

      Date of insert: 30/04/2014; Verified: Not updated in 2024; GSoC: N/A
      Technical contact: Joe Bloggs
      Mailing list/forum for project: dev@
      IRC channel for project: #dev
      Difficulty: N/A
      Skills Needed: Unknown
      Description: Write them.
      Outcomes: Not specified, project outcomes

      """;

  private static String page(String... parts) {
    return "Events/Summit2014\n\nFrom Example Wiki\n\n" + String.join("\n", parts);
  }

  @Test
  void readsTopicsInPageOrderWhateverTheOrder() throws Exception {
    Event ab = read(page("Topics\n", TOPIC_A, TOPIC_B)).event();
    Event ba = read(page("Topics\n", TOPIC_B, TOPIC_A)).event();
    assertThat(ab.topics()).extracting(Topic::id).containsExactly("faster-boot", "better-docs");
    assertThat(ba.topics()).extracting(Topic::id).containsExactly("better-docs", "faster-boot");
    assertThat(ba.topics().get(1)).isEqualTo(ab.topics().get(0));
    assertThat(ab.source()).isEqualTo(Source.page("Example Wiki", "Events/Summit2014"));
    assertThat(ab.id()).isEqualTo("events-summit2014");
  }

  @Test
  void mapsFillersToAbsenceAndKeepsExplicitValues() throws Exception {
    ImportResult r = read(page("Topics\n", TOPIC_A, TOPIC_B));
    Topic a = r.event().topics().get(0);
    Topic b = r.event().topics().get(1);
    assertThat(a.verified()).isNull();
    assertThat(a.difficulty()).isNull();
    assertThat(a.gsoc()).isEqualTo(Gsoc.YES);
    assertThat(a.contacts())
        .containsExactly(new Person("Jane Roe", "jane@example.org", null, null));
    assertThat(a.insertedOn()).isEqualTo(LocalDate.of(2014, 4, 29));
    assertThat(a.comments())
        .containsExactly(
            new Comment(
                "Jroe", Instant.parse("2014-05-01T10:00:00Z"), "Will attend", CommentKind.VOTE));
    assertThat(b.difficulty()).isEqualTo("N/A");
    assertThat(b.gsoc()).isEqualTo(Gsoc.NOT_APPLICABLE);
    assertThat(b.skills()).isNull();
    assertThat(b.outcomes()).isNull();
    assertThat(b.comments()).isEmpty();
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::text)
        .containsExactly(
            "Verified: Not updated in 2024",
            "Difficulty: Unknown",
            "Verified: Not updated in 2024",
            "Skills Needed: Unknown",
            "Outcomes: Not specified, project outcomes");
  }

  @Test
  void readsFieldsMissingOrInAnotherOrder() throws Exception {
    String text =
        page(
            """
        Topics

        Port to RISC-V

        Description: Port it.
        Skills Needed: Assembly
        Technical contact: Ann Lee, Bob Ray
        Date of insert: 01/02/2015
        """);
    ImportResult r = read(text);
    Topic t = r.event().topics().get(0);
    assertThat(t.title()).isEqualTo("Port to RISC-V");
    assertThat(t.description()).isEqualTo("Port it.");
    assertThat(t.skills()).isEqualTo("Assembly");
    assertThat(t.contacts()).containsExactly(Person.named("Ann Lee"), Person.named("Bob Ray"));
    assertThat(t.insertedOn()).isEqualTo(LocalDate.of(2015, 2, 1));
    assertThat(t.mailingList()).isNull();
    assertThat(t.gsoc()).isNull();
    assertThat(codes(r.report())).containsExactly("P104@5:1", "P111@5:1", "P101@12:1");
    assertThat(r.report().unmapped()).isEmpty();
  }

  @Test
  void keepsUnknownLabelInExtraAndReportsIt() throws Exception {
    String text =
        page(
            """
        Topics

        Faster boot

        Date of insert: 29/04/2014
        Room: Lecture hall 2
        Description: Make it boot faster.
        """);
    ImportResult r = read(text);
    Topic t = r.event().topics().get(0);
    assertThat(t.extra()).isEqualTo(Map.of("Room", "Lecture hall 2"));
    assertThat(t.description()).isEqualTo("Make it boot faster.");
    assertThat(r.report().problems(PageProblem.P109_UNKNOWN_FIELD))
        .singleElement()
        .satisfies(p -> assertThat(p.location().line()).isEqualTo(10));
  }

  @Test
  void readsLongTextWithParagraphsAndNestedLists() throws Exception {
    String text =
        page(
            """
        Topics

        Faster boot

        Date of insert: 29/04/2014
        Description: You need:
          \u2022 a board
            \u2022 with a serial port
          \u2022 patience
        Then we start.

        A second paragraph.
        Outcomes: Boots.
        """);
    Topic t = read(text).event().topics().get(0);
    assertThat(t.description())
        .isEqualTo(
            "You need:\n- a board\n  - with a serial port\n- patience\n\nThen we start.\n\nA second paragraph.");
    assertThat(t.outcomes()).isEqualTo("Boots.");
  }

  @Test
  void readsAttendeesWithAndWithoutAffiliation() throws Exception {
    String text =
        page(
            """
        Confirmed Attendees

          \u2022 Ann Lee,ACME
          \u2022 Bob Ray
          * Cy Doe, Example University

        People that have been granted an invite but have not yet confirmed

          \u2022 Dee Fox, Other Co
        """);
    ImportResult r = read(text);
    assertThat(r.event().attendees())
        .containsExactly(
            new Attendee("Ann Lee", "ACME", AttendeeStatus.CONFIRMED),
            new Attendee("Bob Ray", null, AttendeeStatus.CONFIRMED),
            new Attendee("Cy Doe", "Example University", AttendeeStatus.CONFIRMED),
            new Attendee("Dee Fox", "Other Co", AttendeeStatus.INVITED));
    assertThat(r.event().topics()).isEmpty();
    assertThat(r.report().unmapped()).isEmpty();
    assertThat(codes(r.report())).containsExactly("P104@5:1", "P111@5:1");
  }

  @Test
  void readsAnotherYearsDatesHoursAndPlace() throws Exception {
    String text =
        page(
            """
        When and Where

        The summit takes place 3-4 October 2016 in Berlin, Germany.

          \u2022 3 October: 09:30\u201318:00
          \u2022 4 October: 10am to 4pm
        """);
    ImportResult r = read(text);
    Event e = r.event();
    assertThat(e.days())
        .containsExactly(
            EventDay.of(LocalDate.of(2016, 10, 3), LocalTime.of(9, 30), LocalTime.of(18, 0)),
            EventDay.of(LocalDate.of(2016, 10, 4), LocalTime.of(10, 0), LocalTime.of(16, 0)));
    assertThat(e.venue()).isEqualTo(new Venue(null, null, null, "Berlin", "Germany"));
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(codes(r.report())).containsExactly("P103@7:1", "P113@9:3", "P113@10:3");
  }

  @Test
  void appliesUndatedHoursToEveryDayAndReportsUnknownZone() throws Exception {
    String text =
        page(
            """
        When and Where

        We meet on June 30 - July 1, 2015 in Springfield.

        Doors open 9am-5pm.
        """);
    ImportResult r = read(text);
    assertThat(r.event().days())
        .extracting(EventDay::date)
        .containsExactly(LocalDate.of(2015, 6, 30), LocalDate.of(2015, 7, 1));
    assertThat(r.event().days())
        .allSatisfy(d -> assertThat(d.opens()).isEqualTo(LocalTime.of(9, 0)));
    assertThat(r.event().venue()).isEqualTo(new Venue(null, null, null, "Springfield", null));
    assertThat(r.event().timeZone()).isNull();
    assertThat(r.report().problems(PageProblem.P104_TIME_ZONE_UNKNOWN)).hasSize(1);
  }

  @Test
  void readsCrlfAndCrFilesLikeLfFiles() throws Exception {
    String lf =
        page(
            "When and Where\n\nOn May 16-17, 2013 in Dublin Ireland.\n\n  \u2022 May 16th: 9AM to 5PM\n\nTopics\n",
            TOPIC_A,
            TOPIC_B);
    ImportResult expected = read(lf);
    ImportResult crlf = read(lf.replace("\n", "\r\n"));
    ImportResult cr = read(lf.replace("\n", "\r"));
    assertThat(crlf.event()).isEqualTo(expected.event());
    assertThat(cr.event()).isEqualTo(expected.event());
    assertThat(crlf.report()).isEqualTo(expected.report());
    assertThat(expected.event().days().get(0).opens()).isEqualTo(LocalTime.of(9, 0));
    assertThat(expected.event().days().get(1).opens()).isNull();
  }

  @Test
  void cleansByteOrderMarkNonBreakingSpacesTabsAndTrailingSpaces() throws Exception {
    String messy =
        "\uFEFF"
            + page("Topics\n", TOPIC_A)
                .replace("Faster boot", "Faster\u00A0boot   ")
                .replace("Skills Needed: C", "Skills Needed:\tC\t")
                .replace("15px.png Jroe", "15px.png\u00A0Jroe");
    ImportResult clean = read(page("Topics\n", TOPIC_A));
    ImportResult r = read(messy);
    assertThat(r.event()).isEqualTo(clean.event());
    assertThat(r.event().title()).isEqualTo("Events/Summit2014");
  }

  @Test
  void readsAPageWithOnlyTopics() throws Exception {
    ImportResult r = read(page(TOPIC_A));
    assertThat(r.event().topics()).extracting(Topic::title).containsExactly("Faster boot");
    assertThat(r.event().attendees()).isEmpty();
    assertThat(r.event().days()).isEmpty();
    assertThat(r.report().problems(PageProblem.P111_NO_DATES)).hasSize(1);
  }

  @Test
  void titlesTheEventBySourceWhenThePageHasNoTitleLine() throws Exception {
    ImportResult r = read(TOPIC_A);
    assertThat(r.event().title()).isEqualTo("page.txt");
    assertThat(r.event().source()).isNull();
    assertThat(r.event().topics()).hasSize(1);
    assertThat(r.report().problems(TextProblem.T101_NO_PAGE_TITLE)).hasSize(1);
  }

  @Test
  void reportsReviewEntriesWithoutIconOrSignature() throws Exception {
    String text =
        page(
            """
        Topics

        Faster boot

        Date of insert: 29/04/2014
        Peer Review Comments
        Jroe 10:00, 1 May 2014 (UTC): I can help
        Pictogram vote 15px.png
        Just a remark
        """);
    ImportResult r = read(text);
    Topic t = r.event().topics().get(0);
    assertThat(t.comments())
        .containsExactly(
            new Comment(
                "Jroe", Instant.parse("2014-05-01T10:00:00Z"), "I can help", CommentKind.COMMENT));
    assertThat(codes(r.report()))
        .containsExactly("P104@5:1", "P111@5:1", "P116@11:1", "P107@12:1", "P107@13:1");
    assertThat(unmappedLines(r.report())).containsExactly(12, 13);
  }

  @Test
  void reportsMonthFirstDateAndKeepsUnreadableDateInExtra() throws Exception {
    String text =
        page(
            """
        Topics

        One

        Date of insert: 01/20/2014

        Two

        Date of insert: sometime in spring
        """);
    ImportResult r = read(text);
    assertThat(r.event().topics().get(0).insertedOn()).isEqualTo(LocalDate.of(2014, 1, 20));
    assertThat(r.event().topics().get(1).insertedOn()).isNull();
    assertThat(r.event().topics().get(1).extra()).containsEntry("Date", "sometime in spring");
    assertThat(codes(r.report())).containsExactly("P104@5:1", "P111@5:1", "P102@9:1", "P105@13:1");
  }

  @Test
  void keepsStrayTextInTheEventsExtraUnderItsHeading() throws Exception {
    String text =
        page(
            """
        Some introduction nobody asked for.

        Topics

        Instructions

        Confirmed Attendees

          \u2022 Ann Lee, ACME
        Add yourself above.
        """);
    ImportResult r = read(text);
    assertThat(r.event().extra())
        .isEqualTo(
            Map.of(
                "description", "Some introduction nobody asked for.",
                "Confirmed Attendees", "Add yourself above."));
    assertThat(r.event().attendees())
        .containsExactly(new Attendee("Ann Lee", "ACME", AttendeeStatus.CONFIRMED));
    assertThat(r.event().topics()).isEmpty();
    assertThat(r.report().unmapped()).isEmpty();
  }

  @Test
  void refusesInputBeyondTheLimit() {
    RenderedPageReader small = reader.withLimits(ReadLimits.DEFAULT.withMaxInputChars(20));
    assertThatThrownBy(() -> small.read("line one\nline two\nline three\n", "big.txt"))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(TextProblem.T201_TOO_LARGE);
              assertThat(e.location()).hasToString("big.txt:3");
            });
  }

  @Test
  void flattensListsDeeperThanTheLimit() throws Exception {
    String text =
        page(
            """
        Topics

        Deep

        Date of insert: 29/04/2014
        Description: Levels:
          \u2022 one
            \u2022 two
              \u2022 three
        """);
    ImportResult r = reader.withLimits(ReadLimits.DEFAULT.withMaxDepth(2)).read(text, "page.txt");
    assertThat(r.event().topics().get(0).description())
        .isEqualTo("Levels:\n- one\n  - two\n  - three");
  }

  @Test
  void neverThrowsOnMutatedSeedsAndAlwaysExplainsCoverage() throws Exception {
    List<String> seedLines = List.of(resource(SEED).split("\n", -1));
    java.util.Random random = new java.util.Random(4);
    for (int run = 0; run < 300; run++) {
      List<String> lines = new java.util.ArrayList<>(seedLines);
      for (int m = 0; m < 1 + random.nextInt(20); m++) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
          case 0 -> lines.remove(at);
          case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
          case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
          case 3 ->
              lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
          default -> lines.set(at, lines.get(at) + (char) random.nextInt(0x3000));
        }
      }
      String text = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
      ImportReport report = read(text).report();
      String[] rows = text.split("\r\n|\r|\n", -1);
      long unmapped =
          report.unmapped().stream().mapToLong(u -> PlainText.nonBlank(fullText(u, rows))).sum();
      // site chrome is listed as unmapped but left out of inputChars: mapped and listed together
      // are the whole input
      assertThat(report.mappedChars() + unmapped)
          .as("run %d", run)
          .isEqualTo(PlainText.nonBlank(text));
      assertThat(report.mappedChars()).as("run %d", run).isLessThanOrEqualTo(report.inputChars());
      assertThat(report.unmapped())
          .allSatisfy(u -> assertThat(u.location().line()).isBetween(1, lines.size()));
    }
  }

  /**
   * The unmapped part's text; a long part is listed by its first 200 characters and "…", then it is
   * the rest of its line.
   */
  private static String fullText(UnmappedInput u, String[] rows) {
    String text = u.text();
    if (text.length() == 201 && text.endsWith("\u2026")) {
      String row = rows[u.location().line() - 1];
      return row.substring(Math.min(row.length(), u.location().column() - 1));
    }
    return text;
  }

  @Test
  void readsAnotherCommunitysPageWithAProfileLoadedFromJson() throws Exception {
    PageProfile ideas;
    try (java.io.Reader in = new java.io.StringReader(resource("ideas.profile.json"))) {
      ideas = PageProfile.fromJson(in, "ideas.profile.json");
    }
    ImportResult r = reader.withProfile(ideas).read(resource("ideas-2019.txt"), "ideas-2019.txt");
    Event e = r.event();
    assertThat(e.title()).isEqualTo("Ideas/Sprint2019");
    assertThat(e.source()).isEqualTo(Source.page("Example Wiki", "Ideas/Sprint2019"));
    assertThat(e.days())
        .containsExactly(
            EventDay.of(LocalDate.of(2019, 3, 12), LocalTime.of(10, 0), LocalTime.of(18, 0)),
            EventDay.of(LocalDate.of(2019, 3, 13), LocalTime.of(10, 0), LocalTime.of(16, 0)));
    assertThat(e.venue()).isEqualTo(new Venue(null, null, null, "Lisbon", "Portugal"));
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(e.topics())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.title()).isEqualTo("Faster CI");
              assertThat(t.insertedOn()).isEqualTo(LocalDate.of(2019, 1, 15));
              assertThat(t.contacts())
                  .containsExactly(new Person("Ann Lee", "ann@example.org", null, null));
              assertThat(t.difficulty()).isNull();
              assertThat(t.skills()).isEqualTo("YAML");
              assertThat(t.description()).isEqualTo("Cut build times.");
              assertThat(t.comments())
                  .containsExactly(
                      new Comment(
                          "Bob",
                          Instant.parse("2019-01-20T09:30:00Z"),
                          "Count me in",
                          CommentKind.VOTE));
            });
    assertThat(e.attendees())
        .containsExactly(
            new Attendee("Ann Lee", "Example Org", AttendeeStatus.CONFIRMED),
            new Attendee("Bob Ray", null, AttendeeStatus.CONFIRMED),
            new Attendee("Cy Doe", null, AttendeeStatus.INVITED));
    assertThat(r.report().unmapped()).extracting(UnmappedInput::text).containsExactly("Level: TBD");
    assertThat(codes(r.report())).containsExactly("P103@7:1", "P113@9:3", "P113@10:3");
  }

  @Test
  void startsATopicAtALabelledTitleWhenTheProfileLabelsTitles() throws Exception {
    PageProfile labelled =
        PageProfile.xenProject()
            .withField(
                dev.hackathonkit.io.page.TopicField.TITLE,
                dev.hackathonkit.io.page.FieldSpec.of("Project", "Project"));
    String text =
        page(
            """
        Topics

        Project: Faster boot; Date of insert: 29/04/2014
        Skills Needed: C
        Project: Better docs
        Skills Needed: Writing
        """);
    ImportResult r = reader.withProfile(labelled).read(text, "page.txt");
    assertThat(r.event().topics())
        .extracting(Topic::title, Topic::skills, Topic::insertedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Faster boot", "C", LocalDate.of(2014, 4, 29)),
            org.assertj.core.groups.Tuple.tuple("Better docs", "Writing", null));
    assertThat(r.report().unmapped()).isEmpty();
  }

  @Test
  void keepsUnknownEventLevelLabelsInTheEventsExtra() throws Exception {
    String text =
        page(
            """
        When and Where

        We meet on 3 October 2016 in Berlin, Germany.
        Host: Example GmbH
        """);
    ImportResult r = read(text);
    assertThat(r.event().extra()).isEqualTo(Map.of("Host", "Example GmbH"));
    assertThat(r.event().days())
        .extracting(EventDay::date)
        .containsExactly(LocalDate.of(2016, 10, 3));
    assertThat(codes(r.report())).containsExactly("P103@7:1", "P109@8:1");
  }

  @Test
  void emptyInputGivesAnEmptyEventAndReports() throws Exception {
    ImportResult r = read("");
    assertThat(r.event().topics()).isEmpty();
    assertThat(r.event().title()).isEqualTo("page.txt");
    assertThat(r.report().coverage()).isEqualTo(1.0);
  }
}
