package dev.hackathonkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
                .addComment(
                    new Comment(
                        "Ana",
                        Instant.parse("2013-04-29T18:02:00Z"),
                        "Will attend",
                        CommentKind.VOTE))
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
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V102_BLANK, "title"));
  }

  @Test
  void reportsIdThatIsNotASlug() {
    Event event = valid().id("Not A Slug").build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V104_SLUG);
              assertThat(v.path()).isEqualTo("id");
              assertThat(v.invalidValue()).isEqualTo("Not A Slug");
            });
  }

  @Test
  void reportsDaysOutOfOrderOnTheLaterDay() {
    Event event =
        valid()
            .days(List.of(EventDay.of(MAY_17, NINE, FIVE), EventDay.of(MAY_16, NINE, FIVE)))
            .build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V110_DAYS_ORDER);
              assertThat(v.path()).isEqualTo("days[1].date");
            });
  }

  @Test
  void reportsTheSameDateTwice() {
    Event event =
        valid()
            .days(List.of(EventDay.of(MAY_16, NINE, FIVE), EventDay.of(MAY_16, NINE, FIVE)))
            .build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V110_DAYS_ORDER, "days[1].date"));
  }

  @Test
  void reportsClosingBeforeOpening() {
    Event event = valid().days(List.of(EventDay.of(MAY_16, FIVE, NINE))).topics(List.of()).build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V111_HOURS_ORDER);
              assertThat(v.path()).isEqualTo("days[0].closes");
            });
  }

  @Test
  void reportsAClosingTimeWithoutAnOpeningTime() {
    Event event = valid().days(List.of(new EventDay(MAY_16, null, FIVE))).topics(List.of()).build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V111_HOURS_ORDER, "days[0].closes"));
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
    Slot weekly =
        new Slot(
            MAY_16,
            LocalTime.of(10, 0),
            LocalTime.of(12, 0),
            null,
            List.of("RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE:20130523T100000"));
    assertThat(
            EventValidator.validate(
                e.toBuilder().topics(List.of(topic(e).toBuilder().slot(weekly).build())).build()))
        .isEmpty();
    Slot bad = weekly.withRecurrence(List.of("every Tuesday"));
    assertThat(
            EventValidator.validate(
                e.toBuilder().topics(List.of(topic(e).toBuilder().slot(bad).build())).build()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V106_RECURRENCE);
              assertThat(v.path()).startsWith("topics[0].slot.recurrence[0]");
            });
  }

  @Test
  void acceptsAllDayEntries() {
    Event event = valid().days(List.of(new EventDay(MAY_16, null, null))).build();
    assertThat(EventValidator.validate(event)).isEmpty();
  }

  @Test
  void reportsSlotOnADayTheEventDoesNotHave() {
    Event e = valid().build();
    Topic t =
        topic(e).toBuilder().slot(new Slot(LocalDate.of(2013, 5, 18), NINE, FIVE, null)).build();
    Event event = e.toBuilder().topics(List.of(t)).build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V113_SLOT_OFF_DAYS);
              assertThat(v.path()).isEqualTo("topics[0].slot");
            });
  }

  @Test
  void reportsSlotOutsideTheDaysHours() {
    Event e = valid().build();
    Topic t =
        topic(e).toBuilder()
            .slot(new Slot(MAY_16, LocalTime.of(16, 0), LocalTime.of(18, 0), null))
            .build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V113_SLOT_OFF_DAYS, "topics[0].slot"));
  }

  @Test
  void reportsSlotEndingBeforeItStarts() {
    Event e = valid().build();
    Topic t =
        topic(e).toBuilder()
            .slot(new Slot(MAY_16, LocalTime.of(12, 0), LocalTime.of(11, 0), null))
            .build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .extracting(Violation::code, Violation::path)
        .contains(tuple(ViolationCode.V112_SLOT_ORDER, "topics[0].slot.end"));
  }

  @Test
  void reportsIrcChannelWithoutHash() {
    Event e = valid().build();
    Topic t = topic(e).toBuilder().ircChannel("xen devel").build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V105_IRC_CHANNEL);
              assertThat(v.path()).isEqualTo("topics[0].ircChannel");
              assertThat(v.invalidValue()).isEqualTo("xen devel");
              // the line a user reads: the wording and its shape are the point here
              assertThat(v)
                  .hasToString(
                      "topics[0].ircChannel: V105 must be an IRC channel such as #name"
                          + " (no spaces, commas or colons) (was 'xen devel')");
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
    Event event =
        e.toBuilder()
            .topics(
                List.of(
                    first,
                    first.toBuilder().id("b").build(),
                    first.toBuilder().id("c").build(),
                    bad))
            .build();
    assertThat(EventValidator.validate(event))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.V103_EMAIL);
              assertThat(v.path()).isEqualTo("topics[3].contacts[1].email");
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
        valid().attendees(List.of(new Attendee(" ", null, AttendeeStatus.INVITED))).build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V102_BLANK, "attendees[0].name"));
  }

  @Test
  void reportsBlankCommentAuthor() {
    Event e = valid().build();
    Topic t =
        topic(e).toBuilder()
            .comments(List.of(new Comment("", Instant.EPOCH, "x", CommentKind.COMMENT)))
            .build();
    assertThat(EventValidator.validate(e.toBuilder().topics(List.of(t)).build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V102_BLANK, "topics[0].comments[0].author"));
  }

  @Test
  void reportsDuplicateTopicIds() {
    Event e = valid().build();
    Event event = e.toBuilder().addTopic(topic(e).toBuilder().slot(null).build()).build();
    assertThat(EventValidator.validate(event))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ViolationCode.V114_DUPLICATE_TOPIC_ID, "topics[1].id"));
  }

  @Test
  void publishingNeedsTimeZoneAndDays() {
    Event event = valid().timeZone(null).days(List.of()).topics(List.of()).build();
    assertThat(EventValidator.validate(event)).isEmpty();
    assertThat(EventValidator.validate(event, Publishable.class))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(ViolationCode.V202_NO_DAYS, "days"),
            tuple(ViolationCode.V201_NO_TIME_ZONE, "timeZone"));
  }
}
