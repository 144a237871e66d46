package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What the wiki answered for one requested title: {@link Found}, {@link Missing}, {@link Invalid}
 * or {@link TextUnavailable}. Each keeps the title as requested and the {@link TitleChange}s
 * (normalisation, redirects) that led to the page the wiki answered with. Missing and invalid
 * titles, and pages whose text can't be read, are results, not exceptions.
 */
public sealed interface PageResult
    permits PageResult.Found, PageResult.Missing, PageResult.Invalid, PageResult.TextUnavailable {

  /** The title as the caller asked for it. */
  String requestedTitle();

  /** Normalisation and redirect steps from the requested title, in order; often empty. */
  List<TitleChange> changes();

  /**
   * The page exists; its revision.
   *
   * @param requestedTitle the title as asked for
   * @param changes normalisation and redirect steps
   * @param page the revision read
   */
  record Found(String requestedTitle, List<TitleChange> changes, WikiPage page)
      implements PageResult {
    /** Checks and copies. */
    public Found {
      requireNonNull(requestedTitle, "requestedTitle");
      changes = List.copyOf(changes);
      requireNonNull(page, "page");
    }
  }

  /**
   * The title is valid but no such page exists (or it had no revision at the requested date).
   *
   * @param requestedTitle the title as asked for
   * @param changes normalisation and redirect steps
   * @param title the normalised title that does not exist
   * @param namespace its namespace number
   * @param retrievedAt the wiki's clock when it answered; the {@code starttimestamp} of an edit
   *     that creates the page
   */
  record Missing(
      String requestedTitle,
      List<TitleChange> changes,
      String title,
      int namespace,
      Instant retrievedAt)
      implements PageResult {
    /** Checks and copies. */
    public Missing {
      requireNonNull(requestedTitle, "requestedTitle");
      changes = List.copyOf(changes);
      requireNonNull(title, "title");
      requireNonNull(retrievedAt, "retrievedAt");
    }
  }

  /**
   * The title can't name a page with wikitext: invalid characters, empty, interwiki or special.
   *
   * @param requestedTitle the title as asked for
   * @param changes normalisation steps, if any
   * @param reason the wiki's reason ({@code invalidreason}) or what kind of title it is
   */
  record Invalid(String requestedTitle, List<TitleChange> changes, String reason)
      implements PageResult {
    /** Checks and copies. */
    public Invalid {
      requireNonNull(requestedTitle, "requestedTitle");
      changes = List.copyOf(changes);
      requireNonNull(reason, "reason");
    }
  }

  /**
   * The page and its revision exist, but the wiki sent no text for it: hidden by revision deletion
   * ({@code texthidden}), not loadable from storage ({@code textmissing}) or deleted ({@code
   * textdeleted}). There is nothing to read an event from, and nothing to base an edit on.
   *
   * @param requestedTitle the title as asked for
   * @param changes normalisation and redirect steps
   * @param title the page's title as the wiki spells it
   * @param namespace its namespace number
   * @param pageId the page id
   * @param revisionId the revision whose text is unavailable
   * @param reason why there is no text
   */
  record TextUnavailable(
      String requestedTitle,
      List<TitleChange> changes,
      String title,
      int namespace,
      long pageId,
      long revisionId,
      MissingText reason)
      implements PageResult {
    /** Checks and copies. */
    public TextUnavailable {
      requireNonNull(requestedTitle, "requestedTitle");
      changes = List.copyOf(changes);
      requireNonNull(title, "title");
      requireNonNull(reason, "reason");
    }

    /** {@code text hidden on the wiki (revision deletion), revision 103 of Hackathon/2018}. */
    public String describe() {
      return reason.description() + ", revision " + revisionId + " of " + title;
    }
  }
}
