package dev.hackathonkit.client;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The wiki's database replicas lagged more than the request's {@code maxlag} allowed, on every
 * attempt the {@link RetryPolicy} permitted. Try again later.
 */
public final class MaxlagException extends MediaWikiApiException {

  private static final long serialVersionUID = 1L;

  private final double lagSeconds;
  private final @Nullable Duration retryAfter;

  MaxlagException(
      String wiki,
      String action,
      String request,
      int status,
      String info,
      double lagSeconds,
      @Nullable Duration retryAfter) {
    super(wiki, action, request, status, "maxlag", info, null, null);
    this.lagSeconds = lagSeconds;
    this.retryAfter = retryAfter;
  }

  /** The lag the wiki reported, in seconds ({@code NaN} if it reported none). */
  public double lagSeconds() {
    return lagSeconds;
  }

  /** The wait the wiki asked for ({@code Retry-After}), if it sent one. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
