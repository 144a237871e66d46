package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A page written by {@link WikitextWriter#writePage} with the values its layout has no place for.
 *
 * @param markup the page's wikitext, as {@link WikitextWriter#write(dev.hackathonkit.model.Event)}
 *     gives it
 * @param unplaced the event's values that the page does not carry, in event order; empty when the
 *     page reads back, with the writer's profile and the event's source, as the same event
 */
public record WrittenPage(String markup, List<Unplaced> unplaced) {
  /** Checks the markup and copies the list. */
  public WrittenPage {
    requireNonNull(markup, "markup");
    unplaced = List.copyOf(unplaced);
  }

  /** Whether the page carries every value of the event. */
  public boolean isComplete() {
    return unplaced.isEmpty();
  }
}
