package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.frab.FrabScheduleReader;
import dev.hackathonkit.io.frab.FrabScheduleWriter;
import dev.hackathonkit.model.Event;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads the frab schedule ({@code schedule.xml} and {@code schedule.json}) of the {@link
 * ICalendarBenchmark} event, 10,000 scheduled topics over 100 days, so that the figures sit beside
 * the iCalendar ones (run both in one JMH invocation: {@code org.openjdk.jmh.Main
 * 'FrabBenchmark|ICalendarBenchmark'}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrabBenchmark {
  private final FrabScheduleWriter writer = FrabScheduleWriter.standard();
  private final FrabScheduleReader reader = FrabScheduleReader.standard();
  private Event event;
  private byte[] xml;
  private byte[] json;

  /** Builds the event and its two schedules once. */
  @Setup
  public void setUp() {
    event = ICalendarBenchmark.tenThousandTopics();
    xml = writer.writeXml(event).text().getBytes(StandardCharsets.UTF_8);
    json = writer.writeJson(event).text().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes {@code schedule.xml}. */
  @Benchmark
  public String writeXml() {
    return writer.writeXml(event).text();
  }

  /** Writes {@code schedule.json}. */
  @Benchmark
  public String writeJson() {
    return writer.writeJson(event).text();
  }

  /** Reads {@code schedule.xml} back into an event. */
  @Benchmark
  public ImportResult readXml() throws EventFormatException {
    return reader.read(xml, "schedule.xml");
  }

  /** Reads {@code schedule.json} back into an event. */
  @Benchmark
  public ImportResult readJson() throws EventFormatException {
    return reader.read(json, "schedule.json");
  }
}
