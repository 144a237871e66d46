package dev.hackathonkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.testing.RandomEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventValidatorTest {
  private static final LocalDate MAY_16 = LocalDate.of(2013, 5, 16);
  private static final LocalDate MAY_17 = LocalDate.of(2013, 5, 17);
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE = LocalTime.of(17, 0);

  private static Event.Builder valid() {
    return Event.builder()
        .id("summit-2013")
        .title("Summit 2013")
        .timeZone(ZoneId.of("Europe/Dublin"))
        .addDay(EventDay.of(MAY_16, NINE, FIVE))
        .addDay(EventDay.of(MAY_17, NINE, FIVE))
        .addTopic(
            Topic.builder()
                .title("Release closing")
                .ircChannel("#dev")
                .addContact(new Person("Ana Pérez", "ana@example.org", "Example", null))
                .addComment(new Comment("Ana", Instant.parse("2013-04-29T18:02:00Z"), "Will attend", CommentKind.VOTE))
                .slot(new Slot(MAY_16, LocalTime.of(10, 0), LocalTime.of(12, 0), "Room 1"))
                .build())
        .addAttendee(new Attendee("Ana Pérez", "Example", AttendeeStatus.CONFIRMED));
  }

  private static Topic topic(Event e) {
    return e.topics().get(0);
  }

  @Test
  void acceptsAValidEventInBothGroups() {
    Event event = valid().build();
    assertThat(EventValidator.validate(event)).isEmpty();
    assertThat(EventValidator.validate(event, Publishable.class)).isEmpty();
  }

  @Test
  void acceptsEveryGeneratedEventForPublishing() {
    for (long seed = 0; seed < 1000; seed++) {
      Event event = RandomEvents.event(seed);
      assertThat(EventValidator.validate(event, Publishable.class)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void reportsBlankTitle() {
    Event event = valid().title("  ").build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "must not be blank"));
  }

  @Test
  void reportsIdThatIsNotASlug() {
    Event event = valid().id("Not A Slug").build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("id");
              assertThat(v.message()).isEqualTo("must be lower-case letters and digits separated by single hyphens");
              assertThat(v.invalidValue()).isEqualTo("Not A Slug");
            });
  }

  @Test
  void reportsDaysOutOfOrderOnTheLaterDay() {
    Event event = valid().days(List.of(EventDay.of(MAY_17, NINE, FIVE), EventDay.of(MAY_16, NINE, FIVE))).build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("days[1].date");
              assertThat(v.message()).isEqualTo("days must be in date order with no date twice");
            });
  }

  @Test
  void reportsTheSameDateTwice() {
    Event event = valid().days(List.of(EventDay.of(MAY_16, NINE, FIVE), EventDay.of(MAY_16, NINE, FIVE))).build();
    assertThat(EventValidator.validate(event)).extracting(Violation::path).contains("days[1].date");
  }

  @Test
  void reportsClosingBeforeOpening() {
    Event event = valid().days(List.of(EventDay.of(MAY_16, FIVE, NINE))).topics(List.of()).build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("days[0].closes");
              assertThat(v.message()).startsWith("closing time must be after opening time");
            });
  }

  @Test
  void reportsAClosingTimeWithoutAnOpeningTime() {
    Event event = valid().days(List.of(new EventDay(MAY_16, null, FIVE))).topics(List.of()).build();
    assertThat(EventValidator.validate(event)).extracting(Violation::path).containsExactly("days[0].closes");
  }

  @Test
  void acceptsAStartWithoutAStatedEnd() {
    Event e = valid().days(List.of(new EventDay(MAY_16, NINE, null))).build();
    Topic t = topic(e).toBuilder().slot(new Slot(MAY_16, LocalTime.of(10, 0), null, null)).build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build())).isEmpty();
  }

  @Test
  void acceptsRecurrenceLinesAndReportsOthers() {
    Event e = valid().build();
    Slot weekly = new Slot(MAY_16, LocalTime.of(10, 0), LocalTime.of(12, 0), null,
        List.of("RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE:20130523T100000"));
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(topic(e).toBuilder().slot(weekly).build())).build()))
        .isEmpty();
    Slot bad = weekly.withRecurrence(List.of("every Tuesday"));
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(topic(e).toBuilder().slot(bad).build())).build()))
        .extracting(Violation::path).singleElement().asString().startsWith("topics[0].slot.recurrence[0]");
  }

  @Test
  void acceptsAllDayEntries() {
    Event event = valid().days(List.of(new EventDay(MAY_16, null, null))).build();
    assertThat(EventValidator.validate(event)).isEmpty();
  }

  @Test
  void reportsSlotOnADayTheEventDoesNotHave() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder().slot(new Slot(LocalDate.of(2013, 5, 18), NINE, FIVE, null)).build();
    Event event = e.toBuilder().topics(List.of(t)).build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("topics[0].slot");
              assertThat(v.message()).isEqualTo("slot must fall on one of the event's days, within its hours");
            });
  }

  @Test
  void reportsSlotOutsideTheDaysHours() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder().slot(new Slot(MAY_16, LocalTime.of(16, 0), LocalTime.of(18, 0), null)).build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .extracting(Violation::path)
        .containsExactly("topics[0].slot");
  }

  @Test
  void reportsSlotEndingBeforeItStarts() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder().slot(new Slot(MAY_16, LocalTime.of(12, 0), LocalTime.of(11, 0), null)).build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .extracting(Violation::path, Violation::message)
        .contains(org.assertj.core.groups.Tuple.tuple("topics[0].slot.end", "slot must end after it starts"));
  }

  @Test
  void reportsIrcChannelWithoutHash() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder().ircChannel("xen devel").build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("topics[0].ircChannel");
              assertThat(v.message()).isEqualTo("must be an IRC channel such as #name (no spaces, commas or colons)");
              assertThat(v.invalidValue()).isEqualTo("xen devel");
              assertThat(v).hasToString(
                  "topics[0].ircChannel: must be an IRC channel such as #name (no spaces, commas or colons) (was 'xen devel')");
            });
  }

  @Test
  void reportsBadEmailWithItsFullPath() {
    Event e = valid().build();
    Topic first = topic(e);
    Topic bad =
        Topic.builder()
            .title("Fourth")
            .addContact(Person.named("Ana"))
            .addContact(new Person("Bob", "bob at example", null, null))
            .build();
    Event event = e.toBuilder().topics(List.of(first, first.toBuilder().id("b").build(),
        first.toBuilder().id("c").build(), bad)).build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("topics[3].contacts[1].email");
              assertThat(v.message()).isEqualTo("must be a well-formed email address");
              assertThat(v.invalidValue()).isEqualTo("bob at example");
            });
  }

  @Test
  void acceptsMailingListsThatAreNotAddresses() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder().mailingList("dev-list@").build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build())).isEmpty();
  }

  @Test
  void reportsBlankNames() {
    Event event =
        valid()
            .attendees(List.of(new Attendee(" ", null, AttendeeStatus.INVITED)))
            .build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("attendees[0].name", "must not be blank"));
  }

  @Test
  void reportsBlankCommentAuthor() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder()
        .comments(List.of(new Comment("", Instant.EPOCH, "x", CommentKind.COMMENT))).build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .extracting(Violation::path)
        .containsExactly("topics[0].comments[0].author");
  }

  @Test
  void reportsDuplicateTopicIds() {
    Event e = valid().build();
    Event event = e.toBuilder().addTopic(topic(e).toBuilder().slot(null).build()).build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("topics[1].id", "topic id is already used by an earlier topic"));
  }

  @Test
  void publishingNeedsTimeZoneAndDays() {
    Event event = valid().timeZone(null).days(List.of()).topics(List.of()).build();
    assertThat(EventValidator.validate(event)).isEmpty();
    assertThat(EventValidator.validate(event, Publishable.class))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("days", "at least one day is needed to publish a calendar"),
            org.assertj.core.groups.Tuple.tuple("timeZone", "a time zone is needed to publish a calendar"));
  }
}
