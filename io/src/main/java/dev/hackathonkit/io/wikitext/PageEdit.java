package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * What {@link PageEditor} made of a change: the page's markup with the change carried into it, the
 * parts of the change it wrote, and the parts that have no place in the page's layout.
 *
 * <p>Every byte of {@code original} outside the edited places is in {@code markup} unchanged; an
 * unchanged event gives {@code markup.equals(original)}.
 *
 * @param original the page's markup before the edit
 * @param markup the page's markup after the edit
 * @param profile the name of the profile the page was read with
 * @param written the parts of the change written to the page, in the order they were applied (such
 *     as {@code "attendee 'Ana Lima' added"})
 * @param unplaced the parts of the change the page has no place for, or that would not read back as
 *     changed, each with its path in the event and the reason; nothing of them is in {@code markup}
 */
public record PageEdit(
    String original, String markup, String profile, List<String> written, List<Unplaced> unplaced) {
  /** Checks and copies. */
  public PageEdit {
    requireNonNull(original, "original");
    requireNonNull(markup, "markup");
    requireNonNull(profile, "profile");
    written = List.copyOf(written);
    unplaced = List.copyOf(unplaced);
  }

  /** Whether the markup changed. */
  public boolean changed() {
    return !markup.equals(original);
  }

  /** Whether every part of the change was written. */
  public boolean complete() {
    return unplaced.isEmpty();
  }

  /**
   * How many lines the edit changed: in each stretch of the diff, the larger of the lines removed
   * and the lines added (a line rewritten counts once, a line added or removed once).
   */
  public int linesChanged() {
    int n = 0;
    for (AbstractDelta<String> d : patch().getDeltas()) {
      n += Math.max(d.getSource().size(), d.getTarget().size());
    }
    return n;
  }

  /**
   * The edit as a unified diff ({@code diff -u} form, three lines of context), empty when nothing
   * changed.
   *
   * @param name the page's name, shown as {@code --- a/name} and {@code +++ b/name}
   */
  public String diff(String name) {
    requireNonNull(name, "name");
    if (!changed()) {
      return "";
    }
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, lines(original), patch(), 3);
    return String.join("\n", lines) + "\n";
  }

  private Patch<String> patch() {
    return DiffUtils.diff(lines(original), lines(markup));
  }

  /** The text's lines; a final line break ends the last line rather than starting an empty one. */
  private static List<String> lines(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
  }
}
