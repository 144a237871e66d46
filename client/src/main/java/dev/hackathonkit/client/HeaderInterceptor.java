package dev.hackathonkit.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sets the User-Agent on every request and the OAuth 2 bearer token on requests to the API host.
 */
final class HeaderInterceptor implements Interceptor {
  private final String userAgent;
  private final String apiHost;
  private final @Nullable Secret bearer;

  HeaderInterceptor(String userAgent, String apiHost, @Nullable Secret bearer) {
    this.userAgent = userAgent;
    this.apiHost = apiHost;
    this.bearer = bearer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder b = chain.request().newBuilder().header("User-Agent", userAgent);
    if (bearer != null && chain.request().url().host().equals(apiHost)) {
      b.header("Authorization", "Bearer " + bearer.reveal());
    }
    return chain.proceed(b.build());
  }
}
