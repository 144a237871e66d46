package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;

/**
 * The throwaway MediaWiki that Maven starts before the integration tests
 * (src/test/scripts/mediawiki-up.sh, pre-integration-test): its address and accounts, read from the
 * {@code mediawiki.env} file the script writes. Tests fail, never skip, when it is not there.
 */
final class MediaWikiPeer {
  static final String USER_AGENT =
      "HackathonKitIT/0.1 (https://github.com/hackathon-kit/hackathon-kit; it@example.org)";

  private final Properties env = new Properties();

  private MediaWikiPeer(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      env.load(r);
    }
  }

  /** The running peer; fails the test if Maven did not start one or it does not answer. */
  static MediaWikiPeer get() {
    String file = System.getProperty("mediawiki.env");
    if (file == null) {
      return Assertions.fail(
          "system property mediawiki.env is not set: run the ITs with `mvn verify`,"
              + " which starts MediaWiki with src/test/scripts/mediawiki-up.sh");
    }
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      return Assertions.fail(
          "no MediaWiki: " + path + " is missing (mediawiki-up.sh did not run or failed)");
    }
    try {
      MediaWikiPeer peer = new MediaWikiPeer(path);
      try (MediaWikiClient anon = peer.anonymous().build()) {
        assertThat(anon.siteInfo().generator())
            .as("MediaWiki answers on " + peer.api())
            .startsWith("MediaWiki");
      }
      return peer;
    } catch (IOException e) {
      return Assertions.fail("MediaWiki from " + path + " can't be reached: " + e.getMessage(), e);
    }
  }

  String get(String key) {
    String v = env.getProperty(key);
    if (v == null) {
      return Assertions.fail(key + " missing from mediawiki.env");
    }
    return v;
  }

  URI api() {
    return URI.create(get("MW_API_URL"));
  }

  Path dir() {
    return Path.of(get("MW_DIR"));
  }

  MediaWikiClient.Builder anonymous() {
    return MediaWikiClient.builder(api()).userAgent(USER_AGENT);
  }

  /** The administrator's bot password: {@code apihighlimits}, {@code noratelimit}. */
  MediaWikiClient.Builder bot() {
    return anonymous().botPassword(get("MW_BOT_USER"), get("MW_BOT_PASS"));
  }

  /** A second, plain user (its own bot password), for edit conflicts. */
  MediaWikiClient.Builder editor() {
    return anonymous().botPassword(get("MW_EDITOR_BOT_USER"), get("MW_EDITOR_BOT_PASS"));
  }

  /** A text resource on the test class path (this module's or the io test jar's). */
  static String resource(String path) throws IOException {
    try (var in = MediaWikiPeer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("test resource " + path + " not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Creates (or updates) the templates the event pages use: Project, Vote, Comment, N/A. */
  void installTemplates(MediaWikiClient bot) throws IOException {
    for (String[] t :
        new String[][] {
          {"Project", "Project"}, {"Vote", "Vote"}, {"Comment", "Comment"}, {"N/A", "N_A"}
        }) {
      String text = resource("/dev/hackathonkit/client/templates/" + t[1] + ".wiki");
      bot.edit(EditRequest.builder("Template:" + t[0], text).summary("test template").build());
    }
  }

  /** Makes api.php report {@code seconds} of database lag; {@code null} stops it. */
  void fakeLag(Integer seconds) throws IOException {
    Path f = dir().resolve("fake-lag");
    if (seconds == null) {
      Files.deleteIfExists(f);
    } else {
      Files.writeString(f, seconds.toString());
    }
  }
}
