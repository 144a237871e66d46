package dev.hackathonkit.io.frab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.testing.RandomEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrabRoundTripTest {
  private static final FrabScheduleWriter WRITER = FrabScheduleWriter.standard();
  private static final FrabScheduleReader READER = FrabScheduleReader.standard();

  /**
   * Fuzz finding (FrabFuzzTest round trip): a time in a zone's local mean time (Europe/Amsterdam in
   * 1800, an offset with seconds) was written with the offset's seconds cut, so each round trip
   * moved it; the writer now writes the same instant at the offset rounded to minutes.
   */
  @Test
  void aTimeAtAnOffsetWithSecondsWritesBackTheSame() throws Exception {
    byte[] xml =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of(
                "src/test/resources/dev/hackathonkit/io/frab/fuzz-findings/local-mean-time-offset.xml"));
    Event read = FrabScheduleReader.standard().read(xml, "survey.xml").event();
    String written = FrabScheduleWriter.standard().writeXml(read).text();
    Event back = FrabScheduleReader.standard().read(written, "back.xml").event();
    assertThat(back.topics().get(0).slot()).isEqualTo(read.topics().get(0).slot());
    assertThat(FrabScheduleWriter.standard().writeXml(back).text()).isEqualTo(written);
  }

  @Test
  void thousandGeneratedEventsComeBackFromXmlAndJsonWithTheirScheduleFacts() throws Exception {
    for (long seed = 0; seed < 1000; seed++) {
      Event e = RandomEvents.event(seed);
      for (boolean xml : new boolean[] {true, false}) {
        String text = xml ? WRITER.writeXml(e).text() : WRITER.writeJson(e).text();
        ImportResult back = READER.read(text, "seed-" + seed + (xml ? ".xml" : ".json"));
        try {
          assertSameScheduleFacts(back.event(), e);
          assertThat(back.report().problems()).isEmpty();
          assertThat(back.report().unmapped()).isEmpty();
        } catch (AssertionError ex) {
          throw new AssertionError("seed " + seed + " (" + e.timeZone() + ")\n" + text, ex);
        }
      }
    }
  }

  /**
   * The facts a schedule carries: id, title, zone, days with hours, and per scheduled topic its id,
   * title, slot (date, start, end, room), description, contact names and URL-valued extras.
   */
  static void assertSameScheduleFacts(Event actual, Event expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.title()).isEqualTo(expected.title().strip());
    assertThat(actual.timeZone()).isEqualTo(expected.timeZone());
    assertThat(actual.days()).isEqualTo(expected.days());
    Map<String, Topic> got =
        actual.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
    List<Topic> scheduled = expected.topics().stream().filter(t -> t.slot() != null).toList();
    assertThat(got.keySet())
        .containsExactlyInAnyOrderElementsOf(scheduled.stream().map(Topic::id).toList());
    for (Topic t : scheduled) {
      Topic a = got.get(t.id());
      Slot s = t.slot();
      assertThat(a.title()).as("title of %s", t.id()).isEqualTo(t.title().strip());
      assertThat(a.slot())
          .as("slot of %s", t.id())
          .isEqualTo(new Slot(s.date(), s.start(), s.end(), blankToNull(s.room()), List.of()));
      assertThat(a.description())
          .as("description of %s", t.id())
          .isEqualTo(blankToNull(t.description()));
      assertThat(a.contacts())
          .extracting(Person::name)
          .as("contacts of %s", t.id())
          .containsExactlyElementsOf(t.contacts().stream().map(p -> p.name().strip()).toList());
      Map<String, String> urls = new LinkedHashMap<>();
      t.extra()
          .forEach(
              (k, v) -> {
                if (v.matches("https?://\\S+")) {
                  urls.put(k, v);
                }
              });
      assertThat(a.extra()).as("extra of %s", t.id()).containsAllEntriesOf(urls);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean hasHours(EventDay d) {
    return d.hasHours();
  }
}
