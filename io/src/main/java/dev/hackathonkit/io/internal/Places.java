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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Places as pages write them ({@code Dublin Ireland}, {@code Dublin, Ireland}, {@code Trinity
 * College, Dublin, Ireland}, {@code Example Hall, Musterstraße 12, 10999 Berlin, Germany}) and the time
 * zone their city names. Countries are recognised by their English names as {@link Locale} gives
 * them (plus common short forms such as {@code UK} and {@code USA}); cities by the zone database ids
 * that name them ({@code Europe/Dublin}); postal codes and street lines by their common European and
 * British shapes ({@link #postcodeAndCity}, {@link #isStreet}). Not API.
 */
public final class Places {
  private static final Map<String, String> COUNTRIES = countries();

  /**
   * Postal codes as written before the city: 5 digits (DE, FR, ES, IT, US), 4 digits (AT, CH, BE,
   * DK), {@code 1012 AB} (NL), {@code 111 22} (SE), {@code 00-950} (PL), {@code 1000-001} (PT),
   * {@code SW1A 1AA} (UK), {@code K1A 0B1} (CA); optionally with a country letter prefix ({@code
   * D-10999}).
   */
  private static final String POSTCODE =
      "(?:[A-Z]{1,3}-)?(?:\\d{5}|\\d{4}(?: ?[A-Z]{2}\\b|-\\d{3})?|\\d{3} \\d{2}|\\d{2}-\\d{3}"
          + "|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)";
  private static final Pattern POSTCODE_CITY = Pattern.compile("(" + POSTCODE + ")(?:\\s+(\\p{L}.*))?");
  /** A British postcode after the city: {@code London SW1A 1AA}. */
  private static final Pattern CITY_UK_POSTCODE =
      Pattern.compile("(\\p{L}[^\\d]*?)\\s+([A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})");
  private static final String HOUSE_NUMBER = "\\d+ ?[a-zA-Z]?(?: ?[-\u2013/] ?\\d+ ?[a-zA-Z]?)?";
  private static final String STREET_NAME = "\\p{L}[\\p{L}\\p{M}'\u2019.\\- ]*";
  /** {@code Rungestraße 20}, {@code Calle Mayor 5-7} or {@code 221B Baker Street}, {@code 10 rue de la Paix}. */
  private static final Pattern HOUSE =
      Pattern.compile(STREET_NAME + "\\s" + HOUSE_NUMBER + "|" + HOUSE_NUMBER + ",?\\s+" + STREET_NAME);
  /** Street words: as a word's ending (German, Dutch, Nordic compounds) or as a word of their own. */
  private static final Pattern STREET_WORD = Pattern.compile(
      "(?iu)(?:stra(?:ß|ss)e|str\\.|gasse|weg|allee|platz|damm|ufer|straat|gracht|laan|plein|kade|vej|gatan|gata|gade"
          + "|katu)(?=[\\s\\d,]|$)|(?<![\\p{L}])(?:street|st\\.|road|rd\\.?|avenue|ave\\.?|lane|boulevard|blvd\\.?|drive"
          + "|parkway|square|place|row|way|rue|avenida|av\\.|calle|carrer|rua|via|viale|piazza|strada|ulica|ul\\.)"
          + "(?![\\p{L}])");

  /**
   * A postal code and the city it belongs to, as one part of an address writes them.
   *
   * @param postcode the postal code as written
   * @param city the city, or {@code null} when the part is only a postal code
   */
  public record PostcodeCity(String postcode, @Nullable String city) {}

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
    String postcode = null;
    String street = null;
    String name = null;
    if (!rest.isEmpty()) {
      int comma = rest.lastIndexOf(',');
      String last = rest.substring(comma + 1).strip();
      String before = comma >= 0 ? rest.substring(0, comma).strip() : "";
      PostcodeCity pc = postcodeAndCity(last);
      if (pc != null) {
        postcode = pc.postcode();
        city = pc.city();
      } else {
        city = last;
      }
      if (!before.isEmpty()) {
        int previous = before.lastIndexOf(',');
        String candidate = before.substring(previous + 1).strip();
        if (isStreet(candidate, pc != null)) {
          street = candidate;
          before = previous >= 0 ? before.substring(0, previous).strip() : "";
        }
        name = before;
      }
    }
    return new Venue(blankToNull(name), blankToNull(street), postcode, blankToNull(city), country);
  }

  /**
   * The postal code and city of one address part: {@code 10999 Berlin}, {@code D-10999 Berlin},
   * {@code 1012 AB Amsterdam}, {@code SW1A 1AA London} or {@code London SW1A 1AA}, or a postal code
   * alone ({@code 10999}).
   *
   * @param part one comma-separated part of an address, trimmed
   * @return the postal code and city, or {@code null} when the part does not have that shape
   */
  public static @Nullable PostcodeCity postcodeAndCity(String part) {
    Matcher m = POSTCODE_CITY.matcher(part);
    if (m.matches()) {
      String city = m.group(2);
      return new PostcodeCity(m.group(1), city == null ? null : city.strip());
    }
    Matcher uk = CITY_UK_POSTCODE.matcher(part);
    if (uk.matches()) {
      return new PostcodeCity(uk.group(2), uk.group(1).strip());
    }
    return null;
  }

  /**
   * Whether one address part is a street line: a street name with a house number before or after
   * it ({@code Rungestraße 20}, {@code Prinzessinnenstraße 19-20}, {@code 221B Baker Street}) that
   * also has a street word ({@code straße}, {@code -weg}, {@code Street}, {@code Road}, {@code rue},
   * {@code Calle}...) or stands right before a postal code: {@code c-base} and {@code Hall 2} are
   * not street lines.
   *
   * @param part one comma-separated part of an address, trimmed
   * @param beforePostcode whether the next part is a postal code and city, which makes a name with
   *     a house number a street without a street word
   */
  public static boolean isStreet(String part, boolean beforePostcode) {
    return HOUSE.matcher(part).matches() && (beforePostcode || STREET_WORD.matcher(part).find());
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
