package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A section of a page: a top-level heading and the nodes after it, up to the next heading of the
 * same or a higher level (subsections included). The lead section, before the first heading, has no
 * heading.
 *
 * @param heading the heading, or {@code null} for the lead section
 * @param nodes the section's content, without the heading
 */
public record Section(@Nullable Heading heading, List<WikiNode> nodes) {

  /** Checks and copies. */
  public Section {
    nodes = List.copyOf(requireNonNull(nodes, "nodes"));
  }

  /** The heading level, 0 for the lead section. */
  public int level() {
    return heading == null ? 0 : heading.level();
  }

  /** The heading's plain-text title, "" for the lead section. */
  public String title() {
    return heading == null ? "" : heading.title();
  }
}
