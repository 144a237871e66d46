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
 * @param text the revision's text
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
    String text) {

  /** Checks that the title, model and text are present. */
  public ExportedPage {
    requireNonNull(title, "title");
    requireNonNull(model, "model");
    requireNonNull(text, "text");
  }

  /** Shows the page without its text. */
  @Override
  public String toString() {
    return "ExportedPage[title=" + title + ", revisionId=" + revisionId + ", " + text.length() + " chars]";
  }
}
