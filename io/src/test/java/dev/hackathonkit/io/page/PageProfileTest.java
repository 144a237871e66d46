package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.EventFormatException;
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
    assertThat(xen.field(TopicField.INSERTED_ON)).isEqualTo(FieldSpec.of("Date", "Date of insert"));
    assertThat(xen.field(TopicField.TITLE).label()).isNull();
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
    assertThat(xen.fieldForParameter("gsoc")).isEqualTo(TopicField.GSOC);
    assertThat(xen.fieldForParameter("Room")).isNull();
  }

  @Test
  void fillersMatchWithAnyYearButRealValuesDoNot() {
    assertThat(xen.isFiller(TopicField.VERIFIED, "Not updated in 2020")).isTrue();
    assertThat(xen.isFiller(TopicField.VERIFIED, "Not updated in 2024")).isTrue();
    assertThat(xen.isFiller(TopicField.VERIFIED, "12/03/2013")).isFalse();
    assertThat(xen.isFiller(TopicField.OUTCOMES, "Not specified, project outcomes")).isTrue();
    assertThat(xen.isFiller(TopicField.DIFFICULTY, "unknown")).isTrue();
    assertThat(xen.isFiller(TopicField.DIFFICULTY, "N/A")).isFalse();
    assertThat(xen.isFiller(TopicField.DESCRIPTION, "Unknown")).isFalse();
  }

  @Test
  void mapsGsocValues() {
    assertThat(xen.gsoc("N/A")).isEqualTo(Gsoc.NOT_APPLICABLE);
    assertThat(xen.gsoc("yes")).isEqualTo(Gsoc.YES);
    assertThat(xen.gsoc("Maybe")).isNull();
  }

  @Test
  void matchesHeadingsByPrefixIgnoringCase() {
    assertThat(xen.sectionForHeading("When and Where ?")).isEqualTo(PageSection.WHEN_AND_WHERE);
    assertThat(xen.sectionForHeading("confirmed attendees")).isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    assertThat(xen.sectionForHeading("People that have been granted an invite but have not yet confirmed"))
        .isEqualTo(PageSection.INVITED_ATTENDEES);
    assertThat(xen.sectionForHeading("Instructions")).isNull();
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
    PageProfile mine = xen.withTopicTemplate("idea")
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
    String json = """
        {"topicTemplate": "idea",
         "fields": {"title": {"parameter": "Name"}, "skills": {"parameter": "Skills", "label": "Skills",
                    "fillers": ["TBD"]}},
         "voteTemplate": "+1", "commentTemplate": "Note", "voteIcon": "Plus.png", "commentIcon": "Note.png",
         "notApplicableTemplate": "NA", "notApplicableText": "n/a",
         "headings": {"topics": ["Ideas"]}}
        """;
    PageProfile p = PageProfile.fromJson(new StringReader(json), "mine.json");
    assertThat(p.name()).isEqualTo("mine.json");
    assertThat(p.isFiller(TopicField.SKILLS, "tbd")).isTrue();
    assertThat(p.sectionForHeading("Ideas for 2026")).isEqualTo(PageSection.TOPICS);
    assertThat(p.siteLinePrefix()).isNull();
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() {
    assertThatThrownBy(() -> PageProfile.fromJson(new StringReader("{\n  \"topicTemplate\": ,\n}"), "bad.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> {
          assertThat(e.location().source()).isEqualTo("bad.json");
          assertThat(e.location().line()).isEqualTo(2);
          assertThat(e.location().column()).isGreaterThan(0);
        });
  }

  @Test
  void reportsUnknownPropertyWithItsPosition() {
    assertThatThrownBy(() -> PageProfile.fromJson(new StringReader("{\n \"topicTemplat\": \"x\"}"), "bad.json"))
        .isInstanceOfSatisfying(EventFormatException.class, e -> {
          assertThat(e.location().line()).isEqualTo(2);
          assertThat(e.getMessage()).contains("topicTemplat");
        });
  }

  @Test
  void reportsUnknownFieldNameAndMissingProperty() {
    assertThatThrownBy(() -> PageProfile.fromJson(new StringReader(
            "{\"topicTemplate\": \"x\", \"fields\": {\"venue\": {\"parameter\": \"V\"}}}"), "bad.json"))
        .isInstanceOf(EventFormatException.class)
        .hasMessageContaining("fields.venue: expected one of title, insertedOn");
    assertThatThrownBy(() -> PageProfile.fromJson(new StringReader("{\"fields\": {}}"), "bad.json"))
        .isInstanceOf(EventFormatException.class)
        .hasMessageContaining("expected property 'topicTemplate'");
  }
}
