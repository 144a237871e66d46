package dev.hackathonkit.io.page;

import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.io.internal.Warnings;
import dev.hackathonkit.model.Venue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The mapper's one door to reading dates, hours, places and zones in text (the rules live in {@code
 * io.internal}): what the mapper asks, in its own words, so that the rules can grow without the
 * mapper changing.
 */
final class Facts {
  private final List<Locale> languages;

  Facts(List<Locale> languages) {
    this.languages = languages;
  }

  /** The first date or date range in {@code text}, or {@code null}. */
  Dates.@Nullable DateRange range(String text, @Nullable Integer yearHint, Warnings warnings) {
    Dates.DateRange numeric = null;
    return Dates.findRange(text, yearHint) != null ? Dates.findRange(text, yearHint) : numeric(text, warnings);
  }

  private Dates.@Nullable DateRange numeric(String text, Warnings warnings) {
    LocalDate d = Dates.parseNumeric(text.strip(), warnings);
    return d == null ? null : new Dates.DateRange(d, d, 0, text.length());
  }

  /** A day with hours in {@code text} ({@code May 16th: 9AM to 5PM}), or {@code null}. */
  Hours.@Nullable DayHours dayLine(String text, @Nullable Integer yearHint, Warnings warnings) {
    return Hours.parseDayLine(text, yearHint, warnings);
  }

  /** The first time range in {@code text}, or {@code null}. */
  Hours.@Nullable TimeRange hours(String text) {
    return Hours.findRange(text);
  }

  /** A place in prose or a one-line address, or {@code null}. */
  @Nullable Venue place(String text) {
    return Places.parseVenue(text);
  }

  /** A place from the lines of an address block, or {@code null}. */
  @Nullable Venue address(List<String> lines) {
    return Places.parseVenue(String.join(", ", lines));
  }

  /** The zone a venue's city (or country) implies, or {@code null}. */
  Places.@Nullable ZoneGuess inferZone(@Nullable Venue venue) {
    return Places.inferZone(venue);
  }

  /** A zone stated in {@code text} (an IANA id), or {@code null}. */
  @Nullable ZoneId statedZone(String text) {
    String s = text.strip();
    try {
      return s.indexOf('/') > 0 ? ZoneId.of(s) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  List<Locale> languages() {
    return languages;
  }
}
