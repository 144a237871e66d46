package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.csv.CsvEventReader;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.csv.CsvOptions;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads an event of {@value #TOPICS} topics (one vote each) as the CSV table set in a
 * temporary folder. Rows per second = {@value #TOPICS} / (seconds per operation); {@code
 * topics.csv} is about 100 MB.
 *
 * <pre>
 * mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/cp.txt
 * java -cp samples/target/classes:$(cat samples/target/cp.txt) org.openjdk.jmh.Main CsvBenchmark -prof gc
 * java -Xmx1g -cp samples/target/classes:$(cat samples/target/cp.txt) dev.hackathonkit.samples.bench.CsvPeakHeap
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CsvBenchmark {
  /** Topics in the benchmark event. */
  public static final int TOPICS = 100_000;

  private static final CsvOptions OPTIONS =
      CsvOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxInputChars(1L << 30));

  private Event event;
  private Path written;
  private Path scratch;

  /** Builds the event and writes it once for the read benchmark. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    event = event(TOPICS);
    written = Files.createTempDirectory("csv-bench-read");
    CsvEventWriter.standard().withOptions(OPTIONS).writeFolder(event, written);
    scratch = Files.createTempDirectory("csv-bench-write");
  }

  /** Deletes the temporary folders. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    delete(written);
    delete(scratch);
  }

  /** Writes the five tables. */
  @Benchmark
  public Path write() throws IOException {
    CsvEventWriter.standard().withOptions(OPTIONS).writeFolder(event, scratch);
    return scratch;
  }

  /** Reads the five tables back (strict mode). */
  @Benchmark
  public ImportResult read() throws IOException, EventFormatException {
    return CsvEventReader.standard().withOptions(OPTIONS).readFolder(written);
  }

  /**
   * An event with {@code topics} topics of about 1 KB each: every field set, two contacts, one
   * vote, text with commas, quotes, line breaks, non-ASCII letters and a formula-like start.
   */
  static Event event(int topics) {
    LocalDate day = LocalDate.of(2026, 5, 14);
    Event.Builder b =
        Event.builder()
            .id("bench")
            .title("Benchmark summit")
            .timeZone(ZoneId.of("Europe/Dublin"))
            .addDay(EventDay.of(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
    String paragraph =
        "Ideas, \"quoted\" words, semi;colons and café names such as Roger Pau Monné; ";
    for (int i = 0; i < topics; i++) {
      b.addTopic(
          Topic.builder()
              .id("topic-" + i)
              .title("Topic " + i + ": improve the, \"scheduler\"")
              .insertedOn(day.minusDays(i % 300))
              .verified(i % 2 == 0 ? "yes" : "Not updated in 2020")
              .gsoc(Gsoc.values()[i % 3])
              .addContact(
                  new Person("Ana Müller", "ana" + i + "@example.org", "Example Corp", null))
              .addContact(new Person("José García", null, null, "or a deputy"))
              .mailingList("devel@")
              .ircChannel("#devel")
              .difficulty(i % 2 == 0 ? "N/A" : "medium")
              .skills("C, Python")
              .description(
                  paragraph.repeat(7) + "\n- first item\n  - nested item\n\n=not a formula " + i)
              .outcomes("-minus " + paragraph.repeat(3))
              .addComment(
                  new Comment(
                      "Ana.Müller",
                      Instant.parse("2026-04-29T18:02:00Z"),
                      "Will attend",
                      CommentKind.VOTE))
              .putExtra("Mentor", "Zoë Øster")
              .build());
    }
    return b.build();
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
