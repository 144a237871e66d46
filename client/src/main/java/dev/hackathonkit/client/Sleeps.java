package dev.hackathonkit.client;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Sleeping inside OkHttp's call chain, where only IOExceptions may leave. */
final class Sleeps {
  private Sleeps() {}

  static void sleep(Sleeper sleeper, Duration d) throws InterruptedIOException {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
      io.initCause(e);
      throw io;
    }
  }
}
