package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.internal.AttendeeData;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A page outside the Xen template layout, read with the profile the reader chooses, and notes after
 * attendees' names.
 */
class OtherLayoutCaseTest {
  private static String resource(String name) throws Exception {
    try (InputStream in = OtherLayoutCaseTest.class.getResourceAsStream("cases/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCommunityHackathonPageGivesItsDaysVenueIdeasAndPeopleAndKeepsTheRemoteNote()
      throws Exception {
    ImportResult r = WikitextReader.standard().read(resource("community-hackathon-2019.wiki"));
    Event e = r.event();

    assertThat(e.title()).isEqualTo("Community Hackathon 2019");
    assertThat(e.days())
        .containsExactly(
            EventDay.of(LocalDate.of(2019, 10, 12), LocalTime.of(10, 0), LocalTime.of(18, 0)),
            EventDay.of(LocalDate.of(2019, 10, 13), LocalTime.of(10, 0), LocalTime.of(18, 0)));
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(e.venue().name()).isEqualTo("Betahaus");
    assertThat(e.venue().city()).isEqualTo("Berlin");
    assertThat(e.topics())
        .filteredOn(t -> t.slot() == null)
        .extracting(
            Topic::title, t -> t.contacts().stream().map(Person::name).toList(), Topic::skills)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Offline mode for the mobile app",
                java.util.List.of("Marta Nowak"),
                "Kotlin, SQLite"),
            org.assertj.core.groups.Tuple.tuple(
                "Accessibility audit", java.util.List.of("Tom Becker"), "HTML, ARIA"),
            org.assertj.core.groups.Tuple.tuple(
                "Translate the onboarding guide",
                java.util.List.of("Aiko Tanaka"),
                "Japanese, German"));
    // the schedule's sessions are topics with their slots
    assertThat(e.topics())
        .filteredOn(t -> t.slot() != null)
        .extracting(Topic::title)
        .containsExactly("Opening and pitches", "Hacking", "Demos");
    assertThat(e.attendees())
        .containsExactly(
            new Attendee("Marta Nowak", "Example e.V.", AttendeeStatus.CONFIRMED),
            new Attendee("Tom Becker", null, AttendeeStatus.CONFIRMED),
            new Attendee("Aiko Tanaka", null, AttendeeStatus.CONFIRMED),
            new Attendee("Lee Park", "ACME GmbH", AttendeeStatus.CONFIRMED),
            new Attendee("Jonas Weber", null, AttendeeStatus.TENTATIVE));
    // "– remote" is no affiliation, and not dropped either
    assertThat(e.extra())
        .containsEntry(AttendeeData.NOTES, AttendeeData.personLine("Aiko Tanaka", "remote"));
  }

  @Test
  void notesAfterNamesInAnyFormAreKeptPerPersonAndStatusWordsStillSetTheStatus() throws Exception {
    String page =
        """
        == Attendees ==
        * Ana Lima (remote)
        * Bo Chen (ACME), arrives late
        * Cy Diaz – maybe
        * Di Egan (Example Lab) – only on Sunday morning
        """;
    Event e =
        WikitextReader.standard()
            .withProfile(dev.hackathonkit.io.page.PageProfile.generic())
            .read(page)
            .event();

    assertThat(e.attendees())
        .extracting(Attendee::name, Attendee::affiliation, Attendee::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ana Lima", null, AttendeeStatus.CONFIRMED),
            org.assertj.core.groups.Tuple.tuple("Bo Chen", "ACME", AttendeeStatus.CONFIRMED),
            org.assertj.core.groups.Tuple.tuple("Cy Diaz", null, AttendeeStatus.TENTATIVE),
            org.assertj.core.groups.Tuple.tuple(
                "Di Egan", "Example Lab", AttendeeStatus.CONFIRMED));
    assertThat(e.extra().get(AttendeeData.NOTES))
        .isEqualTo(
            String.join(
                "\n",
                AttendeeData.personLine("Ana Lima", "remote"),
                AttendeeData.personLine("Bo Chen", "arrives late"),
                AttendeeData.personLine("Di Egan", "only on Sunday morning")));
  }

  @Test
  void aTopicWhoseTitleHoldsATopicsHeadingsWordsIsATopicAndAHeadingAloneStillGroupsTopics()
      throws Exception {
    dev.hackathonkit.io.page.PageProfile debian =
        dev.hackathonkit.io.page.PageProfile.named("debian");
    String page =
        """
        == Tasks ==
        === Fix bugs in the installer ===
        Contact: Ann Berg
        Skills: Python

        === Faster package builds ===
        Skills: C

        === RC bugs ===
        * Triage the open reports (lead: Bo Lund)
        """;
    Event e = WikitextReader.standard().withProfile(debian).read(page).event();

    assertThat(e.topics())
        .extracting(Topic::title)
        .containsExactly(
            "Fix bugs in the installer", "Faster package builds", "Triage the open reports");
    assertThat(e.topics().get(0).contacts()).extracting(Person::name).containsExactly("Ann Berg");
    assertThat(e.topics().get(0).skills()).isEqualTo("Python");
    assertThat(e.topics().get(2).contacts()).extracting(Person::name).containsExactly("Bo Lund");
  }

  @Test
  void aSignedLineOrItemOpenedByAVoteWordIsAVoteForItsTopicWhereverItStands() throws Exception {
    String page =
        """
        == Topics ==
        === Alpha ===
        Contact: Ann Berg
        +1 [[User:Kai|Kai]] 09:12, 3 October 2019 (UTC)
        * Support [[User:Bo|Bo]] 10:00, 4 October 2019 (UTC) count me in

        === Beta ===
        Contact: Cy Dahl
        +1 is how we vote here, says the page
        """;
    Event e =
        WikitextReader.standard()
            .withProfile(dev.hackathonkit.io.page.PageProfile.generic())
            .read(page)
            .event();

    assertThat(e.topics()).extracting(Topic::title).containsExactly("Alpha", "Beta");
    assertThat(e.topics().get(0).comments())
        .extracting(c -> c.author() + " " + c.kind() + " " + c.text())
        .containsExactly("Kai VOTE ", "Bo VOTE count me in");
    assertThat(e.topics().get(0).description()).isNull();
    // an unsigned line that starts with a vote word is no vote
    assertThat(e.topics().get(1).comments()).isEmpty();
    assertThat(e.topics().get(1).description()).isEqualTo("+1 is how we vote here, says the page");
  }

  @Test
  void contactTemplatesOnOneLineAreNotTakenForAnotherLinesContacts() throws Exception {
    String page =
        """
        == Topics ==
        === Alpha ===
        Contact: {{Contact|Ana Lima|affiliation=Example Lab}}
        === Beta ===
        * Contact: Bo Chen
        * Skills: C
        """;
    Event e =
        WikitextReader.standard()
            .withProfile(dev.hackathonkit.io.page.PageProfile.generic())
            .read(page)
            .event();

    assertThat(e.topics()).extracting(Topic::title).containsExactly("Alpha", "Beta");
    assertThat(e.topics().get(0).contacts())
        .containsExactly(new Person("Ana Lima", null, "Example Lab", null));
    assertThat(e.topics().get(1).contacts()).extracting(Person::name).containsExactly("Bo Chen");
  }
}
