package dev.hackathonkit.io.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The words dates are written with in a set of languages: month and weekday names from the JDK's
 * CLDR data (full and short, format and stand-alone forms, for the language and the regional
 * variants {@code date-words.properties} names), and the grammar words of that file. Keys are
 * {@link Words#key} forms, so matching ignores case, accents and a trailing dot. A key that names
 * different months (or weekdays) in two of the languages is dropped as ambiguous. Immutable.
 */
final class DateWords {
  private static final Properties GRAMMAR = Words.properties("date-words.properties");
  private static final TextStyle[] STYLES = {
    TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE
  };
  private static final Map<List<String>, DateWords> CACHE = new ConcurrentHashMap<>();

  final Map<String, Month> months;
  final Map<String, DayOfWeek> weekdays;
  final Set<String> range;
  final Set<String> pair;
  final Set<String> articles;
  final Set<String> fillers;
  final Set<String> ordinals;

  private DateWords(List<String> languages) {
    Map<String, @Nullable Month> m = new HashMap<>();
    Map<String, @Nullable DayOfWeek> w = new HashMap<>();
    Set<String> r = new HashSet<>();
    Set<String> pr = new HashSet<>();
    Set<String> a = new HashSet<>();
    Set<String> f = new HashSet<>();
    Set<String> o = new HashSet<>();
    for (String lang : languages) {
      List<Locale> locales = new ArrayList<>();
      locales.add(Locale.forLanguageTag(lang));
      for (String v : split(GRAMMAR.getProperty(lang + ".variants"))) {
        locales.add(Locale.forLanguageTag(v));
      }
      for (Locale l : locales) {
        for (TextStyle style : STYLES) {
          for (Month month : Month.values()) {
            merge(m, Words.key(month.getDisplayName(style, l)), month);
          }
          for (DayOfWeek day : DayOfWeek.values()) {
            merge(w, Words.key(day.getDisplayName(style, l)), day);
          }
        }
      }
      r.addAll(keys(GRAMMAR.getProperty(lang + ".range")));
      pr.addAll(keys(GRAMMAR.getProperty(lang + ".pair")));
      a.addAll(keys(GRAMMAR.getProperty(lang + ".article")));
      f.addAll(keys(GRAMMAR.getProperty(lang + ".filler")));
      o.addAll(keys(GRAMMAR.getProperty(lang + ".ordinal")));
    }
    this.months = clean(m);
    this.weekdays = clean(w);
    this.range = Set.copyOf(r);
    this.pair = Set.copyOf(pr);
    this.articles = Set.copyOf(a);
    this.fillers = Set.copyOf(f);
    this.ordinals = Set.copyOf(o);
  }

  /** The words of these languages (their ISO 639 codes are used), built once per list. */
  static DateWords of(List<Locale> languages) {
    List<String> codes = new ArrayList<>(languages.size());
    for (Locale l : languages) {
      codes.add(l.getLanguage());
    }
    return CACHE.computeIfAbsent(List.copyOf(codes), DateWords::new);
  }

  private static <T> void merge(Map<String, @Nullable T> map, String key, T value) {
    if (key.isEmpty() || Character.isDigit(key.charAt(0))) {
      return;
    }
    if (map.containsKey(key) && map.get(key) != value) {
      map.put(key, null);
    } else {
      map.put(key, value);
    }
  }

  private static <T> Map<String, T> clean(Map<String, @Nullable T> map) {
    Map<String, T> out = new HashMap<>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return Map.copyOf(out);
  }

  private static List<String> split(@Nullable String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.strip().split("\\s+"));
  }

  private static List<String> keys(@Nullable String s) {
    List<String> out = new ArrayList<>();
    for (String word : split(s)) {
      out.add(Words.key(word));
    }
    return out;
  }
}
