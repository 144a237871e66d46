package dev.hackathonkit.client;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Keeps a minimum interval between the starts of requests (retries included). */
final class Throttle {
  private final long minIntervalNanos;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private boolean started;
  private long nextStart;

  Throttle(Duration minInterval, Sleeper sleeper, LongSupplier nanoTime) {
    this.minIntervalNanos = minInterval.toNanos();
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
  }

  synchronized void awaitTurn() throws InterruptedIOException {
    if (minIntervalNanos <= 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (started && now - nextStart < 0) {
      Sleeps.sleep(sleeper, Duration.ofNanos(nextStart - now));
    }
    started = true;
    nextStart = nanoTime.getAsLong() + minIntervalNanos;
  }
}
