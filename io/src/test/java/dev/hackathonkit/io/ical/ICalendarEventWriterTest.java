package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ICalendarEventWriterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2013-05-01T12:00:00Z"), ZoneOffset.UTC);

  static Event golden() throws Exception {
    return JsonEventCodec.standard()
        .read(Path.of("src/test/resources/golden/xen-hackathon-may2013.json"))
        .event();
  }

  @Test
  void printsGolden() throws Exception {
    String ics = ICalendarEventWriter.standard().withClock(CLOCK).withAllDayEvent(true).write(golden());
    System.out.println(ics);
    System.out.println(Ical4jOracle.times(ics));
  }
}
