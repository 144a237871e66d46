package dev.hackathonkit.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link MediaWikiClient.Builder} was told, checked and fixed, and how it is wired into
 * OkHttp: the cookie jar of the session, no OkHttp-level retries, then the {@link
 * HeaderInterceptor} (User-Agent, token) and the {@link RetryInterceptor} (with its {@link
 * Throttle}), in that order, so that every retry carries the headers and keeps the interval.
 */
record ClientOptions(
    URI apiUrl,
    String userAgent,
    @Nullable OkHttpClient httpClient,
    @Nullable Duration connectTimeout,
    @Nullable Duration readTimeout,
    RetryPolicy retryPolicy,
    Duration minInterval,
    int maxConcurrentRequests,
    @Nullable Duration maxlag,
    @Nullable String botUser,
    @Nullable Secret botPassword,
    @Nullable Secret accessToken,
    Sleeper sleeper,
    LongSupplier nanoTime,
    boolean followRedirects,
    long maxResponseBytes,
    String listLimit,
    Consumer<ApiWarning> warningListener) {

  /** A User-Agent must name a contact, as the Wikimedia User-Agent policy asks. */
  private static final Pattern CONTACT = Pattern.compile("@|https?://|www\\.");

  /** Refuses an API URL that is not http(s) or holds credentials. */
  static URI checkApiUrl(URI apiUrl) {
    if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
      throw new IllegalArgumentException("apiUrl must be http or https: " + apiUrl);
    }
    if (apiUrl.getUserInfo() != null) {
      throw new IllegalArgumentException("apiUrl must not hold credentials; use botPassword");
    }
    return apiUrl;
  }

  /** Refuses a User-Agent without an e-mail address or URL. */
  static String checkUserAgent(String userAgent) {
    if (!CONTACT.matcher(userAgent).find()) {
      throw new IllegalArgumentException(
          "userAgent must name the tool and a contact (e-mail or URL),"
              + " e.g. 'EventsBot/1.0 (ops@example.org)'; was '"
              + userAgent
              + "'");
    }
    return userAgent;
  }

  /** The client's own OkHttp client: the caller's, derived, or a new one. */
  OkHttpClient http(MemoryCookieJar cookies) {
    OkHttpClient.Builder hb =
        httpClient != null ? httpClient.newBuilder() : new OkHttpClient.Builder();
    if (connectTimeout != null) {
      hb.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (readTimeout != null) {
      hb.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      hb.writeTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    Throttle throttle = new Throttle(minInterval, sleeper, nanoTime);
    hb.cookieJar(cookies)
        .retryOnConnectionFailure(false)
        .addInterceptor(new HeaderInterceptor(userAgent, api().host(), accessToken))
        .addInterceptor(
            new RetryInterceptor(retryPolicy, sleeper, nanoTime, throttle, maxResponseBytes));
    return hb.build();
  }

  /** The session of a client: its transport on {@code http}, its login and tokens. */
  ApiSession session(OkHttpClient http, MemoryCookieJar cookies) {
    ApiTransport transport =
        new ApiTransport(api(), http, maxConcurrentRequests, maxlag, warningListener);
    return new ApiSession(transport, cookies, botUser, botPassword, accessToken != null);
  }

  private HttpUrl api() {
    return HttpUrl.get(apiUrl.toString());
  }
}
