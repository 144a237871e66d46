package dev.hackathonkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventValidator;
import dev.hackathonkit.model.Publishable;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Topic;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the oracle itself against the figures the seed page shows. */
class GoldenEventTest {
  private final Event golden = Golden.event();

  @Test
  void hasNoViolationsEvenForPublishing() {
    assertThat(EventValidator.validate(golden)).isEmpty();
    assertThat(EventValidator.validate(golden, Publishable.class)).isEmpty();
  }

  @Test
  void countsMatchThePage() {
    assertThat(golden.topics()).hasSize(16);
    long votes =
        golden.topics().stream()
            .flatMap(t -> t.comments().stream())
            .filter(c -> c.kind() == CommentKind.VOTE)
            .count();
    long comments =
        golden.topics().stream()
            .flatMap(t -> t.comments().stream())
            .filter(c -> c.kind() == CommentKind.COMMENT)
            .count();
    assertThat(votes).isEqualTo(10);
    assertThat(comments).isEqualTo(2);
    assertThat(golden.attendees(AttendeeStatus.CONFIRMED)).hasSize(36);
    assertThat(golden.attendees(AttendeeStatus.INVITED)).hasSize(2);
  }

  @Test
  void hasTwoDaysNineToFiveInDublin() {
    assertThat(golden.timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(golden.days())
        .hasSize(2)
        .allSatisfy(
            d -> {
              assertThat(d.opens()).isEqualTo(LocalTime.of(9, 0));
              assertThat(d.closes()).isEqualTo(LocalTime.of(17, 0));
            });
    assertThat(golden.days().get(1).date()).isEqualTo(golden.days().get(0).date().plusDays(1));
    assertThat(golden.venue()).isNotNull();
    assertThat(golden.venue().displayName()).isEqualTo("Dublin, Ireland");
  }

  @Test
  void topicIdsAreTheUniqueSlugsOfTheirTitles() {
    Set<String> taken = new HashSet<>();
    for (Topic topic : golden.topics()) {
      assertThat(topic.id()).isEqualTo(Slugs.unique(topic.title(), taken));
    }
    assertThat(golden.id()).isEqualTo(Slugs.of(golden.source().page()));
  }

  @Test
  void templateFillersAreAbsentAndExplicitValuesKept() {
    for (Topic topic : golden.topics()) {
      assertThat(topic.verified()).as(topic.id()).isNull();
      assertThat(topic.difficulty()).as(topic.id()).isNotEqualTo("Unknown");
      assertThat(topic.outcomes()).as(topic.id()).isNotEqualTo("Not specified, project outcomes");
      assertThat(topic.insertedOn()).as(topic.id()).isNotNull();
      assertThat(topic.contacts()).as(topic.id()).isNotEmpty();
    }
    assertThat(golden.topics()).filteredOn(t -> "N/A".equals(t.outcomes())).isNotEmpty();
  }
}
