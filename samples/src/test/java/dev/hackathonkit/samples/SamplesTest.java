package dev.hackathonkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Runs each sample's {@code main} in-process and checks what it printed. */
@ResourceLock(Resources.SYSTEM_OUT)
class SamplesTest {

  /** The sample's standard output. */
  interface Main {
    void run(String[] args) throws Exception;
  }

  static String stdout(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateEventPrintsEachViolationWithItsPath() throws Exception {
    String out = stdout(ValidateEvent::main);
    assertThat(out).startsWith("4 violations of the model's rules:\n");
    assertThat(out)
        .contains("  days[1].date: V110 ")
        .contains("  days[1].closes: V111 ")
        .contains(
            "  topics[0].contacts[0].email: V103 must be a well-formed email address (was 'ann.example.org')")
        .contains("  topics[0].ircChannel: V105 ")
        .contains("5 violations when publishing a calendar:\n")
        .contains("  timeZone: V201 ");
  }

  @Test
  void calendarForEventPrintsAReproducibleCalendarWithItsTimeZone() throws Exception {
    String out = stdout(CalendarForEvent::main);
    assertThat(out).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(out)
        .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Lisbon\r\n")
        .contains("DTSTART;TZID=Europe/Lisbon:20260924T090000\r\n")
        .contains("DTEND;TZID=Europe/Lisbon:20260925T160000\r\n")
        .contains(
            "DTSTART;TZID=Europe/Lisbon:20260924T100000\r\nDTEND;TZID=Europe/Lisbon:20260924T113000\r\nSUMMARY:Release planning\r\n")
        .contains("DTSTAMP:20260601T000000Z\r\n");
    assertThat(out.split("BEGIN:VEVENT", -1)).hasSize(4);
    assertThat(stdout(CalendarForEvent::main)).isEqualTo(out);
  }

  @Test
  void convertBundledPagePrintsExactlyTheGoldenEvent() throws Exception {
    String out = stdout(ConvertBundledPage::main);
    Event printed = JsonEventCodec.standard().read(out, "stdout").event();
    try (var in = SamplesTest.class.getResourceAsStream("/golden/xen-hackathon-may2013.json")) {
      assertThat(in).as("golden event from the io test-jar").isNotNull();
      Event golden =
          JsonEventCodec.standard()
              .read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "golden")
              .event();
      assertThat(printed).isEqualTo(golden);
    }
  }

  @Test
  void customProfileReadsAnotherCommunitysLayout() throws Exception {
    String out = stdout(CustomProfile::main);
    assertThat(out)
        .isEqualTo(
            """
        Example Meetup: 2 days from 2024-10-10, Lisbon, Portugal, Europe/Lisbon
        - Faster builds (Medium, mentor Ann Example, 1 will attend)
        - Translations (Easy, mentor Dee Example, 0 will attend)
          CONFIRMED: Ann Example (Example Corp)
          CONFIRMED: Bob Builder
          CONFIRMED: Dee Example (Other Org)
          INVITED: Cy Invitee (Other Org)
        coverage 96.5%, 3 warnings
        """);
  }

  @Test
  void fetchTopicsPrintsThePagesTopicsFromTheWiki() throws Exception {
    String markup = BundledPage.WIKITEXT.content();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new dev.hackathonkit.samples.cli.FakeWikiAccess()
              .answering("Archived/Hackathon/May2013", 1234, markup));
      server.start();
      String out =
          stdout(
              FetchTopics::main, server.url("/w/api.php").toString(), "Archived/Hackathon/May2013");
      assertThat(out.lines().toList()).hasSize(17);
      assertThat(out).startsWith("Xen Hackathon (revision 1234 on ExampleWiki): 16 topics\n- ");
      assertThat(out).containsPattern("(?m)^- .+ \\[\\d+ will attend\\]$");
    }
  }
}
