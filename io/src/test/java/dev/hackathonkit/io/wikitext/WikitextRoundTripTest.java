package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WikitextRoundTripTest {

  static String may2013() throws Exception {
    try (InputStream in = WikitextRoundTripTest.class.getResourceAsStream("xen-hackathon-may2013.wiki")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Event roundTrip(Event e) throws Exception {
    String markup = WikitextWriter.standard().write(e);
    return WikitextReader.standard().withSource(e.source()).read(markup).event();
  }

  @Test
  void generatedEventsSurviveModelToMarkupToModel() throws Exception {
    int failures = 0;
    for (long seed = 0; seed < 1000; seed++) {
      Event e = RandomEvents.event(seed);
      Event back = roundTrip(e);
      if (!back.equals(e) && failures++ < 3) {
        System.out.println("SEED " + seed);
        String a = e.toString();
        String b = back.toString();
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
          i++;
        }
        System.out.println("ORIG ..." + a.substring(Math.max(0, i - 200), Math.min(a.length(), i + 100)));
        System.out.println("BACK ..." + b.substring(Math.max(0, i - 200), Math.min(b.length(), i + 100)));
      }
    }
    assertThat(failures).isZero();
  }
}
