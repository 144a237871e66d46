package dev.hackathonkit.io.page;

import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Gsoc;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lookups of one {@link PageProfile}, precomputed in normal form ({@link Norm}) so that each
 * call is a few hash look-ups. A profile is a record and cannot hold the index itself; {@link
 * #of(PageProfile)} keeps one index per profile instance, weakly, and builds it on first use.
 */
final class ProfileIndex {
  private static final ReferenceQueue<PageProfile> QUEUE = new ReferenceQueue<>();
  private static final Map<Integer, List<Ref>> CACHE = new HashMap<>();
  private static volatile @Nullable Ref last;

  private static final class Ref extends WeakReference<PageProfile> {
    final int hash;
    final ProfileIndex index;

    Ref(PageProfile p, int hash, ProfileIndex index) {
      super(p, QUEUE);
      this.hash = hash;
      this.index = index;
    }
  }

  static ProfileIndex of(PageProfile profile) {
    Ref r = last;
    if (r != null && r.get() == profile) {
      return r.index;
    }
    synchronized (CACHE) {
      for (Object gone = QUEUE.poll(); gone != null; gone = QUEUE.poll()) {
        Ref g = (Ref) gone;
        List<Ref> refs = CACHE.get(g.hash);
        if (refs != null && refs.remove(g) && refs.isEmpty()) {
          CACHE.remove(g.hash);
        }
      }
      int hash = System.identityHashCode(profile);
      List<Ref> refs = CACHE.computeIfAbsent(hash, k -> new ArrayList<>(1));
      for (Ref x : refs) {
        if (x.get() == profile) {
          last = x;
          return x.index;
        }
      }
      Ref n = new Ref(profile, hash, new ProfileIndex(profile));
      refs.add(n);
      last = n;
      return n.index;
    }
  }

  final Map<String, TopicField> fieldByParameter = new HashMap<>();
  final Map<String, TopicField> fieldByLabel = new HashMap<>();
  final Map<String, TopicField> fieldByColumn = new HashMap<>();
  final Map<String, EventField> eventByParameter = new HashMap<>();
  final Map<String, EventField> eventByLabel = new HashMap<>();
  final Map<String, AttendeeColumn> attendeeColumns = new HashMap<>();
  final Map<String, ScheduleColumn> scheduleColumns = new HashMap<>();
  final Words<PageSection> headings = new Words<>();
  final Words<AttendeeStatus> statuses = new Words<>();
  final Words<Boolean> attendeeNotes = new Words<>();
  final Set<String> eventTemplates = new HashSet<>();
  final Set<String> ignoredLines = new HashSet<>();
  final List<String> ignoredPrefixes = new ArrayList<>();
  final Map<String, Gsoc> gsoc = new HashMap<>();
  final Fillers globalFillers;
  final Map<TopicField, Fillers> fieldFillers = new EnumMap<>(TopicField.class);
  final @Nullable String notApplicable;
  final List<String> allLabels;

  private ProfileIndex(PageProfile p) {
    Set<String> labels = new LinkedHashSet<>();
    p.fields()
        .forEach(
            (field, spec) -> {
              if (spec.parameter() != null) {
                fieldByParameter.putIfAbsent(spec.parameter().strip(), field);
              }
              for (String l : spec.labels()) {
                put(fieldByLabel, Norm.label(l), field);
                labels.add(l.strip());
              }
              for (String c : spec.columns()) {
                put(fieldByColumn, Norm.label(c), field);
              }
            });
    p.eventFields()
        .forEach(
            (field, spec) -> {
              for (String param : spec.parameters()) {
                eventByParameter.putIfAbsent(param.strip(), field);
              }
              for (String l : spec.labels()) {
                put(eventByLabel, Norm.label(l), field);
                labels.add(l.strip());
              }
            });
    p.attendeeColumns()
        .forEach((col, names) -> names.forEach(n -> put(attendeeColumns, Norm.label(n), col)));
    p.scheduleColumns()
        .forEach((col, names) -> names.forEach(n -> put(scheduleColumns, Norm.label(n), col)));
    p.headings().forEach((section, names) -> names.forEach(n -> headings.add(n, section)));
    p.statusWords().forEach((status, words) -> words.forEach(w -> statuses.add(w, status)));
    p.attendeeNotes().forEach(n -> attendeeNotes.add(n, Boolean.TRUE));
    p.eventTemplates().forEach(t -> eventTemplates.add(Norm.template(t)));
    p.ignoredLines().forEach(l -> ignoredLines.add(Norm.line(l)));
    p.ignoredLinePrefixes().stream()
        .map(Norm::line)
        .filter(s -> !s.isEmpty())
        .forEach(ignoredPrefixes::add);
    p.gsocValues().forEach((g, values) -> values.forEach(v -> gsoc.putIfAbsent(Norm.line(v), g)));
    globalFillers = new Fillers(p.fillers());
    int longest = 0;
    for (String f : p.fillers()) {
      longest = Math.max(longest, letters(f));
    }
    for (FieldSpec spec : p.fields().values()) {
      for (String f : spec.fillers()) {
        longest = Math.max(longest, letters(f));
      }
    }
    // {year} stands for four digits: a filler with it has at most as many letters and digits as
    // written
    longestFiller = longest;
    p.fields().forEach((field, spec) -> fieldFillers.put(field, new Fillers(spec.fillers())));
    notApplicable = p.notApplicableText() == null ? null : Norm.filler(p.notApplicableText());
    List<String> all = new ArrayList<>(labels);
    all.sort(Comparator.comparingInt(String::length).reversed());
    allLabels = List.copyOf(all);
    Map<String, List<LabelEntry>> byFirst = new HashMap<>();
    for (String label : allLabels) {
      TopicField tf = fieldByLabel.get(Norm.label(label));
      EventField ef = tf == null ? eventByLabel.get(Norm.label(label)) : null;
      byFirst
          .computeIfAbsent(firstKey(label, 0), k -> new ArrayList<>())
          .add(new LabelEntry(label, tf, ef));
    }
    labelsByFirst = Map.copyOf(byFirst);
    Set<String> starts = new HashSet<>();
    ignoredLines.forEach(l -> starts.add(startKey(l)));
    // a prefix may end inside its first word ("Categories:" before "Categories: X"): key by the
    // word as written
    ignoredPrefixes.forEach(l -> starts.add(startKey(l)));
    chromeStarts = Set.copyOf(starts);
    // a prefix that ends before its first word does ("[Ho" of "[Home]") cannot be found by the word
    shortPrefix =
        ignoredPrefixes.stream()
            .anyMatch(pre -> pre.indexOf(' ') < 0 && !pre.endsWith(":") && pre.length() < 3);
  }

  /** Whether a chrome prefix is too short to key by its word (then every line is checked). */
  final boolean shortPrefix;

  /**
   * The start keys of every chrome line and prefix: a line whose start is not among them is no
   * chrome.
   */
  final Set<String> chromeStarts;

  /**
   * The lower-case first word of a text (up to a space or the end; {@code ""} for a blank text).
   */
  static String startKey(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    int end = i;
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && !Character.isSpaceChar(text.charAt(end))) {
      end++;
    }
    return text.substring(i, end).toLowerCase(Locale.ROOT);
  }

  /** A label and the field it names (a topic field, else an event field, else neither). */
  record LabelEntry(String label, @Nullable TopicField field, @Nullable EventField eventField) {}

  /**
   * Labels by the lower-case first two characters of their first word, longest first within each.
   */
  final Map<String, List<LabelEntry>> labelsByFirst;

  /** The key {@link #labelsByFirst} files a text starting at {@code at} under. */
  static String firstKey(String text, int at) {
    int end = Math.min(text.length(), at + 2);
    return text.substring(Math.min(at, end), end).toLowerCase(Locale.ROOT);
  }

  private static <T> void put(Map<String, T> map, String key, T value) {
    if (!key.isEmpty()) {
      map.putIfAbsent(key, value);
    }
  }

  /** Fillers in normal form: plain ones in a set, those with a year placeholder in a list. */
  /** The most letters and digits any filler of the profile has: a longer value is no filler. */
  final int longestFiller;

  /**
   * Whether {@code s} has more letters and digits than {@code limit} (counted only as far as
   * needed).
   */
  static boolean moreLetters(String s, int limit) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i)) && ++n > limit) {
        return true;
      }
    }
    return false;
  }

  /** The letters and digits of {@code s}. */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static final class Fillers {
    private final Set<String> plain = new HashSet<>();
    private final List<String> withYear = new ArrayList<>();

    Fillers(List<String> fillers) {
      for (String f : fillers) {
        String n = Norm.filler(f);
        if (n.contains(FieldSpec.YEAR)) {
          withYear.add(n);
        } else if (!n.isEmpty()) {
          plain.add(n);
        }
      }
    }

    boolean matches(String normalValue) {
      if (plain.contains(normalValue)) {
        return true;
      }
      for (String f : withYear) {
        if (Norm.fillerMatches(f, normalValue)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Phrases found as whole words in a text; the longest phrase found wins. Phrases are indexed by
   * their first word, longest first.
   */
  static final class Words<T> {
    private record Phrase<T>(List<String> words, int length, T value) {}

    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();

    /**
     * Whether a phrase's first word has an ASCII first character and length ({@link #startKey}).
     */
    private final boolean[] asciiStarts = new boolean[128 * 64];

    void add(String phrase, T value) {
      List<String> words = Norm.words(phrase);
      if (words.isEmpty()) {
        return;
      }
      String first = words.get(0);
      if (first.charAt(0) < 128) {
        asciiStarts[startKey(first.charAt(0), first.length())] = true;
      }
      int length = String.join(" ", words).length();
      List<Phrase<T>> list = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
      for (Phrase<T> p : list) {
        if (p.words().equals(words)) {
          return; // the first key that lists a phrase keeps it
        }
      }
      list.add(new Phrase<>(words, length, value));
      list.sort(Comparator.comparingInt((Phrase<T> p) -> p.length()).reversed());
    }

    @Nullable T find(String text) {
      if (!mayMatch(text)) {
        return null;
      }
      Match<T> m = match(Norm.words(text));
      return m == null ? null : m.value();
    }

    /**
     * Whether a phrase may be found in {@code text}: false only when the text is ASCII and none of
     * its words has the first character and the length of a phrase's first word. Most texts a page
     * asks about are answered so, without listing their words.
     */
    boolean mayMatch(String text) {
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c >= 128) {
          return true; // lower case and word characters beyond ASCII: list the words
        }
        if (!Character.isLetterOrDigit(c)) {
          i++;
          continue;
        }
        int start = i;
        while (i < n && text.charAt(i) < 128 && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if ((i < n && text.charAt(i) >= 128)
            || asciiStarts[startKey(Character.toLowerCase(c), i - start)]) {
          return true;
        }
      }
      return false;
    }

    /**
     * The index of a word's first (lower-case, ASCII) character and its length, capped, in {@link
     * #asciiStarts}.
     */
    private static int startKey(char first, int length) {
      return first * 64 + Math.min(length, 63);
    }

    /**
     * The longest phrase found among {@code words}: its value and the indexes of its first word and
     * of the word after it.
     */
    record Match<T>(T value, int from, int to) {}

    @Nullable Match<T> match(List<String> words) {
      T best = null;
      int bestLength = 0;
      int[] at = null;
      for (int i = 0; i < words.size(); i++) {
        List<Phrase<T>> list = byFirst.get(words.get(i));
        if (list == null) {
          continue;
        }
        for (Phrase<T> p : list) {
          if (p.length() <= bestLength) {
            break;
          }
          if (i + p.words().size() <= words.size()
              && words.subList(i, i + p.words().size()).equals(p.words())) {
            best = p.value();
            bestLength = p.length();
            at = new int[] {i, i + p.words().size()};
            break;
          }
        }
      }
      return best == null || at == null ? null : new Match<>(best, at[0], at[1]);
    }
  }
}
