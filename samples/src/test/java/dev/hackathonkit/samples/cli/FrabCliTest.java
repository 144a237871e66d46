package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --to frab-xml,frab-json,jsonld}, {@code --from frab-xml,frab-json} and their detection by
 * content.
 */
class FrabCliTest {
  @TempDir Path dir;

  private Path eventFile() throws Exception {
    LocalDate d = LocalDate.of(2026, 6, 5);
    Event e =
        Event.builder()
            .id("kernel-meetup-2026")
            .title("Kernel Meetup 2026")
            .timeZone(ZoneId.of("Europe/Prague"))
            .addDay(EventDay.of(d, LocalTime.of(10, 0), LocalTime.of(18, 0)))
            .addTopic(
                Topic.builder()
                    .id("ebpf-basics")
                    .title("eBPF basics")
                    .addContact(new Person("Jana Novotná", null, null, null))
                    .slot(new Slot(d, LocalTime.of(10, 30), LocalTime.of(11, 15), "Lab 1"))
                    .build())
            .addTopic(Topic.builder().id("open-questions").title("Open questions").build())
            .addAttendee(new Attendee("Marek Dvořák", null, AttendeeStatus.CONFIRMED))
            .build();
    Path in = dir.resolve("meetup.json");
    JsonEventCodec.standard().write(e, in);
    return in;
  }

