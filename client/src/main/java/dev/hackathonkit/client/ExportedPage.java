package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One revision of one page in a {@code Special:Export} XML dump.
 *
 * @param title the page's title
 * @param namespace the namespace number
 * @param pageId the page id
 * @param revisionId the revision id
 * @param timestamp when the revision was saved
 * @param contributor the user name or IP address of the author, if not hidden
 * @param comment the edit summary, if any
 * @param model the content model, such as {@code wikitext}
 * @param text the revision's text; empty when {@code missingText} says why there is none
 * @param missingText why the dump holds no text for this revision ({@link MissingText#DELETED},
 *     {@link MissingText#NOT_IN_DUMP}, {@link MissingText#NO_REVISION}); null when it holds it
 * @param siteName the wiki's name from the dump's {@code <siteinfo><sitename>}, or null when the
 *     dump has none
 * @param redirectTarget the title the page redirects to, from the dump's {@code <redirect
 *     title="…"/>} (MediaWiki export schema 0.3 and later), or null when the page is no redirect
 */
public record ExportedPage(
    String title,
    int namespace,
    long pageId,
    long revisionId,
    @Nullable Instant timestamp,
    @Nullable String contributor,
    @Nullable String comment,
    String model,
    String text,
    @Nullable MissingText missingText,
    @Nullable String siteName,
    @Nullable String redirectTarget) {

  /** Checks that the title, model and text are present, and that a missing text has no text. */
  public ExportedPage {
    requireNonNull(title, "title");
    requireNonNull(model, "model");
    requireNonNull(text, "text");
    if (missingText != null && !text.isEmpty()) {
      throw new IllegalArgumentException(
          "a revision whose text is missing (" + missingText + ") has no text");
    }
  }

  /** A revision of a page that is no redirect. */
  public ExportedPage(
      String title,
      int namespace,
      long pageId,
      long revisionId,
      @Nullable Instant timestamp,
      @Nullable String contributor,
      @Nullable String comment,
      String model,
      String text,
      @Nullable MissingText missingText,
      @Nullable String siteName) {
    this(
        title,
        namespace,
        pageId,
        revisionId,
        timestamp,
        contributor,
        comment,
        model,
        text,
        missingText,
        siteName,
        null);
  }

  /** A revision whose text the dump holds. */
  public ExportedPage(
      String title,
      int namespace,
      long pageId,
      long revisionId,
      @Nullable Instant timestamp,
      @Nullable String contributor,
      @Nullable String comment,
      String model,
      String text) {
    this(
        title,
        namespace,
        pageId,
        revisionId,
        timestamp,
        contributor,
        comment,
        model,
        text,
        null,
        null,
        null);
  }

  /** Whether the dump holds this revision's text (an empty page's text is empty, and held). */
  public boolean hasText() {
    return missingText == null;
  }

  /** Shows the page without its text. */
  @Override
  public String toString() {
    return "ExportedPage[title="
        + title
        + ", revisionId="
        + revisionId
        + ", "
        + (missingText == null ? text.length() + " chars" : missingText.code())
        + "]";
  }
}
