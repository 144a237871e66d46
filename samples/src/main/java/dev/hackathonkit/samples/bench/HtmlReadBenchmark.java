package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.html.HtmlPageReader;
import dev.hackathonkit.io.page.PageProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast HTML pages are read, in one run beside jsoup's own parse of the same files: {@code
 * jsoupParse} is {@code Jsoup.parse} only (jsoup's defaults: no position tracking); {@code read} is
 * the whole read by {@link HtmlPageReader} (jsoup's parse with positions, content selection,
 * outline, mapping with the generic profile); {@code readChoosing} lets the page core choose among
 * every built-in profile (one mapping per profile), as the command line does. One operation reads
 * every {@code .html} file of {@code dir} (the io module's HTML page corpus by default, read from
 * the repository's working copy); {@code samples/bench/html-read.sh} runs it and prints MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class HtmlReadBenchmark {
  /** The folder whose {@code .html} files are read. */
  @Param({"io/src/test/resources/dev/hackathonkit/io/page/corpus"})
  public String dir = "io/src/test/resources/dev/hackathonkit/io/page/corpus";

  private List<String> pages = List.of();
  private final HtmlPageReader generic =
      HtmlPageReader.standard().withProfile(PageProfile.generic());
  private final HtmlPageReader choosing = HtmlPageReader.standard();

  /** Reads the pages once per trial. */
  @Setup
  public void setUp() {
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      pages =
          files
              .filter(p -> p.toString().endsWith(".html"))
              .sorted()
              .map(
                  p -> {
                    try {
                      return Files.readString(p);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no HTML pages in " + dir + " (run from the repository's root)", e);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no .html files in " + Path.of(dir).toAbsolutePath());
    }
  }

  /** jsoup's parse alone, for comparison. */
  @Benchmark
  public void jsoupParse(Blackhole bh) {
    for (String html : pages) {
      Document d = Jsoup.parse(html);
      bh.consume(d);
    }
  }

  /** The whole read with the generic profile. */
  @Benchmark
  public void read(Blackhole bh) throws EventFormatException {
    for (int i = 0; i < pages.size(); i++) {
      bh.consume(generic.read(pages.get(i), "page" + i + ".html"));
    }
  }

  /** The whole read, the profile chosen among every built-in one. */
  @Benchmark
  public void readChoosing(Blackhole bh) throws EventFormatException {
    for (int i = 0; i < pages.size(); i++) {
      bh.consume(choosing.read(pages.get(i), "page" + i + ".html"));
    }
  }
}
