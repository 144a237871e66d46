package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import dev.hackathonkit.model.testing.RandomEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Model → markup in a profile's layout → model with the same profile, for every built-in profile
 * and 1,000 generated events. The writer's report ({@link WikitextWriter#writePage}) must account
 * for every difference: the test erases the reported paths on both sides with its own code and
 * requires the rest to be equal, so a value that changes without being reported fails the test.
 * Every report must name a rule of the layout (a vote without a vote template, a filler, a key that
 * is a label...), not the writer's catch-all "does not read back". The counts per path are printed.
 */
class WikitextWriterProfilesTest {
  private static final int EVENTS = 1000;
  private static final Pattern INDEXED =
      Pattern.compile("^(topics|attendees)\\[(\\d+)\\](?:\\.(.*))?$");
  private static final Pattern KEYED = Pattern.compile("^extra\\[(.*)\\]$");

  /** The writer's catch-all reason: a difference it cannot explain by a rule of the layout. */
  private static final String UNEXPLAINED = "does not read back";

  @Test
  void everyBuiltInProfileReadsBackItsOwnPageOrReportsWhatItLacks() throws Exception {
    Map<String, String> figures = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (PageProfile profile : PageProfile.builtIns()) {
      WikitextWriter writer = WikitextWriter.standard().withProfile(profile);
      WikitextReader reader = WikitextReader.standard().withProfile(profile);
      int complete = 0;
      Map<String, Integer> kinds = new TreeMap<>();
      for (long seed = 0; seed < EVENTS; seed++) {
        Event e = RandomEvents.event(seed);
        WrittenPage page = writer.writePage(e);
        Event back = reader.withSource(e.source()).read(page.markup()).event();
        Set<String> paths =
            page.unplaced().stream().map(Unplaced::path).collect(Collectors.toSet());
        if (!erase(back, paths).equals(erase(e, paths)) && failures.size() < 5) {
          failures.add(
              profile.name()
                  + " seed "
                  + seed
                  + ": a difference is not reported; reported "
                  + paths);
        }
        for (Unplaced u : page.unplaced()) {
          if (u.reason().contains(UNEXPLAINED) && failures.size() < 5) {
            failures.add(
                profile.name()
                    + " seed "
                    + seed
                    + ": a difference without a rule of the layout: "
                    + u);
          }
          kinds.merge(
              u.path().replaceAll("\\[\\d+\\]", "[]").replaceAll("^(.*extra)\\[.*\\]$", "$1[key]"),
              1,
              Integer::sum);
        }
        complete += page.isComplete() ? 1 : 0;
      }
      figures.put(profile.name(), complete + "/" + EVENTS + " complete; " + kinds);
      if (profile.topicTemplate() != null) {
        assertThat(complete).as(profile.name()).isEqualTo(EVENTS);
      }
    }
    figures.forEach((k, v) -> System.out.println("[writer profiles] " + k + ": " + v));
    assertThat(failures).isEmpty();
  }

