package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Gsoc;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageProfileTest {
  private final PageProfile xen = PageProfile.xenProject();

  @Test
  void xenProfileNamesTheTopicTemplateAndEveryField() {
    assertThat(xen.topicTemplate()).isEqualTo("project");
    assertThat(xen.fields().keySet()).containsExactly(TopicField.values());
    assertThat(xen.field(TopicField.INSERTED_ON).parameter()).isEqualTo("Date");
    assertThat(xen.field(TopicField.INSERTED_ON).label()).isEqualTo("Date of insert");
    assertThat(xen.field(TopicField.TITLE).parameter()).isEqualTo("Project");
    assertThat(xen.field(TopicField.MAILING_LIST).defaultValue()).isEqualTo("xen-devel@");
    assertThat(xen.field(TopicField.IRC_CHANNEL).defaultValue()).isEqualTo("#xen-devel");
    assertThat(xen.voteIcon()).isEqualTo("Pictogram vote 15px.png");
    assertThat(xen.commentIcon()).isEqualTo("Pictogram voting comment 15px.png");
    assertThat(xen.voteTemplate()).isEqualTo("Vote");
    assertThat(xen.commentTemplate()).isEqualTo("Comment");
    assertThat(xen.notApplicableTemplate()).isEqualTo("N/A");
  }

  @Test
  void findsFieldsByLabelAndByParameter() {
    assertThat(xen.fieldForLabel("skills needed:")).isEqualTo(TopicField.SKILLS);
    assertThat(xen.fieldForLabel("Peer Review Comments")).isEqualTo(TopicField.REVIEW);
    assertThat(xen.fieldForLabel("Venue")).isNull();
    assertThat(xen.fieldForParameter(" Desc ")).isEqualTo(TopicField.DESCRIPTION);
    assertThat(xen.fieldForParameter("GSoC")).isEqualTo(TopicField.GSOC);
    assertThat(xen.fieldForParameter("gsoc"))
        .as("MediaWiki parameter names are case-sensitive")
        .isNull();
    assertThat(xen.fieldForParameter("Room")).isNull();
  }

  @Test
  void fillersMatchWithAnyYearButRealValuesDoNot() {
    assertThat(xen.isFiller(TopicField.VERIFIED, "Not updated in 2020")).isTrue();
    assertThat(xen.isFiller(TopicField.VERIFIED, "Not updated in 2024")).isTrue();
    assertThat(xen.isFiller(TopicField.VERIFIED, "12/03/2013")).isFalse();
    assertThat(xen.isFiller(TopicField.OUTCOMES, "Not specified, project outcomes")).isTrue();
    assertThat(xen.isFiller(TopicField.DIFFICULTY, "unknown")).isTrue();
    assertThat(xen.isFiller(TopicField.DIFFICULTY, "N/A"))
        .as("the not-applicable text is an answer")
        .isFalse();
    assertThat(xen.isFiller(TopicField.DESCRIPTION, "Unknown"))
        .as("global filler from generic")
        .isTrue();
    assertThat(xen.isFiller(TopicField.DESCRIPTION, "Nothing known yet")).isFalse();
    assertThat(PageProfile.generic().isFiller("N/A")).isTrue();
    assertThat(PageProfile.generic().isFiller("por definir")).isTrue();
    assertThat(PageProfile.generic().isFiller("Dublin")).isFalse();
  }

  @Test
  void mapsGsocValues() {
    assertThat(xen.gsoc("N/A")).isEqualTo(Gsoc.NOT_APPLICABLE);
    assertThat(xen.gsoc("yes")).isEqualTo(Gsoc.YES);
    assertThat(xen.gsoc("Maybe")).isNull();
  }

  @Test
  void matchesHeadingsAsWholeWordsLongestSynonymWinning() {
    PageProfile g = PageProfile.generic();
    assertThat(g.sectionForHeading("Confirmed attendees (12)"))
        .isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    assertThat(g.sectionForHeading("Attendees who can't make it"))
        .isEqualTo(PageSection.WITHDRAWN_ATTENDEES);
    assertThat(g.sectionForHeading("Travel to the venue")).isEqualTo(PageSection.NOT_EVENT_DATA);
    assertThat(g.sectionForHeading("  Liste d’attente : "))
        .isEqualTo(PageSection.WAITLISTED_ATTENDEES);
    assertThat(g.sectionForHeading("Zeitplanung")).as("whole words only").isNull();
    assertThat(g.sectionForHeading("Lieux")).isNull();
    assertThat(g.sectionForHeading("Cuándo")).isEqualTo(PageSection.WHEN_AND_WHERE);
    assertThat(g.sectionForHeading("Cuando")).isEqualTo(PageSection.WHEN_AND_WHERE);
  }

  @Test
  void findsColumnsEventFieldsStatusWordsAndNotes() {
    PageProfile g = PageProfile.generic();
    assertThat(g.fieldForColumn(" Mentors ")).isEqualTo(TopicField.CONTACTS);
    assertThat(g.fieldForColumn("Room")).isNull();
    assertThat(g.attendeeColumn("Confirmed?")).isEqualTo(AttendeeColumn.STATUS);
    assertThat(g.attendeeColumn("Organisation")).isEqualTo(AttendeeColumn.AFFILIATION);
    assertThat(g.scheduleColumn("Uhrzeit")).isEqualTo(ScheduleColumn.TIME);
    assertThat(g.scheduleColumn("Salle")).isEqualTo(ScheduleColumn.ROOM);
    assertThat(g.eventFieldForLabel("Wann:")).isEqualTo(EventField.DATES);
    assertThat(g.eventFieldForLabel("Lieu :")).isEqualTo(EventField.VENUE);
    assertThat(g.eventFieldForParameter("venue")).isEqualTo(EventField.VENUE);
    assertThat(g.eventFieldForParameter("VENUE")).isNull();
    assertThat(g.isEventTemplate("infobox_event")).isTrue();
    assertThat(g.isEventTemplate("Infobox person")).isFalse();
    assertThat(g.statusForWord("Yes, confirmed")).isEqualTo(AttendeeStatus.CONFIRMED);
    assertThat(g.statusForWord("eingeladen")).isEqualTo(AttendeeStatus.INVITED);
    // tentative words count once the model defines TENTATIVE; until then "confirmed" is the word
    // found
    AttendeeStatus tentative = PageSection.statusNamed("TENTATIVE");
    assertThat(g.statusForWord("Not confirmed"))
        .isEqualTo(tentative != null ? tentative : AttendeeStatus.CONFIRMED);
    assertThat(g.statusForWord("Lars Kurth")).isNull();
    assertThat(g.isAttendeeNote("(remote)")).isTrue();
    assertThat(g.isAttendeeNote("Remote Systems Inc.")).isFalse();
    assertThat(g.isAttendeeNote("Friday only")).isTrue();
    assertThat(g.isAttendeeNote("remote, day 1")).isTrue();
    List<String> labels = g.allLabels();
    assertThat(labels).contains("Mailing list/forum for project", "When", "Skills");
    for (int i = 1; i < labels.size(); i++) {
      assertThat(labels.get(i).length()).isLessThanOrEqualTo(labels.get(i - 1).length());
    }
    assertThat(labels).doesNotHaveDuplicates();
  }

  @Test
  void matchesHeadingsByPrefixIgnoringCase() {
    assertThat(xen.sectionForHeading("When and Where ?")).isEqualTo(PageSection.WHEN_AND_WHERE);
    assertThat(xen.sectionForHeading("confirmed attendees"))
        .isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    assertThat(
            xen.sectionForHeading(
                "People that have been granted an invite but have not yet confirmed"))
        .isEqualTo(PageSection.INVITED_ATTENDEES);
    assertThat(xen.sectionForHeading("Instructions")).isEqualTo(PageSection.NOT_EVENT_DATA);
    assertThat(xen.sectionForHeading("Hotel tips for the summit")).isNull();
  }

  @Test
  void recognisesSiteLineAndChrome() {
    assertThat(xen.siteName("From Xen")).isEqualTo("Xen");
    assertThat(xen.siteName("From")).isNull();
    assertThat(xen.siteName("Frommers guide")).isNull();
    assertThat(xen.isIgnoredLine(" jump to navigation ")).isTrue();
  }

  @Test
  void withersChangeOnlyTheirPart() {
    PageProfile mine =
        xen.withTopicTemplate("idea")
            .withField(TopicField.SKILLS, FieldSpec.of("Skills", "Skills needed"))
            .withHeadings(PageSection.CONFIRMED_ATTENDEES, List.of("Participants"));
    assertThat(mine.topicTemplate()).isEqualTo("idea");
    assertThat(mine.sectionForHeading("Participants")).isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    assertThat(mine.sectionForHeading("Confirmed Attendees")).isNull();
    assertThat(mine.field(TopicField.SKILLS).fillers()).isEmpty();
    assertThat(mine.field(TopicField.GSOC)).isEqualTo(xen.field(TopicField.GSOC));
    assertThat(xen.topicTemplate()).isEqualTo("project");
  }

  @Test
  void loadsMinimalProfileFromJson() throws Exception {
    String json =
        """
        {"topicTemplate": "idea",
         "fields": {"title": {"parameter": "Name"}, "skills": {"parameter": "Skills", "label": "Skills",
                    "fillers": ["TBD"]}},
         "voteTemplate": "+1", "commentTemplate": "Note", "voteIcon": "Plus.png", "commentIcon": "Note.png",
         "notApplicableTemplate": "NA", "notApplicableText": "n/a",
         "headings": {"topics": ["Ideas"]}}
        """;
    PageProfile p = PageProfile.fromJson(new StringReader(json), "mine.json");
    assertThat(p.name()).isEqualTo("mine");
    assertThat(p.isFiller(TopicField.SKILLS, "tbd")).isTrue();
    assertThat(p.sectionForHeading("Ideas for 2026")).isEqualTo(PageSection.TOPICS);
    assertThat(p.siteLinePrefix()).isNull();
  }

  @Test
  void reportsUnknownFieldName() {
    assertThatThrownBy(
            () ->
                PageProfile.fromJson(
                    new StringReader(
                        "{\"topicTemplate\": \"x\", \"fields\": {\"venue\": {\"parameter\": \"V\"}}}"),
                    "bad.json"))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ProfileProblem.P202_UNKNOWN_KEY);
              assertThat(e.location()).hasToString("bad.json:1:35");
            });
  }
}
