package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.io.wikitext.ParsedPage;
import dev.hackathonkit.io.wikitext.WikitextParser;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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

/**
 * How fast a page is read, in one run beside the parse alone: {@code parse} is {@link
 * WikitextParser} only; {@code read} parses and maps with the page's profile (the Xen Project
 * wiki's, as a caller that names it or whose wiki is known); {@code readChoosing} also lets the
 * page core choose among every built-in profile (one mapping per profile); {@code readText} reads
 * the page as a browser shows it. Inputs are those of {@link WikitextBenchInputs}; {@code readText}
 * always reads the bundled rendered page. Scores are operations per second; megabytes per second
 * are that times the input's size ({@code samples/bench/page-read.sh} prints both).
 *
 * <pre>
 * mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=cp.txt
 * java -cp samples/target/classes:$(cat samples/cp.txt) org.openjdk.jmh.Main PageReadBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// As in WikitextParseBenchmark: a young generation that holds one parse, so that the figures
// measure the reader rather than the collector copying a growing tree.
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:+UseParallelGC"})
public class PageReadBenchmark {
  private static final Source SOURCE = Source.page("Xen", "Archived/Hackathon/May2013");

  /** Which markup input: see {@link WikitextBenchInputs#NAMES}. */
  @Param({"page-x1", "corpus-10mb"})
  public String input = "page-x1";

  private String markup = "";
  private String text = "";
  private final WikitextReader named =
      WikitextReader.standard().withProfile(PageProfile.xenProject()).withSource(SOURCE);
  private final WikitextReader choosing = WikitextReader.standard();
  private final RenderedPageReader rendered = RenderedPageReader.standard();

  /** Builds the inputs once per trial. */
  @Setup
  public void setUp() {
    markup = WikitextBenchInputs.input(input);
    try (InputStream in =
        PageReadBenchmark.class.getResourceAsStream("/dev/hackathonkit/samples/bundled/page.txt")) {
      text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the markup only, for comparison. */
  @Benchmark
  public ParsedPage parse() throws EventFormatException {
    return WikitextParser.parse(markup, input);
  }

  /** Parses and maps with the Xen Project wiki's profile. */
  @Benchmark
  public ImportResult read() throws EventFormatException {
    return named.read(markup);
  }

  /** Parses and maps, choosing the profile among the built-in ones. */
  @Benchmark
  public ImportResult readChoosing() throws EventFormatException {
    return choosing.read(markup);
  }

  /** Reads the bundled rendered page (the same page as text), choosing the profile. */
  @Benchmark
  public ImportResult readText() throws EventFormatException {
    return rendered.read(text, "page.txt");
  }
}
