package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An edit to send with {@link MediaWikiClient#edit(EditRequest)}. Build one from what was read, so
 * that the wiki refuses it instead of overwriting a change made in between:
 *
 * <pre>{@code
 * PageResult read = wiki.page("Hackathon/2026");
 * EditResult saved = wiki.edit(EditRequest.basedOn(read, newText).summary("update topics").build());
 * }</pre>
 *
 * @param title the page to edit
 * @param text the page's complete new wikitext
 * @param summary the edit summary
 * @param minor mark the edit minor
 * @param bot mark the edit as a bot's (needs the bot right)
 * @param createOnly fail with a conflict if the page exists ({@code createonly})
 * @param noCreate fail if the page does not exist ({@code nocreate})
 * @param baseTimestamp timestamp of the revision the text is based on ({@code basetimestamp}, sent
 *     only when {@code baseRevisionId} is unknown)
 * @param baseRevisionId id of that revision ({@code baserevid}): the conflict check by id, which
 *     also catches a change saved in the same second as the base revision
 * @param startTimestamp when the page was read ({@code starttimestamp}), to detect deletion since
 */
public record EditRequest(
    String title,
    String text,
    String summary,
    boolean minor,
    boolean bot,
    boolean createOnly,
    boolean noCreate,
    @Nullable Instant baseTimestamp,
    @Nullable Long baseRevisionId,
    @Nullable Instant startTimestamp) {

  /** Checks the parts and that createOnly and noCreate are not both set. */
  public EditRequest {
    requireNonNull(title, "title");
    requireNonNull(text, "text");
    requireNonNull(summary, "summary");
    if (createOnly && noCreate) {
      throw new IllegalArgumentException("createOnly and noCreate exclude each other");
    }
  }

  /** Shows the request without its text. */
  @Override
  public String toString() {
    return "EditRequest[title="
        + title
        + ", "
        + text.length()
        + " chars, summary="
        + summary
        + ", createOnly="
        + createOnly
        + ", noCreate="
        + noCreate
        + ", baseRevisionId="
        + baseRevisionId
        + "]";
  }

  /**
   * A builder for an edit of {@code title} with no conflict protection set yet.
   *
   * @param title the page
   * @param text its complete new wikitext
   * @return the builder
   */
  public static Builder builder(String title, String text) {
    return new Builder(title, text);
  }

  /**
   * A builder for an edit based on what a read returned: a found page sets {@code baserevid},
   * {@code basetimestamp}, {@code starttimestamp} and {@code nocreate}; a missing one sets {@code
   * createonly}.
   *
   * @param read what {@link MediaWikiClient#page(String)} returned
   * @param text the page's complete new wikitext
   * @return the builder
   * @throws IllegalArgumentException for an {@link PageResult.Invalid} title, or a {@link
   *     PageResult.TextUnavailable} page (its text is unknown, so nothing can be based on it)
   */
  public static Builder basedOn(PageResult read, String text) {
    if (read instanceof PageResult.Found found) {
      return basedOn(found.page(), text);
    }
    if (read instanceof PageResult.Missing missing) {
      Builder b = new Builder(missing.title(), text);
      b.createOnly = true;
      b.startTimestamp = missing.retrievedAt();
      return b;
    }
    if (read instanceof PageResult.TextUnavailable unavailable) {
      throw new IllegalArgumentException(
          "can't base an edit of '"
              + unavailable.title()
              + "' on a revision without"
              + " its text: "
              + unavailable.describe());
    }
    throw new IllegalArgumentException(
        "can't edit invalid title '"
            + read.requestedTitle()
            + "': "
            + ((PageResult.Invalid) read).reason());
  }

  /**
   * A builder for an edit replacing a revision read earlier ({@code baserevid}, {@code
   * basetimestamp}, {@code starttimestamp}, {@code nocreate}).
   *
   * @param base the revision the new text is based on
   * @param text the page's complete new wikitext
   * @return the builder
   */
  public static Builder basedOn(WikiPage base, String text) {
    Builder b = new Builder(base.title(), text);
    b.baseTimestamp = base.timestamp();
    b.baseRevisionId = base.revisionId();
    b.startTimestamp = base.retrievedAt();
    b.noCreate = true;
    return b;
  }

  /** Builds an {@link EditRequest}. */
  public static final class Builder {
    private final String title;
    private final String text;
    private String summary = "";
    private boolean minor;
    private boolean bot;
    private boolean createOnly;
    private boolean noCreate;
    private @Nullable Instant baseTimestamp;
    private @Nullable Long baseRevisionId;
    private @Nullable Instant startTimestamp;

    private Builder(String title, String text) {
      this.title = requireNonNull(title, "title");
      this.text = requireNonNull(text, "text");
    }

    /** Sets the edit summary. */
    public Builder summary(String summary) {
      this.summary = requireNonNull(summary, "summary");
      return this;
    }

    /** Marks the edit minor or not. */
    public Builder minor(boolean minor) {
      this.minor = minor;
      return this;
    }

    /** Marks the edit as a bot's or not. */
    public Builder bot(boolean bot) {
      this.bot = bot;
      return this;
    }

    /** Only create the page: an existing page is a conflict. Clears {@code noCreate}. */
    public Builder createOnly() {
      this.createOnly = true;
      this.noCreate = false;
      return this;
    }

    /** Never create the page: a missing page is an error. Clears {@code createOnly}. */
    public Builder noCreate() {
      this.noCreate = true;
      this.createOnly = false;
      return this;
    }

    /** Sets the timestamp of the revision the text is based on. */
    public Builder baseTimestamp(@Nullable Instant timestamp) {
      this.baseTimestamp = timestamp;
      return this;
    }

    /** Sets the id of the revision the text is based on. */
    public Builder baseRevisionId(@Nullable Long revisionId) {
      this.baseRevisionId = revisionId;
      return this;
    }

    /** Sets when the page was read. */
    public Builder startTimestamp(@Nullable Instant timestamp) {
      this.startTimestamp = timestamp;
      return this;
    }

    /** Builds the request. */
    public EditRequest build() {
      return new EditRequest(
          title,
          text,
          summary,
          minor,
          bot,
          createOnly,
          noCreate,
          baseTimestamp,
          baseRevisionId,
          startTimestamp);
    }
  }
}
