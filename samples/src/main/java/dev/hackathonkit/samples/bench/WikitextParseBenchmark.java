package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.wikitext.ParsedPage;
import dev.hackathonkit.io.wikitext.WikitextParser;
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
 * How fast {@link WikitextParser} parses: the realistic page once, 10 and 100 times over (time
 * should grow linearly), and a synthetic 10 MB template-heavy corpus ({@link WikitextBenchInputs}).
 * The score is in parses per second; megabytes per second are that times the input's size, which
 * {@code samples/bench/wikitext-vs-mwparserfromhell.sh} computes and compares with
 * mwparserfromhell.
 *
 * <pre>
 * mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=cp.txt
 * java -cp samples/target/classes:$(cat samples/cp.txt) org.openjdk.jmh.Main WikitextParseBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The parse builds a tree of about 14 bytes per input character that lives until the parse ends;
// with the default collector (G1, small adaptive young generation) a 10 MB parse spends most of
// its time copying that growing tree between young collections. A young generation that holds one
// parse measures the parser instead. Run with -jvmArgs "-Xmx2g" to see the default's figures.
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:+UseParallelGC"})
public class WikitextParseBenchmark {

  /** Which input: see {@link WikitextBenchInputs#NAMES}. */
  @Param({"page-x1", "page-x10", "page-x100", "corpus-10mb"})
  public String input = "page-x1";

  private String markup = "";

  /** Builds the input once per trial. */
  @Setup
  public void setUp() {
    markup = WikitextBenchInputs.input(input);
  }

  /**
   * Parses the input.
   *
   * @return the parsed page, so that the work is not optimised away
   * @throws EventFormatException never for these inputs
   */
  @Benchmark
  public ParsedPage parse() throws EventFormatException {
    return WikitextParser.parse(markup, input);
  }
}
