package dev.hackathonkit.io.page;

import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.io.internal.Warnings;
import dev.hackathonkit.model.Venue;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The mapper's one door to reading dates, hours, places and zones in text (the rules live in {@code
 * io.internal}): what the mapper asks, in its own words, in the profile's languages.
 */
final class Facts {
  private static final Map<List<Locale>, Map<String, DayOfWeek>> WEEKDAYS =
      new ConcurrentHashMap<>();

  private final Dates.DateContext context;
  private final Map<String, DayOfWeek> weekdays;

  Facts(List<Locale> languages) {
    this.context =
        languages.isEmpty() ? Dates.DateContext.ANY : new Dates.DateContext(null, languages);
    this.weekdays = WEEKDAYS.computeIfAbsent(context.languages(), Facts::weekdayNames);
  }

  /** The first date or date range in {@code text}, or {@code null}. */
  Dates.@Nullable DateRange range(String text, @Nullable Integer yearHint, Warnings warnings) {
    return Dates.findRange(text, context.withYearHint(yearHint), warnings);
  }

  /** A day with hours in {@code text} ({@code May 16th: 9AM to 5PM}), or {@code null}. */
  Hours.@Nullable DayHours dayLine(String text, @Nullable Integer yearHint, Warnings warnings) {
    return Hours.parseDayLine(text, context.withYearHint(yearHint), warnings);
  }

  /** The first time range in {@code text}, or {@code null}. */
  Hours.@Nullable TimeRange hours(String text) {
    return Hours.findRange(text);
  }

  /** A start time without an end ({@code from 10:00}), or {@code null}. */
  Hours.@Nullable TimeRange start(String text) {
    return Hours.findStart(text);
  }

  /**
   * A whole value that is a place or an address ({@code Betahaus, Prinzessinnenstraße 19-20,
   * Berlin}), or {@code null}.
   */
  @Nullable Venue place(String text) {
    return Places.parseVenue(text);
  }

  /**
   * A place named inside prose ({@code hosted by ACME at their office in Brno}), or {@code null}.
   */
  @Nullable Venue placeIn(String text) {
    Places.Address a = Places.findAddress(text);
    return a == null ? null : new Venue(a.name(), a.street(), a.postcode(), a.city(), a.country());
  }

  /** A place from the lines of an address block, or {@code null}. */
  @Nullable Venue address(List<String> lines) {
    Places.Address a = Places.address(lines);
    return a == null ? null : new Venue(a.name(), a.street(), a.postcode(), a.city(), a.country());
  }

  /** The zone a venue's city or country implies, or {@code null}. */
  Places.@Nullable ZoneGuess inferZone(@Nullable Venue venue) {
    return venue == null ? null : Places.inferZone(venue.city(), venue.country());
  }

  /**
   * A zone stated in {@code text} (an IANA id, an offset, an unambiguous abbreviation), or {@code
   * null}.
   */
  @Nullable ZoneId statedZone(String text) {
    Places.StatedZone z = Places.findZone(text);
    return z == null ? null : z.zone();
  }

  /**
   * The weekday {@code word} names in the profile's languages ({@code Friday}, {@code Sa.}, {@code
   * samedi}), or {@code null}.
   */
  @Nullable DayOfWeek weekday(String word) {
    return weekdays.get(key(word));
  }

  private static Map<String, DayOfWeek> weekdayNames(List<Locale> languages) {
    Map<String, DayOfWeek> names = new HashMap<>();
    for (Locale l : languages) {
      for (DayOfWeek d : DayOfWeek.values()) {
        for (TextStyle style :
            new TextStyle[] {
              TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE
            }) {
          names.putIfAbsent(key(d.getDisplayName(style, l)), d);
        }
      }
    }
    return Map.copyOf(names);
  }

  private static String key(String word) {
    String s = word.strip();
    while (!s.isEmpty() && ".,:;".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * The first date on or after {@code from} (and not after {@code to}) that falls on {@code day},
   * or {@code null}.
   */
  static @Nullable LocalDate onOrAfter(LocalDate from, LocalDate to, DayOfWeek day) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == day) {
        return d;
      }
    }
    return null;
  }
}
