package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageSection;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikitextWriterTest {
  private static final WikitextWriter WRITER = WikitextWriter.standard();

  static Event golden() throws Exception {
    try (InputStream in =
        WikitextWriterTest.class.getResourceAsStream("/golden/xen-hackathon-may2013.json")) {
      return JsonEventCodec.standard()
          .read(new InputStreamReader(in, StandardCharsets.UTF_8), "golden")
          .event();
    }
  }

  private static Event withTopic(Topic topic) {
    return Event.builder().title("Page").source(Source.page(null, "Page")).addTopic(topic).build();
  }

  @Test
  void writesGoldenTopicAsXenTemplateWithOneParameterPerLine() throws Exception {
    String page = WRITER.write(golden());
    assertThat(page)
        .contains(
            "{{project\n"
                + "|Project=Xen 4.3 Release Closing\n"
                + "|Date=29/04/2013\n"
                + "|GSoC={{N/A}}\n"
                + "|Contact=Lars Kurth\n"
                + "|Difficulty={{N/A}}\n"
                + "|Skills={{N/A}}\n"
                + "|Desc=As we are all together, we should clean up documentation related to Xen 4.3\n"
                + "|Outcomes=Good drafts of Xen 4.3 release documentation as well as a draf feature list for press coverage, etc.\n"
                + "|Review={{Comment|[[User:Lars.kurth|Lars.kurth]] 18:02, 29 April 2013 (UTC):}} Feel free to make suggestions here\n"
                + "{{Vote|[[User:Lars.kurth|Lars.kurth]] 18:02, 29 April 2013 (UTC)}} Will attend\n"
                + "}}\n");
  }

  @Test
  void leavesOutTemplateDefaultsAndStatesDatesPlaceAndHoursInProse() throws Exception {
    String page = WRITER.write(golden());
    // the event's name is not its page's title, so the page states it
    assertThat(page)
        .startsWith(
            "{{Event data\n|Title=Xen Hackathon\n}}\n\n"
                + "== When and Where ==\n"
                + "We confirmed the Xen Hackathon for May 16-17, 2013 in Dublin, Ireland.\n"
                + "* 16/05/2013: 9AM to 5PM\n"
                + "* 17/05/2013: 9AM to 5PM\n")
        .doesNotContain("|ML=", "|IRC=", "|Venue=", "|City=", "|Time zone=");
  }

  @Test
  void writesAttendeesAsBulletsUnderTheirHeadings() throws Exception {
    String page = WRITER.write(golden());
    assertThat(page)
        .contains("=== Confirmed Attendees ===\n* Ian Campbell, Citrix\n* Dario Faggioli, Citrix\n")
        .contains(
            "* Roger Pau Monné, Citrix\n\n=== People that have been granted an invite ===\n"
                + "* Kelly Kingsley\n* Frank Fowley, DCU\n")
        .endsWith("* Frank Fowley, DCU\n");
  }

  @Test
  void writesNestedModelListsAsBullets() throws Exception {
    String page = WRITER.write(golden());
    assertThat(page)
        .contains("you will need:\n* Access to a hardware platform")
        .contains("\n** Could be local access if hardware is portable");
  }

  @Test
  void escapesWhatWikitextWouldInterpret() {
    Topic t = Topic.builder().title("a|b {{x}} [[y]] '''z''' ~~~~ __TOC__ R&amp;D <br>").build();
    String page = WRITER.write(withTopic(t));
    assertThat(page)
        .contains(
            "|Project=a<nowiki>|</nowiki>b <nowiki>{{</nowiki>x<nowiki>}}</nowiki> "
                + "<nowiki>[[</nowiki>y<nowiki>]]</nowiki> <nowiki>'''</nowiki>z<nowiki>'''</nowiki> "
                + "<nowiki>~~~~</nowiki> <nowiki>__</nowiki>TOC<nowiki>__</nowiki> R&amp;amp;D &lt;br>\n");
  }

  @Test
  void escapesLineStartMarkupInLongText() {
    Topic t =
        Topic.builder()
            .title("t")
            .description("#hash first\n- *star item\n  -  spaced\n\n:colon\n----")
            .build();
    String page = WRITER.write(withTopic(t));
    assertThat(page)
        .contains(
            "|Desc=<nowiki>#</nowiki>hash first\n* <nowiki>*</nowiki>star item\n** <nowiki> </nowiki>spaced\n\n"
                + "<nowiki>:</nowiki>colon\n<nowiki>-</nowiki>---\n");
  }

  @Test
  void protectsValuesThatLookLikeTemplateFillers() {
    Topic t =
        Topic.builder().title("t").difficulty("Unknown").verified("Not updated in 2020").build();
    String page = WRITER.write(withTopic(t));
    assertThat(page)
        .contains(
            "|Verified=<nowiki>N</nowiki>ot updated in 2020\n",
            "|Difficulty=<nowiki>U</nowiki>nknown\n");
  }

  @Test
  void writesNonDefaultMailingListAndIrcAndGsocAnswers() {
    Topic t = Topic.builder().title("t").mailingList("users@").gsoc(Gsoc.YES).build();
    String page = WRITER.write(withTopic(t));
    assertThat(page).contains("|GSoC=Yes\n", "|ML=users@\n", "|IRC=\n");
  }

  @Test
  void writesContactsAsProseWhenProseCarriesThemElseAsContactTemplates() {
    Topic t =
        Topic.builder()
            .title("t")
            .addContact(new Person("Lee Roe", "lee@example.org", null, null))
            .addContact(new Person("Jane Doe", "jane@example.org", null, "or her team"))
            .addContact(new Person("Kai, Jr.", null, "ACME", null))
            .build();
    String page = WRITER.write(withTopic(t));
    // a note goes in the template: pages write "Name (Org)" for an affiliation
    assertThat(page)
        .contains(
            "|Contact=Lee Roe &lt;lee@example.org>, "
                + "{{Contact|Jane Doe|email=jane@example.org|note=or her team}}, {{Contact|Kai, Jr.|affiliation=ACME}}\n");
  }

  @Test
  void writesCommentsWithSignaturesAndUnlinkableAuthorsAsText() {
    Topic t =
        Topic.builder()
            .title("t")
            .addComment(
                new Comment(
                    "Msw", Instant.parse("2013-04-27T22:15:00Z"), "Will attend", CommentKind.VOTE))
            .addComment(
                new Comment(
                    "a|b",
                    Instant.parse("2013-01-23T14:14:00Z"),
                    "line1\nline2",
                    CommentKind.COMMENT))
            .build();
    String page = WRITER.write(withTopic(t));
    assertThat(page)
        .contains(
            "|Review={{Vote|[[User:Msw|Msw]] 22:15, 27 April 2013 (UTC)}} Will attend\n"
                + "{{Comment|a<nowiki>|</nowiki>b 14:14, 23 January 2013 (UTC):}} line1<br />line2\n}}");
  }

  @Test
  void keepsAttendeeOrderByRepeatingHeadingsWhenStatusesInterleave() {
    Event e =
        Event.builder()
            .title("Page")
            .source(Source.page(null, "Page"))
            .attendees(
                List.of(
                    new Attendee("A", null, AttendeeStatus.INVITED),
                    new Attendee("B", "X", AttendeeStatus.CONFIRMED),
                    new Attendee("C", null, AttendeeStatus.INVITED)))
            .build();
    assertThat(WRITER.write(e))
        .isEqualTo(
            "=== People that have been granted an invite ===\n* A\n\n"
                + "=== Confirmed Attendees ===\n* B, X\n\n"
                + "=== People that have been granted an invite ===\n* C\n");
  }

  @Test
  void carriesWhatTheLayoutHasNoPlaceForInEventData() {
    Event e =
        Event.builder()
            .id("custom-id")
            .title("Summit")
            .putExtra("Organiser", "Ana")
            .addTopic(Topic.builder().id("own").title("t").putExtra("Mentor", "Kai").build())
            .build();
    assertThat(WRITER.write(e))
        .startsWith("{{Event data\n|Title=Summit\n|Id=custom-id\n|Organiser=Ana\n}}\n\n")
        .contains("{{project\n|Project=t\n|Id=own\n|ML=\n|IRC=\n|Mentor=Kai\n}}");
  }

  @Test
  void followsAnotherProfilesNames() throws Exception {
    PageProfile other =
        PageProfile.xenProject()
            .withTopicTemplate("idea")
            .withHeadings(PageSection.TOPICS, List.of("Ideas"));
    StringWriter out = new StringWriter();
    WRITER.withProfile(other).write(withTopic(Topic.builder().title("t").build()), out);
    assertThat(out.toString()).isEqualTo("== Ideas ==\n{{idea\n|Project=t\n|ML=\n|IRC=\n}}\n");
  }

  private static Event readBack(Event e) throws Exception {
    return WikitextReader.standard().withSource(e.source()).read(WRITER.write(e)).event();
  }

  @Test
  void statesAFullAddressInTheSentenceAndReadsItBackIntoItsParts() throws Exception {
    Event e =
        Event.builder()
            .title("Page")
            .source(Source.page(null, "Page"))
            .timeZone(java.time.ZoneId.of("Europe/Berlin"))
            .venue(new Venue("Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany"))
            .build();
    String page = WRITER.write(e);
    assertThat(page)
        .startsWith(
            "== When and Where ==\n"
                + "We confirmed the Page in Example Hall, Musterstraße 12-14, 10999 Berlin, Germany.\n");
    assertThat(page).doesNotContain("Event data");
    assertThat(readBack(e)).isEqualTo(e);
  }

  @Test
  void carriesStreetAndPostcodeInEventDataWhenTheSentenceDoesNotStateThemExactly()
      throws Exception {
    Event e =
        Event.builder()
            .title("Page")
            .source(Source.page(null, "Page"))
            .timeZone(java.time.ZoneId.of("Europe/Berlin"))
            .venue(new Venue("Example Hall", "Sample Yard", "X1", "Berlin", "Germany"))
            .build();
    assertThat(WRITER.write(e))
        .startsWith(
            "{{Event data\n|Venue=Example Hall\n|Street=Sample Yard\n|Postcode=X1\n"
                + "|City=Berlin\n|Country=Germany\n}}\n\n");
    assertThat(readBack(e)).isEqualTo(e);
  }

  @Test
  void keepsAttendeesWithoutAHeadingInEventDataAtTheirPositions() throws Exception {
    Event e =
        Event.builder()
            .title("Page")
            .source(Source.page(null, "Page"))
            .attendees(
                List.of(
                    new Attendee("Ana", "X", AttendeeStatus.CONFIRMED),
                    new Attendee("Bo", null, AttendeeStatus.TENTATIVE),
                    new Attendee("Cy", null, AttendeeStatus.CONFIRMED),
                    new Attendee("Di", "Y, Z", AttendeeStatus.WITHDRAWN),
                    new Attendee("Ed", null, AttendeeStatus.INVITED),
                    new Attendee("Flo", null, AttendeeStatus.WAITLISTED),
                    new Attendee("Gus", null, AttendeeStatus.TENTATIVE)))
            .build();
    assertThat(WRITER.write(e))
        .isEqualTo(
            "{{Event data\n"
                + "|Tentative=2. Bo\n7. Gus\n"
                + "|Waitlisted=6. Flo\n"
                + "|Withdrawn=4. Di, Y, Z\n"
                + "}}\n\n"
                + "=== Confirmed Attendees ===\n* Ana, X\n* Cy\n\n"
                + "=== People that have been granted an invite ===\n* Ed\n");
    assertThat(readBack(e)).isEqualTo(e);
  }

  @Test
  void readsHandWrittenAttendeeLinesWithoutPositionsAndKeepsUnreadableOnesInExtra()
      throws Exception {
    String page =
        "{{Event data\n|Waitlisted=Ana, Example Org\nBo\n|Withdrawn=, nobody\n}}\n"
            + "=== Confirmed Attendees ===\n* Cy\n";
    dev.hackathonkit.io.ImportResult r = WikitextReader.standard().read(page);
    assertThat(r.event().attendees())
        .containsExactly(
            new Attendee("Cy", null, AttendeeStatus.CONFIRMED),
            new Attendee("Ana", "Example Org", AttendeeStatus.WAITLISTED),
            new Attendee("Bo", null, AttendeeStatus.WAITLISTED));
    assertThat(r.event().extra()).containsEntry("Withdrawn", ", nobody");
    assertThat(r.report().problems(PageProblem.P105_UNREADABLE_VALUE))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "Withdrawn: expected one attendee per line such as '3. Name, Affiliation'"));
  }
}
