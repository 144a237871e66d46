package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.page.PageCore;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageTrace;
import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-place editor: an unchanged event gives every test page back byte for byte with every
 * profile; single changes on the reference page touch only their own lines; random single changes
 * to the corpus pages touch only the lines of their item and read back as exactly the changed
 * event.
 */
class PageEditorTest {
  private static final Path RESOURCES = resourceRoot();
  private static final PageProfile XEN = PageProfile.xenProject();
  private static final Map<String, int[]> PROPERTY = new TreeMap<>();

  private static Path resourceRoot() {
    try {
      return Path.of(PageEditorTest.class.getResource("/dev/hackathonkit/io").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Path> wikiPages() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(p -> p.toString().endsWith(".wiki")).sorted().toList().stream();
    }
  }

  static Stream<Path> corpusPages() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve("page/corpus"))) {
      return files.filter(p -> p.toString().endsWith(".wiki")).sorted().toList().stream();
    }
  }

  private static String seed() throws IOException {
    return Files.readString(
        RESOURCES.resolve("wikitext/xen-hackathon-may2013.wiki"), StandardCharsets.UTF_8);
  }

  private static Event read(String markup, PageProfile profile) throws EventFormatException {
    return WikitextReader.standard().withProfile(profile).read(markup).event();
  }

  // ------------------------------------------------------------------ identity

  @ParameterizedTest
  @MethodSource("wikiPages")
  void unchangedEventGivesThePageBackByteForByteWithEveryProfile(Path file) throws Exception {
    String markup = Files.readString(file, StandardCharsets.UTF_8);
    for (PageProfile profile : PageProfile.builtIns()) {
      Event event;
      try {
        event = read(markup, profile);
      } catch (EventFormatException tooDeepOrLarge) {
        // hostile inputs past the limits are refused by the reader and the editor alike
        assertThat(file.getFileName().toString()).startsWith("too-");
        return;
      }
      PageEdit edit = PageEditor.standard().withProfile(profile).edit(markup, event, event);
      assertThat(edit.markup())
          .as("%s with %s", file.getFileName(), profile.name())
          .isEqualTo(markup);
      assertThat(edit.changed()).isFalse();
      assertThat(edit.written()).isEmpty();
      assertThat(edit.unplaced()).isEmpty();
      assertThat(edit.diff("page")).isEmpty();
    }
  }

  // --------------------------------------------------------- the reference page

  @Test
  void aTopicForAPageWithoutTopicsGetsTheLayoutsTopicsSectionBeforeTheAttendees() throws Exception {
    PageProfile debian = PageProfile.named("debian");
    String markup =
        """
        The yearly bug squashing party of the Example team.

        == When, where? ==
        Date: 14 March 2020
        Location: Example Hackerspace

        == Attendees ==
        * Ana Lima
        * Bo Chen

        [[Category:BSP]]
        """;
    Event before = read(markup, debian);
    Topic topic =
        Topic.builder()
            .title("Faster package builds")
            .skills("Python")
            .id("faster-package-builds")
            .build();
    Event after = before.toBuilder().topics(List.of(topic)).build();

    PageEdit edit = PageEditor.standard().withProfile(debian).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    assertThat(edit.markup())
        .isEqualTo(
            markup.replace(
                "== Attendees ==\n",
                "== "
                    + debian.headings().get(dev.hackathonkit.io.page.PageSection.TOPICS).get(0)
                    + " ==\n=== Faster package builds ===\n"
                    + debian.field(TopicField.SKILLS).labels().get(0)
                    + ": Python\n\n== Attendees ==\n"));
    assertThat(read(edit.markup(), debian)).isEqualTo(after);

    // without an attendee section, the topics go after the last line of text, before the categories
    String noAttendees =
        markup.substring(0, markup.indexOf("== Attendees ==")) + "[[Category:BSP]]\n";
    Event b = read(noAttendees, debian);
    PageEdit end =
        PageEditor.standard()
            .withProfile(debian)
            .edit(noAttendees, b, b.toBuilder().topics(List.of(topic)).build());
    assertThat(end.unplaced()).isEmpty();
    assertThat(end.markup())
        .contains("Location: Example Hackerspace\n\n== ")
        .endsWith(": Python\n\n[[Category:BSP]]\n");
  }

  @Test
  void addsAnAttendeeAfterTheLastOneOfItsStatusInTheSameForm() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    List<Attendee> attendees = new ArrayList<>(before.attendees());
    Attendee ana = new Attendee("Ana Lima", "Example Corp", AttendeeStatus.CONFIRMED);
    int lastConfirmed = lastIndexOf(attendees, AttendeeStatus.CONFIRMED);
    attendees.add(lastConfirmed + 1, ana);
    Event after = before.toBuilder().attendees(attendees).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.written()).containsExactly("attendee 'Ana Lima' (confirmed) added");
    assertThat(edit.linesChanged()).isEqualTo(1);
    assertThat(edit.diff("May2013"))
        .contains("\n * Roger Pau Monné, Citrix\n+* Ana Lima, Example Corp\n \n");
    assertThat(read(edit.markup(), XEN)).isEqualTo(after);
  }

  @Test
  void rewritesAChangedTopicFieldWhereItStands() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    List<Topic> topics = new ArrayList<>(before.topics());
    Topic roadmap = topics.get(1);
    topics.set(1, roadmap.toBuilder().skills("C, Rust and patience").build());
    Event after = before.toBuilder().topics(topics).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.written()).containsExactly("topic '" + roadmap.id() + "' field skills changed");
    assertThat(removedAndAdded(edit))
        .containsExactly("-|Skills={{N/A}}", "+|Skills=C, Rust and patience");
    assertThat(read(edit.markup(), XEN)).isEqualTo(after);
  }

  @Test
  void addsATopicInTheFormOfTheLastOneAndRemovesOneWithItsOwnLines() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    List<Topic> topics = new ArrayList<>(before.topics());
    Topic removed = topics.remove(3);
    Topic added =
        Topic.builder()
            .title("Packaging for a new distribution")
            .skills("Shell, RPM")
            .contacts(List.of(Person.named("Bea Cruz")))
            .build();
    topics.add(added);
    Event after = before.toBuilder().topics(topics).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    List<String> lines = removedAndAdded(edit);
    assertThat(lines)
        .filteredOn(l -> l.startsWith("+"))
        .containsExactly(
            "+{{project",
            "+|Project=Packaging for a new distribution",
            "+|Contact=Bea Cruz",
            "+|Skills=Shell, RPM",
            "+|ML=",
            "+|IRC=",
            "+}}",
            "+");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("-"))
        .contains("-|Project=" + removed.title())
        .allSatisfy(
            l -> assertThat(markup.lines().filter(m -> ("-" + m).equals(l)).count()).isPositive());
    Event reread = read(edit.markup(), XEN);
    assertThat(reread.topics()).hasSameSizeAs(topics);
    assertThat(reread.topics().get(topics.size() - 1).title()).isEqualTo(added.title());
    assertThat(reread.topics().subList(0, topics.size() - 1))
        .isEqualTo(topics.subList(0, topics.size() - 1));
  }

  @Test
  void listsWhatTheLayoutHasNoPlaceForAndWritesNothingOfIt() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    Event after = before.toBuilder().days(before.days().subList(0, 1)).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.markup()).isEqualTo(markup);
    assertThat(edit.complete()).isFalse();
    // the day's own line could go, but the sentence's date range still states it
    assertThat(edit.unplaced())
        .extracting(Unplaced::code, Unplaced::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                UnplacedReason.L104_EDIT_READS_DIFFERENTLY, "days[2013-05-17]"));
  }

  @Test
  void rewritesValuesWrittenInATopicsOwnLineAndAddsATopicInThatForm() throws Exception {
    String markup =
        "== Topics ==\n"
            + "* '''Faster CSV import''': guess delimiters from the first lines – Rhea Lind\n"
            + "* '''Tile cache''': keep map tiles on disk – Omar Fenn\n"
            + "\n== Attendees ==\n* Rhea Lind\n* Omar Fenn\n";
    PageProfile generic = PageProfile.generic();
    Event before = read(markup, generic);
    assertThat(before.topics())
        .extracting(Topic::description)
        .containsExactly("guess delimiters from the first lines", "keep map tiles on disk");
    List<Topic> topics = new ArrayList<>(before.topics());
    topics.set(0, topics.get(0).toBuilder().description("detect delimiters and quotes").build());
    topics.add(
        Topic.builder()
            .title("Screen reader audit")
            .description("check the web UI with a screen reader")
            .contacts(List.of(Person.named("Sanne Vries")))
            .build());
    Event after = before.toBuilder().topics(topics).build();

    PageEdit edit = PageEditor.standard().withProfile(generic).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    assertThat(removedAndAdded(edit))
        .containsExactly(
            "-* '''Faster CSV import''': guess delimiters from the first lines – Rhea Lind",
            "+* '''Faster CSV import''': detect delimiters and quotes – Rhea Lind",
            "+* '''Screen reader audit''': check the web UI with a screen reader – Sanne Vries");
    assertThat(withoutTopicIds(read(edit.markup(), generic))).isEqualTo(withoutTopicIds(after));
  }

  @Test
  void addsATopicToATableOfTopicsAsARowAndKeepsARenamedTemplateTopicsId() throws Exception {
    String table =
        "== Ideas ==\n{| class=\"wikitable\"\n! Idea !! Mentor !! Skills\n|-\n"
            + "| Scheduler tracing || Ines Faria || C, eBPF\n|-\n| Docs search || Piet Klaas || JavaScript\n|}\n";
    PageProfile generic = PageProfile.generic();
    Event before = read(table, generic);
    List<Topic> topics = new ArrayList<>(before.topics());
    topics.add(
        Topic.builder()
            .title("Memory tiering")
            .contacts(List.of(Person.named("Hanna Sorensen")))
            .skills("C")
            .build());
    PageEdit added =
        PageEditor.standard()
            .withProfile(generic)
            .edit(table, before, before.toBuilder().topics(topics).build());
    assertThat(added.unplaced()).isEmpty();
    assertThat(removedAndAdded(added))
        .containsExactly("+|-", "+| Memory tiering || Hanna Sorensen || C");

    String markup = seed();
    Event xen = read(markup, XEN);
    List<Topic> renamed = new ArrayList<>(xen.topics());
    renamed.set(1, renamed.get(1).toBuilder().title("Xen roadmap discussion").build());
    Event after = xen.toBuilder().topics(renamed).build();
    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, xen, after);
    assertThat(edit.unplaced()).isEmpty();
    // the page derives ids from titles: an id argument keeps the topic's
    assertThat(read(edit.markup(), XEN)).isEqualTo(after);
  }

  @Test
  void addsALinkInTheFormOfTheLastAndRemovesOneWithItsLine() throws Exception {
    String markup =
        "== When and where ==\nSaturday 12 October 2019, 10:00–18:00, in Lyon, France.\n\n"
            + "== Links ==\n* [https://example.org/wiki Our wiki]\n* [https://example.org/chat Chat room]\n\n"
            + "== Attendees ==\n* Rhea Lind\n";
    PageProfile generic = PageProfile.generic();
    Event before = read(markup, generic);
    assertThat(before.links()).hasSize(2);
    List<dev.hackathonkit.model.Link> links = new ArrayList<>(before.links());
    links.remove(0);
    links.add(new dev.hackathonkit.model.Link("https://example.org/slides", "Slides"));
    Event after = before.toBuilder().links(links).build();

    PageEdit edit = PageEditor.standard().withProfile(generic).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    assertThat(removedAndAdded(edit))
        .containsExactly(
            "-* [https://example.org/wiki Our wiki]", "+* [https://example.org/slides Slides]");
    assertThat(read(edit.markup(), generic)).isEqualTo(after);
  }

  @Test
  void removesAReviewEntryWithItsOwnLine() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    List<Topic> topics = new ArrayList<>(before.topics());
    Topic roadmap = topics.get(1);
    List<dev.hackathonkit.model.Comment> comments = new ArrayList<>(roadmap.comments());
    dev.hackathonkit.model.Comment ijc =
        comments.stream().filter(c -> c.author().equals("Ijc")).findFirst().orElseThrow();
    comments.remove(ijc);
    topics.set(1, roadmap.toBuilder().comments(comments).build());
    Event after = before.toBuilder().topics(topics).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    assertThat(removedAndAdded(edit))
        .containsExactly("-{{Vote|[[User:Ijc|Ijc]] 14:06, 12 March 2013 (UTC)}} Will attend");
    assertThat(read(edit.markup(), XEN)).isEqualTo(after);
  }

  @Test
  void rewritesTheCityWhereTheVenueIsStatedNotInTheTitleAndALabelledExtraValue() throws Exception {
    String markup =
        "'''Lakeshore Sprint 2025''' is our spring sprint.\n\n== Details ==\n"
            + "* '''When:''' June 3-4, 2025, 10:00-18:00\n"
            + "* '''Where:''' Boathouse, Rantatie 5, 00150 Lakeshore, Finland\n"
            + "* '''Organiser:''' Pia Holm\n\n== Attendees ==\n* Pia Holm\n* Ville Aho\n";
    PageProfile generic = PageProfile.generic();
    Event before = read(markup, generic);
    assertThat(before.venue().city()).isEqualTo("Lakeshore");
    assertThat(before.extra()).containsEntry("Organiser", "Pia Holm");
    dev.hackathonkit.model.Venue v = before.venue();
    java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(before.extra());
    extra.put("Organiser", "Pekka Lind");
    Event after =
        before.toBuilder()
            .venue(
                new dev.hackathonkit.model.Venue(
                    v.name(), v.street(), v.postcode(), "Espoo", v.country()))
            .extra(extra)
            .build();

    PageEdit edit = PageEditor.standard().withProfile(generic).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    assertThat(removedAndAdded(edit))
        .containsExactly(
            "-* '''Where:''' Boathouse, Rantatie 5, 00150 Lakeshore, Finland",
            "-* '''Organiser:''' Pia Holm",
            "+* '''Where:''' Boathouse, Rantatie 5, 00150 Espoo, Finland",
            "+* '''Organiser:''' Pekka Lind");
    assertThat(read(edit.markup(), generic)).isEqualTo(after);
  }

  @Test
  void addsADayAfterTheLastListedOneInItsForm() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    List<dev.hackathonkit.model.EventDay> days = new ArrayList<>(before.days());
    days.add(
        dev.hackathonkit.model.EventDay.of(
            java.time.LocalDate.of(2013, 5, 18),
            java.time.LocalTime.of(9, 0),
            java.time.LocalTime.of(17, 0)));
    Event after = before.toBuilder().days(days).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.written()).containsExactly("day 2013-05-18 added");
    // the sentence's date range ends on the new day too
    assertThat(removedAndAdded(edit))
        .containsExactly(
            "-We confirmed the Xen Hackathon for May 16-17, 2013 in Dublin Ireland.",
            "+We confirmed the Xen Hackathon for May 16-18, 2013 in Dublin Ireland.",
            "+* May 18th: 9AM to 5PM");
    assertThat(read(edit.markup(), XEN)).isEqualTo(after);

    // a day's new hours, written as the line writes times
    days = new ArrayList<>(before.days());
    days.set(
        1,
        dev.hackathonkit.model.EventDay.of(
            java.time.LocalDate.of(2013, 5, 17),
            java.time.LocalTime.of(10, 30),
            java.time.LocalTime.of(16, 0)));
    Event shorter = before.toBuilder().days(days).build();
    PageEdit hours = PageEditor.standard().withProfile(XEN).edit(markup, before, shorter);
    assertThat(removedAndAdded(hours))
        .containsExactly("-* May 17th: 9AM to 5PM", "+* May 17th: 10:30AM to 4PM");
    assertThat(read(hours.markup(), XEN)).isEqualTo(shorter);
  }

  @Test
  void rewritesTheEventsTitleAndCityWhereThePageStatesThem() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    Event after =
        before.toBuilder()
            .title("Xen Summit Hackathon")
            .venue(
                new dev.hackathonkit.model.Venue(
                    null, null, null, "Cork", before.venue().country()))
            .build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(markup, before, after);

    assertThat(edit.unplaced()).isEmpty();
    assertThat(removedAndAdded(edit))
        .containsExactly(
            "-We confirmed the Xen Hackathon for May 16-17, 2013 in Dublin Ireland.",
            "+We confirmed the Xen Summit Hackathon for May 16-17, 2013 in Cork Ireland.");
    // without a source page, the id follows the title; it is no part of the page
    assertThat(read(edit.markup(), XEN).toBuilder().id(after.id()).build()).isEqualTo(after);
  }

  @Test
  void aChangeThePageHoldsAlreadyIsNotWrittenAgain() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    List<Attendee> attendees = new ArrayList<>(before.attendees());
    attendees.add(
        lastIndexOf(attendees, AttendeeStatus.CONFIRMED) + 1,
        new Attendee("Ana Lima", "Example Corp", AttendeeStatus.CONFIRMED));
    List<Topic> topics = new ArrayList<>(before.topics());
    topics.set(1, topics.get(1).toBuilder().skills("C, Rust and patience").build());
    Event after = before.toBuilder().attendees(attendees).topics(topics).build();
    PageEdit first = PageEditor.standard().withProfile(XEN).edit(markup, before, after);
    assertThat(first.written()).hasSize(2);

    // the same change again, from the same "before", onto the page that holds it (a repeated
    // publish)
    PageEdit again = PageEditor.standard().withProfile(XEN).edit(first.markup(), before, after);

    assertThat(again.markup()).isEqualTo(first.markup());
    assertThat(again.written()).isEmpty();
    assertThat(again.unplaced()).isEmpty();
  }

  @Test
  void appliesTheChangeToAPageThatChangedSinceItWasRead() throws Exception {
    String markup = seed();
    Event before = read(markup, XEN);
    // someone else added a line at the top and removed an attendee since "before" was read
    String now =
        "Note: the venue is confirmed.\n" + markup.replace("* Javier Fontan, OpenNebula\n", "");
    List<Attendee> attendees = new ArrayList<>(before.attendees());
    attendees.add(
        lastIndexOf(attendees, AttendeeStatus.CONFIRMED) + 1,
        new Attendee("Ana Lima", null, AttendeeStatus.CONFIRMED));
    Event after = before.toBuilder().attendees(attendees).build();

    PageEdit edit = PageEditor.standard().withProfile(XEN).edit(now, before, after);

    assertThat(edit.written()).containsExactly("attendee 'Ana Lima' (confirmed) added");
    assertThat(edit.markup())
        .startsWith("Note: the venue is confirmed.\n")
        .doesNotContain("Javier Fontan");
    assertThat(edit.markup()).contains("* Roger Pau Monné, Citrix\n* Ana Lima\n");
  }

  @Test
  void theFinalCheckFindsALineLostOutsideTheChangedItems() throws Exception {
    String markup = seed();
    ParsedPage parsed = WikitextParser.parse(markup, "page", ReadLimits.DEFAULT);
    PageOutline outline = OutlineBuilder.build(parsed, markup, null, null);
    PageCore.Traced traced = PageCore.readTraced(outline, XEN, null, 1000);
    PageEditor.Page page =
        new PageEditor.Page(markup, outline, traced.result().event(), traced.trace(), XEN);
    Attendee lars =
        traced.result().event().attendees().stream()
            .filter(a -> a.name().equals("Lars Kurth"))
            .findFirst()
            .orElseThrow();
    List<EventChange> removeLars = List.of(new EventChange.AttendeeRemove(lars));
    int heading = lines(markup).indexOf("== When and Where ? ==") + 1;

    // the attendee's own line may go; the heading, which no part of the change stands on, may not
    assertThat(PageEditor.lineLost(page, markup.replace("* Lars Kurth, Citrix\n", ""), removeLars))
        .isNull();
    assertThat(
            PageEditor.lineLost(page, markup.replace("== When and Where ? ==\n", ""), removeLars))
        .isEqualTo(heading);
    assertThat(PageEditor.lineLost(page, markup + "* one more line\n", List.of())).isNull();
  }

  // ------------------------------------------------------------ property test

  @ParameterizedTest
  @MethodSource("corpusPages")
  void randomSingleChangesTouchOnlyTheirItemsLinesAndReadBackExactly(Path file) throws Exception {
    String markup = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    PageProfile profile = chosen(markup);
    Event page = read(markup, profile);
    PageTrace trace = trace(markup, profile);
    Random random = new Random(name.hashCode());
    for (int n = 0; n < 40; n++) {
      Change c = change(page, trace, markup, random, n);
      if (c == null) {
        continue;
      }
      PageEdit edit = PageEditor.standard().withProfile(profile).edit(markup, page, c.after());
      int[] counts = PROPERTY.computeIfAbsent(c.kind(), k -> new int[2]);
      if (!edit.complete()) {
        assertThat(edit.markup())
            .as("%s: %s not written, page unchanged", name, c.kind())
            .isEqualTo(markup);
        counts[1]++;
        continue;
      }
      counts[0]++;
      Event reread = read(edit.markup(), profile);
      assertThat(
              EventChange.difference(
                  withoutTopicIds(reread),
                  withoutTopicIds(quotesFollow(c.after(), page, reread)),
                  -1))
          .as("%s: %s reads back as the changed event", name, c.kind())
          .isNull();
      List<String> was = lines(markup);
      List<String> now = lines(edit.markup());
      if (c.lines() == null) {
        for (AbstractDelta<String> d : DiffUtils.diff(was, now).getDeltas()) {
          assertThat(d.getSource().size())
              .as("%s: %s removes or changes no line", name, c.kind())
              .isZero();
        }
      } else {
        // every line outside the item's places (and a blank line next to each) is still there, in
        // order
        List<String> kept = new ArrayList<>();
        for (int k = 1; k <= was.size(); k++) {
          if (!inItem(markup, c.lines(), k)) {
            kept.add(was.get(k - 1));
          }
        }
        assertThat(isSubsequence(kept, now))
            .as("%s: %s keeps every line outside its item", name, c.kind())
            .isTrue();
      }
    }
  }

  /**
   * {@code after} with the extra values that quote the page's title as the page now reads them,
   * where they differ from the old ones exactly where the old title became the new one (a lead
   * sentence kept as the description that also states the title changes with it).
   */
  private static Event quotesFollow(Event after, Event page, Event reread) {
    if (after.title().equals(page.title())) {
      return after;
    }
    Map<String, String> extra = new java.util.LinkedHashMap<>(after.extra());
    extra.replaceAll(
        (key, value) -> {
          String now = reread.extra().get(key);
          return now != null
                  && value.contains(page.title())
                  && now.replace(after.title(), page.title()).equals(value)
              ? now
              : value;
        });
    return after.toBuilder().extra(extra).build();
  }

  @AfterAll
  static void printFigures() {
    if (PROPERTY.isEmpty()) {
      return;
    }
    StringBuilder sb =
        new StringBuilder("\nIn-place edits of corpus pages (written / not written):\n");
    int[] total = new int[2];
    PROPERTY.forEach(
        (k, v) -> {
          sb.append(String.format("  %-22s %4d / %4d%n", k, v[0], v[1]));
          total[0] += v[0];
          total[1] += v[1];
        });
    sb.append(String.format("  %-22s %4d / %4d%n", "all", total[0], total[1]));
    System.out.print(sb);
    // a floor, not a target: an editor that writes nothing, or little, fails here
    assertThat(total[0]).isGreaterThan(total[1] / 2);
  }

  /**
   * A single change: its kind, the changed event and the first and last lines of each place of the
   * item it touches (null: an insertion).
   */
  private record Change(
      String kind, Event after, @org.jspecify.annotations.Nullable List<int[]> lines) {}

  private static boolean inItem(String markup, List<int[]> places, int line) {
    for (int[] p : places) {
      int from = p[0] - (blank(markup, p[0] - 1) ? 1 : 0);
      int to = p[1] + (blank(markup, p[1] + 1) ? 1 : 0);
      if (line >= from && line <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int k = 0;
    for (String line : whole) {
      if (k < part.size() && part.get(k).equals(line)) {
        k++;
      }
    }
    return k == part.size();
  }

  private static Change change(Event page, PageTrace trace, String markup, Random random, int n) {
    List<Topic> topics = new ArrayList<>(page.topics());
    List<Attendee> attendees = new ArrayList<>(page.attendees());
    switch (random.nextInt(10)) {
      case 0 -> {
        int i = tracedTopic(trace, random);
        if (i < 0) {
          return null;
        }
        Topic t = topics.get(i);
        Topic changed =
            switch (random.nextInt(3)) {
              case 0 -> t.toBuilder().skills("Edited skills " + n).build();
              case 1 -> t.toBuilder().difficulty("Edited difficulty " + n).build();
              default -> t.toBuilder().title("Edited title " + n).build();
            };
        topics.set(i, changed);
        return new Change(
            "topic field",
            page.toBuilder().topics(topics).build(),
            places(trace.topics().get(i), markup));
      }
      case 1 -> {
        int i = tracedTopic(trace, random);
        if (i < 0) {
          return null;
        }
        // a new topic with the values one of the page's topics has: the page has a form for them
        Topic like = topics.get(i);
        // where a reader finds it: after the last topic the page states on its own (before those of
        // the schedule alone)
        int last = -1;
        for (int k = 0; k < topics.size(); k++) {
          PageTrace.TopicTrace t = trace.topics().get(k);
          if (t != null && (t.template() || !t.also().isEmpty() || topics.get(k).slot() == null)) {
            last = k;
          }
        }
        topics.add(
            last + 1,
            Topic.builder()
                .title("Added topic " + n)
                .skills(like.skills() == null ? null : "Skill " + n)
                .difficulty(like.difficulty() == null ? null : "Difficulty " + n)
                .contacts(
                    like.contacts().isEmpty()
                        ? List.of()
                        : List.of(Person.named("Newcomer " + letters(n))))
                .mailingList(like.mailingList())
                .ircChannel(like.ircChannel())
                .build());
        return new Change("topic added", page.toBuilder().topics(topics).build(), null);
      }
      case 2 -> {
        int i = tracedTopic(trace, random);
        if (i < 0) {
          return null;
        }
        topics.remove(i);
        return new Change(
            "topic removed",
            page.toBuilder().topics(topics).build(),
            places(trace.topics().get(i), markup));
      }
      case 3 -> {
        if (attendees.isEmpty()) {
          return null;
        }
        Attendee like = attendees.get(random.nextInt(attendees.size()));
        // where a reader of the page finds it: after the last attendee of its status
        attendees.add(
            lastIndexOf(attendees, like.status()) + 1,
            new Attendee(
                "Newcomer " + letters(n),
                like.affiliation() == null ? null : "Org " + n,
                like.status()));
        return new Change("attendee added", page.toBuilder().attendees(attendees).build(), null);
      }
      case 4 -> {
        int i = tracedAttendee(trace, random);
        if (i < 0) {
          return null;
        }
        Attendee removed = attendees.remove(i);
        // the columns of its table row, kept in the event's extra, go with it
        return new Change(
            "attendee removed",
            page.toBuilder()
                .attendees(attendees)
                .extra(EventChange.withoutPerson(page.extra(), removed.name()))
                .build(),
            List.of(lines(trace.attendees().get(i), markup)));
      }
      case 7 -> {
        // a day after the last, with its hours
        if (page.days().isEmpty()) {
          return null;
        }
        dev.hackathonkit.model.EventDay last = page.days().get(page.days().size() - 1);
        List<dev.hackathonkit.model.EventDay> days = new ArrayList<>(page.days());
        days.add(
            new dev.hackathonkit.model.EventDay(
                last.date().plusDays(1), last.opens(), last.closes()));
        // the date range's line may move its end to the new day
        return new Change(
            "day added",
            page.toBuilder().days(days).build(),
            trace.range() == null ? null : List.of(lines(trace.range(), markup)));
      }
      case 8 -> {
        // a link after the last, or the first link removed
        if (page.links().isEmpty()) {
          return null;
        }
        List<dev.hackathonkit.model.Link> links = new ArrayList<>(page.links());
        if (random.nextBoolean()) {
          dev.hackathonkit.model.Link like = links.get(links.size() - 1);
          links.add(
              new dev.hackathonkit.model.Link(
                  "https://example.org/added/" + n,
                  like.label() == null ? null : "Added link " + n));
          return new Change("link added", page.toBuilder().links(links).build(), null);
        }
        links.remove(0);
        List<int[]> places = new ArrayList<>();
        trace.links().stream().limit(1).forEach(p -> places.add(lines(p, markup)));
        return new Change("link removed", page.toBuilder().links(links).build(), places);
      }
      case 9 -> {
        // the venue's city: rewritten where the page states it
        if (page.venue() == null || page.venue().city() == null || trace.facts().isEmpty()) {
          return null;
        }
        dev.hackathonkit.model.Venue v = page.venue();
        List<int[]> facts = new ArrayList<>();
        trace.facts().forEach(p -> facts.add(lines(p, markup)));
        return new Change(
            "venue city",
            page.toBuilder()
                .venue(
                    new dev.hackathonkit.model.Venue(
                        v.name(), v.street(), v.postcode(), v.city() + "-Nord", v.country()))
                .build(),
            facts);
      }
      case 6 -> {
        if (trace.facts().isEmpty()) {
          return null;
        }
        List<int[]> facts = new ArrayList<>();
        trace.facts().forEach(p -> facts.add(lines(p, markup)));
        return new Change(
            "event title", page.toBuilder().title("Edited event " + n).build(), facts);
      }
      default -> {
        int i = tracedAttendee(trace, random);
        if (i < 0 || attendees.get(i).affiliation() == null) {
          return null;
        }
        Attendee a = attendees.get(i);
        attendees.set(i, new Attendee(a.name(), "Org " + n, a.status()));
        return new Change(
            "affiliation changed",
            page.toBuilder().attendees(attendees).build(),
            List.of(lines(trace.attendees().get(i), markup)));
      }
    }
  }

  /** {@code n} in letters ("Ab", "Ac", ...): names of people have no digits. */
  private static String letters(int n) {
    return "A" + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
  }

  private static int tracedTopic(PageTrace trace, Random random) {
    List<Integer> traced = new ArrayList<>();
    for (int i = 0; i < trace.topics().size(); i++) {
      if (trace.topics().get(i) != null) {
        traced.add(i);
      }
    }
    return traced.isEmpty() ? -1 : traced.get(random.nextInt(traced.size()));
  }

  private static int tracedAttendee(PageTrace trace, Random random) {
    List<Integer> traced = new ArrayList<>();
    for (int i = 0; i < trace.attendees().size(); i++) {
      if (trace.attendees().get(i) != null) {
        traced.add(i);
      }
    }
    return traced.isEmpty() ? -1 : traced.get(random.nextInt(traced.size()));
  }

  /** The lines of each place that states the topic. */
  private static List<int[]> places(PageTrace.TopicTrace t, String markup) {
    List<int[]> out = new ArrayList<>();
    out.add(lines(t.at(), markup));
    t.also().forEach(p -> out.add(lines(p, markup)));
    return out;
  }

  /** The first and last line (1-based) of {@code at} in {@code markup}. */
  private static int[] lines(Position at, String markup) {
    return new int[] {
      at.line(),
      at.line()
          + (int) markup.substring(at.start(), at.end()).chars().filter(c -> c == '\n').count()
    };
  }

  private static PageTrace trace(String markup, PageProfile profile) throws EventFormatException {
    ParsedPage parsed = WikitextParser.parse(markup, "page", ReadLimits.DEFAULT);
    PageOutline outline = OutlineBuilder.build(parsed, markup, null, null);
    return PageCore.readTraced(outline, profile, null, 1000).trace();
  }

  private static PageProfile chosen(String markup) throws EventFormatException {
    String name = WikitextReader.standard().read(markup).report().profile().profile();
    return PageProfile.named(name);
  }

  private static Event withoutTopicIds(Event e) {
    List<Topic> topics = new ArrayList<>();
    for (Topic t : e.topics()) {
      topics.add(t.toBuilder().id("t").build());
    }
    return e.toBuilder().topics(topics).build();
  }

  private static int lastIndexOf(List<Attendee> list, AttendeeStatus status) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).status() == status) {
        return i;
      }
    }
    return -1;
  }

  /** Whether line {@code n} (1-based) of {@code text} is blank or past the end. */
  private static boolean blank(String text, int n) {
    List<String> lines = lines(text);
    return n < 1 || n > lines.size() || lines.get(n - 1).isBlank();
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  /** The diff's removed and added lines, without the file and hunk headers. */
  private static List<String> removedAndAdded(PageEdit edit) {
    return edit.diff("page")
        .lines()
        .filter(
            l ->
                (l.startsWith("-") || l.startsWith("+"))
                    && !l.startsWith("---")
                    && !l.startsWith("+++"))
        .toList();
  }
}