  /**
   * The README's example profile: a topic template of its own, no {@code extends}, few headings.
   */
  private static final String EXAMPLE_PROFILE =
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
        "voteTemplate": "+1", "commentTemplate": "Note",
        "voteIcon": "plus.png", "commentIcon": "note.png",
        "notApplicableTemplate": "n/a", "notApplicableText": "n/a",
        "gsocValues": { "yes": ["yes"], "no": ["no"], "notApplicable": ["n/a"] },
        "headings": { "confirmedAttendees": ["Participants"] }
      }
      """;

  private static final Pattern TEMPLATE_CALL = Pattern.compile("\\{\\{([^|}\\n]+)");

  @Test
  void aFileProfileUsesOnlyItsOwnTemplatesAndReportsEverythingItCannotCarry() throws Exception {
    PageProfile profile =
        PageProfile.fromJson(new java.io.StringReader(EXAMPLE_PROFILE), "example.profile.json");
    WikitextWriter writer = WikitextWriter.standard().withProfile(profile);
    WikitextReader reader = WikitextReader.standard().withProfile(profile);
    Set<String> templates = new TreeSet<>();
    List<Long> unreported = new ArrayList<>();
    for (long seed = 0; seed < EVENTS; seed++) {
      Event e = RandomEvents.event(seed);
      WrittenPage page = writer.writePage(e);
      Matcher m = TEMPLATE_CALL.matcher(page.markup().replaceAll("(?s)<nowiki>.*?</nowiki>", ""));
      while (m.find()) {
        templates.add(m.group(1).strip());
      }
      Event back = reader.withSource(e.source()).read(page.markup()).event();
      Set<String> paths = page.unplaced().stream().map(Unplaced::path).collect(Collectors.toSet());
      if (!erase(back, paths).equals(erase(e, paths))) {
        unreported.add(seed);
      }
    }
    assertThat(templates).isSubsetOf("Idea", "+1", "Note", "n/a");
    assertThat(unreported).as("seeds with a difference the writer did not report").isEmpty();
  }

  @Test
  void aTopicTemplateProfileWithoutReviewOrNotApplicableTemplatesWritesNoneAndReportsWhatThatCosts()
      throws Exception {
    PageProfile profile =
        PageProfile.xenProject()
            .withName("Xen without review templates")
            .withReviewTemplates(null, null)
            .withReviewIcons(null, null)
            .withVoteWords(List.of())
            .withNotApplicable(null, null);
    WikitextWriter writer = WikitextWriter.standard().withProfile(profile);
    WikitextReader reader = WikitextReader.standard().withProfile(profile);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    for (long seed = 0; seed < EVENTS; seed++) {
      Event e = RandomEvents.event(seed);
      WrittenPage page = writer.writePage(e);
      assertThat(page.markup()).doesNotContain("{{Vote", "{{Comment", "{{N/A");
      Event back = reader.withSource(e.source()).read(page.markup()).event();
      Set<String> paths = page.unplaced().stream().map(Unplaced::path).collect(Collectors.toSet());
      if (!erase(back, paths).equals(erase(e, paths))) {
        failures.add("seed " + seed + ": a difference is not reported; reported " + paths);
      }
      for (Unplaced u : page.unplaced()) {
        if (u.reason().contains(UNEXPLAINED)) {
          failures.add("seed " + seed + ": a difference without a rule of the layout: " + u);
        }
        reasons.merge(u.reason(), 1, Integer::sum);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(reasons.keySet())
        .containsExactlyInAnyOrder(
            "the profile names no vote template, icon or word: votes read back as comments",
            "without a vote or comment template around each entry, the review parameter reads as one entry",
            "the value is one of the profile's fillers, which mean 'absent'");
  }

  @Test
  void aProfileWithoutTopicTemplateGetsItsOwnWordsAndNoTemplate() {
    Event e = sample();
    String page = WikitextWriter.standard().withProfile(PageProfile.named("debian")).write(e);
    assertThat(page)
        .doesNotContain("{{")
        .contains(
            "== When, where? ==\n",
            "== Tasks ==\n",
            "=== Faster builds ===\n",
            "\nContact: Ana Lima &lt;ana@example.org>\n",
            "\nOrganiser: Kai\n",
            "\nDate: May 16, 2013\n* 2013-05-16: 9AM to 5PM\n",
            "== Attendees ==\n* Kai Berg, ACME\n",
            "== Maybe ==\n* Bo\n");
  }

  @Test
  void samplePageReadsBackWholeInEveryBuiltInLayout() throws Exception {
    Event e = sample();
    for (PageProfile profile : PageProfile.builtIns()) {
      WrittenPage page = WikitextWriter.standard().withProfile(profile).writePage(e);
      assertThat(page.unplaced()).as(profile.name()).isEmpty();
      Event back =
          WikitextReader.standard()
              .withProfile(profile)
              .withSource(e.source())
              .read(page.markup())
              .event();
      assertThat(back).as(profile.name()).isEqualTo(e);
    }
  }

  @Test
  void aVoteOpensWithTheProfilesVoteWordWhereItHasNoVoteTemplateAndWithoutOneReadsAsAComment()
      throws Exception {
    Event e = sample();
    PageProfile debian = PageProfile.named("debian");
    String page = WikitextWriter.standard().withProfile(debian).write(e);
    assertThat(page)
        .contains("\nComments: +1 [[User:Kai|Kai]] 13:14, 28 April 2013 (UTC) Will attend\n");
    Event back =
        WikitextReader.standard().withProfile(debian).withSource(e.source()).read(page).event();
    assertThat(back.topics().get(0).comments())
        .extracting(Comment::kind)
        .containsExactly(CommentKind.VOTE);

    PageProfile without = debian.withVoteWords(List.of());
    WrittenPage plain = WikitextWriter.standard().withProfile(without).writePage(e);
    assertThat(plain.markup()).doesNotContain("+1");
    assertThat(plain.unplaced())
        .extracting(Unplaced::code, Unplaced::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                UnplacedReason.L102_READS_BACK_OTHERWISE, "topics[0].comments"));
    Event read =
        WikitextReader.standard()
            .withProfile(without)
            .withSource(e.source())
            .read(plain.markup())
            .event();
    assertThat(read.topics().get(0).comments())
        .extracting(Comment::kind)
        .containsExactly(CommentKind.COMMENT);
  }

  @Test
  void whatLabelledLinesCannotCarryGoesIntoEventDataAndTheScheduleTable() throws Exception {
    Topic twin =
        Topic.builder()
            .title("50%")
            .skills("N/A")
            .slot(
                new dev.hackathonkit.model.Slot(
                    LocalDate.of(2013, 5, 16),
                    LocalTime.of(14, 0),
                    LocalTime.of(15, 0),
                    "Hall, east"))
            .putExtra("Mentor", "Bo Chen")
            .putExtra("Repository", "https://example.org/r")
            .build();
    Topic scheduled =
        sample().topics().get(0).toBuilder()
            .slot(
                new dev.hackathonkit.model.Slot(
                    LocalDate.of(2013, 5, 16), LocalTime.of(10, 0), LocalTime.of(11, 30), "Room 1"))
            .addContact(new Person("Cy Diaz", null, "Free Software Lab", "remote"))
            .build();
    Event e =
        sample().toBuilder()
            .id("sprint-2013")
            .topics(List.of(scheduled, twin))
            .venue(new Venue("Hall 1, east wing", null, null, "Dublin", "Ireland"))
            .extra(new java.util.LinkedHashMap<>(Map.of("note", "two\nlines")))
            .putExtra("Organiser", "Kai")
            .build();
    PageProfile fedora = PageProfile.named("fedora");
    WrittenPage page = WikitextWriter.standard().withProfile(fedora).writePage(e);
    assertThat(page.unplaced()).isEmpty();
    assertThat(page.markup())
        .startsWith(
            "{{Event data\n|Id=sprint-2013\n|Venue=Hall 1, east wing\n|City=Dublin\n|Country=Ireland\n}}\n")
        .endsWith("\n* Bo\n\n== note ==\ntwo\nlines\n\n== Organiser ==\nKai\n")
        .contains("| 2013-05-16 || 10AM to 11:30AM || Room 1 || Faster builds\n")
        .contains(
            "=== 50% ===\n{{Event data\n|Slot date=16/05/2013\n|Slot time=2PM to 3PM\n|Room=Hall, east\n|Mentor=Bo Chen\n}}\n")
        .contains(
            "\nRepository: https://example.org/r\n",
            "{{Contact|Cy Diaz|affiliation=Free Software Lab|note=remote}}")
        .contains("<nowiki>N</nowiki>/A");
    Event back =
        WikitextReader.standard()
            .withProfile(fedora)
            .withSource(e.source())
            .read(page.markup())
            .event();
    assertThat(back).isEqualTo(e);
  }

  @Test
  void standardOutputIsTheXenLayoutWhateverTheProfileObjectSays() {
    Event e = sample();
    assertThat(WikitextWriter.standard().withProfile(PageProfile.xenProject()).write(e))
        .isEqualTo(WikitextWriter.standard().write(e));
  }

  private static Event sample() {
    Topic t =
        Topic.builder()
            .title("Faster builds")
            .addContact(new Person("Ana Lima", "ana@example.org", null, null))
            .skills("C")
            .description("Cache the\n- compiler\n- tests\n\nThen ship.")
            .addComment(
                new Comment(
                    "Kai", Instant.parse("2013-04-28T13:14:00Z"), "Will attend", CommentKind.VOTE))
            .build();
    return Event.builder()
        .title("Build Sprint")
        .id("build-sprint")
        .timeZone(ZoneId.of("Europe/Dublin"))
        .addDay(EventDay.of(LocalDate.of(2013, 5, 16), LocalTime.of(9, 0), LocalTime.of(17, 0)))
        .venue(new Venue("Guinness Storehouse", null, null, "Dublin", "Ireland"))
        .addTopic(t)
        .addAttendee(new Attendee("Kai Berg", "ACME", AttendeeStatus.CONFIRMED))
        .addAttendee(new Attendee("Bo", null, AttendeeStatus.TENTATIVE))
        .putExtra("Organiser", "Kai")
        .source(Source.page(null, "Build Sprint"))
        .build();
  }

  // ------------------------------------------------------------------ the test's own eraser

  /**
   * The event with every reported path set to one neutral value, so that both sides compare equal
   * there.
   */
  static Event erase(Event e, Set<String> paths) {
    Event.Builder b = e.toBuilder();
    Map<String, String> extra = new LinkedHashMap<>(e.extra());
    List<Topic> topics = new ArrayList<>(e.topics());
    List<Attendee> attendees = new ArrayList<>(e.attendees());
    boolean extraOrder = false;
    for (String p : new TreeSet<>(paths)) {
      Matcher k = KEYED.matcher(p);
      Matcher ix = INDEXED.matcher(p);
      if (k.matches()) {
        extra.remove(k.group(1));
      } else if (ix.matches()) {
        int i = Integer.parseInt(ix.group(2));
        if (ix.group(1).equals("attendees")) {
          if (i < attendees.size()) {
            attendees.set(i, new Attendee("erased", null, AttendeeStatus.CONFIRMED));
          }
        } else if (i < topics.size()) {
          topics.set(i, eraseTopic(topics.get(i), ix.group(3)));
        }
      } else {
        switch (p) {
          case "title" -> b.title("erased");
          case "id" -> b.id("erased");
          case "timeZone" -> b.timeZone(null);
          case "days" -> b.days(List.of());
          case "venue" -> b.venue(null);
          case "links" -> b.links(List.of());
          case "extra" -> extraOrder = true;
          case "topics" -> topics.clear();
          case "attendees" -> attendees.clear();
          default -> throw new AssertionError("unknown path " + p);
        }
      }
    }
    b.extra(extraOrder ? new TreeMap<>(extra) : extra);
    return b.topics(topics).attendees(attendees).build();
  }

  private static Topic eraseTopic(Topic t, String field) {
    Topic.Builder b = t.toBuilder();
    Matcher k = KEYED.matcher(field);
    if (k.matches()) {
      Map<String, String> extra = new LinkedHashMap<>(t.extra());
      extra.remove(k.group(1));
      return b.extra(extra).build();
    }
    switch (field) {
      case "title" -> b.title("erased");
      case "id" -> b.id("erased");
      case "insertedOn" -> b.insertedOn(null);
      case "verified" -> b.verified(null);
      case "gsoc" -> b.gsoc(null);
      case "contacts" -> b.contacts(List.of());
      case "mailingList" -> b.mailingList(null);
      case "ircChannel" -> b.ircChannel(null);
      case "difficulty" -> b.difficulty(null);
      case "skills" -> b.skills(null);
      case "description" -> b.description(null);
      case "outcomes" -> b.outcomes(null);
      case "comments" -> b.comments(List.of());
      case "slot" -> b.slot(null);
      case "extra" -> b.extra(new TreeMap<>(t.extra()));
      default -> throw new AssertionError("unknown topic path " + field);
    }
    return b.build();
  }
}
