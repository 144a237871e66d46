package dev.hackathonkit.client;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Timeout;

/**
 * The client's decoding of MediaWiki Action API answers: every request gets the fuzzed body as a
 * JSON answer (an OkHttp interceptor answers in place of a server, so no socket is opened), and the
 * input's first byte picks the call that decodes it: site info, a page, a page at a time, a
 * revision, a rendered page, the token-and-edit dance's first answer. A bad answer refuses with an
 * {@link IOException} that says what the wiki answered; nothing else escapes ({@link
 * FuzzContract}).
 *
 * <p>Seeds (the MediaWikiClientTest answers, behind their call byte) and saved findings: {@code
 * ApiAnswerFuzzTestInputs/answersDecode}.
 */
class ApiAnswerFuzzTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void answersDecode(FuzzedDataProvider data) {
    int call = data.consumeInt(0, 4);
    byte[] body = data.consumeRemainingAsBytes();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(200)
                        .message("OK")
                        .body(ResponseBody.create(body, JSON))
                        .build())
            .build();
    try (MediaWikiClient wiki =
        MediaWikiClient.builder(URI.create("http://wiki.invalid/w/api.php"))
            .userAgent("hackathon-kit-fuzz/0.1 (fuzz@example.invalid)")
            .httpClient(http)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      FuzzContract.read(
          body.length,
          IOException.class,
          () ->
              switch (call) {
                case 0 -> wiki.siteInfo();
                case 1 -> wiki.page("Hackathon");
                case 2 -> wiki.pageAt("Hackathon", Instant.parse("2024-05-02T00:00:00Z"));
                case 3 -> wiki.revision(42);
                default -> wiki.parse("Hackathon");
              });
    }
  }
}
