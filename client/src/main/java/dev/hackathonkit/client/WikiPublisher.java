package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.util.Optional;

/**
 * Publishes an event as a wiki page: its wikitext ({@link WikitextWriter}) saved with a
 * conflict-safe edit, so that a change someone made to the page since the event was read is never
 * overwritten.
 *
 * <pre>{@code
 * ImportResult read = WikiImporter.of(wiki).importPage("Hackathon/2026");
 * Event changed = read.event().toBuilder().title("Hackathon 2026 (moved)").build();
 * WikiPublisher.of(wiki).publish(changed, "Hackathon/2026");   // EditConflictException if changed since
 * }</pre>
 *
 * <p>The edit is based on the revision the event was read from ({@link Source#revisionId()} and
 * {@link Source#retrievedAt()}, when the event's source is this page), else on the page as it is
 * read just before saving; a page that does not exist is created ({@code createonly}). Immutable
 * and thread-safe.
 */
public final class WikiPublisher {

  private final MediaWikiClient client;
  private final WikitextWriter writer;
  private final String summary;

  private WikiPublisher(MediaWikiClient client, WikitextWriter writer, String summary) {
    this.client = requireNonNull(client, "client");
    this.writer = requireNonNull(writer, "writer");
    this.summary = requireNonNull(summary, "summary");
  }

  /** A publisher writing in the standard layout ({@link WikitextWriter#standard()}). */
  public static WikiPublisher of(MediaWikiClient client) {
    return new WikiPublisher(client, WikitextWriter.standard(), "Published with hackathon-kit");
  }

  /** A copy writing with another writer (another wiki's layout). */
  public WikiPublisher withWriter(WikitextWriter writer) {
    return new WikiPublisher(client, writer, summary);
  }

  /** A copy using another edit summary. */
  public WikiPublisher withSummary(String summary) {
    return new WikiPublisher(client, writer, summary);
  }

  /**
   * Writes the event to the page {@code title}.
   *
   * @param event the event
   * @param title the page
   * @return what the wiki saved ({@link EditResult#noChange()} if the page already said this)
   * @throws EditConflictException if the page changed since the event was read (or was created
   *     since it was found missing); nothing was overwritten
   * @throws MediaWikiApiException for every other refusal
   */
  public EditResult publish(Event event, String title) throws IOException {
    String text = writer.write(event);
    Optional<WikiPage> base = readBase(event, title);
    EditRequest.Builder edit;
    if (base.isPresent()) {
      edit = EditRequest.basedOn(base.get(), text);
      Source source = event.source();
      if (source != null && source.retrievedAt() != null) {
        edit.startTimestamp(source.retrievedAt());
      }
    } else {
      edit = EditRequest.basedOn(client.page(title), text);
    }
    return client.edit(edit.summary(summary).build());
  }

  /** The revision the event was read from, if its source is this page on this wiki. */
  private Optional<WikiPage> readBase(Event event, String title) throws IOException {
    Source source = event.source();
    if (source == null || source.revisionId() == null || source.page() == null
        || !sameTitle(source.page(), title)) {
      return Optional.empty();
    }
    return client.revision(source.revisionId()).filter(rev -> sameTitle(rev.title(), title));
  }

  private static boolean sameTitle(String a, String b) {
    String x = a.replace('_', ' ').trim();
    String y = b.replace('_', ' ').trim();
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y);
    }
    return Character.toUpperCase(x.charAt(0)) == Character.toUpperCase(y.charAt(0))
        && x.substring(1).equals(y.substring(1));
  }
}
