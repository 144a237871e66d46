package dev.hackathonkit.model;

import org.jspecify.annotations.Nullable;

/**
 * Where the event takes place. Every part is optional: pages often name only a city.
 *
 * @param name the building or organisation hosting the event
 * @param city the city
 * @param country the country
 */
public record Venue(@Nullable String name, @Nullable String city, @Nullable String country) {

  /** The known parts joined by {@code ", "}: {@code Dublin, Ireland}. */
  public String displayName() {
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {name, city, country}) {
      if (part != null && !part.isBlank()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(part);
      }
    }
    return sb.toString();
  }
}
