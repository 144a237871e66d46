package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

/**
 * One step the wiki took from the title asked for to the page it answered with.
 *
 * @param from the title before the step
 * @param to the title after it
 * @param kind normalisation (case, underscores, namespace aliases) or a redirect
 */
public record TitleChange(String from, String to, Kind kind) {

  /** What kind of step. */
  public enum Kind {
    /** The wiki's title normalisation: {@code project_ideas} to {@code Project ideas}. */
    NORMALIZED,
    /** A redirect page followed to its target. */
    REDIRECT
  }

  /** Checks that every part is present. */
  public TitleChange {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(kind, "kind");
  }
}
