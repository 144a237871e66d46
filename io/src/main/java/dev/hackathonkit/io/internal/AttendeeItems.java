package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import org.jspecify.annotations.Nullable;

/**
 * Attendee list items: {@code Name, Company}, {@code Name,Company}, {@code Name (Company)} or
 * {@code Name} alone, after an optional bullet ({@code •}, {@code *}, {@code -}). Not API.
 */
public final class AttendeeItems {
  private AttendeeItems() {}

  /** The text after a leading bullet and spaces, or the trimmed text when there is no bullet. */
  public static String stripBullet(String item) {
    String s = item.strip();
    while (!s.isEmpty() && isBullet(s.charAt(0))) {
      s = s.substring(1).strip();
    }
    return s;
  }

  /**
   * Whether {@code c} starts a list item: {@code •}, {@code ◦}, {@code ▪}, {@code *}, {@code -},
   * {@code #}.
   */
  public static boolean isBullet(char c) {
    return c == '\u2022'
        || c == '\u25E6'
        || c == '\u25AA'
        || c == '\u2023'
        || c == '\u2043'
        || c == '*'
        || c == '-'
        || c == '#'
        || c == '\u00B7';
  }

  /**
   * The attendee an item names: before the first comma the name, after it the affiliation.
   *
   * @return the attendee, or {@code null} when the item holds no name
   */
  public static @Nullable Attendee parse(String item, AttendeeStatus status) {
    String s = PlainText.clean(stripBullet(item));
    String name = s;
    String affiliation = null;
    int comma = s.indexOf(',');
    if (comma >= 0) {
      name = s.substring(0, comma).strip();
      affiliation = s.substring(comma + 1).strip();
    } else if (s.endsWith(")") && s.indexOf('(') > 0) {
      int open = s.indexOf('(');
      name = s.substring(0, open).strip();
      affiliation = s.substring(open + 1, s.length() - 1).strip();
    }
    if (name.isEmpty()) {
      return null;
    }
    return new Attendee(
        name, affiliation == null || affiliation.isEmpty() ? null : affiliation, status);
  }
}
