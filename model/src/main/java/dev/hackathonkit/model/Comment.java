package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A signed review entry on a topic: a vote or a comment.
 *
 * @param author the user name from the signature, as shown ({@code Lars.kurth})
 * @param postedAt when it was signed, in UTC
 * @param text what follows the signature ({@code Will attend}); may be empty
 * @param kind vote or comment
 */
public record Comment(
    @NotBlank String author,
    @NotNull Instant postedAt,
    @NotNull String text,
    @NotNull CommentKind kind) {

  /** Checks that every component is present. */
  public Comment {
    requireNonNull(author, "author");
    requireNonNull(postedAt, "postedAt");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
  }
}
