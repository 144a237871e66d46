package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an accepted edit did.
 *
 * @param title the page's title
 * @param pageId the page id
 * @param oldRevisionId the revision replaced, 0 for a new page
 * @param newRevisionId the revision saved; equals {@code oldRevisionId} when nothing changed
 * @param newTimestamp when the new revision was saved; null when nothing changed
 * @param created whether the edit created the page
 * @param noChange whether the text equalled the current text, so no revision was saved
 */
public record EditResult(
    String title,
    long pageId,
    long oldRevisionId,
    long newRevisionId,
    @Nullable Instant newTimestamp,
    boolean created,
    boolean noChange) {

  /** Checks the title. */
  public EditResult {
    requireNonNull(title, "title");
  }
}
