package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.Venue;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Places as pages write them ({@code Dublin Ireland}, {@code Dublin, Ireland}, {@code Trinity
 * College, Dublin, Ireland}) and the time zone their city names. Countries are recognised by their
 * English names as {@link Locale} gives them (plus common short forms such as {@code UK} and {@code
 * USA}); cities by the zone database ids that name them ({@code Europe/Dublin}). Not API.
 */
public final class Places {
  private static final Map<String, String> COUNTRIES = countries();

  /**
   * A time zone inferred from a place, with the reason to report.
   *
   * @param zone the zone
   * @param reason why this zone: which city names which zone id
   */
  public record ZoneGuess(ZoneId zone, String reason) {}

  private Places() {}

  private static Map<String, String> countries() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale("", code);
      String name = l.getDisplayCountry(Locale.ENGLISH);
      if (!name.isBlank() && !name.equals(code)) {
        names.put(key(name), name);
      }
    }
    names.put(key("UK"), "United Kingdom");
    names.put(key("U.K."), "United Kingdom");
    names.put(key("USA"), "United States");
    names.put(key("U.S.A."), "United States");
    names.put(key("US"), "United States");
    names.put(key("United States of America"), "United States");
    return names;
  }

  /** Whether {@code name} is a country's English name or common short form. */
  public static boolean isCountry(String name) {
    return COUNTRIES.containsKey(key(name));
  }

  /**
   * The venue {@code text} names: the country at its end if one is recognised (kept as written),
   * before it the city (the last comma-separated part, or the remaining words), and anything before
   * that the venue's name.
   *
   * @return the venue, or {@code null} when {@code text} is blank
   */
  public static @Nullable Venue parseVenue(String text) {
    String s = PlainText.clean(text);
    while (!s.isEmpty() && ".;:!".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return null;
    }
    String country = null;
    String rest = s;
    String[] words = s.split(" ");
    for (int n = Math.min(words.length, 6); n >= 1 && country == null; n--) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
      String candidate = tail.startsWith(",") ? tail.substring(1).strip() : tail;
      if (isCountry(candidate)) {
        country = candidate;
        rest = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - n)).strip();
      }
    }
    while (rest.endsWith(",")) {
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    String city = null;
    String name = null;
    if (!rest.isEmpty()) {
      int comma = rest.lastIndexOf(',');
      if (comma >= 0) {
        city = rest.substring(comma + 1).strip();
        name = rest.substring(0, comma).strip();
      } else {
        city = rest;
      }
    }
    return new Venue(blankToNull(name), blankToNull(city), country);
  }

  /**
   * The zone whose database id names the venue's city ({@code Dublin} gives {@code Europe/Dublin}),
   * ignoring case, accents and underscores. When several ids name the city, the shortest canonical
   * one wins.
   *
   * @return the zone and the reason to report, or {@code null} when no id names the city
   */
  public static @Nullable ZoneGuess inferZone(@Nullable Venue venue) {
    if (venue == null || venue.city() == null) {
      return null;
    }
    String city = key(venue.city());
    TreeSet<String> matches = new TreeSet<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
    for (String id : ZoneId.getAvailableZoneIds()) {
      int slash = id.lastIndexOf('/');
      if (slash < 0 || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
        continue;
      }
      if (key(id.substring(slash + 1).replace('_', ' ')).equals(city)) {
        matches.add(id);
      }
    }
    if (matches.isEmpty()) {
      return null;
    }
    List<String> all = new ArrayList<>(matches);
    String id = all.get(0);
    String reason = "time zone " + id + " inferred from the city '" + venue.city() + "', which names it in the zone database"
        + (all.size() > 1 ? " (also named by " + String.join(", ", all.subList(1, all.size())) + ")" : "");
    return new ZoneGuess(ZoneId.of(id), reason);
  }

  private static String key(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return PlainText.clean(d.replace('.', ' ')).toLowerCase(Locale.ROOT);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
