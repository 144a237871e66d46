package dev.hackathonkit.client;

/**
 * Why a revision came without its text: the page exists, but there is nothing to read an event
 * from. The wiki marks these in {@code prop=revisions} answers with a flag on the revision or its
 * main slot; a {@code Special:Export} dump with an attribute of {@code <text>} or by leaving the
 * text out.
 */
public enum MissingText {
  /**
   * The text was hidden by revision deletion ({@code texthidden} in the Action API): only users
   * with the {@code deletedtext} right may read it.
   */
  HIDDEN("texthidden", "text hidden on the wiki (revision deletion)"),
  /**
   * The wiki could not load the text from its storage ({@code textmissing} in the Action API): a
   * broken or purged blob.
   */
  MISSING("textmissing", "text missing on the wiki (it could not load the revision's text)"),
  /**
   * The text was deleted: {@code <text deleted="deleted"/>} in a {@code Special:Export} dump (how
   * MediaWiki's {@code XmlDumpWriter} writes a revision-deleted text), or {@code textdeleted} in an
   * API answer.
   */
  DELETED("textdeleted", "text deleted"),
  /**
   * The dump holds no text for the revision: a stub dump's {@code <text bytes="…" id="…"/>} names
   * the text by its id, or the revision has no {@code <text>} element at all.
   */
  NOT_IN_DUMP("stub", "text not in the dump"),
  /** The page has no revision at all: a {@code <page>} in a dump without {@code <revision>}. */
  NO_REVISION("norevision", "no revision of the page in the dump"),
  /**
   * The dump holds a text longer than the reader takes ({@link DumpConverter#withMaxPageChars}): it
   * was skipped as it streamed, not kept.
   */
  TOO_LARGE("toolarge", "text too large");

  private final String code;
  private final String description;

  MissingText(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * A short stable code: the Action API's flag ({@code texthidden}, ...) or {@code stub}, {@code
   * norevision}.
   */
  public String code() {
    return code;
  }

  /** What happened, in words for a user: {@code text deleted}, {@code text not in the dump (…)}. */
  public String description() {
    return description;
  }
}
