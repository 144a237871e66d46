package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fetches 500 generated pages under one prefix from the real MediaWiki, batched, and the same 500
 * one page per request, counting requests and wall time in the same run. Prints the figures and
 * writes them to {@code target/bulk-fetch-figures.txt}.
 */
class BulkFetchIT {

  private static final int PAGES = 500;
  private static final String PREFIX = "Bulk/Page ";
  private static MediaWikiPeer peer;

  /**
   * Seeds the pages with MediaWiki's own importDump.php (2-3 s; 500 API edits take about a minute
   * on a shared 2-core machine, and edits are tested elsewhere).
   */
  @BeforeAll
  static void createPages() throws Exception {
    peer = MediaWikiPeer.get();
    try (MediaWikiClient bot = peer.bot().build();
        var existing = bot.allPages(PREFIX, 0)) {
      if (existing.count() >= PAGES) {
        return;
      }
    }
    StringBuilder xml =
        new StringBuilder(
            "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n");
    for (int i = 0; i < PAGES; i++) {
      xml.append("<page><title>")
          .append(title(i))
          .append("</title><ns>0</ns><revision>")
          .append(
              "<timestamp>2026-01-01T00:00:00Z</timestamp><contributor><username>Admin</username>")
          .append("</contributor><model>wikitext</model><format>text/x-wiki</format>")
          .append("<text xml:space=\"preserve\">")
          .append(text(i))
          .append("</text></revision></page>\n");
    }
    xml.append("</mediawiki>\n");
    Path dump = Files.writeString(peer.dir().resolve("tmp").resolve("bulk.xml"), xml);
    long t0 = System.nanoTime();
    ProcessBuilder pb =
        new ProcessBuilder(
                "php",
                "/usr/share/mediawiki/maintenance/importDump.php",
                "--no-updates",
                dump.toString())
            .redirectErrorStream(true)
            .redirectOutput(peer.dir().resolve("logs").resolve("bulk-import.log").toFile());
    pb.environment().put("MW_CONFIG_FILE", peer.dir().resolve("LocalSettings.php").toString());
    pb.environment().put("TMPDIR", peer.dir().resolve("tmp").toString());
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("importDump.php finished").isTrue();
    assertThat(p.exitValue()).as("importDump.php exit status (log: logs/bulk-import.log)").isZero();
    System.out.printf(
        Locale.ROOT,
        "BulkFetchIT: imported %d pages in %.1f s%n",
        PAGES,
        (System.nanoTime() - t0) / 1e9);
  }

  private static String title(int i) {
    return String.format(Locale.ROOT, "%s%03d", PREFIX, i);
  }

  private static String text(int i) {
    return "Generated page " + i + ".\n{{Project|Project=Bulk " + i + "|Date=2024-05-05}}";
  }

  /** Counts the HTTP requests that leave the client (retries included). */
  private static final class Counting {
    final AtomicInteger requests = new AtomicInteger();
    final OkHttpClient http =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  requests.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();
  }

  @Test
  void fetchesFiveHundredPagesInAFewBatchedRequestsAndAgreesWithOneAtATime() throws Exception {
    Counting batched = new Counting();
    List<String> progress = new ArrayList<>();
    List<PageResult> bulk;
    long t0 = System.nanoTime();
    try (MediaWikiClient bot = peer.bot().httpClient(batched.http).build()) {
      bulk = bot.pagesWithPrefix(PREFIX, 0, (done, total) -> progress.add(done + "/" + total));
    }
    long batchedNanos = System.nanoTime() - t0;

    assertThat(bulk).hasSize(PAGES).allMatch(r -> r instanceof PageResult.Found);
    for (int i = 0; i < PAGES; i++) {
      WikiPage p = ((PageResult.Found) bulk.get(i)).page();
      assertThat(p.title()).isEqualTo(title(i));
      assertThat(p.content()).isEqualTo(text(i));
    }
    assertThat(progress).containsExactly("0/500", "500/500");

    Counting single = new Counting();
    List<PageResult> oneByOne = new ArrayList<>();
    t0 = System.nanoTime();
    try (MediaWikiClient bot = peer.bot().httpClient(single.http).build()) {
      for (int i = 0; i < PAGES; i++) {
        oneByOne.add(bot.page(title(i)));
      }
    }
    long singleNanos = System.nanoTime() - t0;
    assertThat(oneByOne).hasSize(PAGES).allMatch(r -> r instanceof PageResult.Found);
    for (int i = 0; i < PAGES; i++) {
      assertThat(((PageResult.Found) oneByOne.get(i)).page().revisionId())
          .isEqualTo(((PageResult.Found) bulk.get(i)).page().revisionId());
    }

    assertThat(batched.requests.get()).isLessThan(10);
    assertThat(single.requests.get()).isGreaterThan(PAGES);
    String figures =
        String.format(
            Locale.ROOT,
            "Fetching %d pages (%s000..%s499) from MediaWiki 1.39 on 127.0.0.1 (php -S, SQLite), same run:%n"
                + "  batched (allpages + titles=500, bot with apihighlimits): %d HTTP requests, %.2f s%n"
                + "  one page per request:                                    %d HTTP requests, %.2f s%n"
                + "  (both counts include the bot login: 2 requests, and one meta=userinfo|siteinfo for the rights and the version)%n",
            PAGES,
            PREFIX,
            PREFIX,
            batched.requests.get(),
            batchedNanos / 1e9,
            single.requests.get(),
            singleNanos / 1e9);
    System.out.print(figures);
    Files.writeString(Path.of("target", "bulk-fetch-figures.txt"), figures);
    batched.http.dispatcher().executorService().shutdown();
    single.http.dispatcher().executorService().shutdown();
  }
}
