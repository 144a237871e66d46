package dev.hackathonkit.samples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish}: writes an event to a wiki page with the conflict-safe edit. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads INPUT (any format convert reads) and writes it as wikitext to the page TITLE, never"
          + " overwriting a change someone else made since the page was read.",
      "Credentials come only from the environment (HACKATHONKIT_WIKI_USER and"
          + " HACKATHONKIT_WIKI_PASSWORD for a bot password, or HACKATHONKIT_WIKI_TOKEN for an OAuth 2"
          + " access token) or from --credentials FILE (properties: user, password or token),"
          + " never from arguments."
    })
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--api", required = true, paramLabel = "URL", description = "The wiki's api.php URL.")
  URI api = URI.create("http://localhost/api.php");

  @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The page to write.")
  String title = "";

  @Option(names = "--summary", paramLabel = "TEXT", defaultValue = "Updated with hackathon-kit", description = "Edit summary (default: ${DEFAULT-VALUE}).")
  String summary = "Updated with hackathon-kit";

  @Option(names = "--credentials", paramLabel = "FILE", description = "A properties file with user and password, or token.")
  @Nullable Path credentials;

  @Option(names = "--from", paramLabel = "FORMAT", description = "Read INPUT as this format: ${COMPLETION-CANDIDATES}.")
  @Nullable Format from;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The event to publish.")
  Path input = Path.of("");

  @Override
  public Integer call() {
    throw new CliException(
        HackathonKit.EXIT_USAGE, "publish: the MediaWiki client is not available in this build");
  }
}
