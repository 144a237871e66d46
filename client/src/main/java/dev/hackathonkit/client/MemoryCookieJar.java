package dev.hackathonkit.client;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/** Keeps the session cookies of one client in memory (a login needs them). Thread-safe. */
final class MemoryCookieJar implements CookieJar {
  private final List<Cookie> cookies = new ArrayList<>();

  @Override
  public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
    for (Cookie c : received) {
      cookies.removeIf(
          old ->
              old.name().equals(c.name())
                  && old.domain().equals(c.domain())
                  && old.path().equals(c.path()));
      if (c.expiresAt() > System.currentTimeMillis()) {
        cookies.add(c);
      }
    }
  }

  @Override
  public synchronized List<Cookie> loadForRequest(HttpUrl url) {
    long now = System.currentTimeMillis();
    cookies.removeIf(c -> c.expiresAt() <= now);
    List<Cookie> out = new ArrayList<>();
    for (Cookie c : cookies) {
      if (c.matches(url)) {
        out.add(c);
      }
    }
    return out;
  }

  synchronized void clear() {
    cookies.clear();
  }
}
