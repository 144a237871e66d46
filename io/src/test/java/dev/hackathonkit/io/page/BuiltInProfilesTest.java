package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.Gsoc;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuiltInProfilesTest {

  @Test
  void loadsEveryBuiltInGenericFirstAndFindsThemByNameOrId() {
    List<PageProfile> all = PageProfile.builtIns();
    assertThat(all).hasSize(PageProfile.BUILT_IN_IDS.size());
    assertThat(all.get(0)).isSameAs(PageProfile.generic());
    assertThat(all.get(1)).isSameAs(PageProfile.xenProject());
    for (int i = 0; i < all.size(); i++) {
      PageProfile p = all.get(i);
      assertThat(p.version()).isEqualTo(2);
      assertThat(PageProfile.named(PageProfile.BUILT_IN_IDS.get(i))).isSameAs(p);
      assertThat(PageProfile.named(p.name().toUpperCase(Locale.ROOT))).isSameAs(p);
      assertThat(p.headings()).as(p.name()).containsKeys(PageSection.values());
    }
    assertThat(PageProfile.named("no such wiki")).isNull();
  }

  @Test
  void communityProfilesExtendGenericAndNameTheirSites() {
    for (PageProfile p : PageProfile.builtIns().subList(1, PageProfile.builtIns().size())) {
      assertThat(p.sites()).as(p.name()).isNotEmpty();
      assertThat(p.headings().get(PageSection.CONFIRMED_ATTENDEES))
          .as(p.name())
          .containsAll(
              PageProfile.generic().headings().get(PageSection.CONFIRMED_ATTENDEES).stream()
                  .filter(h -> p.sectionForHeading(h) == PageSection.CONFIRMED_ATTENDEES)
                  .toList());
      assertThat(p.isIgnoredLine("Jump to navigation")).as(p.name()).isTrue();
      assertThat(p.sectionForHeading("Teilnehmende"))
          .as(p.name())
          .isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    }
    assertThat(PageProfile.named("wiki.debian.org")).isNull(); // hosts are data, not ids
    assertThat(PageProfile.named("debian").sites()).contains("wiki.debian.org");
    assertThat(
            PageProfile.named("fedora").sectionForHeading("Detailed Work Items & Final Attendees"))
        .isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    assertThat(PageProfile.named("document-foundation").eventFieldForLabel("Timeframe"))
        .isEqualTo(EventField.DATES);
    assertThat(PageProfile.named("openstreetmap").sectionForHeading("Ablauf/Schedule"))
        .isEqualTo(PageSection.SCHEDULE);
    assertThat(PageProfile.named("wikimedia").isIgnoredLine("From mediawiki.org")).isTrue();
  }

  @Test
  void genericSpeaksFourLanguages() {
    PageProfile g = PageProfile.generic();
    assertThat(g.languages())
        .containsExactly(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));
    assertThat(g.topicTemplate()).isNull();
    assertThat(g.fields()).allSatisfy((f, spec) -> assertThat(spec.parameter()).isNull());
    for (String h :
        List.of(
            "When", "Wann", "Quand", "Cuándo", "Datum", "Fecha", "Ort", "Lieu", "Lugar", "Sede")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.WHEN_AND_WHERE);
    }
    for (String h :
        List.of("Participants", "Teilnehmer", "Anmeldungen", "Inscrits", "Asistentes")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.CONFIRMED_ATTENDEES);
    }
    for (String h :
        List.of("Programme", "Zeitplan", "Ablauf", "Horaire", "Programa", "Calendario")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.SCHEDULE);
    }
    for (String h : List.of("Project ideas", "Themen", "Sujets", "Proyectos")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.TOPICS);
    }
    for (String h : List.of("Maybe", "Vielleicht", "Peut-être", "Tal vez")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.TENTATIVE_ATTENDEES);
    }
    for (String h : List.of("Waiting list", "Warteliste", "Liste d'attente", "Lista de espera")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.WAITLISTED_ATTENDEES);
    }
    for (String h : List.of("Can't make it", "Abgesagt", "Annulé", "Cancelado")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.WITHDRAWN_ATTENDEES);
    }
    for (String h : List.of("See also", "Weblinks", "Liens externes", "Enlaces")) {
      assertThat(g.sectionForHeading(h)).as(h).isEqualTo(PageSection.LINKS);
    }
    assertThat(g.isIgnoredLine("This page was last edited on 3 May 2019, at 10:12.")).isTrue();
    assertThat(g.isIgnoredLine("Retrieved from \"https://wiki.example.org/index.php?title=X\""))
        .isTrue();
    assertThat(g.isIgnoredLine("Categories: Events | Hackathons")).isTrue();
    assertThat(g.isIgnoredLine("Zur Navigation springen")).isTrue();
    assertThat(g.isIgnoredLine("We meet in the library.")).isFalse();
    assertThat(g.gsoc("oui")).isEqualTo(Gsoc.YES);
  }

  @Test
  void xenProjectKeepsItsOwnWordsFirst() {
    PageProfile xen = PageProfile.xenProject();
    assertThat(xen.sites()).containsExactly("Xen", "Xen Project Wiki", "wiki.xenproject.org");
    assertThat(xen.field(TopicField.INSERTED_ON).label()).isEqualTo("Date of insert");
    assertThat(xen.field(TopicField.SKILLS).label()).isEqualTo("Skills Needed");
    assertThat(xen.headings().get(PageSection.WHEN_AND_WHERE).get(0)).isEqualTo("When and Where");
    assertThat(xen.headings().get(PageSection.CONFIRMED_ATTENDEES).get(0))
        .isEqualTo("Confirmed Attendees");
    assertThat(xen.fieldForLabel("Skills:")).isEqualTo(TopicField.SKILLS); // inherited synonym
    assertThat(xen.topicTemplate()).isEqualTo("project");
  }
}
