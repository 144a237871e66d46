package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that would overwrite each other (issue 14, kind 4): sources whose event ids collide each
 * get their own output set, named the same in every run, and listed in the run's summary.
 */
class OutputNamesTest {

  @TempDir Path dir;

  private Path dump(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("dumps/" + name)) {
      assertThat(in).as(name).isNotNull();
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private static Path dumpOf(Path file, String... titlesAndTexts) throws Exception {
    StringBuilder xml =
        new StringBuilder(
            "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n");
    for (int i = 0; i < titlesAndTexts.length; i += 2) {
      xml.append("<page><title>")
          .append(titlesAndTexts[i])
          .append("</title><ns>0</ns><id>")
          .append(90 + i)
          .append("</id><revision><id>")
          .append(900 + i)
          .append("</id><timestamp>2020-01-01T00:00:00Z</timestamp>")
          .append("<text xml:space=\"preserve\">")
          .append(titlesAndTexts[i + 1])
          .append("</text></revision></page>\n");
    }
    return Files.writeString(file, xml.append("</mediawiki>\n"), StandardCharsets.UTF_8);
  }

  /** A dump of one wiki, named in its {@code <siteinfo>}, with one page. */
  private static Path dumpOfSite(Path file, String site, String title, String text)
      throws Exception {
    return Files.writeString(
        file,
        "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n"
            + "<siteinfo><sitename>"
            + site
            + "</sitename></siteinfo>\n<page><title>"
            + title
            + "</title><ns>0</ns><id>7</id>"
            + "<revision><id>70</id><timestamp>2020-01-01T00:00:00Z</timestamp><text xml:space=\"preserve\">"
            + text
            + "</text></revision></page>\n</mediawiki>\n",
        StandardCharsets.UTF_8);
  }

  private static String topic(String title) {
    return "== Topics ==\n{{project\n|Project=" + title + "\n|Contact=Noor Haddad\n}}\n";
  }

  private static List<String> topics(Path json) throws Exception {
    return JsonEventCodec.standard().read(json).event().topics().stream()
        .map(Topic::title)
        .toList();
  }

  private static List<String> outputs(Path out) throws Exception {
    try (Stream<Path> files = Files.list(out)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.equals(OutputNames.FILE))
          .sorted()
          .toList();
    }
  }

  private static List<String> names(Path out) throws Exception {
    return Files.readAllLines(out.resolve(OutputNames.FILE)).stream()
        .filter(l -> !l.startsWith("#"))
        .toList();
  }

