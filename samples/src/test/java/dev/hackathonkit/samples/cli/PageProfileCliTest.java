package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages read with the profile the library chooses or the one given with {@code --profile}; pages
 * without an event, {@code --min-coverage}, {@code --profiles}, and calendars that would be empty.
 */
class PageProfileCliTest {
  @TempDir Path dir;

  /** An invented hack weekend laid out as the OpenStreetMap wiki's German pages are. */
  private Path ulm;

  @BeforeEach
  void copyPage() throws Exception {
    ulm = dir.resolve("hack-wochenende-ulm.wiki");
    try (InputStream in = getClass().getResourceAsStream("hack-wochenende-ulm.wiki")) {
      assertThat(in).isNotNull();
      Files.write(ulm, in.readAllBytes());
    }
  }

  private static List<Path> filesIn(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      // the folder's list of output names (OutputNames) is no output of a page
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals(OutputNames.FILE))
          .toList();
    }
  }

  @Test
  void aPageOfAnotherLayoutIsReadWithTheProfileTheLibraryChooses() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", ulm.toString(), "--to", "json,ics", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Read  hack-wochenende-ulm.wiki (wikitext): Hack-Wochenende Ulm\n")
        .contains(
            "      3 topics, 0 votes, 0 comments, 3 confirmed and 0 invited attendees (1 tentative, 1 withdrawn), 2 days, ")
        .containsPattern(
            "; coverage \\d+\\.\\d %, profile OpenStreetMap wiki \\(runner-up [^)]+ \\d+\\.\\d %\\)\n");
    Event event = JsonEventCodec.standard().read(out.resolve("hack-wochenende-ulm.json")).event();
    assertThat(event.venue().city()).isEqualTo("Ulm");
    assertThat(event.attendees(AttendeeStatus.TENTATIVE))
        .extracting(a -> a.name())
        .containsExactly("Ilka Sommer");
    assertThat(out.resolve("hack-wochenende-ulm.ics")).isRegularFile();
  }

  @ParameterizedTest
  @ValueSource(strings = {"openstreetmap", "OpenStreetMap wiki", "OPENSTREETMAP"})
  void profileTakesABuiltInsIdOrNameIgnoringCase(String name) {
    CliRun run =
        CliRun.of(
            "convert",
            ulm.toString(),
            "--profile",
            name,
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(", 2 days, ")
        .contains(", profile OpenStreetMap wiki (given with --profile)\n");
  }

  @Test
  void anotherProfileReadsThePageDifferentlyAndTheSummarySaysSo() throws Exception {
    ImportReport generic =
        WikitextReader.standard().withProfile(PageProfile.generic()).read(ulm).report();
    CliRun run =
        CliRun.of(
            "convert",
            ulm.toString(),
            "--profile",
            "generic",
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            String.format(
                Locale.ROOT,
                ", 0 days, %d warnings; coverage %.1f %%, profile Generic (given with --profile)\n",
                generic.problems().size(),
                generic.coverage() * 100));
  }

  @Test
  void anUnknownProfileIsAUsageErrorListingTheBuiltIns() {
    Path missing = dir.resolve("nowhere.profile.json");
    for (String value : List.of("xen-projekt", missing.toString())) {
      CliRun run =
          CliRun.of(
              "convert", ulm.toString(), "--profile", value, "--out", dir.resolve("o").toString());
      assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
      assertThat(run.err().lines())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .startsWith(
                          "--profile "
                              + value
                              + ": no built-in profile has that name and there is no such file; built-in profiles: ")
                      .contains("generic", "xen-project", "openstreetmap", "debian"));
      assertThat(run.out()).isEmpty();
    }
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void profilesListsEveryBuiltInWithItsIdSitesAndLanguages() {
    CliRun run = CliRun.of("convert", "--profiles");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<PageProfile> builtIns = PageProfile.builtIns();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSameSizeAs(builtIns);
    for (int i = 0; i < lines.size(); i++) {
      PageProfile p = builtIns.get(i);
      String line = lines.get(i);
      assertThat(line).startsWith(p.name() + " ");
      String id = line.substring(p.name().length()).strip().split(" ")[0];
      assertThat(PageProfile.named(id)).as("the id in '%s' names the profile", line).isSameAs(p);
      assertThat(line).contains(String.join(", ", p.sites()));
      assertThat(line)
          .endsWith(
              "languages: "
                  + String.join(", ", p.languages().stream().map(Locale::toLanguageTag).toList()));
    }
    assertThat(lines.get(1)).contains("xen-project", "wiki.xenproject.org");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nothing planned yet.\n\nAsk on the list if you want to help.\n",
        "== Plans ==\n\nNone yet.\n"
      })
  void aPageWithoutAnEventWritesNothingAndExits5(String content) throws Exception {
    Path page = Files.writeString(dir.resolve("Empty.wiki"), content);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("convert", page.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_NO_EVENT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith(
                        "Empty.wiki: no event found (no days, topics or attendees) with profile ")
                    .containsPattern(
                        "with profile [^(]+ \\([^:]+: \\d+\\.\\d %; runner-up [^)]+ \\d+\\.\\d %\\); nothing written\\.")
                    .contains("--profile NAME|FILE"));
    assertThat(filesIn(out)).isEmpty();
    assertThat(out).as("not even the output folder").doesNotExist();

    CliRun validate = CliRun.of("validate", page.toString());
    assertThat(validate.exitCode()).isEqualTo(HackathonKit.EXIT_NO_EVENT);
    assertThat(validate.out()).isEmpty();
    assertThat(validate.err()).startsWith("Empty.wiki: no event found");
  }

  @Test
  void aPageWithoutAnEventNamesTheProfileItWasGiven() throws Exception {
    Path page = Files.writeString(dir.resolve("Empty.wiki"), "Nothing planned yet.\n");
    CliRun run =
        CliRun.of(
            "convert",
            page.toString(),
            "--profile",
            "debian",
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_NO_EVENT);
    assertThat(run.err()).contains("with profile Debian wiki (").contains("no other tried)");
  }

  @Test
  void anEmptyPageIsAnInputErrorNotAPageWithoutAnEvent() throws Exception {
    Path page = Files.writeString(dir.resolve("Empty.wiki"), "");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", page.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .containsExactly(page + ":1:1: expected wikitext, found an empty file [E105]");
    assertThat(out).doesNotExist();
  }

  @Test
  void withSeveralInputsTheOthersAreStillWrittenAndTheHighestCodeWins() throws Exception {
    Path empty = Files.writeString(dir.resolve("Empty.wiki"), "Nothing planned yet.\n");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "convert", empty.toString(), ulm.toString(), "--to", "json", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_NO_EVENT);
    assertThat(filesIn(out)).containsExactly(out.resolve("hack-wochenende-ulm.json"));
  }

  @Test
  void minCoverageRefusesAPageBelowIt() throws Exception {
    ImportReport generic =
        WikitextReader.standard().withProfile(PageProfile.generic()).read(ulm).report();
    assertThat(generic.coverage()).as("the generic profile misses the day table").isLessThan(0.99);
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "convert",
            ulm.toString(),
            "--profile",
            "generic",
            "--min-coverage",
            "99",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_LOW_COVERAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst())
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .isEqualTo(
                        String.format(
                            Locale.ROOT,
                            "hack-wochenende-ulm.wiki: coverage %s %% is below --min-coverage 99 %% with profile Generic (given with --profile); nothing written",
                            java.math.BigDecimal.valueOf(generic.coverage())
                                .movePointRight(2)
                                .setScale(1, java.math.RoundingMode.FLOOR)
                                .toPlainString())));
    assertThat(run.err()).contains("warning: hack-wochenende-ulm.wiki:");
    assertThat(out).doesNotExist();

    CliRun validate =
        CliRun.of("validate", ulm.toString(), "--profile", "generic", "--min-coverage", "99");
    assertThat(validate.exitCode()).isEqualTo(HackathonKit.EXIT_LOW_COVERAGE);
    assertThat(validate.out()).isEmpty();
  }

  @Test
  void minCoveragePassesAPageAtOrAboveIt() throws Exception {
    ImportReport chosen = WikitextReader.standard().read(ulm).report();
    String threshold =
        java.math.BigDecimal.valueOf(chosen.coverage())
            .movePointRight(2)
            .setScale(1, java.math.RoundingMode.FLOOR)
            .toPlainString();
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "convert",
            ulm.toString(),
            "--min-coverage",
            threshold,
            "--to",
            "json",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("hack-wochenende-ulm.json")).isRegularFile();
  }

  @Test
  void minCoverageLetsFormatsThatDoNotMeasureItPass() throws Exception {
    Path json = dir.resolve("summit.json");
    JsonEventCodec.standard().write(HackathonKitTest.sampleEvent(ZoneId.of("Europe/Paris")), json);
    CliRun run =
        CliRun.of(
            "convert",
            json.toString(),
            "--min-coverage",
            "100",
            "--to",
            "json",
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("; coverage not measured\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "100.5"})
  void minCoverageOutsideZeroToHundredIsAUsageError(String pct) {
    CliRun run =
        CliRun.of(
            "convert", ulm.toString(), "--min-coverage", pct, "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo("--min-coverage " + pct + ": expected a percentage from 0 to 100\n");
  }

  @Test
  void aCalendarWithoutAnyVeventIsNotWrittenButTheOtherFormatsAre() throws Exception {
    Path out = dir.resolve("out");
    // the generic profile does not read this page's day table: an event with topics and attendees
    // but no days
    CliRun run =
        CliRun.of("convert", ulm.toString(), "--profile", "generic", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(", 0 days, ")
        .contains("Wrote " + out.resolve("hack-wochenende-ulm.json") + "\n")
        .doesNotContain(".ics");
    assertThat(run.err())
        .startsWith(
            "note: "
                + out.resolve("hack-wochenende-ulm.ics")
                + " not written: the event has no days or scheduled sessions, and an iCalendar file needs at least one VEVENT");
    assertThat(out.resolve("hack-wochenende-ulm.ics")).doesNotExist();
    assertThat(out.resolve("hack-wochenende-ulm.json")).isRegularFile();
    assertThat(out.resolve("hack-wochenende-ulm-csv").resolve("topics.csv")).isRegularFile();
    assertThat(out.resolve("hack-wochenende-ulm.wiki")).isRegularFile();
  }

  @Test
  void validateAlsoTakesProfileAndPrintsTheWarnings() {
    CliRun run = CliRun.of("validate", ulm.toString(), "--profile", "openstreetmap");
    assertThat(run.out()).startsWith("hack-wochenende-ulm.wiki: ");
    assertThat(run.err()).startsWith("warning: hack-wochenende-ulm.wiki:");
  }

  @Test
  void convertToWikiWritesTheLayoutOfTheProfileGiven() throws Exception {
    Path out = dir.resolve("osm");
    CliRun run =
        CliRun.of(
            "convert",
            ulm.toString(),
            "--profile",
            "openstreetmap",
            "--to",
            "wiki,json",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path wiki =
        filesIn(out).stream().filter(p -> p.toString().endsWith(".wiki")).findFirst().orElseThrow();
    Path json =
        filesIn(out).stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    String page = Files.readString(wiki);
    // the lead stays the lead; the per-person notes, which lines of their own would read as labels,
    // go into the
    // one template the profile names for what its lines cannot carry
    assertThat(page)
        .startsWith("Beim Hack-Wochenende Ulm treffen sich Leute")
        .contains(
            "== Teilnehmer ==\n",
            "== Projects ==\n",
            "{{Event data\n|Bemerkung=Theresa Kolb: Organisation\n");
    assertThat(
            java.util.regex.Pattern.compile("\\{\\{([^|}\n]+)")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .distinct())
        .as("templates the profile names")
        .containsExactly("Event data");
    assertThat(PageProfile.named("openstreetmap").isEventTemplate("Event data")).isTrue();
    Event written = JsonEventCodec.standard().read(json).event();
    Event back =
        WikitextReader.standard()
            .withProfile(PageProfile.named("openstreetmap"))
            .withSource(written.source())
            .read(page)
            .event();
    assertThat(back.topics())
        .extracting(t -> t.title())
        .isEqualTo(written.topics().stream().map(t -> t.title()).toList());
    assertThat(back.attendees()).isEqualTo(written.attendees());
    assertThat(back.days()).isEqualTo(written.days());
    assertThat(back.venue()).isEqualTo(written.venue());
    // what the layout cannot carry is named on stderr, one line each
    for (String line :
        run.err()
            .lines()
            .filter(l -> l.startsWith("note: ") && l.contains(": not in the layout of "))
            .toList()) {
      assertThat(line).startsWith("note: " + wiki + ": not in the layout of OpenStreetMap wiki: ");
    }
  }

  @Test
  void convertToWikiWithoutAProfileWritesTheLayoutThePageWasReadWithAndOtherFormatsInTheXenLayout()
      throws Exception {
    Path out = dir.resolve("same");
    CliRun run = CliRun.of("convert", ulm.toString(), "--to", "wiki,json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path wiki =
        filesIn(out).stream().filter(p -> p.toString().endsWith(".wiki")).findFirst().orElseThrow();
    Path json =
        filesIn(out).stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    assertThat(Files.readString(wiki)).contains("== Teilnehmer ==\n").doesNotContain("{{project");
    assertThat(run.err()).doesNotContain("not in the layout of");

    // an event from JSON has no layout of its own: the Xen Project wiki's
    Path again = dir.resolve("from-json");
    CliRun fromJson =
        CliRun.of("convert", json.toString(), "--to", "wiki", "--out", again.toString());
    assertThat(fromJson.exitCode()).as(fromJson.err()).isZero();
    assertThat(Files.readString(filesIn(again).get(0)))
        .contains("{{project\n")
        .doesNotContain("== Teilnehmer ==");
  }
}
