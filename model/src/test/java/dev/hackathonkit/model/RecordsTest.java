package dev.hackathonkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsTest {
  @Test
  void copiesCollectionsDefensively() {
    List<Attendee> attendees =
        new ArrayList<>(List.of(new Attendee("A", null, AttendeeStatus.CONFIRMED)));
    Event event = Event.builder().title("T").attendees(attendees).build();
    attendees.clear();
    assertThat(event.attendees()).hasSize(1);
    assertThatThrownBy(() -> event.attendees().add(new Attendee("B", null, AttendeeStatus.INVITED)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void treatsNullCollectionsAsEmpty() {
    Topic topic =
        new Topic(
            "t", "T", null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(topic.contacts()).isEmpty();
    assertThat(topic.comments()).isEmpty();
    assertThat(topic.extra()).isEmpty();
  }

  @Test
  void keepsExtraInInsertionOrder() {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("zeta", "1");
    extra.put("alpha", "2");
    extra.put("mid", "3");
    Topic topic = Topic.builder().title("T").extra(extra).build();
    assertThat(topic.extra().keySet()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  void derivesIdsFromSourcePageThenTitle() {
    assertThat(Event.builder().title("Summit 2013").build().id()).isEqualTo("summit-2013");
    assertThat(
            Event.builder()
                .title("Summit")
                .source(Source.page("Wiki", "Events/Summit 2013"))
                .build()
                .id())
        .isEqualTo("events-summit-2013");
    assertThat(Topic.builder().title("Port it!").build().id()).isEqualTo("port-it");
  }

  @Test
  void toBuilderGivesAnEqualValue() {
    Event event = dev.hackathonkit.model.testing.RandomEvents.event(3);
    assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
    Topic topic = event.topics().get(0);
    assertThat(topic.toBuilder().build()).isEqualTo(topic);
  }

  @Test
  void rejectsMissingRequiredValuesAtConstruction() {
    assertThatThrownBy(() -> new Attendee(null, null, AttendeeStatus.CONFIRMED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> Event.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("title not set");
  }

  @Test
  void filtersAttendeesAndVotes() {
    Event event = dev.hackathonkit.model.testing.RandomEvents.event(3);
    int total = 0;
    for (AttendeeStatus status : AttendeeStatus.values()) {
      assertThat(event.attendees(status))
          .as("%s in a maximal generated event", status)
          .isNotEmpty()
          .allMatch(a -> a.status() == status);
      total += event.attendees(status).size();
    }
    assertThat(total).isEqualTo(event.attendees().size());
    Topic topic = event.topics().get(0);
    assertThat(topic.votes()).allMatch(c -> c.kind() == CommentKind.VOTE);
  }

  @Test
  void venueDisplayNameJoinsThePartsInAddressOrder() {
    assertThat(new Venue("c-base", "Rungestraße 20", "10179", "Berlin", "Germany").displayName())
        .isEqualTo("c-base, Rungestraße 20, 10179 Berlin, Germany");
    assertThat(new Venue(null, null, null, "Dublin", "Ireland").displayName())
        .isEqualTo("Dublin, Ireland");
    assertThat(new Venue(null, "Prinzessinnenstraße 19-20", "10999", null, null).displayName())
        .isEqualTo("Prinzessinnenstraße 19-20, 10999");
    assertThat(new Venue("Hall", " ", null, "Cork", " ").displayName()).isEqualTo("Hall, Cork");
    assertThat(new Venue(null, null, null, null, null).displayName()).isEmpty();
  }
}
