package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader on pages it was not written for, and on broken or truncated markup. */
class WikitextReaderOtherPagesTest {

  private static String resource(String name) throws Exception {
    try (InputStream in = WikitextReaderOtherPagesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ImportResult projectIdeas() throws Exception {
    return WikitextReader.standard()
        .withSource(Source.page("Example", "Hackathon/Autumn2024"))
        .read(resource("pages/project-ideas.wiki"));
  }

  @Test
  void labelledItemsUnderAListItemsTopicAreItsFieldsAndOtherItemsItsDescription() throws Exception {
    String page =
        """
        == Projekte ==
        * Offline-Karten für die Feld-App (Leitung: Jana Wolf)
        ** Kenntnisse: Kotlin, SQLite
        ** Schwierigkeit: mittel
        ** braucht Testerinnen mit Android 8
        * Radwege-Import
        ** Skills: Python
        ** Skills: also Java
        """;
    Event e =
        WikitextReader.standard()
            .withProfile(dev.hackathonkit.io.page.PageProfile.generic())
            .read(page)
            .event();

    assertThat(e.topics())
        .extracting(Topic::title)
        .containsExactly("Offline-Karten für die Feld-App", "Radwege-Import");
    Topic first = e.topics().get(0);
    assertThat(first.skills()).isEqualTo("Kotlin, SQLite");
    assertThat(first.difficulty()).isEqualTo("mittel");
    assertThat(first.description()).isEqualTo("- braucht Testerinnen mit Android 8");
    assertThat(first.contacts()).extracting(Person::name).containsExactly("Jana Wolf");
    // a field stated twice: the second item stays text of the description rather than replacing the
    // first
    Topic second = e.topics().get(1);
    assertThat(second.skills()).isEqualTo("Python");
    assertThat(second.description()).isEqualTo("- Skills: also Java");
  }

  @Test
  void readsAnotherHackathonPageInTheSameLayout() throws Exception {
    Event e = projectIdeas().event();
    assertThat(e.topics())
        .extracting(Topic::title)
        .containsExactly(
            "Storage driver cleanup",
            "Documentation sprint",
            "Continuous integration on ARM boards",
            "Grant table operations and copy engines");
    assertThat(e.days())
        .containsExactly(
            EventDay.of(LocalDate.of(2024, 10, 10), LocalTime.of(9, 0), LocalTime.of(17, 0)),
            EventDay.of(LocalDate.of(2024, 10, 11), LocalTime.of(9, 0), LocalTime.of(18, 0)));
    assertThat(e.venue().city()).isEqualTo("Lisbon");
    assertThat(e.venue().country()).isEqualTo("Portugal");
    assertThat(e.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
  }

  @Test
  void readsTopicFieldsWrittenWithSpacesOddCaseAndNestedLists() throws Exception {
    List<Topic> topics = projectIdeas().event().topics();
    Topic storage = topics.get(0);
    assertThat(storage.contacts())
        .containsExactly(
            new Person("Ana Ribeiro", "ana@example.org", null, null),
            Person.named("Bartek Kowalski"));
    assertThat(storage.gsoc()).isEqualTo(Gsoc.NO);
    assertThat(storage.verified()).isNull();
    assertThat(storage.comments()).hasSize(3);
    Topic docs = topics.get(1);
    assertThat(docs.description())
        .isEqualTo("As we are all together, we should clean up the getting started guide.");
    assertThat(docs.comments())
        .extracting(c -> c.kind() + " " + c.author() + ": " + c.text())
        .containsExactly(
            "COMMENT Csouza: Feel free to make suggestions here", "VOTE Csouza: Will attend");
    assertThat(docs.outcomes()).isNull();
    Topic ci = topics.get(2);
    assertThat(ci.gsoc()).isEqualTo(Gsoc.YES);
    assertThat(ci.contacts())
        .containsExactly(
            new Person("Dmitri Volkov", null, null, "or other reps from the infrastructure team"));
    assertThat(ci.description())
        .isEqualTo(
            "Run the test suite on real hardware. In order to participate you will need:\n"
                + "- Access to a board with virtualisation extensions\n  - Remote serial and power control\n"
                + "  - Or local access if the hardware is portable");
    assertThat(ci.outcomes()).isEqualTo("Nightly results on the dashboard; see the CI page.");
    assertThat(topics.get(3).description()).contains("ring. {{not a template}}\n\nThis is all");
  }

  @Test
  void reportsTheAmbiguousDateAndWhatThePageHasBeyondTheModel() throws Exception {
    ImportResult r = projectIdeas();
    assertThat(r.report().problems(PageProblem.P101_AMBIGUOUS_DATE))
        .extracting(p -> p.location().line())
        .containsExactly(40, 51, 63);
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::reason)
        .contains(
            "image file name standing alone (a picture on the page)",
            "footnote or hidden markup: its text is not in the model",
            "section heading the profile does not place");
    assertThat(r.report().unmapped())
        .extracting(UnmappedInput::text)
        .contains("[[Category:Hackathons]]")
        .doesNotContain("* Carla Souza");
    // "People attending" is a confirmed-attendees heading of the generic profile the Xen profile
    // extends
    assertThat(r.event().attendees())
        .anySatisfy(
            a -> {
              assertThat(a.name()).isEqualTo("Carla Souza");
              assertThat(a.status()).isEqualTo(dev.hackathonkit.model.AttendeeStatus.CONFIRMED);
            });
    // page metadata (categories, __TOC__, comments) is listed but not counted, so coverage is
    // higher than the list suggests
    assertThat(r.report().coverage()).isBetween(0.5, 0.98);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pages/broken-markup.wiki",
        "pages/tables-and-markup.wiki",
        "pages/peers-wikitext-sample.wiki",
        "fuzz/ok-closers-soup.wiki",
        "fuzz/ok-list-markers.wiki",
        "fuzz/ok-headings-without-end.wiki"
      })
  void neverThrowsOnPagesItCannotPlace(String name) throws Exception {
    ImportResult r = WikitextReader.standard().read(resource(name));
    assertThat(r.report().coverage()).isBetween(0.0, 1.0);
    assertThat(r.report().mappedChars()).isLessThanOrEqualTo(r.report().inputChars());
  }

  @Test
  void readsEveryTruncationOfTheMay2013PageWithoutThrowing() throws Exception {
    String page = WikitextRoundTripTest.may2013();
    for (int end = 0; end < page.length(); end += 37) {
      ImportResult r = WikitextReader.standard().read(page.substring(0, end));
      assertThat(r.report().coverage()).as("cut at %d", end).isBetween(0.0, 1.0);
    }
  }
}
