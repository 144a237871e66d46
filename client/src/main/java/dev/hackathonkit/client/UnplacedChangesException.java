package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.wikitext.Unplaced;
import java.io.IOException;
import java.util.List;

/**
 * Publishing refused: parts of the change have no place in the page's layout, or (when the page
 * changed since the event was read) no longer have one. Nothing was saved. {@link #unplaced()}
 * lists each part and why; {@link WikiPublisher#prepare} and {@link WikiPublisher#publish(
 * WikiPublisher.Publication)} save the parts that have a place when the caller decides so.
 */
public final class UnplacedChangesException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String title;
  private final transient List<Unplaced> unplaced;
  private final boolean pageChanged;

  UnplacedChangesException(String title, List<Unplaced> unplaced, boolean pageChanged) {
    super(
        title
            + ": "
            + unplaced.size()
            + " part(s) of the change have no place on the page"
            + (pageChanged ? " (the page changed since the event was read)" : "")
            + ": "
            + unplaced);
    this.title = requireNonNull(title, "title");
    this.unplaced = List.copyOf(unplaced);
    this.pageChanged = pageChanged;
  }

  /** The page. */
  public String title() {
    return title;
  }

  /** The parts not written, each with the reason. */
  public List<Unplaced> unplaced() {
    return unplaced;
  }

  /** Whether the page had a newer revision than the one the event was read from. */
  public boolean pageChanged() {
    return pageChanged;
  }
}
