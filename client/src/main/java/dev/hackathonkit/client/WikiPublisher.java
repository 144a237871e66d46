package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.wikitext.PageEdit;
import dev.hackathonkit.io.wikitext.PageEditor;
import dev.hackathonkit.io.wikitext.WikitextWriter;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Publishes an event to a wiki page by editing the page where the event changed ({@link
 * PageEditor}), never by writing the page anew: every line the change does not touch stays as it
 * is. The edit is conflict-safe: it is based on the revision read just before saving, so a change
 * someone saves in between is never overwritten.
 *
 * <pre>{@code
 * ImportResult read = WikiImporter.of(wiki).importPage("Hackathon/2026");
 * Event changed = read.event().toBuilder().attendees(more).build();
 * WikiPublisher.Publication p = WikiPublisher.of(wiki).prepare(changed, "Hackathon/2026");
 * System.out.print(p.edit().diff("Hackathon/2026"));   // what would be saved
 * WikiPublisher.of(wiki).publish(changed, "Hackathon/2026");
 * }</pre>
 *
 * <p>The change is the difference between the event as read from the revision it names ({@link
 * Source#revisionId()}, when the event's source is this page) and the event given; without such a
 * revision, between the page as it is now and the event. It is carried into the page as it is now,
 * so an edit someone made since the event was read stays. A page that does not exist is created in
 * the layout of the writer's profile ({@code createonly}). Immutable and thread-safe.
 */
public final class WikiPublisher {

  private final MediaWikiClient client;
  private final WikitextWriter writer;
  private final @Nullable PageProfile profile;
  private final String summary;

  private WikiPublisher(
      MediaWikiClient client,
      WikitextWriter writer,
      @Nullable PageProfile profile,
      String summary) {
    this.client = requireNonNull(client, "client");
    this.writer = requireNonNull(writer, "writer");
    this.profile = profile;
    this.summary = requireNonNull(summary, "summary");
  }

  /**
   * A publisher that reads each page with the profile the page core chooses for it, and creates new
   * pages in the standard layout ({@link WikitextWriter#standard()}).
   */
  public static WikiPublisher of(MediaWikiClient client) {
    return new WikiPublisher(
        client, WikitextWriter.standard(), null, "Published with hackathon-kit");
  }

  /** A copy that reads pages with {@code profile} and creates new pages in its layout. */
  public WikiPublisher withProfile(PageProfile profile) {
    return new WikiPublisher(
        client,
        WikitextWriter.standard().withProfile(profile),
        requireNonNull(profile, "profile"),
        summary);
  }

  /** A copy creating new pages with another writer (another wiki's layout). */
  public WikiPublisher withWriter(WikitextWriter writer) {
    return new WikiPublisher(client, writer, profile, summary);
  }

  /** A copy using another edit summary. */
  public WikiPublisher withSummary(String summary) {
    return new WikiPublisher(client, writer, profile, summary);
  }

  /**
   * What publishing an event would save, computed without saving.
   *
   * @param title the page
   * @param read the page as read just before (the base of the conflict-safe edit)
   * @param text the page's new markup
   * @param edit the in-place edit of an existing page, or {@code null} for a new page
   * @param baseRevisionId the revision the change started from, or {@code null} when it started
   *     from the page as read now
   */
  public record Publication(
      String title,
      PageResult read,
      String text,
      @Nullable PageEdit edit,
      @Nullable Long baseRevisionId) {
    /** Checks. */
    public Publication {
      requireNonNull(title, "title");
      requireNonNull(read, "read");
      requireNonNull(text, "text");
    }

    /** Whether every part of the change has its place (always, for a new page). */
    public boolean complete() {
      return edit == null || edit.complete();
    }

    /** Whether the page had a newer revision than the one the change started from. */
    public boolean pageChanged() {
      return baseRevisionId != null
          && read instanceof PageResult.Found f
          && f.page().revisionId() != baseRevisionId;
    }
  }

  /**
   * Reads the page and carries the change into it, saving nothing.
   *
   * @param event the event as it should be
   * @param title the page
   * @return the new markup, with the edit (its diff, what was written and what was not)
   * @throws EventFormatException if the page is larger or nested deeper than the reader's limits
   * @throws MediaWikiApiException if the wiki refuses to read the page, or sends it without its
   *     text (code {@code texthidden}, {@code textmissing} or {@code textdeleted}: see {@link
   *     MissingText})
   */
  public Publication prepare(Event event, String title) throws IOException, EventFormatException {
    requireNonNull(event, "event");
    PageResult read = client.page(requireNonNull(title, "title"));
    if (read instanceof PageResult.TextUnavailable unavailable) {
      throw new MediaWikiApiException(
          client.wiki(),
          "query",
          "titles=" + title,
          200,
          unavailable.reason().code(),
          "the page exists but its text can't be read ("
              + unavailable.describe()
              + "); nothing to edit it from",
          null,
          null);
    }
    if (!(read instanceof PageResult.Found found)) {
      return new Publication(title, read, writer.write(event), null, null);
    }
    WikiPage current = found.page();
    Optional<WikiPage> base = readBase(event, title);
    SiteInfo info = client.siteInfo();
    Source source =
        new Source(
            info.siteName(),
            current.title(),
            info.pageUrl(current.title()),
            current.revisionId(),
            current.retrievedAt());
    PageEditor editor = PageEditor.standard().withProfile(profile).withSource(source);
    PageEdit edit =
        editor.edit(
            current.content(), base.map(WikiPage::content).orElse(current.content()), event);
    return new Publication(
        title, read, edit.markup(), edit, base.map(WikiPage::revisionId).orElse(null));
  }

  /**
   * Saves what {@link #prepare} computed, the parts that have a place, with an edit based on the
   * revision it read.
   *
   * @return what the wiki saved ({@link EditResult#noChange()} if the page already said this)
   * @throws EditConflictException if the page changed since it was read; nothing was overwritten
   * @throws MediaWikiApiException for every other refusal
   */
  public EditResult publish(Publication publication) throws IOException {
    requireNonNull(publication, "publication");
    return client.edit(
        EditRequest.basedOn(publication.read(), publication.text()).summary(summary).build());
  }

  /**
   * Writes the event to the page {@code title}: prepares the edit and saves it when every part of
   * the change has its place.
   *
   * @param event the event as it should be
   * @param title the page
   * @return what the wiki saved ({@link EditResult#noChange()} if the page already said this)
   * @throws UnplacedChangesException if a part of the change has no place on the page (or, the page
   *     having changed since the event was read, no longer has one); nothing was saved
   * @throws EditConflictException if the page changed between reading and saving; nothing was
   *     overwritten
   * @throws EventFormatException if the page is larger or nested deeper than the reader's limits
   * @throws MediaWikiApiException for every other refusal
   */
  public EditResult publish(Event event, String title) throws IOException, EventFormatException {
    Publication p = prepare(event, title);
    PageEdit edit = p.edit();
    if (edit != null && !edit.complete()) { // p.complete()
      throw new UnplacedChangesException(title, edit.unplaced(), p.pageChanged());
    }
    return publish(p);
  }

  /** The revision the event was read from, if its source is this page on this wiki. */
  private Optional<WikiPage> readBase(Event event, String title) throws IOException {
    Source source = event.source();
    if (source == null
        || source.revisionId() == null
        || source.page() == null
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
