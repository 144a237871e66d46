package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Which page profile read a page, and why: the caller named it, the page's wiki is known to use it,
 * or it placed more of the page than the others tried.
 *
 * @param profile the profile's name
 * @param reason why it was used ({@code "named by the caller"}, {@code "site 'Xen'"}, {@code
 *     "placed the most of the page"})
 * @param runnerUp the name of the profile that placed the next most, or {@code null} when no other
 *     was tried
 * @param runnerUpCoverage that profile's coverage, from 0 to 1 (0 when none was tried)
 */
public record ProfileChoice(
    String profile, String reason, @Nullable String runnerUp, double runnerUpCoverage) {

  /** Checks the names and the share. */
  public ProfileChoice {
    requireNonNull(profile, "profile");
    requireNonNull(reason, "reason");
    if (runnerUpCoverage < 0 || runnerUpCoverage > 1) {
      throw new IllegalArgumentException("runnerUpCoverage must be in [0, 1]: " + runnerUpCoverage);
    }
  }

  /** A profile the caller named; no other was tried. */
  public static ProfileChoice named(String profile) {
    return new ProfileChoice(profile, "named by the caller", null, 0);
  }
}
