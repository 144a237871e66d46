package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikitextReaderTest {
  static final Source MAY2013 = Source.page("Xen", "Archived/Hackathon/May2013");
  private static final WikitextReader READER =
      WikitextReader.standard().withSource(Source.page("Xen", "Test"));

  static ImportResult readMay2013() throws Exception {
    return WikitextReader.standard().withSource(MAY2013).read(WikitextRoundTripTest.may2013());
  }

  private static Topic onlyTopic(String markup) throws Exception {
    List<Topic> topics = READER.read(markup).event().topics();
    assertThat(topics).hasSize(1);
    return topics.get(0);
  }

  private static List<String> codes(ImportResult r) {
    return r.report().problems().stream().map(p -> p.code().code()).toList();
  }

  @Test
  void readsTheMay2013PageIntoTheGoldenEvent() throws Exception {
    assertThat(readMay2013().event()).isEqualTo(WikitextWriterTest.golden());
  }

  @Test
  void reportsInferredTimeZoneAndAmbiguousDatesWithTheirLines() throws Exception {
    ImportResult r = readMay2013();
    ImportProblem zone = r.report().problems(PageProblem.P103_TIME_ZONE_INFERRED).get(0);
    assertThat(zone.message()).contains("Europe/Dublin", "Dublin");
    assertThat(zone.location().line()).isEqualTo(4);
    List<ImportProblem> ambiguous = r.report().problems(PageProblem.P101_AMBIGUOUS_DATE);
    assertThat(ambiguous)
        .extracting(p -> p.location().line())
        .containsExactly(31, 47, 63, 78, 93, 117);
    assertThat(ambiguous.get(0).message()).contains("02/03/2013", "2013-03-02");
    // "May 16th" and "May 17th" take the year of the event's sentence, with a warning each
    assertThat(r.report().problems(PageProblem.P113_YEAR_INFERRED))
        .extracting(p -> p.location().line())
        .containsExactly(5, 6);
    assertThat(r.report().problems()).hasSize(9);
  }

  @Test
  void listsWhatThePageHasBeyondTheModelWithLocations() throws Exception {
    ImportResult r = readMay2013();
    assertThat(r.report().unmapped())
        .extracting(
            u ->
                u.location().line()
                    + ":"
                    + u.location().column()
                    + " "
                    + u.reason()
                    + ": "
                    + u.text())
        .containsExactly(
            "1:1 image file name standing alone (a picture on the page): XenHackathon.png");
    long input = nonBlank(WikitextRoundTripTest.may2013());
    assertThat(r.report().inputChars()).isEqualTo(input);
    // coverage is explained by the unmapped list: everything else was placed
    long unmapped = nonBlank("[[File:XenHackathon.png]]");
    assertThat(r.report().mappedChars()).isEqualTo(input - unmapped);
  }

  private static long nonBlank(String s) {
    return s.chars().filter(c -> !Character.isWhitespace(c)).count();
  }

  @Test
  void markupToModelToMarkupToModelKeepsTheMay2013Event() throws Exception {
    Event first = readMay2013().event();
    String markup = WikitextWriter.standard().write(first);
    Event second = WikitextReader.standard().withSource(MAY2013).read(markup).event();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void readsParametersInAnyOrderAndLeavesMissingOnesAbsent() throws Exception {
    Topic t = onlyTopic("{{project\n|Desc=Text\n|Project=Late title\n|Date=05/02/2014\n}}\n");
    assertThat(t.title()).isEqualTo("Late title");
    assertThat(t.description()).isEqualTo("Text");
    assertThat(t.insertedOn()).isEqualTo(LocalDate.of(2014, 2, 5));
    assertThat(t.difficulty()).isNull();
    assertThat(t.gsoc()).isNull();
    assertThat(t.comments()).isEmpty();
  }

  @Test
  void takesTheProfilesDefaultsForMailingListAndIrcUnlessStated() throws Exception {
    Topic defaulted = onlyTopic("{{project|Project=A}}");
    assertThat(defaulted.mailingList()).isEqualTo("xen-devel@");
    assertThat(defaulted.ircChannel()).isEqualTo("#xen-devel");
    Topic stated = onlyTopic("{{project|Project=A|ML=users@|IRC=}}");
    assertThat(stated.mailingList()).isEqualTo("users@");
    assertThat(stated.ircChannel()).isNull();
  }

  @Test
  void readsFillersAsAbsentAndReportsThem() throws Exception {
    ImportResult r =
        READER.read(
            "{{project\n|Project=A\n|Verified=Not updated in 2020\n|Difficulty=Unknown\n|GSoC=N/A\n}}");
    Topic t = r.event().topics().get(0);
    assertThat(t.verified()).isNull();
    assertThat(t.difficulty()).isNull();
    assertThat(t.gsoc()).isEqualTo(Gsoc.NOT_APPLICABLE);
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::code, u -> u.location().toString())
        .containsExactly(
            tuple(UnmappedReason.U104_EMPTY_FIELD, "Test:3:2"),
            tuple(UnmappedReason.U104_EMPTY_FIELD, "Test:4:2"));
  }

  @Test
  void readsNotApplicableTemplateAsItsText() throws Exception {
    Topic t = onlyTopic("{{project|Project=A|Outcomes={{N/A}}|GSoC={{n/A}}}}");
    assertThat(t.outcomes()).isEqualTo("N/A");
    assertThat(t.gsoc()).isEqualTo(Gsoc.NOT_APPLICABLE);
  }

  @Test
  void warnsOnMonthFirstAndAmbiguousDates() throws Exception {
    ImportResult monthFirst = READER.read("{{project|Project=A|Date=01/20/2014}}");
    assertThat(monthFirst.event().topics().get(0).insertedOn())
        .isEqualTo(LocalDate.of(2014, 1, 20));
    assertThat(codes(monthFirst)).contains("P102");
    ImportResult ambiguous = READER.read("{{project|Project=A|Date=2/5/2014}}");
    assertThat(ambiguous.event().topics().get(0).insertedOn()).isEqualTo(LocalDate.of(2014, 5, 2));
    assertThat(codes(ambiguous)).contains("P101");
  }

  @Test
  void keepsUnreadableValuesInExtraWithAWarning() throws Exception {
    ImportResult r = READER.read("{{project\n|Project=A\n|Date=sometime\n|GSoC=maybe\n}}");
    Topic t = r.event().topics().get(0);
    assertThat(t.insertedOn()).isNull();
    assertThat(t.extra()).containsEntry("Date", "sometime").containsEntry("GSoC", "maybe");
    assertThat(r.report().problems(PageProblem.P105_UNREADABLE_VALUE))
        .extracting(p -> p.location().line())
        .containsExactly(3, 4);
  }

  @Test
  void putsUnknownParametersInExtraInSourceOrder() throws Exception {
    Topic t =
        onlyTopic(
            "{{project|Project=A|Mentor=[[User:Kai|Kai]]|Repo=[https://example.org/r the repo]}}");
    assertThat(t.extra())
        .containsExactly(
            java.util.Map.entry("Mentor", "Kai"),
            java.util.Map.entry("Repo", "the repo (https://example.org/r)"));
  }

  @Test
  void readsVotesAndCommentsFromReviewAndDescription() throws Exception {
    Topic t =
        onlyTopic(
            "{{project\n|Project=A\n|Desc=Idea.\n{{Comment|[[User:Lars.kurth|Lars.kurth]] 14:14, 23 January 2013 (UTC):}} Good idea\n"
                + "|Review={{Vote|[[User:Msw|Msw]] 22:15, 27 April 2013 (UTC)}} Will attend "
                + "{{Vote|[[User:Ijc|Ijc]] 14:06, 12 March 2013 (UTC)}}: Will attend too\n}}");
    assertThat(t.description()).isEqualTo("Idea.");
    assertThat(t.comments())
        .containsExactly(
            new Comment(
                "Lars.kurth",
                Instant.parse("2013-01-23T14:14:00Z"),
                "Good idea",
                CommentKind.COMMENT),
            new Comment(
                "Msw", Instant.parse("2013-04-27T22:15:00Z"), "Will attend", CommentKind.VOTE),
            new Comment(
                "Ijc", Instant.parse("2013-03-12T14:06:00Z"), "Will attend too", CommentKind.VOTE));
  }

  @Test
  void reportsAVoteWithoutSignature() throws Exception {
    ImportResult r =
        READER.read("{{project\n|Project=A\n|Review={{Vote|somebody}} Will attend\n}}");
    assertThat(r.event().topics().get(0).comments()).isEmpty();
    ImportProblem p = r.report().problems(PageProblem.P107_UNSIGNED_REVIEW).get(0);
    assertThat(p.location().line()).isEqualTo(3);
    assertThat(p.location().column()).isEqualTo(2);
  }

  @Test
  void readsContactsInProseAndAsTemplates() throws Exception {
    Topic t =
        onlyTopic(
            "{{project|Project=A|Contact=John Garbutt, Mike McClurg (or other reps from the XAPI team), "
                + "{{Contact|Kai, Jr.|affiliation=ACME}}, Jane Doe <jane@example.org>}}");
    assertThat(t.contacts())
        .containsExactly(
            Person.named("John Garbutt"),
            new Person("Mike McClurg", null, null, "or other reps from the XAPI team"),
            new Person("Kai, Jr.", null, "ACME", null),
            new Person("Jane Doe", "jane@example.org", null, null));
  }

  @Test
  void turnsMarkupIntoPlainTextWithListsAndKeepsLinkUrls() throws Exception {
    Topic t =
        onlyTopic(
            "{{project|Project=A|Desc=Intro '''bold''' [[Page|label]] [https://x.org site] &amp; <nowiki>{{x}}</nowiki>:\n"
                + "* one\n** nested\n# two\nAfter<br/>break<!-- hidden -->\n}}");
    assertThat(t.description())
        .isEqualTo(
            "Intro bold label site (https://x.org) & {{x}}:\n- one\n  - nested\n- two\n\nAfter\nbreak");
  }

  @Test
  void reportsTemplatesItCannotExpand() throws Exception {
    ImportResult r = READER.read("{{project\n|Project=A\n|Desc=Uses {{SomeMacro|x}} here\n}}");
    assertThat(r.event().topics().get(0).description()).isEqualTo("Uses  here");
    ImportProblem p = r.report().problems(PageProblem.P106_TEMPLATE_NOT_EXPANDED).get(0);
    assertThat(p.location().line()).isEqualTo(3);
    assertThat(p.location().column()).isEqualTo(12);
  }

  @Test
  void keepsReadingPastBrokenMarkupAndReportsIt() throws Exception {
    ImportResult r =
        READER.read(
            "{{project|Project=A}}\n{{project|Project=B\n=== Confirmed Attendees ===\n* Ana, ACME\n");
    assertThat(r.event().topics()).extracting(Topic::title).containsExactly("A");
    assertThat(r.event().attendees())
        .extracting(a -> a.name() + "/" + a.affiliation())
        .containsExactly("Ana/ACME");
    assertThat(r.report().problems(MarkupProblem.W001_UNCLOSED_TEMPLATE)).hasSize(1);
    assertThat(r.report().problems(MarkupProblem.W001_UNCLOSED_TEMPLATE).get(0).location().line())
        .isEqualTo(2);
  }

  @Test
  void readsAttendeesUnderTheirHeadingsInEveryForm() throws Exception {
    Event e =
        READER
            .read(
                "== Confirmed Attendees ==\n* Ian Campbell,Citrix\n* Andrew Cooper\n* Rob (Citrix)\n"
                    + "== People that have been granted an invite but have not yet confirmed ==\n* Frank Fowley, DCU\n")
            .event();
    assertThat(e.attendees())
        .extracting(a -> a.name() + "/" + a.affiliation() + "/" + a.status())
        .containsExactly(
            "Ian Campbell/Citrix/CONFIRMED",
            "Andrew Cooper/null/CONFIRMED",
            "Rob/Citrix/CONFIRMED",
            "Frank Fowley/DCU/INVITED");
    assertThat(e.attendees(AttendeeStatus.INVITED)).hasSize(1);
  }

  @Test
  void takesTheZoneOfACountryWithOneZoneElseLeavesItEmptyAndSaysSo() throws Exception {
    ImportResult r =
        READER.read("== When and Where ==\nWe meet on June 3, 2015 in Smalltown, Ireland.\n");
    assertThat(r.event().timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(r.event().days())
        .extracting(d -> d.date())
        .containsExactly(LocalDate.of(2015, 6, 3));
    assertThat(r.event().venue().city()).isEqualTo("Smalltown");
    assertThat(codes(r)).containsExactly("P103");
    assertThat(r.report().problems().get(0).message()).contains("Ireland");
    ImportResult wide =
        READER.read("== When and Where ==\nWe meet on June 3, 2015 in Smalltown, Canada.\n");
    assertThat(wide.event().timeZone()).isNull();
    assertThat(wide.event().venue().country()).isEqualTo("Canada");
    assertThat(codes(wide)).containsExactly("P104");
  }

  @Test
  void takesTheTitleFromTheSourceAndNamesProblemsAfterIt() throws Exception {
    ImportResult r =
        WikitextReader.standard()
            .withSource(Source.page("Wiki", "Events/2015"))
            .read("{{project|Date=x}}");
    assertThat(r.event().title()).isEqualTo("Events/2015");
    assertThat(r.event().id()).isEqualTo("events-2015");
    assertThat(r.event().source()).isEqualTo(Source.page("Wiki", "Events/2015"));
    assertThat(r.report().problems(PageProblem.P108_UNTITLED_TOPIC).get(0).toString())
        .startsWith("Events/2015:1:1: P108");
  }

  @Test
  void readsFilesReadersAndPagesParsedAlready(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("page.wiki");
    Files.writeString(file, "{{project|Project=A}}", StandardCharsets.UTF_8);
    assertThat(WikitextReader.standard().read(file).report().source()).isEqualTo("page.wiki");
    assertThat(
            WikitextReader.standard()
                .read(new StringReader("{{project|Project=A}}"))
                .event()
                .topics())
        .hasSize(1);
    ParsedPage page = WikitextParser.parse("{{project|Project=A}}", "p");
    assertThat(WikitextReader.standard().read(page).event().topics())
        .extracting(Topic::title)
        .containsExactly("A");
  }

  @Test
  void throwsOnlyBeyondItsLimits() {
    WikitextReader small =
        WikitextReader.standard().withLimits(ReadLimits.DEFAULT.withMaxInputChars(10));
    assertThatThrownBy(() -> small.read("{{project|Project=A}}"))
        .isInstanceOf(EventFormatException.class);
    WikitextReader shallow =
        WikitextReader.standard().withLimits(ReadLimits.DEFAULT.withMaxDepth(3));
    assertThatThrownBy(() -> shallow.read("{{a|{{b|{{c|{{d|{{e}}}}}}}}}}"))
        .isInstanceOf(EventFormatException.class);
  }

  @Test
  void mapsAnotherCommunitysPagesWithAProfileLoadedFromJson() throws Exception {
    String json =
        """
        {
          "name": "Example wiki",
          "topicTemplate": "Idea",
          "fields": {
            "title": { "parameter": "name" },
            "contacts": { "parameter": "mentor" },
            "skills": { "parameter": "skills", "fillers": ["TBD"] },
            "description": { "parameter": "summary" },
            "mailingList": { "parameter": "list", "default": "dev@example.org" }
          },
          "voteTemplate": "+1",
          "commentTemplate": "Note",
          "voteIcon": "plus.png",
          "commentIcon": "note.png",
          "notApplicableTemplate": "n/a",
          "notApplicableText": "n/a",
          "gsocValues": { "yes": ["yes"], "no": ["no"], "notApplicable": ["n/a"] },
          "headings": { "confirmedAttendees": ["Participants"] },
          "siteLinePrefix": null,
          "ignoredLines": []
        }
        """;
    PageProfile profile = PageProfile.fromJson(new StringReader(json), "example.json");
    ImportResult r =
        WikitextReader.standard()
            .withProfile(profile)
            .withSource(Source.page("Example", "Sprint"))
            .read(
                "{{Idea|name=Faster builds|mentor=Ana|skills=TBD|summary=Cache it.}}\n== Participants ==\n* Kai, ACME\n");
    Topic t = r.event().topics().get(0);
    assertThat(t.title()).isEqualTo("Faster builds");
    assertThat(t.contacts()).containsExactly(Person.named("Ana"));
    assertThat(t.skills()).isNull();
    assertThat(t.mailingList()).isEqualTo("dev@example.org");
    assertThat(r.event().attendees()).extracting(a -> a.name()).containsExactly("Kai");
    StringWriter out = new StringWriter();
    WikitextWriter.standard().withProfile(profile).write(r.event(), out);
    assertThat(out.toString())
        .contains(
            "{{Idea\n|name=Faster builds\n|mentor=Ana\n|summary=Cache it.\n}}",
            "== Participants ==");
    assertThat(
            WikitextReader.standard()
                .withProfile(profile)
                .withSource(r.event().source())
                .read(out.toString())
                .event())
        .isEqualTo(r.event());
  }

  @Test
  void statesTheZoneWhenTheVenueDoesNotNameIt() throws Exception {
    Event e =
        Event.builder()
            .title("T")
            .source(Source.page(null, "T"))
            .timeZone(ZoneId.of("Asia/Tokyo"))
            .build();
    String markup = WikitextWriter.standard().write(e);
    assertThat(markup).isEqualTo("{{Event data\n|Time zone=Asia/Tokyo\n}}\n");
    assertThat(WikitextReader.standard().withSource(e.source()).read(markup).event()).isEqualTo(e);
  }
}
