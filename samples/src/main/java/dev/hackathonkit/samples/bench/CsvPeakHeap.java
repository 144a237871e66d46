package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.csv.CsvEventReader;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.csv.CsvOptions;
import dev.hackathonkit.model.Event;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap of writing and reading the {@link CsvBenchmark} event ({@value CsvBenchmark#TOPICS}
 * topics, a {@code topics.csv} of about 100 MB): the heap the model itself holds, then the peak of
 * each phase, summed over the heap pools' peak usage (reset before each phase). Run with a fixed
 * {@code -Xmx} (see {@link CsvBenchmark}).
 */
public final class CsvPeakHeap {
  private CsvPeakHeap() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   * @throws Exception if writing or reading fails
   */
  public static void main(String[] args) throws Exception {
    CsvOptions options =
        CsvOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxInputChars(1L << 30));
    Path dir = Files.createTempDirectory("csv-peak");
    try {
      Event event = CsvBenchmark.event(CsvBenchmark.TOPICS);
      long model = settledHeap();
      System.out.printf("model of %d topics: %d MB retained%n", event.topics().size(), model >> 20);

      resetPeaks();
      long start = System.nanoTime();
      CsvEventWriter.standard().withOptions(options).writeFolder(event, dir);
      long writeNanos = System.nanoTime() - start;
      System.out.printf(
          "write: heap pools peak (sum, upper bound) %d MB, %.1f s, topics.csv %d MB%n",
          peak() >> 20, writeNanos / 1e9, Files.size(dir.resolve("topics.csv")) >> 20);

      event = null;
      long baseline = settledHeap();
      resetPeaks();
      start = System.nanoTime();
      ImportResult back = CsvEventReader.standard().withOptions(options).readFolder(dir);
      long readNanos = System.nanoTime() - start;
      long readPeak = peak();
      long retained = settledHeap() - baseline;
      System.out.printf(
          "read: heap pools peak (sum, upper bound) %d MB, %.1f s, %d topics, result retains %d MB%n",
          readPeak >> 20, readNanos / 1e9, back.event().topics().size(), retained >> 20);
    } finally {
      CsvBenchmark.delete(dir);
    }
  }

  private static long settledHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void resetPeaks() {
    settledHeap();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
