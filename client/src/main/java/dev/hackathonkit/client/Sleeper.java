package dev.hackathonkit.client;

import java.time.Duration;

/**
 * Waits between retries and between throttled requests. Tests inject one that records the waits
 * instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given time.
   *
   * @param duration how long to wait, never negative
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The sleeper that really sleeps ({@link Thread#sleep(long, int)}). */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
  }
}