  @Test
  void writesFrabXmlFrabJsonAndJsonLdWithNotesForUnscheduledTopics() throws Exception {
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "convert",
            eventFile().toString(),
            "--to",
            "frab-xml,frab-json,jsonld",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Wrote " + out.resolve("kernel-meetup-2026.schedule.xml"),
            out.resolve("kernel-meetup-2026.schedule.json").toString(),
            out.resolve("kernel-meetup-2026.jsonld").toString());
    assertThat(run.err())
        .contains(
            "note: "
                + out.resolve("kernel-meetup-2026.schedule.xml")
                + ": topic 'Open questions' (open-questions) has no slot: not in the schedule");
    assertThat(Files.readString(out.resolve("kernel-meetup-2026.schedule.xml")))
        .contains("<title>eBPF basics</title>");
    assertThat(Files.readString(out.resolve("kernel-meetup-2026.jsonld")))
        .contains("\"subEvent\"")
        .doesNotContain("Marek");
    CliRun with =
        CliRun.of(
            "convert",
            eventFile().toString(),
            "--to",
            "jsonld",
            "--with-attendees",
            "--out",
            out.toString());
    assertThat(Files.readString(out.resolve("kernel-meetup-2026.jsonld")))
        .contains("\"attendee\"", "Marek Dvořák");
    assertThat(with.exitCode()).isZero();
  }

  @Test
  void anEventWithoutAnyDateIsAnErrorNamingTheInputAndTheOtherOutputsAreWritten() throws Exception {
    Path ideas = dir.resolve("ideas.wiki");
    Files.writeString(
        ideas,
        "'''Harbour Ideas''' collects project ideas.\n\n== Topics ==\n=== Vector tile styling ===\n"
            + "Lead: Freja Lund\n\n=== Offline map packs ===\nLead: Sara Olsen\n");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "convert",
            ideas.toString(),
            "--to",
            "json,frab-xml,frab-json",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(HackathonKit.EXIT_UNWRITABLE);
    for (String name : new String[] {"harbour-ideas.schedule.xml", "harbour-ideas.schedule.json"}) {
      assertThat(run.err())
          .contains(
              "error: ideas.wiki: "
                  + out.resolve(name)
                  + " not written: event 'harbour-ideas'"
                  + " has no date: a frab schedule needs at least a start date (the conference's start and one day), and the"
                  + " event has no days and no topic with a slot");
      assertThat(out.resolve(name)).doesNotExist();
    }
    assertThat(out.resolve("harbour-ideas.json")).exists();
    assertThat(run.out()).contains("Wrote " + out.resolve("harbour-ideas.json"));
  }

  @Test
  void anEventWithDaysAndNoTimedTopicIsWrittenAsAScheduleAndWithoutAZoneAsDatesInJsonLd()
      throws Exception {
    Path sprint = dir.resolve("sprint.wiki");
    Files.writeString(
        sprint,
        "'''Remote Sprint 2026''' is an online sprint.\n\n== When ==\n"
            + "'''When:''' 17–18 October 2026, 09:00 to 18:00\n\n== Topics ==\n=== Vector tile styling ===\nLead: Freja Lund\n");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of("convert", sprint.toString(), "--to", "frab-xml,jsonld", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("remote-sprint-2026.schedule.xml")))
        .contains("<time_zone_name>UTC</time_zone_name>", "<day index=\"2\" date=\"2026-10-18\"");
    assertThat(run.err())
        .contains(
            "note: "
                + out.resolve("remote-sprint-2026.schedule.xml")
                + ": the event states no time zone: times are written as UTC (time_zone_name UTC)");
    // JSON-LD: dates without times rather than times without an offset
    assertThat(Files.readString(out.resolve("remote-sprint-2026.jsonld")))
        .contains("\"startDate\" : \"2026-10-17\"", "\"endDate\" : \"2026-10-18\"");
    assertThat(run.err())
        .contains(
            "note: "
                + out.resolve("remote-sprint-2026.jsonld")
                + ": the event states no time zone:"
                + " startDate and endDate are written as dates without their times (a schema.org date-time needs an offset)");
  }

  @Test
  void readsSchedulesByExtensionAndByContent() throws Exception {
    Path out = dir.resolve("out");
    CliRun.of(
        "convert", eventFile().toString(), "--to", "frab-xml,frab-json", "--out", out.toString());
    // pretalx and frab publish them as schedule.xml and schedule.json: told from the content
    Path xml =
        Files.copy(out.resolve("kernel-meetup-2026.schedule.xml"), dir.resolve("schedule.xml"));
    Path json =
        Files.copy(out.resolve("kernel-meetup-2026.schedule.json"), dir.resolve("schedule.json"));
    Path bare =
        Files.copy(out.resolve("kernel-meetup-2026.schedule.json"), dir.resolve("download"));
    for (Path in : new Path[] {out.resolve("kernel-meetup-2026.schedule.xml"), xml, json, bare}) {
      CliRun run =
          CliRun.of(
              "convert", in.toString(), "--to", "json", "--out", dir.resolve("back").toString());
      assertThat(run.exitCode()).as(in + ": " + run.err()).isZero();
      assertThat(run.out())
          .contains(
              "(frab schedule "
                  + (in.toString().endsWith("xml") ? "XML" : "JSON")
                  + "): Kernel Meetup 2026",
              "1 topic");
    }
    Event back =
        JsonEventCodec.standard().read(dir.resolve("back/kernel-meetup-2026.json")).event();
    assertThat(back.topics()).extracting(Topic::id).containsExactly("ebpf-basics");
    assertThat(back.topics().get(0).slot())
        .isEqualTo(
            new Slot(
                LocalDate.of(2026, 6, 5), LocalTime.of(10, 30), LocalTime.of(11, 15), "Lab 1"));
  }

  @Test
  void fromNamesTheFrabFormatsAndRefusesJsonLd() throws Exception {
    Path out = dir.resolve("out");
    CliRun.of("convert", eventFile().toString(), "--to", "frab-json", "--out", out.toString());
    Path txt =
        Files.copy(out.resolve("kernel-meetup-2026.schedule.json"), dir.resolve("export.txt"));
    CliRun run =
        CliRun.of(
            "convert",
            txt.toString(),
            "--from",
            "frab-json",
            "--to",
            "ics",
            "--out",
            dir.resolve("ics").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("ics/kernel-meetup-2026.ics")).exists();
    CliRun refused = CliRun.of("convert", txt.toString(), "--from", "jsonld");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains(
            "schema.org JSON-LD can be written but not read; expected one of json, csv, ics, wiki, text, html, xml, frab-xml, frab-json");
  }

  @Test
  void aBrokenScheduleIsOneLineWithFileLineAndColumn() throws Exception {
    Path bad = dir.resolve("schedule.xml");
    Files.writeString(bad, "<schedule>\n<conference><title>x</conference>\n</schedule>\n");
    CliRun run = CliRun.of("convert", bad.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().strip())
        .startsWith(bad + ":2:23: expected well-formed XML")
        .endsWith(" [F103]")
        .doesNotContain("\n");
  }
}
