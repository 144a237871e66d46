package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages whose values are written with character references, magic words, line breaks and lists
 * (issue 14, kind 1): every reference MediaWiki decodes is decoded, {@code <br>}, line breaks and
 * list items separate people, and nothing splits a list inside a reference, a link, a URL or an
 * address.
 */
class MarkupDecodingTest {

  private static ImportResult read(String name) throws Exception {
    try (InputStream in = MarkupDecodingTest.class.getResourceAsStream("markup/" + name)) {
      return WikitextReader.standard().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Topic topic(ImportResult r, String title) {
    return r.event().topics().stream()
        .filter(t -> t.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void namedEntitiesCase() throws Exception {
    ImportResult r = read("named-entities.wiki");
    Topic t = r.event().topics().get(0);
    assertThat(t.title()).isEqualTo("Café network bring-up … and more");
    assertThat(t.contacts())
        .containsExactly(
            new Person("Zoë Müller", "zoe@example.org", null, null), Person.named("Bo Chen"));
    assertThat(t.skills()).isEqualTo("C++, Rust & Go");
    assertThat(t.description())
        .isEqualTo("Budget: 500\u00A0€ per team – the rack is 4&000nbsp;U high.");
    assertThat(t.outcomes()).isEqualTo("A working prototype™");
    assertThat(r.report().coverage()).isEqualTo(1.0);
  }

  @Test
  void referencesOfEveryKindAndTheCharacterMagicWords() throws Exception {
    ImportResult r = read("references-variants.wiki");
    assertThat(r.event().venue().city()).isEqualTo("Gdańsk");
    Topic timers = r.event().topics().get(0);
    assertThat(timers.title()).isEqualTo("Ångström-level timers — “fast” paths");
    assertThat(timers.contacts())
        .containsExactly(
            new Person("Małgorzata Šimková", "gosia@example.net", null, null),
            Person.named("Ottó Fekete"));
    assertThat(timers.skills()).isEqualTo("C++ && Zig");
    assertThat(timers.description())
        .isEqualTo("Costs 30\u00A0£\u00A0or 35\u00A0€; \u2242\u0338 is fine \uD83D\uDE80.");
    assertThat(timers.outcomes())
        .isEqualTo("Left as written: &copy 2025, &#0;, &#xD800;, &zzzz; and &lt;");

    Topic pipes = r.event().topics().get(1);
    assertThat(pipes.title()).isEqualTo("Pipes | and equals = in a title");
    assertThat(pipes.contacts())
        .containsExactly(Person.named("Ines &zzz; Ferreira"), Person.named("Teodor Lupu"));
    // {{!|x}} is a template call, not the magic word: reported, not dropped silently
    assertThat(r.report().problems(PageProblem.P106_TEMPLATE_NOT_EXPANDED))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("{{!}}"));
  }

  @Test
  void contactListsCase() throws Exception {
    List<Topic> topics = read("contact-lists.wiki").event().topics();
    assertThat(topics.get(0).contacts())
        .containsExactly(Person.named("Ana Lima"), Person.named("Bo Chen"));
    assertThat(topics.get(1).contacts())
        .containsExactly(Person.named("Cy Diaz"), Person.named("Di Egan"));
  }

  @Test
  void everyFormOfLineBreakListAndUnsplittableValue() throws Exception {
    ImportResult r = read("contact-list-variants.wiki");
    assertThat(topic(r, "Every form of line break").contacts())
        .extracting(Person::name)
        .containsExactly("Kaja Tamm", "Rein Kask", "Liis Saar", "Mart Ilves", "Eha Rebane");
    assertThat(topic(r, "Numbered and nested mentors").contacts())
        .containsExactly(
            new Person("Ulla Berg", null, "Nordic Labs", null),
            Person.named("Sven Holm"),
            Person.named("Pia Lund"));
    assertThat(topic(r, "Links, addresses and URLs stay whole").contacts())
        .containsExactly(
            Person.named("Vaher, Tiina"),
            new Person("Jaan Org", "jaan/org&co@example.ee", null, null),
            new Person("Kristi Mets", null, null, "https://example.ee/people;id=7,8"));
    assertThat(topic(r, "Bare lines").contacts())
        .containsExactly(Person.named("Anu Kivi"), Person.named("Priit Sepp"));
  }

  @Test
  void contactsThatProseCannotCarryComeBackFromTheWrittenPage() throws Exception {
    List<Person> people =
        List.of(
            new Person("Zoë Müller", "zoe@example.org", null, null),
            Person.named("Lima, Ana"),
            Person.named("Tom and Jerry"),
            Person.named("Ana\u00A0Lima"),
            Person.named("Café &eacute; Team"),
            new Person("Bo Chen", "bo/chen&co@example.org", null, null),
            Person.named("Kaja Tamm<br>Rein Kask"),
            Person.named("Sven | Holm = mentor"),
            new Person("Kristi Mets", null, null, "https://example.ee/people;id=7,8"),
            Person.named("Ines &zzz; Ferreira"));
    Event e = RandomEvents.event(3);
    Topic first =
        e.topics().get(0).toBuilder()
            .contacts(people)
            .description("Budget: 500\u00A0€ per team; 4&000nbsp;U, &amp; {{!}} stay text.")
            .build();
    Event written = e.toBuilder().topics(List.of(first)).build();
    String markup = WikitextWriter.standard().write(written);
    Event back =
        WikitextReader.standard()
            .withProfile(PageProfile.xenProject())
            .withSource(e.source())
            .read(markup)
            .event();
    assertThat(back.topics().get(0).contacts()).containsExactlyElementsOf(people);
    assertThat(back.topics().get(0).description()).isEqualTo(first.description());
    assertThat(markup).contains("500&nbsp;€");
  }

  @Test
  void callsInTagAndTableAttributesAreFoundAndReportedNotDroppedSilently() throws Exception {
    ImportResult r = read("calls-in-attributes.wiki");
    assertThat(r.event().topics())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.title()).isEqualTo("Offline maps");
              assertThat(t.contacts()).containsExactly(Person.named("Lena Huber"));
            });
    assertThat(r.report().unmapped())
        .extracting(u -> u.location().line() + ":" + u.location().column() + " " + u.text())
        .contains("10:21 {{Table style|dense}}", "12:11 {{Row colour|new}}")
        .anySatisfy(u -> assertThat(u).startsWith("1:1 ").contains("{{Event box|style=wide}}"));
    assertThat(r.report().coverage()).isLessThan(1.0);
  }

