package dev.hackathonkit.model;

import org.jspecify.annotations.Nullable;

/**
 * Where the event takes place. Every part is optional: pages often name only a city, sometimes a
 * full postal address ({@code Example Hall, Musterstraße 12, 10999 Berlin, Germany}). Parts are
 * kept as the source wrote them; nothing is normalised or checked against a postal database.
 *
 * @param name the building or organisation hosting the event ({@code Trinity College}), or {@code
 *     null}
 * @param street the street address line: street and house number as one text ({@code
 *     Prinzessinnenstraße 19-20}, {@code 221B Baker Street}), or {@code null}
 * @param postcode the postal code as written ({@code 10999}, {@code SW1A 1AA}, {@code 1012 AB}), or
 *     {@code null}
 * @param city the city ({@code Dublin}), or {@code null}
 * @param country the country, as written ({@code Ireland}, {@code USA}), or {@code null}
 */
public record Venue(
    @Nullable String name,
    @Nullable String street,
    @Nullable String postcode,
    @Nullable String city,
    @Nullable String country) {

  /**
   * The known parts joined by {@code ", "} in address order: name, street, postcode and city (one
   * part, {@code 10999 Berlin} when both are known), country. Blank parts are left out; {@code
   * Example Hall, Musterstraße 12, 10999 Berlin, Germany}, or {@code Dublin, Ireland}, or the empty
   * string when no part is known.
   */
  public String displayName() {
    String place = join(" ", postcode, city);
    return join(", ", name, street, place.isEmpty() ? null : place, country);
  }

  private static String join(String separator, @Nullable String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (sb.length() > 0) {
          sb.append(separator);
        }
        sb.append(part);
      }
    }
    return sb.toString();
  }
}
