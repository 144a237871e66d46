package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

  private final FakeTime time = new FakeTime();
  private final RetryInterceptor retry =
      new RetryInterceptor(
          RetryPolicy.defaults(), time, time, new Throttle(Duration.ZERO, time, time), 1024 * 1024);

  @RepeatedTest(20)
  void backoffDoublesWithJitterAndStaysUnderTheCap() {
    for (int attempt = 1; attempt <= 8; attempt++) {
      long full = Math.min(1000L << (attempt - 1), 30_000L);
      assertThat(retry.backoff(attempt).toMillis()).isBetween(full / 2, full);
    }
  }

  @Test
  void theJitterSpansHalfTheBackoffToAllOfIt() {
    // a source that always draws its lowest value, and one that always draws its highest
    RetryInterceptor lowest = jittered(bound -> 0);
    RetryInterceptor highest = jittered(bound -> bound - 1);
    for (int attempt = 1; attempt <= 8; attempt++) {
      Duration full = Duration.ofMillis(Math.min(1000L << (attempt - 1), 30_000L));
      assertThat(lowest.backoff(attempt)).isEqualTo(full.dividedBy(2));
      assertThat(highest.backoff(attempt)).isEqualTo(full);
    }
  }

  private RetryInterceptor jittered(java.util.function.LongUnaryOperator draw) {
    java.util.random.RandomGenerator source =
        new java.util.random.RandomGenerator() {
          @Override
          public long nextLong() {
            throw new AssertionError("only bounded draws are made");
          }

          @Override
          public long nextLong(long bound) {
            return draw.applyAsLong(bound);
          }
        };
    return new RetryInterceptor(
        RetryPolicy.defaults(),
        time,
        time,
        new Throttle(Duration.ZERO, time, time),
        1024 * 1024,
        source);
  }

  @Test
  void readsRetryAfterAsSecondsOrHttpDateAndCapsIt() {
    assertThat(retry.retryAfter("5")).isEqualTo(Duration.ofSeconds(5));
    assertThat(retry.retryAfter("100000")).isEqualTo(Duration.ofSeconds(60));
    assertThat(retry.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(retry.retryAfter("soon")).isNull();
    assertThat(retry.retryAfter(null)).isNull();
  }
}
