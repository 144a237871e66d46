package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One revision of a page, with its wikitext ({@code prop=revisions}, main slot).
 *
 * @param title the page's title as the wiki spells it
 * @param namespace the namespace number
 * @param pageId the page id
 * @param revisionId the id of this revision
 * @param timestamp when this revision was saved; the {@code basetimestamp} of an edit based on it
 * @param content the wikitext (a revision the wiki sends without its text is no {@code WikiPage}:
 *     see {@link PageResult.TextUnavailable})
 * @param contentModel the content model, normally {@code wikitext}
 * @param retrievedAt the wiki's clock when the page was read ({@code curtimestamp}); the {@code
 *     starttimestamp} of an edit based on it
 */
public record WikiPage(
    String title,
    int namespace,
    long pageId,
    long revisionId,
    Instant timestamp,
    String content,
    String contentModel,
    Instant retrievedAt) {

  /** Checks that every part is present. */
  public WikiPage {
    requireNonNull(title, "title");
    requireNonNull(timestamp, "timestamp");
    requireNonNull(content, "content");
    requireNonNull(contentModel, "contentModel");
    requireNonNull(retrievedAt, "retrievedAt");
  }

  /** Shows the page without its content. */
  @Override
  public String toString() {
    return "WikiPage[title="
        + title
        + ", pageId="
        + pageId
        + ", revisionId="
        + revisionId
        + ", timestamp="
        + timestamp
        + ", "
        + content.length()
        + " chars]";
  }
}