  @Test
  void aDumpThatBreaksOffSaysWhereInOneLine() throws Exception {
    Path out = dir.resolve("cut");
    Path whole =
        dumpOf(
            dir.resolve("whole.xml"), "Sprint/One", topic("First"), "Sprint/Two", topic("Second"));
    String text = Files.readString(whole);
    Path cut =
        Files.writeString(
            dir.resolve("cut.xml"), text.substring(0, text.lastIndexOf("<page>") + 20));

    CliRun run = CliRun.of("convert", cut.toString(), "--to", "json", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines().filter(l -> l.contains("malformed export XML")))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains(
                        cut + ": expected a Special:Export dump: malformed export XML at line ")
                    .doesNotContain("ParseError"));
  }

  @Test
  void theSameTitleOnTwoWikisGetsTwoOutputsAndTheEventsNameTheirWiki() throws Exception {
    Path out = dir.resolve("two-wikis");
    Path canal =
        dumpOfSite(dir.resolve("canal.xml"), "Canal Wiki", "Hack/2019", topic("Cheese API"));
    Path polder =
        dumpOfSite(dir.resolve("polder.xml"), "Polder Wiki", "Hack/2019", topic("Mill monitor"));

    CliRun one = CliRun.of("convert", canal.toString(), "--to", "json", "--out", out.toString());
    CliRun two = CliRun.of("convert", polder.toString(), "--to", "json", "--out", out.toString());

    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.exitCode()).as(two.err()).isZero();
    assertThat(outputs(out)).containsExactly("hack-2019-2.json", "hack-2019.json");
    assertThat(topics(out.resolve("hack-2019.json"))).containsExactly("Cheese API");
    assertThat(topics(out.resolve("hack-2019-2.json"))).containsExactly("Mill monitor");
    assertThat(
            JsonEventCodec.standard().read(out.resolve("hack-2019-2.json")).event().source().site())
        .isEqualTo("Polder Wiki");
    assertThat(names(out))
        .anyMatch(l -> l.contains("page:Canal Wiki:Hack/2019"))
        .anyMatch(l -> l.contains("page:Polder Wiki:Hack/2019"));
  }

  @Test
  void twoPagesDifferingOnlyInCaseEachGetTheirOwnOutputSet() throws Exception {
    Path dump = dump("title-collision.xml");
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of("convert", dump.toString(), "--to", "json,wiki", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(outputs(out))
        .containsExactly(
            "hackathon-spring-dublin-2.json",
            "hackathon-spring-dublin-2.wiki",
            "hackathon-spring-dublin.json",
            "hackathon-spring-dublin.wiki");
    Event upper =
        JsonEventCodec.standard().read(out.resolve("hackathon-spring-dublin.json")).event();
    Event lower =
        JsonEventCodec.standard().read(out.resolve("hackathon-spring-dublin-2.json")).event();
    assertThat(upper.source().page()).isEqualTo("Hackathon/Spring Dublin");
    assertThat(upper.topics()).extracting(Topic::title).containsExactly("Build farm speed-up");
    assertThat(lower.source().page()).isEqualTo("Hackathon/spring Dublin");
    assertThat(lower.topics()).extracting(Topic::title).containsExactly("Documentation sprint");
    assertThat(lower.id())
        .as("the event takes its output's name, so calendar UIDs differ too")
        .isEqualTo("hackathon-spring-dublin-2");
    assertThat(Files.readString(out.resolve("hackathon-spring-dublin-2.wiki")))
        .contains("Documentation sprint");
    assertThat(run.out())
        .as("a dump's pages are summed up, not listed")
        .isEqualTo(
            "Summary: 2 pages: 2 written, 0 failed\n"
                + "  outputs named apart (their event ids are taken; the names stay theirs in later runs, see "
                + OutputNames.FILE
                + "):\n"
                + "    Hackathon/spring Dublin on Example Wiki: hackathon-spring-dublin-2 (hackathon-spring-dublin is taken by Hackathon/Spring Dublin on Example Wiki)\n");
    assertThat(names(out))
        .containsExactly(
            "hackathon-spring-dublin\tpage:Example Wiki:Hackathon/Spring Dublin",
            "hackathon-spring-dublin-2\tpage:Example Wiki:Hackathon/spring Dublin");
  }

  @Test
  void threePagesCollidingByCaseAndPunctuationAndAPageNamedLikeTheSecondsNewName()
      throws Exception {
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "convert",
            dump("collisions-three-way.xml").toString(),
            "--to",
            "json",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(outputs(out))
        .containsExactly(
            "meetup-gent-2017-2-2.json",
            "meetup-gent-2017-2.json",
            "meetup-gent-2017-3.json",
            "meetup-gent-2017.json");
    assertThat(topics(out.resolve("meetup-gent-2017.json")))
        .containsExactly("Tram stop accessibility map");
    assertThat(topics(out.resolve("meetup-gent-2017-2.json")))
        .containsExactly("Bike repair café finder");
    assertThat(topics(out.resolve("meetup-gent-2017-3.json")))
        .containsExactly("Flood sensor dashboard");
    assertThat(topics(out.resolve("meetup-gent-2017-2-2.json")))
        .as("Meetup/Gent 2017 (2) wants meetup-gent-2017-2")
        .containsExactly("Second-day leftovers");
    assertThat(run.out())
        .contains("Summary: 4 pages: 4 written, 0 failed\n")
        .contains(
            "    Meetup: Gent 2017 on Meetups: meetup-gent-2017-2 (meetup-gent-2017 is taken by Meetup/Gent 2017 on Meetups)\n")
        .contains(
            "    Meetup/GENT 2017 on Meetups: meetup-gent-2017-3 (meetup-gent-2017 is taken by Meetup/Gent 2017 on Meetups)\n")
        .contains(
            "    Meetup/Gent 2017 (2) on Meetups: meetup-gent-2017-2-2 (meetup-gent-2017-2 is taken by Meetup: Gent 2017 on Meetups)\n");
  }

  @Test
  void namesStayWithTheirPagesFromRunToRunWhateverTheOrder() throws Exception {
    Path out = dir.resolve("out");
    Path first =
        dumpOf(
            dir.resolve("first.xml"),
            "Lab/Tartu 2021",
            topic("Ferry queue sensor"),
            "Lab/tartu 2021",
            topic("Old town map tiles"),
            "Lab/Tartu-2021",
            topic("Bike counter"));
    Path reversed =
        dumpOf(
            dir.resolve("reversed.xml"),
            "Lab/Tartu-2021",
            topic("Bike counter"),
            "Lab/tartu 2021",
            topic("Old town map tiles"),
            "Lab/Tartu 2021",
            topic("Ferry queue sensor"));

    CliRun one = CliRun.of("convert", first.toString(), "--to", "json", "--out", out.toString());
    List<String> listed = names(out);
    CliRun again = CliRun.of("convert", first.toString(), "--to", "json", "--out", out.toString());
    CliRun other =
        CliRun.of("convert", reversed.toString(), "--to", "json", "--out", out.toString());

    assertThat(List.of(one.exitCode(), again.exitCode(), other.exitCode())).containsOnly(0);
    assertThat(outputs(out))
        .as("no -4, -5 from the later runs")
        .containsExactly("lab-tartu-2021-2.json", "lab-tartu-2021-3.json", "lab-tartu-2021.json");
    assertThat(topics(out.resolve("lab-tartu-2021.json"))).containsExactly("Ferry queue sensor");
    assertThat(topics(out.resolve("lab-tartu-2021-2.json"))).containsExactly("Old town map tiles");
    assertThat(topics(out.resolve("lab-tartu-2021-3.json"))).containsExactly("Bike counter");
    assertThat(names(out)).as("the later runs add no name").isEqualTo(listed).hasSize(3);
    assertThat(again.out()).isEqualTo(one.out());
    assertThat(other.out())
        .contains(
            "    Lab/Tartu-2021: lab-tartu-2021-3 (lab-tartu-2021 is taken by Lab/Tartu 2021)\n");
  }

  @Test
  void aNameAPageHadInAnEarlierRunIsNotGivenToAnotherPage() throws Exception {
    Path out = dir.resolve("out");
    Path upper = dumpOf(dir.resolve("upper.xml"), "Jam/Riga Spring", topic("Tram delay map"));
    Path lower = dumpOf(dir.resolve("lower.xml"), "Jam/riga spring", topic("Amber price index"));

    CliRun earlier =
        CliRun.of("convert", upper.toString(), "--to", "json", "--out", out.toString());
    CliRun later = CliRun.of("convert", lower.toString(), "--to", "json", "--out", out.toString());

    assertThat(earlier.exitCode()).isZero();
    assertThat(later.exitCode()).isZero();
    assertThat(topics(out.resolve("jam-riga-spring.json")))
        .as("the earlier run's file is intact")
        .containsExactly("Tram delay map");
    assertThat(topics(out.resolve("jam-riga-spring-2.json"))).containsExactly("Amber price index");
    assertThat(later.out())
        .contains(
            "Jam/riga spring: jam-riga-spring-2 (jam-riga-spring is taken by Jam/Riga Spring)")
        .as("a run of one page renamed still ends with the summary")
        .contains("Summary: 1 page: 1 written, 0 failed");
  }

  @Test
  void aFileAndADumpPageCollidingBySlashAndUnderscoreEachGetTheirOwn() throws Exception {
    Path out = dir.resolve("out");
    Path page = Files.writeString(dir.resolve("Summit_Lyon.wiki"), topic("Bouchon finder"));
    Path dump = dumpOf(dir.resolve("summit.xml"), "Summit/Lyon", topic("Traboule walking routes"));

    CliRun run =
        CliRun.of(
            "convert", page.toString(), dump.toString(), "--to", "json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(topics(out.resolve("summit-lyon.json"))).containsExactly("Bouchon finder");
    assertThat(topics(out.resolve("summit-lyon-2.json")))
        .containsExactly("Traboule walking routes");
    assertThat(run.out())
        .contains(
            "    Summit/Lyon: summit-lyon-2 (summit-lyon is taken by "
                + page.toAbsolutePath()
                + ")\n");
  }

  @Test
  void claimsNamesAndReadsBackSourcesWithTabsAndBackslashes(@TempDir Path folder) throws Exception {
    OutputNames names = OutputNames.in(folder);
    String odd = OutputNames.file(folder.resolve("a\tb\\c.json"));
    assertThat(names.claim(odd, "summit")).isEqualTo("summit");
    assertThat(names.claim(OutputNames.page("Wiki", "Summit"), "summit")).isEqualTo("summit-2");
    assertThat(names.claim(odd, "summit")).as("asked again in the same run").isEqualTo("summit");

    OutputNames next = OutputNames.in(folder);
    assertThat(next.claim(OutputNames.page("Wiki", "Summit"), "summit")).isEqualTo("summit-2");
    assertThat(next.claim(odd, "summit")).isEqualTo("summit");
    assertThat(next.holder("summit")).isEqualTo(odd);
    assertThat(OutputNames.label(OutputNames.page("Wiki", "Summit"))).isEqualTo("Summit on Wiki");
    assertThat(OutputNames.label(OutputNames.page(null, "Summit"))).isEqualTo("Summit");
  }
}
