package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A person on the attendee lists.
 *
 * @param name the name
 * @param affiliation company or organisation, absent when the list gives none
 * @param status where the person stands: confirmed, invited, tentative, waitlisted or withdrawn
 */
public record Attendee(
    @NotBlank String name, @Nullable String affiliation, @NotNull AttendeeStatus status) {

  /** Checks that name and status are present. */
  public Attendee {
    requireNonNull(name, "name");
    requireNonNull(status, "status");
  }
}
