package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model → markup → model for generated events. Nothing is normalised: the event's {@code source} is
 * not page content and is handed to the reader as its source option, as a client that fetched the
 * page would; everything else travels in the markup.
 */
class WikitextRoundTripTest {

  static String may2013() throws Exception {
    try (InputStream in =
        WikitextRoundTripTest.class.getResourceAsStream("xen-hackathon-may2013.wiki")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Event roundTrip(Event e) throws Exception {
    String markup = WikitextWriter.standard().write(e);
    return WikitextReader.standard()
        .withProfile(PageProfile.xenProject())
        .withSource(e.source())
        .read(markup)
        .event();
  }

  @Test
  void thousandGeneratedEventsSurviveModelToMarkupToModel() throws Exception {
    List<Long> failed = new ArrayList<>();
    for (long seed = 0; seed < 1000; seed++) {
      Event e = RandomEvents.event(seed);
      if (!roundTrip(e).equals(e)) {
        failed.add(seed);
      }
    }
    assertThat(failed).as("seeds whose event changed").isEmpty();
  }

  @Test
  void generatedEventWithEveryFieldComesBackEqual() throws Exception {
    Event full = RandomEvents.event(3); // seeds 3, 7, 11... are maximal
    assertThat(full.topics()).isNotEmpty();
    assertThat(full.topics().get(0).slot()).isNotNull();
    assertThat(roundTrip(full)).isEqualTo(full);
  }
}
