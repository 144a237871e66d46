package dev.hackathonkit.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.model.Event;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one contract every fuzz target ({@code *FuzzTest}) checks, so that no target words a rule of
 * its own:
 *
 * <ul>
 *   <li>a read either returns, or throws {@link EventFormatException} whose {@link Location} names
 *       the source, a line and a column (both from 1) and what was expected; any other exception or
 *       {@link Error} (a stack overflow, an out-of-memory, an assertion) is a finding;
 *   <li>time: the read's CPU time stays under {@link #cpuBoundNanos(long)}, proportional to the
 *       input (a hang is caught as well by the {@code @Timeout} every target carries, which Jazzer
 *       turns into libFuzzer's {@code -timeout});
 *   <li>memory: the bytes the read allocates stay under {@link #allocationBound(long)},
 *       proportional to the input (allocation bounds what a read can hold, and is measured per
 *       call, not guessed from a heap that the collector cleans when it likes);
 *   <li>round trips: {@link #sameEvent} for formats that keep every field, {@link #stableText} for
 *       formats that drop some (what the writer wrote reads back to an event the writer writes the
 *       same way again).
 * </ul>
 *
 * <p>Calls while the JVM is still loading classes (the first reads, Jazzer instrumenting them) are
 * exempt from the time and memory bounds: they measure the class loader, not the reader. A read
 * over a bound is measured once more before it counts, so that a one-time cost (a cache a reader
 * fills on first use) is not taken for the input's.
 */
public final class FuzzContract {
  /** How long each target fuzzes in a {@code mvn verify} burst ({@code JAZZER_FUZZ=1}). */
  public static final String BURST = "10s";

  /** Per-input hang bound in seconds, for the targets' {@code @Timeout}. */
  public static final int TIMEOUT_SECONDS = 20;

  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private FuzzContract() {}

  /** A read under test. */
  @FunctionalInterface
  public interface Read<T> {
    /** Runs the read. */
    T run() throws Exception;
  }

  /** CPU time a read of {@code inputSize} chars or bytes may take: 1 s plus 50 µs per unit. */
  public static long cpuBoundNanos(long inputSize) {
    return 1_000_000_000L + 50_000L * inputSize;
  }

  /**
   * Bytes a read of {@code inputSize} chars or bytes may allocate: 64 MiB plus 64 KiB per unit. In
   * a fuzzing run this includes what Jazzer's comparison and regex hooks allocate on the reader's
   * behalf, many times what the reader does alone (a 2.8 K-character text page: 2 MiB plain, 80 MB
   * and more under the hooks; an 8 K-character HTML page: 263 MB), so the bound catches a read
   * whose memory grows faster than its input, not a reader's ordinary appetite.
   */
  public static long allocationBound(long inputSize) {
    return (64L << 20) + 65_536L * inputSize;
  }

  /**
   * Runs a reader's read under the contract.
   *
   * @param inputSize the input's length in chars or bytes, for the time and memory bounds
   * @return the result, or empty when the reader refused the input with a located {@link
   *     EventFormatException}
   */
  public static <T> Optional<T> read(long inputSize, Read<T> read) {
    return read(inputSize, EventFormatException.class, read);
  }

  /**
   * Runs a read that may refuse its input with {@code refusal} (the client's {@code IOException}s,
   * which name what the wiki answered); {@link EventFormatException}s must carry a location.
   */
  public static <T> Optional<T> read(
      long inputSize, Class<? extends Exception> refusal, Read<T> read) {
    return read(inputSize, 0, refusal, read);
  }

  /**
   * As {@link #read(long, Class, Read)} for a reader that may claim {@code allowance} bytes more
   * than {@link #allocationBound(long)} whatever the input's size (a decompressor's window, which
   * the reader caps).
   */
  public static <T> Optional<T> read(
      long inputSize, long allowance, Class<? extends Exception> refusal, Read<T> read) {
    long[] cost = new long[3];
    Optional<T> out = measured(refusal, read, cost);
    long cpuBound = cpuBoundNanos(inputSize);
    long bytesBound = allocationBound(inputSize) + allowance;
    if (cost[0] == 0 && (cost[1] > cpuBound || cost[2] > bytesBound)) {
      // over a bound: read once more, so that a one-time cost (a cache filled on first use) is not
      // taken for the input's
      measured(refusal, read, cost);
      if (cost[0] == 0) {
        assertThat(cost[1])
            .as("CPU ns for %d units of input", inputSize)
            .isLessThanOrEqualTo(cpuBound);
        assertThat(cost[2])
            .as("bytes allocated for %d units of input", inputSize)
            .isLessThanOrEqualTo(bytesBound);
      }
    }
    return out;
  }

  /**
   * Runs the read; {@code cost} gets the classes it loaded, its CPU ns and the bytes it allocated.
   */
  private static <T> Optional<T> measured(
      Class<? extends Exception> refusal, Read<T> read, long[] cost) {
    long classes = CLASSES.getTotalLoadedClassCount();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    Optional<T> out;
    try {
      out = Optional.of(Objects.requireNonNull(read.run(), "a read returned null"));
    } catch (Exception e) {
      if (!refusal.isInstance(e)) {
        throw new AssertionError(
            "only " + refusal.getSimpleName() + " may escape a read, not " + e, e);
      }
      if (e instanceof EventFormatException f) {
        located(f);
      } else {
        assertThat(e.getMessage()).as("refusal message").isNotBlank();
      }
      out = Optional.empty();
    }
    cost[0] = CLASSES.getTotalLoadedClassCount() - classes;
    cost[1] = THREADS.getCurrentThreadCpuTime() - cpu;
    cost[2] = THREADS.getCurrentThreadAllocatedBytes() - allocated;
    return out;
  }

  /** An {@link EventFormatException} names its source, line, column and what was expected. */
  public static void located(EventFormatException e) {
    assertThat(e.location()).as("location of %s", e.getMessage()).isNotNull();
    located(e.location());
    assertThat(e.expected()).as("what %s expected", e.getMessage()).isNotBlank();
  }

  /**
   * A location names its source and a line and column from 1; line 0 (the whole input) only with
   * column 0, as {@link Location} defines them.
   */
  public static void located(Location at) {
    assertThat(at.source()).as("source of %s", at).isNotBlank();
    assertThat(at.line()).as("line of %s", at).isNotNegative();
    assertThat(at.column()).as("column of %s", at).isNotNegative();
    if (at.line() == 0) {
      assertThat(at.column()).as("column of whole-input %s", at).isZero();
    }
  }

  /** Every problem in a report stands at a place in the input, and coverage is a share. */
  public static void sound(ImportResult result) {
    assertThat(result.report().coverage()).as("coverage").isBetween(0.0, 1.0);
    sound(result.report().problems());
  }

  /** Every problem stands at a place in the input (see {@link #located(Location)}). */
  public static void sound(List<ImportProblem> problems) {
    for (ImportProblem p : problems) {
      located(p.location());
      assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
  }

  /** A writer's text for an event. */
  @FunctionalInterface
  public interface Write<S> {
    /** Writes the event. */
    S write(Event event) throws Exception;
  }

  /** A reader of what {@link Write} wrote. */
  @FunctionalInterface
  public interface ReadBack<S> {
    /** Reads the written form back. */
    Event read(S written) throws Exception;
  }

  /**
   * Round trip of a format that keeps every field: the event written and read back is the same
   * event (the source, which names where it was read, aside).
   */
  public static <S> void sameEvent(Event read, Write<S> write, ReadBack<S> readBack) {
    Event back = back(read, write, readBack);
    assertThat(withoutSource(back))
        .as("event written and read back")
        .isEqualTo(withoutSource(read));
  }

  /**
   * Round trip of a format that keeps only some fields: what the writer wrote reads back to an
   * event that the writer writes the same way again.
   */
  public static <S> void stableText(Event read, Write<S> write, ReadBack<S> readBack) {
    S first;
    try {
      first = write.write(read);
    } catch (Exception e) {
      throw new AssertionError("the writer failed on what the reader read: " + e, e);
    }
    Event back = back(read, write, readBack);
    try {
      assertThat(write.write(back)).as("written, read back and written again").isEqualTo(first);
    } catch (Exception e) {
      throw new AssertionError("the writer failed on what it read back: " + e, e);
    }
  }

  private static <S> Event back(Event read, Write<S> write, ReadBack<S> readBack) {
    try {
      return readBack.read(write.write(read));
    } catch (EventFormatException e) {
      throw new AssertionError("the reader refused what the writer wrote: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new AssertionError("round trip failed: " + e, e);
    }
  }

  private static Event withoutSource(Event e) {
    return e.toBuilder().source(null).build();
  }
}
