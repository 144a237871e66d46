package dev.hackathonkit.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Retries what may pass: a {@code maxlag} answer, HTTP 429 and 503 (after {@code Retry-After},
 * capped), HTTP 502 and 504, resets, timeouts and truncated answers (exponential backoff with
 * jitter), within the policy's attempts and deadline. Applies the throttle before every attempt and
 * reads the whole body of non-streamed answers, so that a body cut off is retried too. After the
 * last attempt the last answer is returned (or the last failure thrown) for the caller to report.
 */
final class RetryInterceptor implements Interceptor {

  /** Tag for requests whose answers are streamed to the caller and must not be buffered. */
  static final class Streamed {
    static final Streamed INSTANCE = new Streamed();

    private Streamed() {}
  }

  private static final System.Logger LOG = System.getLogger(MediaWikiClient.class.getName());

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final Throttle throttle;
  private final long maxBodyBytes;
  private final RandomGenerator random;

  /** With the jitter drawn from the current thread's {@link ThreadLocalRandom}. */
  RetryInterceptor(
      RetryPolicy policy,
      Sleeper sleeper,
      LongSupplier nanoTime,
      Throttle throttle,
      long maxBodyBytes) {
    this(
        policy,
        sleeper,
        nanoTime,
        throttle,
        maxBodyBytes,
        () -> ThreadLocalRandom.current().nextLong());
  }

  /** With the jitter drawn from {@code random}. */
  RetryInterceptor(
      RetryPolicy policy,
      Sleeper sleeper,
      LongSupplier nanoTime,
      Throttle throttle,
      long maxBodyBytes,
      RandomGenerator random) {
    this.random = random;
    this.policy = policy;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.throttle = throttle;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean buffer = request.tag(Streamed.class) == null;
    long start = nanoTime.getAsLong();
    for (int attempt = 1; ; attempt++) {
      throttle.awaitTurn();
      Response response;
      try {
        response = chain.proceed(request);
        if (buffer) {
          response = buffered(response);
        }
      } catch (IOException e) {
        Duration wait = backoff(attempt);
        if (!isTransient(e) || !mayRetry(attempt, start, wait)) {
          throw e;
        }
        LOG.log(
            System.Logger.Level.DEBUG,
            "retry {0} of {1} in {2} after {3}",
            attempt,
            request.url().host(),
            wait,
            e.toString());
        Sleeps.sleep(sleeper, wait);
        continue;
      }
      Duration wait = retryWait(response, attempt);
      if (wait == null || !mayRetry(attempt, start, wait)) {
        return response;
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          "retry {0} of {1} in {2} after HTTP {3} {4}",
          attempt,
          request.url().host(),
          wait,
          response.code(),
          response.header("MediaWiki-API-Error", ""));
      response.close();
      Sleeps.sleep(sleeper, wait);
    }
  }

  private boolean mayRetry(int attempt, long start, Duration wait) {
    if (attempt >= policy.maxAttempts()) {
      return false;
    }
    long elapsed = nanoTime.getAsLong() - start;
    return elapsed + wait.toNanos() <= policy.totalDeadline().toNanos();
  }

  private @Nullable Duration retryWait(Response response, int attempt) {
    int code = response.code();
    if ("maxlag".equals(response.header("MediaWiki-API-Error")) || code == 429 || code == 503) {
      Duration after = retryAfter(response.header("Retry-After"));
      return after != null ? after : backoff(attempt);
    }
    if (code == 502 || code == 504) {
      return backoff(attempt);
    }
    return null;
  }

  /** Seconds or an HTTP date, capped at the policy's maximum; null if absent or unreadable. */
  @Nullable Duration retryAfter(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(header.trim()));
    } catch (NumberFormatException e) {
      try {
        Instant at =
            ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        d = Duration.between(Instant.now(), at);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    return d.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : d;
  }

  /** Exponential from the initial backoff, capped, with jitter: a random wait in [b/2, b]. */
  Duration backoff(int attempt) {
    long initial = policy.initialBackoff().toNanos();
    long max = policy.maxBackoff().toNanos();
    long b = initial;
    for (int i = 1; i < attempt && b < max; i++) {
      b = b > max / 2 ? max : b * 2;
    }
    b = Math.min(b, max);
    if (b <= 1) {
      return Duration.ofNanos(b);
    }
    return Duration.ofNanos(b / 2 + random.nextLong(b - b / 2 + 1));
  }

  static boolean isTransient(IOException e) {
    if (e instanceof MediaWikiApiException) {
      return false;
    }
    if (e instanceof SocketTimeoutException
        || e instanceof SocketException
        || e instanceof EOFException
        || e instanceof ProtocolException) {
      return true;
    }
    String m = e.getMessage();
    return m != null
        && (m.startsWith("unexpected end of stream") || m.contains("stream was reset"));
  }

  private Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    Buffer buffer = new Buffer();
    try (body) {
      BufferedSource source = body.source();
      while (source.read(buffer, 64 * 1024) != -1) {
        if (buffer.size() > maxBodyBytes) {
          throw new IOException("answer larger than " + maxBodyBytes + " bytes");
        }
      }
    } catch (IOException e) {
      response.close();
      throw e;
    }
    return response.newBuilder().body(ResponseBody.create(buffer.readByteArray(), type)).build();
  }
}
