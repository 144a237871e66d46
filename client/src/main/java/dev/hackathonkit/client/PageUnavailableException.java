package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A page asked for by title that the wiki answered without one: it does not exist ({@link
 * PageResult.Missing}), its title is not valid ({@link PageResult.Invalid}), or its text was not
 * sent ({@link PageResult.TextUnavailable}). The wiki's answer was not an error: {@link #result()}
 * is what {@link MediaWikiClient#page(String)} returned.
 */
public final class PageUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient PageResult result;

  PageUnavailableException(String wiki, PageResult result) {
    super(wiki + ": " + describe(requireNonNull(result, "result")));
    this.result = result;
  }

  /** What the wiki answered for the title. */
  public PageResult result() {
    return result;
  }

  private static String describe(PageResult r) {
    if (r instanceof PageResult.Missing m) {
      return "no page '" + m.requestedTitle() + "'";
    }
    if (r instanceof PageResult.Invalid i) {
      return "'" + i.requestedTitle() + "' is not a valid title: " + i.reason();
    }
    if (r instanceof PageResult.TextUnavailable t) {
      return t.describe();
    }
    return "page '" + ((PageResult.Found) r).page().title() + "' found";
  }
}
