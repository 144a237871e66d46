package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadError;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Imports events from wiki pages: fetches each page's wikitext with the {@link MediaWikiClient} and
 * reads it with a {@link WikitextReader}, filling the event's {@link Source} (the wiki's name, the
 * page title, its address, the revision id and when it was read).
 *
 * <pre>{@code
 * WikiImporter importer = WikiImporter.of(wiki);
 * ImportResult summit = importer.importPage("Events/Summit 2024");
 * for (WikiImporter.PageImport page : importer.importPages("Archived/Hackathon/", ProgressListener.none())) {
 *   System.out.println(page.title() + ": " + (page.result() != null ? page.result().event().title() : page.error()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WikiImporter {

  /**
   * The outcome for one page of a bulk import: a result, or the reason there is none.
   *
   * @param title the page's title
   * @param result the imported event and report; null if the page could not be read
   * @param error why there is no result (the reader's {@link EventFormatException}); null otherwise
   */
  public record PageImport(
      String title, @Nullable ImportResult result, @Nullable EventFormatException error) {
    /** Checks that exactly one of result and error is present. */
    public PageImport {
      requireNonNull(title, "title");
      if ((result == null) == (error == null)) {
        throw new IllegalArgumentException("exactly one of result and error");
      }
    }
  }

  private final MediaWikiClient client;
  private final WikitextReader reader;
  private volatile @Nullable SiteInfo site;

  private WikiImporter(MediaWikiClient client, WikitextReader reader) {
    this.client = requireNonNull(client, "client");
    this.reader = requireNonNull(reader, "reader");
  }

  /**
   * An importer reading pages with {@link WikitextReader#standard()}.
   *
   * @param client the wiki
   * @return the importer
   */
  public static WikiImporter of(MediaWikiClient client) {
    return new WikiImporter(client, WikitextReader.standard());
  }

  /**
   * A copy reading pages with another reader (another wiki's {@code PageProfile}, other limits);
   * its source is replaced by each page's.
   *
   * @param reader the wikitext reader
   * @return the importer
   */
  public WikiImporter withReader(WikitextReader reader) {
    return new WikiImporter(client, reader);
  }

  /**
   * Imports one page (redirects followed).
   *
   * @param title the page
   * @return the event read from the page's current revision, with its source filled
   * @throws PageUnavailableException if the wiki has no such page, the title is not valid, or the
   *     wiki sent the page without its text ({@link PageUnavailableException#result()} says which,
   *     as {@link MediaWikiClient#page(String)} does)
   * @throws IOException for any failure of the request
   * @throws EventFormatException if the page breaks the reader's {@code ReadLimits}
   */
  public ImportResult importPage(String title) throws IOException, EventFormatException {
    PageResult r = client.page(title);
    if (r instanceof PageResult.Found found) {
      return read(found.page());
    }
    throw new PageUnavailableException(client.wiki(), r);
  }

  /**
   * Imports one revision of a page, such as an old version of it.
   *
   * @param page a revision read with {@link MediaWikiClient#revision(long)} or {@link
   *     MediaWikiClient#pageAt(String, java.time.Instant)}
   * @return the event, with its source naming that revision
   * @throws EventFormatException if the page breaks the reader's limits
   */
  public ImportResult importRevision(WikiPage page) throws IOException, EventFormatException {
    return read(page);
  }

  /**
   * Imports every page whose title starts with {@code prefix} (main namespace), fetched in batches.
   *
   * @param prefix the title prefix
   * @param progress told after each batch
   * @return one entry per page, in title order; a page the wiki sent without its text ({@link
   *     PageResult.TextUnavailable}) is an entry with an error saying why
   */
  public List<PageImport> importPages(String prefix, ProgressListener progress) throws IOException {
    List<PageImport> out = new ArrayList<>();
    for (PageResult r : client.pagesWithPrefix(prefix, 0, progress)) {
      if (r instanceof PageResult.Found found) {
        try {
          out.add(new PageImport(found.page().title(), read(found.page()), null));
        } catch (EventFormatException e) {
          out.add(new PageImport(found.page().title(), null, e));
        }
      } else if (r instanceof PageResult.TextUnavailable unavailable) {
        Location where = new Location(unavailable.title(), 0, 0);
        out.add(
            new PageImport(
                unavailable.title(),
                null,
                new EventFormatException(
                    ReadError.E104_NO_PAGE_TEXT,
                    where,
                    "the page's text, but the wiki sent none: " + unavailable.describe())));
      }
    }
    return out;
  }

  private ImportResult read(WikiPage page) throws IOException, EventFormatException {
    SiteInfo info = siteInfo();
    Source source =
        new Source(
            info.siteName(),
            page.title(),
            info.pageUrl(page.title()),
            page.revisionId(),
            page.retrievedAt());
    ImportResult read = reader.withSource(source).read(page.content());
    Event event = read.event().toBuilder().source(source).build();
    return new ImportResult(event, read.report());
  }

  private SiteInfo siteInfo() throws IOException {
    SiteInfo s = site;
    if (s == null) {
      s = client.siteInfo();
      site = s;
    }
    return s;
  }
}
