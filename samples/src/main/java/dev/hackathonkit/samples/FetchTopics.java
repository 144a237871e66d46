package dev.hackathonkit.samples;

import dev.hackathonkit.client.MediaWikiClient;
import dev.hackathonkit.client.WikiImporter;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import java.net.URI;

/**
 * Fetches one page from a MediaWiki, reads its wikitext and prints its topics.
 *
 * <pre>
 * java -cp samples/target/hackathon-kit.jar dev.hackathonkit.samples.FetchTopics \
 *     https://wiki.xenproject.org/api.php Archived/Hackathon/May2013
 * </pre>
 */
public final class FetchTopics {
  private FetchTopics() {}

  /**
   * Prints the page's topics.
   *
   * @param args the wiki's {@code api.php} URL and the page title
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: FetchTopics API_URL TITLE");
      System.exit(2);
    }
    try (MediaWikiClient wiki =
        MediaWikiClient.builder(URI.create(args[0]))
            .userAgent("hackathon-kit-sample/1.0 (https://github.com/hackathon-kit/hackathon-kit)")
            .build()) {
      ImportResult page = WikiImporter.of(wiki).importPage(args[1]);

      Event event = page.event();
      // a page read from a wiki always names its source
      Source source =
          java.util.Objects.requireNonNull(event.source(), "an imported page without its source");
      System.out.println(
          event.title()
              + " (revision "
              + source.revisionId()
              + " on "
              + source.site()
              + "): "
              + event.topics().size()
              + " topics");
      for (Topic topic : event.topics()) {
        System.out.println("- " + topic.title() + " [" + topic.votes().size() + " will attend]");
      }
    }
  }
}
