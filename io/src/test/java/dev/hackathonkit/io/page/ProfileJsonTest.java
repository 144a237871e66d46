package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {

  private static PageProfile read(String json) throws Exception {
    return PageProfile.fromJson(new StringReader(json), "dir/mine.profile.json");
  }

  private static EventFormatException failure(String json) {
    try {
      read(json);
    } catch (EventFormatException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for " + json);
  }

  /** {@code line:column code message} of each problem. */
  private static List<String> problems(String json) {
    return failure(json).problems().stream()
        .map(
            p ->
                p.location().line()
                    + ":"
                    + p.location().column()
                    + " "
                    + p.code().code()
                    + " "
                    + p.message())
        .toList();
  }

  @Test
  void emptyObjectIsAProfileWithNothingAndTheFileName() throws Exception {
    PageProfile p = read("{}");
    assertThat(p.name()).isEqualTo("mine");
    assertThat(p.version()).isEqualTo(1);
    assertThat(p.fields()).isEmpty();
    assertThat(p.headings()).isEmpty();
    assertThat(p.topicTemplate()).isNull();
    assertThat(p.sectionForHeading("Topics")).isNull();
  }

  @Test
  void readsEveryVersion2Key() throws Exception {
    PageProfile p =
        read(
            """
        {"profileVersion": 2, "name": "Mine", "sites": ["Mine wiki", "wiki.mine.example"], "languages": ["de-CH"],
         "topicTemplate": "idea",
         "fields": {"skills": {"parameter": "skills", "labels": ["Skills", "Know-how"], "columns": ["Needs"],
                               "fillers": ["later"], "default": null}},
         "eventTemplates": ["Meetup box"],
         "eventFields": {"venue": {"parameters": ["place"], "labels": ["Treffpunkt"]}},
         "headings": {"schedule": ["Fahrplan"]},
         "attendeeColumns": {"affiliation": ["Verein"]},
         "scheduleColumns": {"room": ["Zimmer"]},
         "statusWords": {"invited": ["eingeladen"]},
         "attendeeNotes": ["per Video"], "fillers": ["k.A."],
         "voteTemplate": "+", "commentTemplate": "Note", "voteIcon": "Plus.png", "commentIcon": "Note.png",
         "notApplicableTemplate": "NA", "notApplicableText": "n/a",
         "gsocValues": {"yes": ["ja"]}, "siteLinePrefix": "Aus ",
         "ignoredLines": ["Menü"], "ignoredLinePrefixes": ["Zuletzt geändert"]}
        """);
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.name()).isEqualTo("Mine");
    assertThat(p.languages()).extracting(l -> l.toLanguageTag()).containsExactly("de-CH");
    assertThat(p.field(TopicField.SKILLS))
        .isEqualTo(
            new FieldSpec(
                "skills", List.of("Skills", "Know-how"), List.of("Needs"), List.of("later"), null));
    assertThat(p.fieldForColumn("needs")).isEqualTo(TopicField.SKILLS);
    assertThat(p.isEventTemplate("meetup_box")).isTrue();
    assertThat(p.eventFieldForLabel("Treffpunkt:")).isEqualTo(EventField.VENUE);
    assertThat(p.eventFieldForParameter(" place ")).isEqualTo(EventField.VENUE);
    assertThat(p.sectionForHeading("Fahrplan")).isEqualTo(PageSection.SCHEDULE);
    assertThat(p.attendeeColumn("Verein")).isEqualTo(AttendeeColumn.AFFILIATION);
    assertThat(p.scheduleColumn("Zimmer")).isEqualTo(ScheduleColumn.ROOM);
    assertThat(p.statusForWord("eingeladen"))
        .isEqualTo(dev.hackathonkit.model.AttendeeStatus.INVITED);
    assertThat(p.isAttendeeNote("(per Video)")).isTrue();
    assertThat(p.isFiller(TopicField.SKILLS, "later")).isTrue();
    assertThat(p.isFiller(TopicField.SKILLS, "K.a.")).isTrue();
    assertThat(p.isFiller("later")).isFalse();
    assertThat(p.siteName("Aus Mine wiki")).isEqualTo("Mine wiki");
    assertThat(p.isIgnoredLine("zuletzt geändert am 3. Mai")).isTrue();
  }

  @Test
  void version1FileStillLoadsWithItsLabelAsFirstLabel() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("v1.profile.json")) {
      PageProfile p =
          PageProfile.fromJson(
              new InputStreamReader(in, StandardCharsets.UTF_8), "v1.profile.json");
      assertThat(p.version()).isEqualTo(1);
      assertThat(p.name()).isEqualTo("Example community ideas page");
      assertThat(p.field(TopicField.DIFFICULTY).labels()).containsExactly("Level");
      assertThat(p.field(TopicField.DIFFICULTY).label()).isEqualTo("Level");
      assertThat(p.fieldForLabel("level:")).isEqualTo(TopicField.DIFFICULTY);
      assertThat(p.sectionForHeading("Participants")).isEqualTo(PageSection.CONFIRMED_ATTENDEES);
      assertThat(p.isFiller(TopicField.DIFFICULTY, "tbd")).isTrue();
      assertThat(p.sites()).isEmpty();
    }
  }

  @Test
  void extendsAddsTheParentsWordsAfterTheChilds() throws Exception {
    PageProfile p =
        read(
            """
        {"profileVersion": 2, "extends": "generic",
         "fields": {"skills": {"labels": ["Know-how"]}},
         "headings": {"whenAndWhere": ["Program"], "confirmedAttendees": ["Crew"]},
         "fillers": ["later"], "siteLinePrefix": "Aus "}
        """);
    PageProfile g = PageProfile.generic();
    assertThat(p.field(TopicField.SKILLS).labels().get(0)).isEqualTo("Know-how");
    assertThat(p.field(TopicField.SKILLS).labels())
        .containsAll(g.field(TopicField.SKILLS).labels());
    assertThat(p.headings().get(PageSection.CONFIRMED_ATTENDEES))
        .startsWith("Crew")
        .containsAll(g.headings().get(PageSection.CONFIRMED_ATTENDEES));
    // a word the child lists under another key moves there
    assertThat(g.sectionForHeading("Program")).isEqualTo(PageSection.SCHEDULE);
    assertThat(p.sectionForHeading("Program")).isEqualTo(PageSection.WHEN_AND_WHERE);
    assertThat(p.headings().get(PageSection.SCHEDULE))
        .doesNotContain("Program")
        .contains("Programme");
    assertThat(p.fillers()).startsWith("later").containsAll(g.fillers());
    assertThat(p.siteLinePrefix()).isEqualTo("Aus ");
    assertThat(p.languages()).isEqualTo(g.languages());
    assertThat(p.name()).isEqualTo("mine");
    assertThat(PageProfile.xenProject().extending(g))
        .isEqualTo(PageProfile.xenProject()); // idempotent
  }

  @Test
  void reportsMalformedJsonOnceWithLineAndColumn() {
    EventFormatException e = failure("{\n  \"topicTemplate\": ,\n}");
    assertThat(e.location().source()).isEqualTo("dir/mine.profile.json");
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.location().column()).isGreaterThan(0);
    assertThat(e.problems())
        .singleElement()
        .extracting(ImportProblem::code)
        .isEqualTo(ProfileProblem.P201_MALFORMED_JSON);
  }

  @Test
  void reportsEveryErrorOfAFileInOneRunWithKeyPathLineAndColumn() {
    String json =
        """
        {"profileVersion": 2,
          "topicTemplat": "idea",
          "colour": "red",
          "sites": "wiki.example.org",
          "languages": ["en", "not a tag!"],
          "name": " ",
          "extends": "genric",
          "fields": {"venue": {},
                     "skills": {"label": "Skills", "labels": ["Skills", 4]}},
          "headings": {"schedule": ["Program"], "whenAndWhere": ["program"], "Topics": []},
          "topicTemplate": "a", "topicTemplate": "b"
        }
        """;
    assertThat(problems(json))
        .containsExactly(
            "2:3 P202 topicTemplat: unknown key; did you mean 'topicTemplate'?",
            "3:3 P202 colour: unknown key; expected one of "
                + String.join(", ", ProfileJson.V2_TOP),
            "4:12 P203 sites: expected a list of strings, found a string",
            "5:23 P204 languages[1]: expected a BCP 47 language tag such as en or de-CH, found 'not a tag!'",
            "6:11 P204 name: expected a non-blank string, found ' '",
            "7:14 P205 extends: no built-in profile 'genric'; did you mean 'generic'?",
            "8:14 P202 fields.venue: unknown key; expected one of title, insertedOn, verified, gsoc, contacts, "
                + "mailingList, ircChannel, difficulty, skills, description, outcomes, review",
            "9:25 P202 fields.skills.label: version 1 key; in version 2 write \"labels\": [...] (the first label is "
                + "the one writers print)",
            "9:65 P203 fields.skills.labels[1]: expected a string, found a number",
            "10:58 P206 headings.whenAndWhere[0]: 'program' is already listed at headings.schedule[0]",
            "10:70 P202 headings.Topics: unknown key; did you mean 'topics'?",
            "11:25 P206 topicTemplate: key stated twice (first at line 11)");
    EventFormatException e = failure(json);
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.code()).as("the first error's").isEqualTo(ProfileProblem.P202_UNKNOWN_KEY);
    assertThat(e.getMessage())
        .startsWith("dir/mine.profile.json:2:3: 12 errors in the page profile:\n")
        .contains("\n  dir/mine.profile.json:7:14: P205 extends: no built-in profile 'genric'");
  }

  @Test
  void version1FileMayNotUseVersion2Keys() {
    assertThat(problems("{\"sites\": [\"x\"], \"fields\": {\"title\": {\"labels\": [\"T\"]}}}"))
        .containsExactly(
            "1:2 P202 sites: key of a later format version; it needs \"profileVersion\": 2",
            "1:39 P202 fields.title.labels: key of a later format version; it needs \"profileVersion\": 2");
    assertThat(problems("{\"profileVersion\": 3}"))
        .containsExactly("1:20 P204 profileVersion: expected 1 or 2, found 3");
  }

  @Test
  void oneErrorGivesAOneLineMessage() {
    EventFormatException e = failure("{\n \"name\": \"x\",\n \"colour\": 1\n}");
    assertThat(e.code()).isEqualTo(ProfileProblem.P202_UNKNOWN_KEY);
    assertThat(e.getMessage())
        .isEqualTo(
            "dir/mine.profile.json:3:2: colour: unknown key; expected one of "
                + String.join(", ", ProfileJson.V1_TOP))
        .doesNotContain("\n");
  }

  @Test
  void rejectsNonObjectsAndTrailingContent() {
    assertThat(problems("[1]")).containsExactly("1:1 P203 expected a profile object, found a list");
    assertThat(problems("{} {}"))
        .containsExactly("1:4 P201 expected the end of the file after the profile object");
    assertThat(problems("")).containsExactly("1:1 P201 expected a profile object, found no JSON");
  }
}
