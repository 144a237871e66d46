package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A contact person of a topic.
 *
 * @param name the name as written on the page
 * @param email an e-mail address, if the page gives one
 * @param affiliation company or organisation, if given
 * @param note a remark attached to the person, such as {@code or other reps from the XAPI team}
 */
public record Person(
    @NotBlank String name,
    @Nullable @Email(regexp = ".+@.+\\..+") String email,
    @Nullable String affiliation,
    @Nullable String note) {

  /** Checks that the name is present. */
  public Person {
    requireNonNull(name, "name");
  }

  /** A person known only by name. */
  public static Person named(String name) {
    return new Person(name, null, null, null);
  }
}
