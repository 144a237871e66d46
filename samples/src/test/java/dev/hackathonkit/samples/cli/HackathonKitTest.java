package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import dev.hackathonkit.samples.BundledPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HackathonKitTest {
  @TempDir Path dir;

  static Event sampleEvent(ZoneId zone) {
    Instant at = Instant.parse("2026-04-01T10:00:00Z");
    return Event.builder()
        .title("Test Summit 2026")
        .timeZone(zone)
        .addDay(EventDay.of(LocalDate.of(2026, 5, 14), LocalTime.of(9, 0), LocalTime.of(17, 0)))
        .venue(new Venue(null, null, null, "Lyon", "France"))
        .addTopic(
            Topic.builder()
                .title("Release planning")
                .addComment(new Comment("Ann", at, "Will attend", CommentKind.VOTE))
                .addComment(new Comment("Bob", at, "Will attend", CommentKind.VOTE))
                .addComment(new Comment("Cy", at, "Nice idea", CommentKind.COMMENT))
                .build())
        .addTopic(Topic.builder().title("Docs sprint").ircChannel("#docs").build())
        .addAttendee(new Attendee("Ann", "Example Corp", AttendeeStatus.CONFIRMED))
        .addAttendee(new Attendee("Dee", null, AttendeeStatus.INVITED))
        .build();
  }

  private Path writeJson(String name, Event event) throws Exception {
    Path file = dir.resolve(name);
    JsonEventCodec.standard().write(event, file);
    return file;
  }

  @Test
  void versionNamesToolAndProjectVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("hackathon-kit ")
        .doesNotContain("${project.version}")
        .contains("Java ");
  }

  @Test
  void aCommandsBadArgumentIsOneLineThatSaysWhereTheOptionsAre() {
    CliRun run = CliRun.of("convert", "page.wiki", "--to", "wikitext");
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(run.err())
        .startsWith("convert: Invalid value for option '--to'")
        .contains(
            "expected one of json, csv, ics, wiki, frab-xml, frab-json, jsonld, found 'wikitext'")
        .endsWith(" (hackathon-kit convert --help lists the options)\n");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void noCommandIsAUsageErrorWithExitCode2() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(run.err())
        .startsWith("Missing required subcommand")
        .contains("Usage: hackathon-kit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "validate", "fetch", "publish"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: hackathon-kit " + command).contains("--verbose");
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("convert", "validate", "fetch", "publish")
        .contains("Exit codes:")
        .containsPattern("(?m)^  3 +unreadable input")
        .containsPattern("(?m)^  5 +no event found on a page")
        .containsPattern("(?m)^  6 +coverage below --min-coverage")
        .contains("the exit code is the highest any of them gave");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("convert", "--frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("convert: Unknown option: '--frobnicate'");
  }

  @Test
  void missingInputIsOneLineAndExitCode3() {
    Path missing = dir.resolve("nowhere.json");
    CliRun run = CliRun.of("convert", missing.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err()).isEqualTo(missing + ": no such file or folder\n");
  }

  @Test
  void malformedInputIsOneLineWithFileLineColumnAndWhatWasExpected() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\n  \"id\": \"x\",\n  \"title\": \"T\",\n  \"days\": [ {\"date\": \"16/05/2013\"} ]\n}\n");
    CliRun run = CliRun.of("convert", bad.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).hasSize(1);
    // what was expected, and the value found, is the point of this line: its words are checked with
    // its code
    assertThat(run.err())
        .startsWith(bad + ":4:22: ")
        .contains("expected an ISO-8601 date")
        .contains("16/05/2013")
        .endsWith(" [J203]\n");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void verboseAddsTheStackTrace() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{ \"id\": ");
    CliRun run =
        CliRun.of("convert", "--verbose", bad.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines().findFirst())
        .hasValueSatisfying(l -> assertThat(l).startsWith(bad + ":1:"));
    assertThat(run.err()).contains("EventFormatException", "\tat ");
  }

  @Test
  void textCannotBeAnOutputFormat() {
    CliRun run = CliRun.of("convert", "--to", "text");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("convert: Invalid value for option '--to'")
        .contains(
            "rendered page text can be read but not written; expected one of json, csv, ics, wiki");
  }

  @Test
  void summaryCountsTheOtherAttendeeStatusesWhenThereAreAny() throws Exception {
    Event event =
        sampleEvent(ZoneId.of("Europe/Paris")).toBuilder()
            .addAttendee(new Attendee("Eve", null, AttendeeStatus.TENTATIVE))
            .addAttendee(new Attendee("Flo", null, AttendeeStatus.WITHDRAWN))
            .addAttendee(new Attendee("Gus", null, AttendeeStatus.WITHDRAWN))
            .build();
    Path in = writeJson("summit.json", event);
    CliRun run =
        CliRun.of("convert", in.toString(), "--to", "json", "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "1 confirmed and 1 invited attendees (1 tentative, 2 withdrawn), 1 day, 0 warnings");
  }

  @Test
  void convertsJsonToJsonAndPrintsTheSummary() throws Exception {
    Event event = sampleEvent(ZoneId.of("Europe/Paris"));
    Path in = writeJson("summit.json", event);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", in.toString(), "--to", "json", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Read  " + in + " (JSON): Test Summit 2026")
        .contains(
            "2 topics, 2 votes, 1 comment, 1 confirmed and 1 invited attendees, 1 day, 0 warnings; coverage not measured\n")
        .contains("Wrote " + out.resolve("test-summit-2026.json"));
    String written = Files.readString(out.resolve("test-summit-2026.json"), StandardCharsets.UTF_8);
    assertThat(JsonEventCodec.standard().read(written, "written").event()).isEqualTo(event);
  }

  @Test
  void reportFlagPrintsTheImportReport() throws Exception {
    Path in = writeJson("summit.json", sampleEvent(ZoneId.of("Europe/Paris")));
    CliRun run =
        CliRun.of(
            "convert",
            in.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString(),
            "--report");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Import report for " + in)
        .contains("0 warnings")
        .contains("0 unmapped parts");
  }

  @Test
  void validateAcceptsAValidEvent() throws Exception {
    Path in = writeJson("ok.json", sampleEvent(ZoneId.of("Europe/Paris")));
    CliRun run = CliRun.of("validate", "--publishable", in.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(in + ": valid and publishable\n");
  }

  @Test
  void validatePrintsViolationsWithPathsAndExits1() throws Exception {
    Event broken = sampleEvent(ZoneId.of("Europe/Paris")).toBuilder().timeZone(null).build();
    broken =
        broken.toBuilder()
            .topics(
                java.util.List.of(
                    broken.topics().get(0).toBuilder().ircChannel("xen devel").build()))
            .build();
    Path in = writeJson("broken.json", broken);

    CliRun plain = CliRun.of("validate", in.toString());
    assertThat(plain.exitCode()).isEqualTo(HackathonKit.EXIT_VIOLATIONS);
    assertThat(plain.out())
        .contains(in + ": 1 violation")
        .contains("  topics[0].ircChannel: V105 ")
        .contains("(was 'xen devel')");

    CliRun publishable = CliRun.of("validate", "--publishable", in.toString());
    assertThat(publishable.exitCode()).isEqualTo(1);
    assertThat(publishable.out()).contains(in + ": 2 violations").contains("  timeZone: V201 ");
  }

  @Test
  void validateNeedsAnInput() {
    CliRun run = CliRun.of("validate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("validate: Missing required parameter");
  }

  @Test
  void publishTakesNoCredentialsFromArguments() {
    CliRun run =
        CliRun.of(
            "publish",
            "--api",
            "http://127.0.0.1:9/api.php",
            "--title",
            "T",
            "--password",
            "secret",
            "x.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("publish: Unknown option").contains("'--password'");
  }

  @Test
  void convertsTheGoldenEventToJsonAndICalendarWithItsCounts() throws Exception {
    Path golden = dir.resolve("golden.json");
    try (var in =
        HackathonKitTest.class.getResourceAsStream("/golden/xen-hackathon-may2013.json")) {
      assertThat(in).as("golden event from the io test-jar").isNotNull();
      Files.write(golden, in.readAllBytes());
    }
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "convert", golden.toString(), "--to", "json,ics,csv,wiki", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "16 topics, 10 votes, 2 comments, 36 confirmed and 2 invited attendees, 2 days, 0 warnings");
    Event event = JsonEventCodec.standard().read(golden).event();
    assertThat(JsonEventCodec.standard().read(out.resolve(event.id() + ".json")).event())
        .isEqualTo(event);
    assertThat(Files.readString(out.resolve(event.id() + ".ics")))
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains(
            "DTSTART;TZID=Europe/Dublin:20130516T090000\r\n",
            "DTSTART;TZID=Europe/Dublin:20130517T090000\r\n");

    assertThat(Files.readString(out.resolve(event.id() + ".wiki")))
        .contains("{{" + "project")
        .contains(event.topics().get(0).title());

    Path tables = out.resolve(event.id() + "-csv");
    assertThat(tables.resolve("topics.csv")).isRegularFile();
    CliRun back =
        CliRun.of(
            "convert", tables.toString(), "--to", "json", "--out", dir.resolve("back").toString());
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(back.out())
        .contains("(CSV tables)")
        .contains("16 topics, 10 votes, 2 comments, 36 confirmed and 2 invited attendees");
    assertThat(
            JsonEventCodec.standard()
                .read(dir.resolve("back").resolve(event.id() + ".json"))
                .event())
        .isEqualTo(event);
  }

  /** The library's own reading of the bundled page, which the tool's output must agree with. */
  private static ImportReport bundledReport() throws Exception {
    return RenderedPageReader.standard()
        .read(BundledPage.RENDERED_TEXT.content(), BundledPage.RENDERED_TEXT.sourceName())
        .report();
  }

  @Test
  void convertWithoutInputConvertsTheBundledPageToEveryFormat() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    ImportReport report = bundledReport();
    ProfileChoice choice = report.profile();
    assertThat(choice).isNotNull();
    // the page names its wiki (From Xen): that wiki's profile reads it and no other is tried
    assertThat(choice.runnerUp()).isNull();
    String id = "archived-hackathon-may2013";
    assertThat(run.out())
        .isEqualTo(
            "Read  bundled:page.txt (rendered page text): Xen Hackathon\n"
                + "      16 topics, 10 votes, 2 comments, 36 confirmed and 2 invited attendees, 2 days, "
                + report.problems().size()
                + " warnings; "
                + String.format(
                    Locale.ROOT,
                    "coverage %.1f %%, profile Xen Project wiki",
                    report.coverage() * 100)
                + "\n"
                + "Wrote "
                + out.resolve(id + ".json")
                + "\n"
                + "      "
                + out.resolve(id + "-csv")
                + "\n"
                + "      "
                + out.resolve(id + ".ics")
                + "\n"
                + "      "
                + out.resolve(id + ".wiki")
                + "\n");
    assertThat(out.resolve(id + ".json")).isRegularFile();
    assertThat(out.resolve(id + "-csv").resolve("attendees.csv")).isRegularFile();
    assertThat(out.resolve(id + ".ics")).isRegularFile();
    assertThat(out.resolve(id + ".wiki")).isRegularFile();
  }

  @Test
  void withoutReportTheFirstFiveWarningsGoToStderrWithHowManyMore() throws Exception {
    CliRun run = CliRun.of("convert", "--to", "json", "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    ImportReport report = bundledReport();
    List<String> expected = new ArrayList<>();
    report.problems().stream().limit(5).forEach(p -> expected.add("warning: " + p));
    report.unmapped().stream()
        .limit(5 - expected.size())
        .forEach(
            u ->
                expected.add(
                    "warning: "
                        + u.location()
                        + ": "
                        + u.code().code()
                        + " not placed: "
                        + u.reason()
                        + ": "
                        + u.text()));
    int more = report.problems().size() + report.droppedProblems() + report.unmapped().size() - 5;
    assertThat(more).as("the bundled page has more than five things to say").isPositive();
    expected.add("… and " + more + " more; use --report");
    assertThat(run.err().lines()).containsExactlyElementsOf(expected);
    assertThat(run.out()).doesNotContain("warning: ");
  }

  @Test
  void reportOnTheBundledPageListsWarningsAndUnmappedLinesWithLocations() throws Exception {
    CliRun run =
        CliRun.of("convert", "--to", "json", "--out", dir.resolve("o").toString(), "--report");
    assertThat(run.exitCode()).isZero();
    ImportReport report = bundledReport();
    assertThat(run.out())
        .containsPattern(
            "Import report for bundled:page.txt: coverage \\d+\\.\\d% \\(\\d+ of \\d+ non-blank characters placed\\)")
        .contains("  profile Xen Project wiki: " + report.profile().reason() + "; no other tried")
        .contains("  " + report.problems().size() + " warnings\n")
        .containsPattern("(?m)^    bundled:page.txt:\\d+:\\d+: P101 ")
        .containsPattern("(?m)^    bundled:page.txt:5:1: .*XenHackathon.png$");
    assertThat(run.err()).as("the report replaces the warnings on stderr").isEmpty();
  }

  @Test
  void aCustomProfileGivenWithProfileIsUsedForPages() throws Exception {
    Path profile = dir.resolve("p.json");
    Path page = dir.resolve("autumn.txt");
    try (var p =
            getClass()
                .getResourceAsStream("/dev/hackathonkit/samples/profile/community.profile.json");
        var t =
            getClass().getResourceAsStream("/dev/hackathonkit/samples/profile/autumn-meetup.txt")) {
      Files.write(profile, p.readAllBytes());
      Files.write(page, t.readAllBytes());
    }
    CliRun run =
        CliRun.of(
            "convert",
            page.toString(),
            "--profile",
            profile.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("2 topics, 1 vote, 1 comment, 3 confirmed and 1 invited attendees, 2 days")
        .contains(", profile Example community wiki (given with --profile)\n");

    // without it the library chooses a built-in, which knows no vote or comment icons of this
    // community:
    // the signed entries are read as comments (P116), none as a vote
    CliRun plain =
        CliRun.of(
            "convert", page.toString(), "--to", "json", "--out", dir.resolve("o2").toString());
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out())
        .contains("2 topics, 0 votes, 2 comments")
        .containsPattern(", profile [^(]+ \\(runner-up ");
  }

  @Test
  void aBrokenProfileIsReportedWithItsLocation() throws Exception {
    Path profile =
        Files.writeString(dir.resolve("p.json"), "{\n  \"name\": \"x\",\n  \"colour\": 1\n}\n");
    CliRun run =
        CliRun.of("convert", "--profile", profile.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith(profile + ":3:3: ").endsWith(" [P202]"));
  }

  @Test
  void readsBackTheCalendarItWrote() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("convert", "--to", "ics", "--out", out.toString()).exitCode()).isZero();
    Path ics = out.resolve("archived-hackathon-may2013.ics");

    CliRun run =
        CliRun.of(
            "convert", ics.toString(), "--to", "json", "--out", dir.resolve("back").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Read  " + ics + " (iCalendar): Xen Hackathon\n")
        .contains(", 2 days, ")
        .containsPattern("; coverage (100\\.0|9\\d\\.\\d) %\n"); // measured as for pages (issue 14)
    Event back =
        JsonEventCodec.standard()
            .read(dir.resolve("back").resolve("archived-hackathon-may2013.json"))
            .event();
    assertThat(back.timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(back.days())
        .extracting(EventDay::date)
        .containsExactly(LocalDate.of(2013, 5, 16), LocalDate.of(2013, 5, 17));
  }

  @Test
  void validateReportsUnreadableInputWithExitCode3() throws Exception {
    Path bad = Files.writeString(dir.resolve("cal.ics"), "BEGIN:VEVENT\r\nEND:VEVENT\r\n");
    CliRun run = CliRun.of("validate", bad.toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith(bad + ":1:1: ").endsWith(" [I100]"));
  }
}
