package dev.hackathonkit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Stable identifiers derived from titles: lower-case ASCII letters and digits joined by single
 * hyphens ({@code Xen 4.3 Release} becomes {@code xen-4-3-release}).
 *
 * <p>Identifiers derived this way are the same on every import of the same page, which is what lets
 * calendars and spreadsheets update rows instead of duplicating them.
 */
public final class Slugs {
  /** Identifiers are cut to this many characters, without a trailing hyphen. */
  public static final int MAX_LENGTH = 80;

  /** The pattern every identifier matches. */
  public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

  private Slugs() {}

  /**
   * The slug of {@code text}: accents removed, letters lower-cased, every run of other characters a
   * single hyphen. Text with no letters or digits gives {@code "untitled"}.
   */
  public static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(Math.min(decomposed.length(), MAX_LENGTH + 1));
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length() && sb.length() <= MAX_LENGTH; i++) {
      char c = decomposed.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && sb.length() > 0) {
          sb.append('-');
        }
        pendingHyphen = false;
        sb.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        if (pendingHyphen && sb.length() > 0) {
          sb.append('-');
        }
        pendingHyphen = false;
        sb.append((char) (c + ('a' - 'A')));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        pendingHyphen = true;
      }
    }
    String slug = sb.length() > MAX_LENGTH ? sb.substring(0, MAX_LENGTH) : sb.toString();
    while (slug.endsWith("-")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    return slug.isEmpty() ? "untitled" : slug.toLowerCase(Locale.ROOT);
  }

  /**
   * The slug of {@code text}, made unique against {@code taken} by a numeric suffix ({@code -2},
   * {@code -3}, ...), and added to {@code taken}.
   */
  public static String unique(String text, Set<String> taken) {
    String base = of(text);
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
