package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A link from the event page: an external URL or a wiki page title.
 *
 * @param target the URL ({@code https://...}) or the wiki page title
 * @param label the link text, absent when the page shows the target itself
 */
public record Link(@NotBlank String target, @Nullable String label) {

  /** Checks that the target is present. */
  public Link {
    requireNonNull(target, "target");
  }
}
