package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How often and how long the client retries a request that failed for a passing reason: a {@code
 * maxlag} answer, HTTP 429 or 503 (waiting for {@code Retry-After}, capped at {@code
 * maxRetryAfter}), or a transient failure (connection reset, timeout, truncated answer, HTTP 502 or
 * 504: exponential backoff from {@code initialBackoff} up to {@code maxBackoff}, with jitter). It
 * never retries past {@code maxAttempts} attempts or {@code totalDeadline} from the first attempt.
 *
 * @param maxAttempts attempts in all, at least 1 (1 = no retry)
 * @param initialBackoff wait before the first retry of a transient failure
 * @param maxBackoff the longest backoff wait
 * @param maxRetryAfter the longest wait a {@code Retry-After} header may ask for
 * @param totalDeadline time from the first attempt after which no retry starts
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration totalDeadline) {

  /** Checks the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNonNull(initialBackoff, "initialBackoff");
    requireNonNull(maxBackoff, "maxBackoff");
    requireNonNull(maxRetryAfter, "maxRetryAfter");
    requireNonNull(totalDeadline, "totalDeadline");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
    }
    if (maxRetryAfter.isNegative() || totalDeadline.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter and totalDeadline must not be negative");
    }
  }

  /** 5 attempts, backoff 1 s to 30 s, {@code Retry-After} up to 60 s, all within 5 minutes. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5));
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** A copy with another number of attempts. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter, totalDeadline);
  }

  /** A copy with another total deadline. */
  public RetryPolicy withTotalDeadline(Duration deadline) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, deadline);
  }
}
