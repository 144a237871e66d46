package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.Venue;
import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Places as people write them, and the time zones they imply. Not API.
 *
 * <ul>
 *   <li>Countries: every name the JDK's locale data gives an ISO 3166 country in English, German,
 *       French and Spanish ({@link Locale#getDisplayCountry(Locale)}), plus the aliases of {@code
 *       country-aliases.properties} ({@code The Netherlands}, {@code UK}, {@code Czech Republic});
 *       matched ignoring case, accents and dots, but an all-capital alias only in capitals. A
 *       country is kept as the page wrote it; {@link #countryCode} names it.
 *   <li>Streets: a part with a word of {@code street-words.txt} ({@code Straße}, {@code rue},
 *       {@code Calle}; suffixes such as {@code …straße}) or a house number.
 *   <li>Postcodes: the shapes of {@code postcodes.properties} for the country (or common shapes
 *       when it is unknown), before or after the city ({@code 10999 Berlin}, {@code London EC1V
 *       4PW}).
 *   <li>Zones: a city named by a zone id ({@code Dublin}: {@code Europe/Dublin}), else the zone of
 *       a country that has one ({@code country-zones.properties}, from IANA's zone.tab); stated
 *       zones as ids, {@code UTC+2}, or abbreviations the JDK's English zone names make
 *       unambiguous.
 * </ul>
 */
public final class Places {
  private static final String[] LANGUAGES = {"en", "de", "fr", "es"};
  private static final Map<String, String> COUNTRY_CODES = new HashMap<>();
  private static final Set<String> CAPITALS_ONLY = new HashSet<>();

  /** First word key of a country name to the most words a name starting with it has. */
  private static final Map<String, Integer> FIRST_WORDS = new HashMap<>();

  private static final Set<String> STREET_WORDS = new HashSet<>();
  private static final List<String> STREET_SUFFIXES = new ArrayList<>();
  private static final Map<String, Pattern[]> POSTCODES = new HashMap<>();
  private static final Map<String, String> COUNTRY_ZONES = new HashMap<>();

  /** Words that are not cities after "in": language, month and weekday names. */
  private static final Set<String> NOT_CITIES = new HashSet<>();

  /** US states and Canadian provinces: postal codes and name keys ({@code regions.txt}). */
  private static final Set<String> REGION_CODES = new HashSet<>();

  private static final Set<String> REGION_NAMES = new HashSet<>();
  private static final Pattern REGION_POSTCODE =
      Pattern.compile("([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)");

  /**
   * Words before a venue's name that are no part of it: a preposition ({@code at}, {@code bei},
   * {@code à}) and an article.
   */
  private static final Pattern LEADING_ARTICLE =
      Pattern.compile(
          "^(?:(?:at|in|im|bei|à|au|chez|en)\\s+)?(?:(?:the|der|die|das|dem|le|la|les|l'|el|los|las)\\s*)?"
              + "(?:(?:offices?|premises|campus|rooms?|building|headquarters|space) of\\s+(?:the\\s+)?)?(?=\\p{Lu})");

  /** A floor, suite or room after a street: {@code 3rd floor}, {@code Suite 300}, {@code 2. OG}. */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?iu)(?:\\d{1,3}(?:st|nd|rd|th|\\.|e|er|º|°)?\\s*(?:floor|fl\\.?|stock|og|etage|étage|piso|planta)"
              + "|(?:suite|ste\\.?|unit|room|rm\\.?|raum|salle|sala|apt\\.?|floor|stock|etage|étage|piso|planta|building|bldg\\.?|haus|gebäude)\\s+[\\p{L}\\d-]{1,6})");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019.\\-]*");
  private static final Pattern HOUSE_NUMBER =
      Pattern.compile(
          "(?:^|\\s)\\d{1,4}\\s?[a-zA-Z]?(?:\\s?[-\u2013/]\\s?\\d{1,4}[a-zA-Z]?)?(?=$|[\\s,])");
  private static final Pattern CUE =
      Pattern.compile(
          "(?<![\\p{L}])(?:in|at|im|in der|bei|\u00e0|au|chez|en|en el|en la|nel|venue|location|ort|lieu|lugar)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern IN_CITY =
      Pattern.compile(
          "(?<![\\p{L}])(?i:in|im|\u00e0|en)\\s+(\\p{Lu}\\p{L}+(?:[ \\-]\\p{Lu}\\p{L}+)?)(?![\\p{L}])");
  private static final Pattern HOSTED_BY =
      Pattern.compile(
          "(?<![\\p{L}])(?iu:hosted by|host:|gastgeber:?|h\u00e9berg\u00e9 par|organizado por)\\s+"
              + "(\\p{Lu}[\\p{L}\\d&.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.\\-]*)*)");
  private static final Pattern PROSE_POSTCODE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:[A-Z]{1,2}-)?(?:\\d{4}\\s?[A-Z]{2}|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|\\d{4,5})"
              + "\\s+\\p{Lu}[\\p{L}\\p{M}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\-]+){0,2}(?![\\p{L}\\d])");

  /** A city before a British or Canadian postcode in prose: {@code Cambridge CB2 9QT}. */
  private static final Pattern PROSE_CITY_POSTCODE =
      Pattern.compile(
          "(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\p{M}\\-]+\\s+(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)(?![\\p{L}\\d])");

  private static final Pattern ZONE_ID =
      Pattern.compile(
          "(?<![\\w/])([A-Z][A-Za-z]+(?:/[A-Z][A-Za-z_\\-]+(?:[+\\-]\\d+)?){1,2})(?![\\w/])");
  private static final Pattern ZONE_OFFSET =
      Pattern.compile(
          "(?<![\\p{L}\\d])(UTC|GMT)(?:\\s?([+\\-\u2212\u2013])\\s?(\\d{1,2})(?::?(\\d{2}))?)?(?![\\p{L}\\d:])");
  private static final Pattern ZONE_ABBREVIATION =
      Pattern.compile("(?<![\\p{L}\\d])([A-Z]{3,5})(?![\\p{L}\\d])");
  private static final Pattern TIME_BEFORE =
      Pattern.compile("\\d(?:\\s?[ap]\\.?m\\.?|\\s?h|\\s?Uhr)?\\s*\\(?$", Pattern.CASE_INSENSITIVE);

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (String lang : LANGUAGES) {
        String name = country.getDisplayCountry(Locale.forLanguageTag(lang));
        if (!name.isBlank() && !name.equals(code)) {
          addCountry(name, code);
        }
      }
    }
    Properties aliases = Words.properties("country-aliases.properties");
    for (String alias : aliases.stringPropertyNames()) {
      String code = aliases.getProperty(alias).strip();
      addCountry(alias, code);
      if (alias.replace(".", "").replace(" ", "").chars().allMatch(Character::isUpperCase)) {
        CAPITALS_ONLY.add(Words.key(alias));
      }
    }
    for (String line : Words.lines("street-words.txt")) {
      if (line.startsWith("*")) {
        STREET_SUFFIXES.add(Words.key(line.substring(1)));
      } else {
        STREET_WORDS.add(Words.key(line));
      }
    }
    Properties postcodes = Words.properties("postcodes.properties");
    for (String code : postcodes.stringPropertyNames()) {
      String shape = "(?:[A-Z]{1,2}-)?(?:" + postcodes.getProperty(code).strip() + ")";
      String city =
          "(\\p{L}[\\p{L}\\p{M}'\u2019.\\-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'\u2019.\\-]*){0,3})";
      POSTCODES.put(
          code,
          new Pattern[] {
            Pattern.compile("(" + shape + ")\\s+" + city),
            Pattern.compile(city + "\\s+(" + shape + ")")
          });
    }
    for (String line : Words.lines("regions.txt")) {
      int space = line.indexOf(' ');
      REGION_CODES.add(line.substring(0, space));
      REGION_NAMES.add(Words.key(line.substring(space + 1)));
    }
    Properties zones = Words.properties("country-zones.properties");
    for (String code : zones.stringPropertyNames()) {
      COUNTRY_ZONES.put(code, zones.getProperty(code).strip());
    }
    for (String lang : Locale.getISOLanguages()) {
      for (String in : LANGUAGES) {
        NOT_CITIES.add(Words.key(new Locale(lang).getDisplayLanguage(Locale.forLanguageTag(in))));
      }
    }
    for (java.time.Month m : java.time.Month.values()) {
      for (String in : LANGUAGES) {
        NOT_CITIES.add(
            Words.key(
                m.getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag(in))));
      }
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      for (String in : LANGUAGES) {
        NOT_CITIES.add(
            Words.key(
                d.getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag(in))));
      }
    }
  }

  /**
   * A time zone inferred from a place, with the reason to report.
   *
   * @param zone the zone
   * @param reason why this zone: which city names which zone id, or which country has only it
   */
  public record ZoneGuess(ZoneId zone, String reason) {}

  /**
   * A time zone a text states, found at {@code [from, to)}.
   *
   * @param zone a region ({@code Europe/Berlin}, or the region an abbreviation such as {@code CEST}
   *     stands for) or a fixed offset ({@code UTC+2})
   * @param from where the statement starts, a char index
   * @param to where it ends (exclusive)
   */
  public record StatedZone(ZoneId zone, int from, int to) {}

  /**
   * An address, each part as the page wrote it.
   *
   * @param name the building or organisation ({@code Betahaus}, {@code Wikimedia Deutschland})
   * @param street the street and house number ({@code Prinzessinnenstraße 19-20})
   * @param postcode the postcode ({@code 10999}, {@code EC1V 4PW})
   * @param city the city
   * @param country the country, as written ({@code The Netherlands}); {@link #countryCode} names it
   * @param from where the address starts: a char index into the text for {@link #findAddress}, the
   *     index of the first line used for {@link #address}
   * @param to where it ends (exclusive): a char index, or the index after the last line used
   */
  public record Address(
      @Nullable String name,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      @Nullable String country,
      int from,
      int to) {}

  private Places() {}

  private static void addCountry(String name, String code) {
    String key = Words.key(name);
    if (key.isEmpty()) {
      return;
    }
    String known = COUNTRY_CODES.putIfAbsent(key, code);
    if (known != null && !known.equals(code)) {
      return;
    }
    String first = key.split(" ")[0];
    FIRST_WORDS.merge(first, key.split(" ").length, Math::max);
  }

  /**
   * Whether {@code name} is a country's name in English, German, French or Spanish, or an alias.
   */
  public static boolean isCountry(String name) {
    return countryCode(name) != null;
  }

  /**
   * The ISO 3166 alpha-2 code of the country {@code name} names ({@code Deutschland}, {@code
   * Pays-Bas}, {@code The Netherlands}, {@code U.K.}), ignoring case, accents and dots; an
   * all-capital alias ({@code US}) only when written in capitals.
   *
   * @return the code, such as {@code DE}, or {@code null} when no country has that name
   */
  public static @Nullable String countryCode(String name) {
    String key = Words.key(name);
    String code = COUNTRY_CODES.get(key);
    if (code != null
        && CAPITALS_ONLY.contains(key)
        && !name.strip().equals(name.strip().toUpperCase(Locale.ROOT))) {
      return null;
    }
    return code;
  }

  /**
   * The venue {@code text} names: the country at its end if one is recognised (kept as written),
   * before it the city (with a postcode when one is written), a street, and before them the venue's
   * name.
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
    Address a = whole(s);
    return new Venue(a.name(), a.street(), a.postcode(), a.city(), a.country());
  }

  /**
   * The address written in {@code text}, a sentence of prose: {@code in Amsterdam, The
   * Netherlands}, {@code at Betahaus, Prinzessinnenstraße 19-20, Berlin, Germany}, {@code Betahaus,
   * Prinzessinnenstraße 19-20, 10999 Berlin}, {@code Dublin Ireland}, {@code hosted by ACME at
   * their office in Brno}. It ends at the last country named (else at the last {@code postcode
   * city}, else at a capitalised place after {@code in}); the comma-separated parts before it are,
   * from the right, the city (with its postcode), the street, and the name. Prose before the
   * address is cut at the last {@code in}, {@code at}, {@code bei}, {@code à}, {@code en}...
   *
   * @return the address with its char offsets in {@code text}, or {@code null} when none is found
   */
  public static @Nullable Address findAddress(String text) {
    int[] country = lastCountry(text);
    if (country != null) {
      return fromEnd(text, country[0], country[1], text.substring(country[0], country[1]));
    }
    Matcher pc = PROSE_POSTCODE.matcher(text);
    int pcEnd = -1;
    while (pc.find()) {
      if (!streetWordIn(pc.group())) {
        pcEnd = pc.end();
      }
    }
    Matcher uk = PROSE_CITY_POSTCODE.matcher(text);
    while (uk.find()) {
      pcEnd = Math.max(pcEnd, uk.end());
    }
    if (pcEnd >= 0) {
      return fromEnd(text, pcEnd, pcEnd, null);
    }
    Matcher in = IN_CITY.matcher(text);
    Matcher last = null;
    while (in.find()) {
      if (!NOT_CITIES.contains(Words.key(in.group(1))) && !isCountry(in.group(1))) {
        last = IN_CITY.matcher(text);
        last.find(in.start());
      }
    }
    if (last == null) {
      return null;
    }
    String name = null;
    int from = last.start(1);
    Matcher host = HOSTED_BY.matcher(text.substring(0, last.start()));
    if (host.find()) {
      name = trimName(host.group(1));
      from = host.start(1);
    }
    return new Address(name, null, null, last.group(1), null, from, last.end(1));
  }

  /**
   * The address in a block of lines, one part a line or several separated by commas: a name line, a
   * street line, a {@code postcode city} line, a country line ({@code Wikimedia Deutschland /
   * Tempelhofer Ufer 23-24 / 10963 Berlin / Germany}). Lines that hold a label ({@code Phone:}), an
   * e-mail address or a link are skipped.
   *
   * @param lines the block's lines, in order
   * @return the address, with {@code from}/{@code to} the indices of the first and after the last
   *     line used, or {@code null} when no line holds an address part
   */
  public static @Nullable Address address(List<String> lines) {
    StringBuilder joined = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      while (line.endsWith(",") || line.endsWith(";")) {
        line = line.substring(0, line.length() - 1).strip();
      }
      if (line.isEmpty()
          || line.contains("@")
          || line.contains("://")
          || line.matches("^[\\p{L} ]{1,20}:.*")) {
        continue;
      }
      if (joined.length() > 0) {
        joined.append(", ");
      }
      spans.add(new int[] {i, joined.length(), joined.length() + line.length()});
      joined.append(line);
    }
    if (spans.isEmpty()) {
      return null;
    }
    Address a = whole(joined.toString());
    if (a.name() == null
        && a.street() == null
        && a.postcode() == null
        && a.city() == null
        && a.country() == null) {
      return null;
    }
    int first = spans.get(0)[0];
    int last = spans.get(spans.size() - 1)[0];
    for (int[] s : spans) {
      if (s[2] > a.from()) {
        first = s[0];
        break;
      }
    }
    for (int[] s : spans) {
      if (s[1] < a.to()) {
        last = s[0];
      }
    }
    return new Address(a.name(), a.street(), a.postcode(), a.city(), a.country(), first, last + 1);
  }

  /** The whole of {@code s} as one address; a country only counts at its end. */
  private static Address whole(String s) {
    int[] country = lastCountry(s);
    if (country != null && s.substring(country[1]).strip().isEmpty()) {
      return parts(s, 0, country[0], s.substring(country[0], country[1]), country[1], false);
    }
    return parts(s, 0, s.length(), null, s.length(), false);
  }

  private static Address fromEnd(String text, int end, int to, @Nullable String country) {
    int start = clauseStart(text, end);
    return parts(text, start, end, country, to, true);
  }

  /**
   * The parts of {@code text[start, end)} from the right: city (with postcode), street, name; the
   * country, if any, was written at {@code [end, to)}.
   */
  private static Address parts(
      String text, int start, int end, @Nullable String country, int to, boolean prose) {
    List<int[]> parts = new ArrayList<>();
    int s = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == ',') {
        int[] span = trim(text, s, i);
        if (span[0] < span[1]) {
          parts.add(span);
        }
        s = i + 1;
      }
    }
    if (prose && !parts.isEmpty()) {
      int[] first = parts.get(0);
      Matcher cue = CUE.matcher(text).region(first[0], first[1]);
      int cut = -1;
      while (cue.find()) {
        cut = cue.end();
      }
      if (cut >= 0) {
        first[0] = cut;
      } else if (parts.size() > 1 || country == null) {
        // no cue: keep the capitalised words at the part's end
        first[0] = capitalisedTail(text, first[0], first[1]);
      }
      if (country != null && parts.size() == 1) {
        first[0] = capitalisedTail(text, first[0], first[1]);
      }
      if (first[0] >= first[1]) {
        parts.remove(0);
      }
      while (parts.size() > 4) {
        parts.remove(0);
      }
    }
    String code = country == null ? null : countryCode(country);
    String name = null;
    String street = null;
    String postcode = null;
    String city = null;
    int from = parts.isEmpty() ? (country == null ? to : to - country.length()) : parts.get(0)[0];
    boolean regional = code == null || code.equals("US") || code.equals("CA");
    String unit = null;
    for (int i = parts.size() - 1; i >= 0; i--) {
      String part = text.substring(parts.get(i)[0], parts.get(i)[1]);
      if (regional && city == null && street == null && name == null) {
        // "Portland, OR 97209", "Portland, Oregon, USA": a state or province is no part of the
        // venue
        Matcher rp = REGION_POSTCODE.matcher(part);
        if (postcode == null && rp.matches() && REGION_CODES.contains(rp.group(1))) {
          postcode = rp.group(2);
          continue;
        }
        if (REGION_NAMES.contains(Words.key(part)) && i > 0) {
          continue;
        }
      }
      if (street == null
          && name == null
          && (city != null || postcode != null)
          && UNIT.matcher(part).matches()) {
        // "3rd floor", "Suite 300": part of the street line before it
        unit = unit == null ? part : part + ", " + unit;
        continue;
      }
      String[] pc = city == null && street == null ? postcodeCity(part, code) : null;
      if (pc != null) {
        postcode = pc[0];
        city = pc[1];
      } else if (street == null
          && name == null
          && isStreet(part, postcode != null && city != null)) {
        street = unit == null ? part : part + ", " + unit;
        unit = null;
      } else if (city == null && street == null) {
        city = part;
      } else {
        name = name == null ? part : part + ", " + name;
      }
    }
    if (unit != null) {
      name = name == null ? unit : name + ", " + unit;
    }
    if (country != null && !parts.isEmpty() && prose) {
      from = parts.get(0)[0];
    }
    if (parts.isEmpty() && country != null) {
      from = end;
    }
    return new Address(trimName(name), street, postcode, city, country, from, to);
  }

  private static @Nullable String trimName(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String n = LEADING_ARTICLE.matcher(name.strip()).replaceFirst("");
    while (!n.isEmpty() && ".;:".indexOf(n.charAt(n.length() - 1)) >= 0 && !abbreviated(n)) {
      n = n.substring(0, n.length() - 1).strip();
    }
    return n.isEmpty() ? null : n;
  }

  /**
   * Whether {@code name} ends with an abbreviation whose dot belongs to it ({@code e.V.}, {@code
   * Inc.}, {@code Ltd.}).
   */
  private static boolean abbreviated(String name) {
    if (!name.endsWith(".")) {
      return false;
    }
    int space = name.lastIndexOf(' ');
    String word = name.substring(space + 1, name.length() - 1);
    return word.indexOf('.') >= 0
        || (word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
  }

  private static int[] trim(String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  /** The start of the run of capitalised words (or numbers) that ends {@code text[s, e)}. */
  private static int capitalisedTail(String text, int s, int e) {
    int at = e;
    int words = 0;
    int i = e;
    while (i > s && words < 4) {
      int wEnd = i;
      while (i > s && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      String w = text.substring(i, wEnd);
      // a legal form ends a name without a capital: e.V., d.o.o.
      boolean legalForm =
          at == e && w.length() <= 8 && w.indexOf('.') > 0 && w.indexOf('.') < w.length() - 1;
      if (w.isEmpty()
          || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || legalForm)) {
        break;
      }
      at = i;
      words++;
      while (i > s && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return at;
  }

  /**
   * Where the clause holding {@code end} starts: after a line break, {@code ;}, {@code :}, a
   * sentence's full stop.
   */
  private static int clauseStart(String text, int end) {
    for (int i = end - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '(' || c == ')' || c == '|'
          || c == ':') {
        return i + 1;
      }
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
          w--;
        }
        String word = text.substring(w, i);
        if (word.length() > 3 && !streetWord(Words.key(word)) && !isCountry(word + ".")) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /** The last country named in {@code text}: {from, to}, or {@code null}. */
  private static int @Nullable [] lastCountry(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int e = m.end();
      String w = m.group();
      // a sentence's full stop is not part of the word, an abbreviation's is (U.K.)
      if (w.endsWith(".") && w.indexOf('.') == w.length() - 1 && w.length() > 2) {
        e--;
      }
      words.add(new int[] {m.start(), e});
    }
    int[] best = null;
    for (int i = 0; i < words.size(); i++) {
      String first = Words.key(text.substring(words.get(i)[0], words.get(i)[1]));
      Integer max = FIRST_WORDS.get(first);
      if (max == null) {
        continue;
      }
      for (int n = Math.min(max, words.size() - i); n >= 1; n--) {
        int from = words.get(i)[0];
        int to = words.get(i + n - 1)[1];
        if (!spacesOnly(text, words, i, n)) {
          continue;
        }
        String name = text.substring(from, to);
        if (countryCode(name) != null) {
          if (best == null || from >= best[1]) {
            best = new int[] {from, to};
          }
          break;
        }
      }
    }
    return best;
  }

  private static boolean spacesOnly(String text, List<int[]> words, int i, int n) {
    for (int k = i; k < i + n - 1; k++) {
      for (int c = words.get(k)[1]; c < words.get(k + 1)[0]; c++) {
        if (!Character.isWhitespace(text.charAt(c))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a part is a street: a street word, or a house number beside words. */
  static boolean isStreet(String part) {
    return isStreet(part, false);
  }

  /**
   * Whether a part is a street line: it has a street word ({@code Straße}, {@code rue}, {@code
   * Road}), or a house number and stands right before the postcode ({@code Hall 2, Cork} is a name,
   * {@code Kaiserweg 2, 10999 Berlin} a street).
   */
  static boolean isStreet(String part, boolean beforePostcode) {
    Matcher w = WORD.matcher(part);
    boolean letters = false;
    while (w.find()) {
      letters = true;
      if (streetWord(Words.key(w.group()))) {
        return true;
      }
    }
    return beforePostcode
        && letters
        && HOUSE_NUMBER.matcher(part).find()
        && postcodeCity(part, null) == null;
  }

  private static boolean streetWord(String key) {
    if (STREET_WORDS.contains(key)) {
      return true;
    }
    for (String suffix : STREET_SUFFIXES) {
      if (key.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** {postcode, city} when the part is a postcode and a city in either order, else {@code null}. */
  private static String @Nullable [] postcodeCity(String part, @Nullable String country) {
    Pattern[] shapes = country == null ? null : POSTCODES.get(country);
    if (shapes == null) {
      // postcodes.properties has a "default" line
      shapes =
          java.util.Objects.requireNonNull(
              POSTCODES.get("default"), "postcodes.properties has no default");
    }
    Matcher before = shapes[0].matcher(part);
    if (before.matches() && !streetWordIn(before.group(2))) {
      return new String[] {before.group(1), before.group(2)};
    }
    Matcher after = shapes[1].matcher(part);
    if (after.matches() && !streetWordIn(after.group(1))) {
      return new String[] {after.group(2), after.group(1)};
    }
    return null;
  }

  private static boolean streetWordIn(String s) {
    Matcher w = WORD.matcher(s);
    while (w.find()) {
      if (streetWord(Words.key(w.group()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The zone whose database id names the venue's city ({@code Dublin} gives {@code Europe/Dublin}),
   * ignoring case, accents and underscores. When several ids name the city, the shortest canonical
   * one wins. The country is not used: see {@link #inferZone(String, String)}.
   *
   * @return the zone and the reason to report, or {@code null} when no id names the city
   */
  public static @Nullable ZoneGuess inferZone(@Nullable Venue venue) {
    return venue == null || venue.city() == null ? null : cityZone(venue.city());
  }

  /**
   * The zone a place implies: the zone whose database id names the city ({@code Dublin}: {@code
   * Europe/Dublin}), else the zone of the country when it has only one ({@code Germany}, {@code
   * Deutschland}: {@code Europe/Berlin}; from IANA's zone.tab, {@code country-zones.properties}).
   * Countries with several zones (US, CA, RU, AU, BR, MX, ES...) resolve only by city.
   *
   * @return the zone and a reason to report, or {@code null}
   */
  public static @Nullable ZoneGuess inferZone(@Nullable String city, @Nullable String country) {
    if (city != null && !city.isBlank()) {
      ZoneGuess g = cityZone(city);
      if (g != null) {
        return g;
      }
    }
    if (country == null) {
      return null;
    }
    String code = countryCode(country);
    String zone = code == null ? null : COUNTRY_ZONES.get(code);
    if (zone == null) {
      return null;
    }
    return new ZoneGuess(
        ZoneId.of(zone),
        "time zone "
            + zone
            + " inferred from the country '"
            + country.strip()
            + "' ("
            + code
            + "), which has only that zone in the zone database");
  }

  private static @Nullable ZoneGuess cityZone(String cityName) {
    List<String> ids = ZoneCities.IDS.get(Words.key(cityName));
    if (ids == null) {
      return null;
    }
    List<String> all = ids;
    String id = all.get(0);
    String reason =
        "time zone "
            + id
            + " inferred from the city '"
            + cityName
            + "', which names it in the zone database"
            + (all.size() > 1
                ? " (also named by " + String.join(", ", all.subList(1, all.size())) + ")"
                : "");
    return new ZoneGuess(ZoneId.of(id), reason);
  }

  /**
   * The first time zone {@code text} states: a zone id ({@code Europe/Berlin}); an offset ({@code
   * UTC+2}, {@code UTC+02:00}, {@code GMT-5}; {@code UTC} or {@code GMT} alone is UTC), as a fixed
   * {@link ZoneOffset}; or an abbreviation of the JDK's English zone names ({@code CEST}, {@code
   * EDT}, {@code BST}) as the region it stands for (the zone its English long name parses to with
   * the JDK in {@code en}, else {@code en-GB}, else {@code en-US}), when all zones that use it
   * share one offset (bar a single outlier, such as Bougainville's BST). An abbreviation used for
   * several offsets ({@code IST}, {@code CST}) is skipped; one of a zone without summer time
   * ({@code ICT}, {@code BOT}) is only read right after a time ({@code 10:00 ICT}), since such
   * letters are often words.
   *
   * @return the zone and its offsets in {@code text}, or {@code null}
   */
  public static @Nullable StatedZone findZone(String text) {
    StatedZone best = null;
    Matcher id = ZONE_ID.matcher(text);
    while (id.find()) {
      if (ZoneId.getAvailableZoneIds().contains(id.group(1))) {
        best = new StatedZone(ZoneId.of(id.group(1)), id.start(1), id.end(1));
        break;
      }
    }
    Matcher off = ZONE_OFFSET.matcher(text);
    if (off.find() && (best == null || off.start() < best.from())) {
      ZoneId zone = ZoneOffset.UTC;
      if (off.group(2) != null) {
        int h = Integer.parseInt(off.group(3));
        int mi = off.group(4) == null ? 0 : Integer.parseInt(off.group(4));
        int sign = off.group(2).equals("+") ? 1 : -1;
        if (h <= 18 && mi < 60) {
          zone = ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
        }
      }
      best = new StatedZone(zone, off.start(), off.end());
    }
    Matcher ab = ZONE_ABBREVIATION.matcher(text);
    while (ab.find()) {
      if (best != null && ab.start() >= best.from()) {
        break;
      }
      Abbreviations.Entry e = Abbreviations.MAP.get(ab.group(1));
      if (e == null) {
        continue;
      }
      if (!e.summer()
          && !TIME_BEFORE
              .matcher(text.substring(Math.max(0, ab.start() - 12), ab.start()))
              .find()) {
        continue;
      }
      best = new StatedZone(ZoneId.of(e.zone()), ab.start(), ab.end());
      break;
    }
    return best;
  }

  /** Zone abbreviations from the JDK's English zone names, built on first use. */
  /**
   * The zone ids by the key of the city they name ({@code dublin}: {@code Europe/Dublin}), shortest
   * id first; built once.
   */
  private static final class ZoneCities {
    static final Map<String, List<String>> IDS = build();

    private static Map<String, List<String>> build() {
      Map<String, TreeSet<String>> byCity = new HashMap<>();
      for (String id : ZoneId.getAvailableZoneIds()) {
        int slash = id.lastIndexOf('/');
        if (slash < 0 || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
          continue;
        }
        byCity
            .computeIfAbsent(
                Words.key(id.substring(slash + 1)),
                k ->
                    new TreeSet<>(
                        (a, b) ->
                            a.length() != b.length() ? a.length() - b.length() : a.compareTo(b)))
            .add(id);
      }
      Map<String, List<String>> out = new HashMap<>();
      byCity.forEach((k, v) -> out.put(k, List.copyOf(v)));
      return Map.copyOf(out);
    }
  }

  private static final class Abbreviations {
    record Entry(String zone, boolean summer) {}

    static final Map<String, Entry> MAP = build();

    private static Map<String, Entry> build() {
      Instant jan = Instant.parse("2024-01-15T12:00:00Z");
      Instant jul = Instant.parse("2024-07-15T12:00:00Z");
      // abbreviation -> offset -> {ids, long name, has a summer pair}
      Map<String, Map<ZoneOffset, List<String[]>>> uses = new LinkedHashMap<>();
      for (String[] row : DateFormatSymbols.getInstance(Locale.ENGLISH).getZoneStrings()) {
        if (!ZoneId.getAvailableZoneIds().contains(row[0]) || row.length < 5) {
          continue;
        }
        ZoneRules rules = ZoneId.of(row[0]).getRules();
        ZoneOffset std = rules.getStandardOffset(jan);
        ZoneOffset dst =
            rules.isDaylightSavings(jan)
                ? rules.getOffset(jan)
                : rules.isDaylightSavings(jul)
                    ? rules.getOffset(jul)
                    : ZoneOffset.ofTotalSeconds(std.getTotalSeconds() + 3600);
        boolean pair = letters(row[2]) && letters(row[4]) && !row[2].equals(row[4]);
        use(uses, row[2], std, new String[] {row[0], row[1], pair ? "1" : ""});
        use(uses, row[4], dst, new String[] {row[0], row[3], pair ? "1" : ""});
      }
      // the metazone's region for plain English; British and American English name the zone of a
      // name some zones share (British Summer Time: Europe/London, not one of its links)
      List<DateTimeFormatter> longNames = new ArrayList<>();
      for (String tag : new String[] {"en", "en-GB", "en-US"}) {
        longNames.add(DateTimeFormatter.ofPattern("zzzz", Locale.forLanguageTag(tag)));
      }
      Map<String, Entry> out = new HashMap<>();
      uses.forEach(
          (abbr, byOffset) -> {
            int big = 0;
            List<String[]> main = null;
            for (List<String[]> group : byOffset.values()) {
              if (group.size() >= 2) {
                big++;
              }
              if (main == null || group.size() > main.size()) {
                main = group;
              }
            }
            if (big > 1 || main == null || abbr.equals("UTC") || abbr.equals("GMT")) {
              return;
            }
            String zone = null;
            for (DateTimeFormatter longName : longNames) {
              for (String[] use : main) {
                try {
                  String parsed = longName.parse(use[1], ZoneId::from).getId();
                  if (zone == null && main.stream().anyMatch(u -> u[0].equals(parsed))) {
                    zone = parsed;
                  }
                } catch (RuntimeException e) {
                  // a name the parser does not know: try the next
                }
                if (zone != null) {
                  break;
                }
              }
            }
            if (zone == null) {
              zone = main.stream().map(u -> u[0]).sorted().findFirst().orElseThrow();
            }
            ZoneRules rules = ZoneId.of(zone).getRules();
            boolean summer =
                main.stream().anyMatch(u -> !u[2].isEmpty())
                    && (rules.isDaylightSavings(jan) || rules.isDaylightSavings(jul));
            out.put(abbr, new Entry(zone, summer));
          });
      return Map.copyOf(out);
    }

    private static void use(
        Map<String, Map<ZoneOffset, List<String[]>>> uses,
        String abbr,
        ZoneOffset offset,
        String[] use) {
      if (!letters(abbr)) {
        return;
      }
      uses.computeIfAbsent(abbr, k -> new LinkedHashMap<>())
          .computeIfAbsent(offset, k -> new ArrayList<>())
          .add(use);
    }

    private static boolean letters(String s) {
      if (s.length() < 3 || s.length() > 5) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
          return false;
        }
      }
      return true;
    }
  }
}
