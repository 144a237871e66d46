package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which pages of a dump a {@link DumpConverter} reads; the others are skipped as {@link
 * DumpOutcome.Reason#FILTERED} with the rule that left them out. Every part given must match: a
 * namespace among {@code namespaces} (all when empty), a title starting with {@code titlePrefix}, a
 * title matched as a whole by {@code titlePattern}, and membership of one of {@code categories}
 * (any when empty).
 *
 * <p>A page's categories are the {@code [[Category:Name]]} and {@code [[Category:Name|sort key]]}
 * links in its own text, with {@code Category} being MediaWiki's canonical name of namespace 14,
 * which every wiki accepts beside its local name; {@code [[:Category:Name]]} (with the leading
 * colon) is a link to the category, not a membership. Names compare as MediaWiki compares titles:
 * the first letter without regard to case, underscores as spaces, runs of spaces as one. Categories
 * a template adds are not seen: the dump holds the page's own text, not its rendering.
 *
 * @param namespaces namespace numbers (0 the main namespace, 4 the project's, ...); empty: every
 *     one
 * @param titlePrefix the start of every title read, or {@code null}
 * @param titlePattern a regular expression a title must match as a whole, or {@code null}
 * @param categories category names without the {@code Category:} prefix; empty: no category needed
 */
public record PageFilter(
    Set<Integer> namespaces,
    @Nullable String titlePrefix,
    @Nullable Pattern titlePattern,
    Set<String> categories) {

  /** Every page. */
  public static final PageFilter ALL = new PageFilter(Set.of(), null, null, Set.of());

  private static final Pattern CATEGORY_LINK =
      Pattern.compile("\\[\\[[ _]*(?i:category)[ _]*:([^|\\]\\[{}<>\\n]+)(?:\\|[^\\]\\n]*)?\\]\\]");

  /** Copies the sets and normalises the category names. */
  public PageFilter {
    namespaces = Set.copyOf(namespaces);
    Set<String> names = new LinkedHashSet<>();
    for (String c : categories) {
      String name = categoryKey(requireNonNull(c, "category"));
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty category name");
      }
      names.add(name);
    }
    categories = Set.copyOf(names);
  }

  /** A copy that reads only pages in {@code namespace} (besides those already named). */
  public PageFilter withNamespace(int namespace) {
    Set<Integer> n = new LinkedHashSet<>(namespaces);
    n.add(namespace);
    return new PageFilter(n, titlePrefix, titlePattern, categories);
  }

  /** A copy that reads only titles starting with {@code prefix}. */
  public PageFilter withTitlePrefix(@Nullable String prefix) {
    return new PageFilter(namespaces, prefix, titlePattern, categories);
  }

  /** A copy that reads only titles {@code pattern} matches as a whole. */
  public PageFilter withTitlePattern(@Nullable Pattern pattern) {
    return new PageFilter(namespaces, titlePrefix, pattern, categories);
  }

  /** A copy that reads only pages in {@code category} (or in one of those already named). */
  public PageFilter withCategory(String category) {
    Set<String> c = new LinkedHashSet<>(categories);
    c.add(category);
    return new PageFilter(namespaces, titlePrefix, titlePattern, c);
  }

  /** Whether pages are filtered by their text's categories (the text must be looked at). */
  boolean needsText() {
    return !categories.isEmpty();
  }

  /**
   * Why the filter leaves out a page by its namespace or title, or {@code null} when it keeps it so
   * far.
   */
  @Nullable String refusalByName(ExportedPage page) {
    if (!namespaces.isEmpty() && !namespaces.contains(page.namespace())) {
      return "namespace " + page.namespace() + " not among " + new java.util.TreeSet<>(namespaces);
    }
    if (titlePrefix != null && !page.title().startsWith(titlePrefix)) {
      return "title does not start with '" + titlePrefix + "'";
    }
    if (titlePattern != null && !titlePattern.matcher(page.title()).matches()) {
      return "title does not match /" + titlePattern.pattern() + "/";
    }
    return null;
  }

  /**
   * Why the filter leaves out a page by its text's categories, or {@code null} when it keeps it.
   */
  @Nullable String refusalByText(String text) {
    if (categories.isEmpty()) {
      return null;
    }
    for (String c : categoriesOf(text)) {
      if (categories.contains(c)) {
        return null;
      }
    }
    return "in none of the categories " + String.join(", ", new java.util.TreeSet<>(categories));
  }

  /**
   * The categories the text's own {@code [[Category:…]]} links put it in, normalised as titles
   * (first letter upper case, underscores as spaces), in order of appearance.
   */
  static List<String> categoriesOf(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = CATEGORY_LINK.matcher(text);
    while (m.find()) {
      String name = categoryKey(m.group(1));
      if (!name.isEmpty() && !found.contains(name)) {
        found.add(name);
      }
    }
    return found;
  }

  /**
   * A category name as MediaWiki compares titles: spaces for underscores, one space for runs, first
   * letter upper case.
   */
  private static String categoryKey(String name) {
    String s = name.replace('_', ' ').strip().replaceAll(" {2,}", " ");
    if (s.regionMatches(true, 0, "Category:", 0, 9)) {
      s = s.substring(9).strip();
    }
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(first))).toUpperCase(Locale.ROOT)
        + s.substring(Character.charCount(first));
  }
}
