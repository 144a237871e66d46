package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fuzz finding: an extra field whose key is one of the layout's own names ({@code Venue}, {@code
 * Room}, {@code Title}) was written as that name's parameter and read back as the field.
 */
class ExtraNamedLikeAFieldTest {
  static List<PageProfile> profiles() {
    return new ArrayList<>(PageProfile.builtIns());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void anExtraFieldNamedLikeAFieldComesBackAsTheExtraField(PageProfile profile) throws Exception {
    Event event =
        Event.builder()
            .title("Harbour Sprint")
            .putExtra("Venue", "Example Conference Centre, Room 2")
            .putExtra("extra:odd", "a key that starts like the marker")
            .addTopic(
                Topic.builder()
                    .title("Packaging the docs")
                    .putExtra("Room", "the small one")
                    .putExtra("Title", "working title")
                    .putExtra("Id", "not an id")
                    .build())
            .build();
    String page = WikitextWriter.standard().withProfile(profile).write(event);
    Event back =
        WikitextReader.standard().withProfile(profile).read(page, "Harbour Sprint").event();
    assertThat(back.venue()).as(page).isNull();
    assertThat(back.extra())
        .as(page)
        .containsEntry("Venue", "Example Conference Centre, Room 2")
        .containsEntry("extra:odd", "a key that starts like the marker");
    Topic topic = back.topics().get(0);
    assertThat(topic.title()).isEqualTo("Packaging the docs");
    assertThat(topic.slot()).isNull();
    assertThat(topic.extra())
        .as(page)
        .containsEntry("Room", "the small one")
        .containsEntry("Title", "working title")
        .containsEntry("Id", "not an id");
  }
}
