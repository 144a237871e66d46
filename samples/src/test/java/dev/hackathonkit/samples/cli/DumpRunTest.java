package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} of a whole wiki's dump (issue 17): compressed, filtered, in parallel, with a run
 * report.
 */
class DumpRunTest {
  @TempDir Path dir;

  private byte[] resource(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("dumps/" + name)) {
      return in.readAllBytes();
    }
  }

  /** The history dump's pages {@code n} times over, each copy with titles of its own. */
  private byte[] manyPages(int n) throws Exception {
    String one = new String(resource("makers-history.xml"), StandardCharsets.UTF_8);
    String pages = one.substring(one.indexOf("  <page>"), one.lastIndexOf("</mediawiki>"));
    StringBuilder b = new StringBuilder(one.substring(0, one.indexOf("  <page>")));
    for (int i = 0; i < n; i++) {
      b.append(
          pages
              .replace("<title>", "<title>Copy " + i + " ")
              .replace("[[Hackday/", "[[Copy " + i + " Hackday/")
              .replace("title=\"Hackday/", "title=\"Copy " + i + " Hackday/"));
    }
    return b.append("</mediawiki>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private Path gzip(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
    return file;
  }

  private Path bzip2(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
    return file;
  }

  /** Every file under {@code root} by its relative path, with its bytes as text. */
  private static Map<String, String> tree(Path root) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static List<JsonNode> report(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lines.add(json.readTree(l));
    }
    return lines;
  }

  @Test
  void aParallelRunWritesTheSameFilesAndReportByteForByteAsASingleThreadedOne() throws Exception {
    Path dump = gzip("harbour.xml.gz", manyPages(25));

    CliRun alone =
        CliRun.of(
            "convert",
            dump.toString(),
            "--threads",
            "1",
            "--out",
            dir.resolve("one").toString(),
            "--run-report",
            dir.resolve("one.jsonl").toString());
    CliRun pooled =
        CliRun.of(
            "convert",
            dump.toString(),
            "--threads",
            "4",
            "--out",
            dir.resolve("four").toString(),
            "--run-report",
            dir.resolve("four.jsonl").toString());

    assertThat(alone.exitCode())
        .as(alone.err())
        .isEqualTo(HackathonKit.EXIT_INPUT); // the deleted text, 25 times
    assertThat(pooled.exitCode()).isEqualTo(alone.exitCode());
    assertThat(pooled.out())
        .isEqualTo(alone.out())
        .isEqualTo(
            "Summary: 125 pages: 50 written, 50 skipped (not an event page: 25, redirect: 25), 25 failed"
                + " (text deleted: 25)\n");
    assertThat(pooled.err()).isEqualTo(alone.err());
    Map<String, String> one = tree(dir.resolve("one"));
    assertThat(one).hasSizeGreaterThan(50 * 4);
    assertThat(tree(dir.resolve("four"))).isEqualTo(one);
    assertThat(Files.readAllBytes(dir.resolve("four.jsonl")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one.jsonl")));
    assertThat(one.get("copy-0-hackday-gdynia-2020.ics"))
        .as("stamped with the revision's time, not the run's")
        .contains("DTSTAMP:20200302T182000Z");
  }

  @Test
  void xzDumpsAndSevenZipArchivesConvertLikeThePlainDump() throws Exception {
    byte[] xml = resource("makers-history.xml");
    Path plain = Files.write(dir.resolve("harbour.xml"), xml);
    Path xz = dir.resolve("harbour.xml.xz");
    try (OutputStream out =
        new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(
            Files.newOutputStream(xz))) {
      out.write(xml);
    }
    Path sevenZ = dir.resolve("harbour-dump.7z");
    try (var out =
        new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(sevenZ.toFile())) {
      var entry = out.createArchiveEntry(dir.toFile(), "harbour.xml");
      entry.setDirectory(false);
      out.putArchiveEntry(entry);
      out.write(xml);
      out.closeArchiveEntry();
    }
    assertThat(FormatDetector.detect(sevenZ, null))
        .as("told by what it holds")
        .isEqualTo(Format.XML);

    CliRun expected =
        CliRun.of(
            "convert", plain.toString(), "--to", "json", "--out", dir.resolve("plain").toString());
    for (Path packed : List.of(xz, sevenZ)) {
      Path out = dir.resolve(packed.getFileName() + "-out");
      CliRun run = CliRun.of("convert", packed.toString(), "--to", "json", "--out", out.toString());
      assertThat(run.out()).isEqualTo(expected.out());
      assertThat(run.err()).isEqualTo(expected.err().replace(plain.toString(), packed.toString()));
      assertThat(tree(out)).isEqualTo(tree(dir.resolve("plain")));
    }
    CliRun validate = CliRun.of("validate", sevenZ.toString());
    assertThat(validate.out()).contains("Hackday/Sopot 2021: ");
    assertThat(validate.err())
        .contains("note: " + sevenZ + ": Hackday: skipped: redirect (to Hackday/Gdynia 2020)");
  }

  @Test
  void theRunReportHasOneLinePerPageSayingWhatBecameOfIt() throws Exception {
    Path dump = bzip2("harbour.xml.bz2", resource("makers-history.xml"));
    Path reportFile = dir.resolve("reports/run.jsonl");

    CliRun run =
        CliRun.of(
            "convert",
            dump.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("out").toString(),
            "--run-report",
            reportFile.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err())
        .isEqualTo(dump + ": Hackday/Hel 2022: text deleted (revision 430); no event written\n");
    List<JsonNode> lines = report(reportFile);
    assertThat(lines)
        .extracting(
            l ->
                l.get("page").asText()
                    + " "
                    + l.get("revision").asLong()
                    + " "
                    + l.get("status").asText())
        .containsExactly(
            "Hackday/Gdynia 2020 409 written",
            "Gdynia 402 skipped",
            "Hackday 403 skipped",
            "Hackday/Sopot 2021 420 written",
            "Hackday/Hel 2022 430 failed");
    JsonNode gdynia = lines.get(0);
    assertThat(gdynia.get("site").asText()).isEqualTo("Harbour Hackers");
    assertThat(gdynia.get("outputs").toString()).isEqualTo("[\"hackday-gdynia-2020.json\"]");
    assertThat(gdynia.get("profile").asText()).isNotBlank();
    assertThat(gdynia.get("coverage").asDouble()).isBetween(0.5, 1.0);
    assertThat(gdynia.get("warnings").asInt()).isNotNegative();
    assertThat(lines.get(1).get("reason").asText()).isEqualTo("not an event page");
    assertThat(lines.get(2).get("reason").asText()).isEqualTo("redirect");
    assertThat(lines.get(2).get("detail").asText()).isEqualTo("to Hackday/Gdynia 2020");
    assertThat(lines.get(4).get("reason").asText()).isEqualTo("text deleted");
    assertThat(lines.get(4).has("code")).as("no reader error: the dump holds no text").isFalse();
    assertThat(Files.exists(dir.resolve("out/hackday-gdynia-2020.json"))).isTrue();
  }

  @Test
  void aPageTheReaderRefusesHasItsCodeOnStderrAndInTheRunReport() throws Exception {
    String deep = "{{box|".repeat(300) + "x" + "}}".repeat(300);
    String dump =
        "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" version=\"0.10\">\n"
            + "  <siteinfo><sitename>Fjord Makers</sitename></siteinfo>\n"
            + "  <page><title>Makerdag/Bergen 2024</title><ns>0</ns><id>7</id><revision><id>71</id>"
            + "<timestamp>2024-01-05T10:00:00Z</timestamp><model>wikitext</model><format>text/x-wiki</format>"
            + "<text xml:space=\"preserve\">Bergen Makerdag on 3 February 2024.\n\n"
            + deep
            + "\n</text></revision></page>\n"
            + "</mediawiki>\n";
    Path file = Files.writeString(dir.resolve("fjord.xml"), dump);
    Path reportFile = dir.resolve("fjord.jsonl");

    CliRun run =
        CliRun.of(
            "convert",
            file.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("out").toString(),
            "--run-report",
            reportFile.toString());

    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith(file + ": Makerdag/Bergen 2024: Makerdag/Bergen 2024:3:")
                    .contains(" [W202]; no event written"));
    JsonNode line = report(reportFile).get(0);
    assertThat(line.get("status").asText()).isEqualTo("failed");
    assertThat(line.get("code").asText()).isEqualTo("W202");
  }

  @Test
  void filtersAndTheDateChooseThePagesAndTheirRevisions() throws Exception {
    Path dump = Files.write(dir.resolve("harbour.xml"), resource("makers-history.xml"));
    Path reportFile = dir.resolve("run.jsonl");

    CliRun run =
        CliRun.of(
            "convert",
            dump.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("out").toString(),
            "--title-prefix",
            "Hackday/",
            "--at",
            "2020-02-15",
            "--run-report",
            reportFile.toString(),
            "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Summary: 5 pages: 1 written, 4 skipped (filtered: 2, no revision at that time: 2), 0 failed\n");
    assertThat(report(reportFile))
        .extracting(l -> l.get("page").asText() + " " + l.get("revision").asLong())
        .as("the first draft: the page as it stood on 15 February")
        .startsWith("Hackday/Gdynia 2020 401");
    assertThat(Files.readString(dir.resolve("out/hackday-gdynia-2020.json")))
        .contains("Ferry timetable API")
        .doesNotContain("Kayak rental map");

    CliRun byCategory =
        CliRun.of(
            "convert",
            dump.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("cat").toString(),
            "--category",
            "Hackdays",
            "--namespace",
            "0");
    assertThat(byCategory.out())
        .as("a redirect is told as one before its text is looked at")
        .isEqualTo(
            "Summary: 5 pages: 2 written, 2 skipped (filtered: 1, redirect: 1), 1 failed (text deleted: 1)\n");
  }

  @Test
  void aPageWithoutAnyDateHasNoFrabScheduleAndTheRunSaysSoAsAnError() throws Exception {
    // the second page lists a topic but states no event dates
    Path dump = Files.write(dir.resolve("dublin.xml"), resource("title-collision.xml"));
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "convert",
            dump.toString(),
            "--to",
            "json,frab-xml",
            "--out",
            out.toString(),
            "--threads",
            "1");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(HackathonKit.EXIT_UNWRITABLE);
    assertThat(run.err())
        .contains(
            "error: "
                + dump
                + ": Hackathon/spring Dublin: "
                + out.resolve("hackathon-spring-dublin-2.schedule.xml")
                + " not written: event 'hackathon-spring-dublin-2'"
                + " (page 'Hackathon/spring Dublin') has no date: a frab schedule needs at least a start date");
    assertThat(out.resolve("hackathon-spring-dublin.schedule.xml")).exists();
    assertThat(out.resolve("hackathon-spring-dublin-2.schedule.xml")).doesNotExist();
    assertThat(out.resolve("hackathon-spring-dublin-2.json")).exists();
  }

  @Test
  void aDumpWithoutAnyEventPageIsNotASuccess() throws Exception {
    Path dump = Files.write(dir.resolve("harbour.xml"), resource("makers-history.xml"));

    CliRun run =
        CliRun.of(
            "convert",
            dump.toString(),
            "--to",
            "json",
            "--out",
            dir.resolve("out").toString(),
            "--title-pattern",
            "Gdynia|Hackday");

    assertThat(run.exitCode())
        .as("nothing written: exit 5, not 0")
        .isEqualTo(HackathonKit.EXIT_NO_EVENT);
    assertThat(run.out())
        .as("a page the filter leaves out is not read, even when its text is missing")
        .isEqualTo(
            "Summary: 5 pages: 0 written, 5 skipped (filtered: 3, not an event page: 1, redirect: 1), 0 failed\n");
    assertThat(CliRun.of("convert", dump.toString(), "--title-pattern", "(").err())
        .isEqualTo("--title-pattern (: Unclosed group at index 1\n");
  }

  @Test
  void aCompressedFileIsToldByWhatItHoldsAndRefusedInOneLineWhenItIsNoDump() throws Exception {
    byte[] xml = resource("makers-history.xml");
    Path noExtension = gzip("harbour-dump", xml);
    assertThat(FormatDetector.detect(noExtension, null)).isEqualTo(Format.XML);
    assertThat(FormatDetector.detect(bzip2("wiki.xml.bz2", xml), null)).isEqualTo(Format.XML);

    Path notADump =
        gzip("notes.xml.gz", "Just some notes, no XML.\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("convert", notADump.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(notADump + ": expected a Special:Export dump");

    Path csv = gzip("table.csv.gz", "name,date\nx,2020-01-01\n".getBytes(StandardCharsets.UTF_8));
    CliRun packed = CliRun.of("convert", csv.toString(), "--out", dir.resolve("out").toString());
    assertThat(packed.err()).contains("gzip-compressed data; decompress it first");

    byte[] gz = Files.readAllBytes(gzip("x.gz", manyPages(10)));
    Path cut = Files.write(dir.resolve("cut.xml.gz"), java.util.Arrays.copyOf(gz, gz.length - 40));
    CliRun broken =
        CliRun.of(
            "convert", cut.toString(), "--to", "json", "--out", dir.resolve("cut").toString());
    assertThat(broken.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(broken.err()).contains(cut + ": expected a Special:Export dump: ");
    assertThat(broken.out())
        .as("the pages before the cut are written and summed up")
        .startsWith("Summary: ");
  }

  @Test
  void progressIsALineRedrawnOnATerminalAPeriodicLineInALogAndNothingWhenQuiet() {
    long[] now = {0};
    AtomicLong bytes = new AtomicLong();
    StringWriter log = new StringWriter();
    AtomicLong xml = new AtomicLong();
    DumpProgress lines =
        new DumpProgress(
            new PrintWriter(log),
            DumpProgress.Mode.LINES,
            1000,
            bytes::get,
            xml::get,
            () -> now[0],
            10_000_000_000L);
    bytes.set(250);
    xml.set(25_000_000);
    now[0] = 5_000_000_000L;
    lines.written();
    assertThat(log.toString()).as("not yet 10 s").isEmpty();
    now[0] = 10_000_000_000L;
    lines.skipped();
    assertThat(log.toString())
        .isEqualTo(
            "progress: 25 % 2 pages: 1 written, 1 skipped, 0 failed, 0 pages/s, 2.5 MB/s, ETA 0:30"
                + System.lineSeparator());
    bytes.set(1000);
    now[0] = 12_000_000_000L;
    lines.failed();
    lines.finish();
    assertThat(log.toString())
        .endsWith(
            "progress: 100 % 3 pages: 1 written, 1 skipped, 1 failed, 0 pages/s, 2.1 MB/s"
                + System.lineSeparator());

    StringWriter tty = new StringWriter();
    DumpProgress bar =
        new DumpProgress(
            new PrintWriter(tty),
            DumpProgress.Mode.TERMINAL,
            1000,
            bytes::get,
            xml::get,
            () -> now[0],
            200_000_000L);
    now[0] = 13_000_000_000L;
    bar.written();
    assertThat(tty.toString())
        .startsWith("\r[" + "#".repeat(20) + "] 100 % 1 pages: 1 written")
        .endsWith("\033[K");

    StringWriter quiet = new StringWriter();
    DumpProgress none =
        new DumpProgress(
            new PrintWriter(quiet),
            DumpProgress.Mode.QUIET,
            1000,
            bytes::get,
            xml::get,
            () -> now[0],
            0);
    none.written();
    none.finish();
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void fetchWritesTheSameRunReportAndResumeSkipsPagesConvertedAtTheSameRevision() throws Exception {
    String xml = new String(resource("makers-history.xml"), StandardCharsets.UTF_8);
    String sopot =
        xml.substring(
                xml.indexOf("'''Sopot Beach"),
                xml.indexOf("</text>", xml.indexOf("'''Sopot Beach")))
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    AtomicLong revision = new AtomicLong(420);
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(
          new FakeWiki(
              p ->
                  FakeWiki.common(
                      p,
                      () ->
                          FakeWiki.json(
                              FakeWiki.page(
                                  "Hackday/Sopot 2021",
                                  revision.get(),
                                  "2021-05-20T07:00:00Z",
                                  sopot)))));
      server.start();
      String api = server.url("/w/api.php").toString();
      Path out = dir.resolve("out");
      Path first = dir.resolve("first.jsonl");

      CliRun run =
          CliRun.of(
              "fetch",
              "--api",
              api,
              "--title",
              "Hackday/Sopot 2021",
              "--to",
              "json",
              "--out",
              out.toString(),
              "--run-report",
              first.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<JsonNode> lines = report(first);
      assertThat(lines)
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.get("status").asText()).isEqualTo("written");
                assertThat(l.get("revision").asLong()).isEqualTo(420);
                assertThat(l.get("site").asText()).isEqualTo("ExampleWiki");
                assertThat(l.get("outputs").toString()).isEqualTo("[\"hackday-sopot-2021.json\"]");
              });

      Files.delete(out.resolve("hackday-sopot-2021.json"));
      CliRun resumed =
          CliRun.of(
              "fetch",
              "--api",
              api,
              "--title",
              "Hackday/Sopot 2021",
              "--to",
              "json",
              "--out",
              out.toString(),
              "--run-report",
              first.toString(),
              "--resume",
              first.toString());
      assertThat(resumed.exitCode()).as(resumed.err()).isZero();
      assertThat(resumed.out()).contains("0 written, 1 skipped (" + FetchCommand.RESUMED + ": 1)");
      assertThat(out.resolve("hackday-sopot-2021.json")).as("not converted again").doesNotExist();
      assertThat(report(first)).as("the line is kept for the next resume").isEqualTo(lines);

      revision.set(421);
      CliRun edited =
          CliRun.of(
              "fetch",
              "--api",
              api,
              "--title",
              "Hackday/Sopot 2021",
              "--to",
              "json",
              "--out",
              out.toString(),
              "--resume",
              first.toString());
      assertThat(edited.exitCode()).isZero();
      assertThat(out.resolve("hackday-sopot-2021.json"))
          .as("a newer revision is converted")
          .isRegularFile();

      Path bad =
          Files.writeString(
              dir.resolve("bad.jsonl"),
              "{\"page\":\"X\",\"status\":\"written\",\"revision\":1}\nnot json\n");
      CliRun refused =
          CliRun.of(
              "fetch", "--api", api, "--title", "Hackday/Sopot 2021", "--resume", bad.toString());
      assertThat(refused.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
      assertThat(refused.err()).startsWith(bad + ": line 2, column ");
    }
  }

  @Test
  void smallDumpsPrintNoProgressInALog() throws Exception {
    Path dump = Files.write(dir.resolve("harbour.xml"), resource("makers-history.xml"));
    CliRun run =
        CliRun.of(
            "convert", dump.toString(), "--to", "json", "--out", dir.resolve("out").toString());
    assertThat(run.err())
        .as("only the failed page")
        .isEqualTo(dump + ": Hackday/Hel 2022: text deleted (revision 430); no event written\n");
  }
}