  @Test
  void peopleInTableCellsAreSplitAtLineBreaksNotInsideLinks() throws Exception {
    ImportResult r = read("table-cell-lists.wiki");
    assertThat(topic(r, "Offline maps").contacts())
        .containsExactly(Person.named("Lena Huber"), Person.named("Jörg Müller"));
    assertThat(topic(r, "Offline maps").skills()).isEqualTo("Kotlin & SQL");
    assertThat(topic(r, "Café finder").contacts())
        .containsExactly(Person.named("Moritz Weber, PhD"));
    // the schedule's speakers column
    assertThat(topic(r, "Opening").contacts())
        .containsExactly(Person.named("Jörg Müller"), Person.named("Lena Huber"));
    assertThat(topic(r, "Hacking").contacts())
        .containsExactly(Person.named("Zoë Brandt"), Person.named("Ida Falk"));
    assertThat(r.event().venue().street()).isEqualTo("Hauptstraße 4");
  }

  @Test
  void peopleInLabelledLinesAreSplitAtLineBreaksNotInsideLinks() throws Exception {
    ImportResult r = read("labelled-lists.wiki");
    assertThat(topic(r, "Style guide").contacts())
        .containsExactly(Person.named("Ivana Horvat"), Person.named("Marko Kovač"));
    assertThat(topic(r, "API reference").contacts())
        .containsExactly(
            Person.named("Ana Babić"),
            Person.named("Petra Jurić, PhD"),
            Person.named("Luka Perišić"));
    assertThat(topic(r, "API reference").skills()).isEqualTo("Python & Sphinx");
    assertThat(r.event().attendees())
        .extracting(a -> a.name() + " / " + a.affiliation())
        .containsExactly("Ivana Horvat / Docs Team", "Marko Kovač / null");
  }

  @Test
  void urlsAndTitlesAreDecodedAsMediaWikiDecodesThemAndWrittenSoThatTheyReadBack()
      throws Exception {
    ImportResult r = read("labelled-lists.wiki");
    assertThat(r.event().links())
        .containsExactly(
            new dev.hackathonkit.model.Link(
                "https://example.org/sprint?year=2025&lang=hr", "Sprint notes"));
    assertThat(
            WikiNodes.plainText(
                WikitextParser.parse("[[User:Zo&euml;]] [http://x.org/?a=1&amp;b=2]", "t").nodes()))
        .isEqualTo("User:Zoë http://x.org/?a=1&b=2");

    List<dev.hackathonkit.model.Link> links =
        List.of(
            new dev.hackathonkit.model.Link("https://example.org/?a=1&b=2", "plain ampersand"),
            new dev.hackathonkit.model.Link(
                "https://example.org/?q=&copy;&x=&#65;", "looks like references"),
            new dev.hackathonkit.model.Link("Caf&eacute; notes", "a title that looks like one"));
    Event e = RandomEvents.event(3).toBuilder().links(links).build();
    String markup = WikitextWriter.standard().withProfile(PageProfile.generic()).write(e);
    assertThat(markup)
        .contains(
            "https://example.org/?a=1&b=2 ", "?q=&amp;copy;&x=&amp;#65;", "Caf&amp;eacute; notes");
    Event back =
        WikitextReader.standard()
            .withProfile(PageProfile.generic())
            .withSource(e.source())
            .read(markup)
            .event();
    assertThat(back.links()).containsExactlyElementsOf(links);
  }
}
