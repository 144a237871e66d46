package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.ApiWarning;
import dev.hackathonkit.client.MediaWikiClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Builds the MediaWiki client for {@code fetch} and {@code publish}. */
final class Wiki {
  static final String USER_ENV = "HACKATHONKIT_WIKI_USER";
  static final String PASSWORD_ENV = "HACKATHONKIT_WIKI_PASSWORD";
  static final String TOKEN_ENV = "HACKATHONKIT_WIKI_TOKEN";

  private Wiki() {}

  /**
   * The User-Agent the Wikimedia policy asks for: the tool, its version, where to reach its makers.
   */
  static String userAgent() {
    return "hackathon-kit/"
        + HackathonKit.Version.number()
        + " (https://github.com/hackathon-kit/hackathon-kit)";
  }

  /** A client without credentials, for reading; the wiki's API warnings go to {@code stderr}. */
  static MediaWikiClient reader(URI api, PrintWriter stderr) {
    return MediaWikiClient.builder(api).userAgent(userAgent()).onWarning(warnings(stderr)).build();
  }

  /**
   * Prints each warning the wiki sends with an answer (a deprecated or unrecognised parameter, a
   * lowered limit) on {@code stderr} as {@code warning: API [ACTION] MODULE: TEXT}, each text once
   * per run: a bulk fetch repeats the same request shape many times.
   */
  static Consumer<ApiWarning> warnings(PrintWriter stderr) {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    return w -> {
      if (seen.add(w.action() + "\n" + w.module() + "\n" + w.text())) {
        stderr.println("warning: " + w);
        stderr.flush();
      }
    };
  }

  /**
   * A client logged in with credentials from {@code credentialsFile} if given, else from the
   * environment: a bot password ({@value #USER_ENV}, {@value #PASSWORD_ENV}) or an OAuth 2 access
   * token ({@value #TOKEN_ENV}).
   *
   * @throws CliException (usage) when no credentials are found
   */
  static MediaWikiClient writer(
      URI api, @Nullable Path credentialsFile, Map<String, String> env, PrintWriter stderr) {
    String user = env.get(USER_ENV);
    String password = env.get(PASSWORD_ENV);
    String token = env.get(TOKEN_ENV);
    if (credentialsFile != null) {
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(credentialsFile, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new CliException(HackathonKit.EXIT_INPUT, HackathonKit.describe(e), e);
      }
      user = p.getProperty("user");
      password = p.getProperty("password");
      token = p.getProperty("token");
    }
    MediaWikiClient.Builder builder =
        MediaWikiClient.builder(api).userAgent(userAgent()).onWarning(warnings(stderr));
    if (token != null && !token.isBlank()) {
      builder.accessToken(token.strip());
    } else if (user != null && !user.isBlank() && password != null && !password.isBlank()) {
      builder.botPassword(user.strip(), password.strip());
    } else {
      String from =
          credentialsFile != null
              ? credentialsFile + " (keys user and password, or token)"
              : "the environment (" + USER_ENV + " and " + PASSWORD_ENV + ", or " + TOKEN_ENV + ")";
      throw new CliException(HackathonKit.EXIT_USAGE, "publish: no credentials in " + from);
    }
    return builder.build();
  }

  /** A client failure as one line with exit code 4. */
  static CliException failure(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CliException(HackathonKit.EXIT_WIKI, message.replaceAll("\\s+", " ").strip(), e);
  }
}
