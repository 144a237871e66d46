package dev.hackathonkit.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An edit was refused because someone else changed the page since it was read ({@code
 * editconflict}), or created it since it was found missing ({@code articleexists}). Nothing was
 * overwritten. It holds both sides: the revision the edit was based on and the text it tried to
 * save, and the page as it is now on the wiki.
 */
public final class EditConflictException extends MediaWikiApiException {

  private static final long serialVersionUID = 1L;

  private final String title;
  private final @Nullable Instant baseTimestamp;
  private final @Nullable Long baseRevisionId;
  private final transient String attemptedText;
  private final transient @Nullable WikiPage current;

  EditConflictException(
      MediaWikiApiException cause,
      String title,
      @Nullable Instant baseTimestamp,
      @Nullable Long baseRevisionId,
      String attemptedText,
      @Nullable WikiPage current) {
    super(
        cause.wiki(),
        cause.action(),
        cause.request(),
        cause.httpStatus(),
        cause.code(),
        cause.info()
            + " (page '"
            + title
            + "' based on "
            + (baseRevisionId != null ? "revision " + baseRevisionId : "no revision")
            + ", now at "
            + (current != null ? "revision " + current.revisionId() : "no revision")
            + ")",
        null,
        cause);
    this.title = title;
    this.baseTimestamp = baseTimestamp;
    this.baseRevisionId = baseRevisionId;
    this.attemptedText = attemptedText;
    this.current = current;
  }

  /** The title of the page edited. */
  public String title() {
    return title;
  }

  /**
   * The timestamp of the revision the edit was based on; null for an edit that creates the page.
   */
  public @Nullable Instant baseTimestamp() {
    return baseTimestamp;
  }

  /** The id of the revision the edit was based on, if the caller gave it. */
  public @Nullable Long baseRevisionId() {
    return baseRevisionId;
  }

  /** The text the refused edit tried to save. */
  public String attemptedText() {
    return attemptedText;
  }

  /** The page as the wiki holds it now; null if it could not be read again (or was deleted). */
  public @Nullable WikiPage current() {
    return current;
  }
}
