package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.Venue;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlacesTest {
  @Test
  void readsCityAndCountryWithoutComma() {
    assertThat(Places.parseVenue("Dublin Ireland.")).isEqualTo(new Venue(null, null, null, "Dublin", "Ireland"));
  }

  @Test
  void readsCityAndCountryWithComma() {
    assertThat(Places.parseVenue("Dublin, Ireland")).isEqualTo(new Venue(null, null, null, "Dublin", "Ireland"));
  }

  @Test
  void readsNameCityAndMultiWordCountry() {
    assertThat(Places.parseVenue("Trinity College, Cambridge, United Kingdom"))
        .isEqualTo(new Venue("Trinity College", null, null, "Cambridge", "United Kingdom"));
    assertThat(Places.parseVenue("San Francisco USA")).isEqualTo(new Venue(null, null, null, "San Francisco", "USA"));
  }

  @Test
  void keepsCityWhenNoCountryIsRecognised() {
    assertThat(Places.parseVenue("Springfield")).isEqualTo(new Venue(null, null, null, "Springfield", null));
    assertThat(Places.parseVenue("  ")).isNull();
  }

  @Test
  void infersZoneFromCityNamedInZoneDatabase() {
    Places.ZoneGuess g = Places.inferZone(new Venue(null, null, null, "Dublin", "Ireland"));
    assertThat(g.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(g.reason()).contains("Europe/Dublin").contains("Dublin");
    assertThat(Places.inferZone(new Venue(null, null, null, "San Francisco", null))).isNull();
    assertThat(Places.inferZone(new Venue(null, null, null, "Los Angeles", null)).zone())
        .isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(Places.inferZone(new Venue(null, null, null, "S\u00E3o Paulo", null)).zone())
        .isEqualTo(ZoneId.of("America/Sao_Paulo"));
    assertThat(Places.inferZone(new Venue("Somewhere", null, null, null, "Ireland"))).isNull();
  }

  @Test
  void readsStreetAndPostcodeOfAFullAddress() {
    assertThat(Places.parseVenue("Example Hall, Musterstraße 12-14, 10999 Berlin, Germany."))
        .isEqualTo(new Venue("Example Hall", "Musterstraße 12-14", "10999", "Berlin", "Germany"));
    assertThat(Places.parseVenue("Musterstraße 12, 10999 Berlin"))
        .isEqualTo(new Venue(null, "Musterstraße 12", "10999", "Berlin", null));
    assertThat(Places.parseVenue("10999 Berlin Germany")).isEqualTo(new Venue(null, null, "10999", "Berlin", "Germany"));
    assertThat(Places.parseVenue("Example Hall, 12 Sample Road, Dublin, Ireland"))
        .isEqualTo(new Venue("Example Hall", "12 Sample Road", null, "Dublin", "Ireland"));
  }

  @Test
  void takesANumberedNameForAStreetOnlyWithAStreetWordOrBeforeAPostcode() {
    assertThat(Places.isStreet("Hall 2", false)).isFalse();
    assertThat(Places.isStreet("Hall 2", true)).isTrue();
    assertThat(Places.isStreet("Rungestraße 20", false)).isTrue();
    assertThat(Places.isStreet("221B Baker Street", false)).isTrue();
    assertThat(Places.isStreet("10 rue de la Paix", false)).isTrue();
    assertThat(Places.isStreet("Calle Mayor 5-7", false)).isTrue();
    assertThat(Places.isStreet("Trinity College", true)).isFalse();
    assertThat(Places.isStreet("Broadway Hall", false)).isFalse();
    assertThat(Places.parseVenue("Hall 2, Cork, Ireland")).isEqualTo(new Venue("Hall 2", null, null, "Cork", "Ireland"));
  }

  @Test
  void recognisesCommonPostcodeShapes() {
    assertThat(Places.postcodeAndCity("10999 Berlin")).isEqualTo(new Places.PostcodeCity("10999", "Berlin"));
    assertThat(Places.postcodeAndCity("D-10999 Berlin")).isEqualTo(new Places.PostcodeCity("D-10999", "Berlin"));
    assertThat(Places.postcodeAndCity("1015 AB Amsterdam")).isEqualTo(new Places.PostcodeCity("1015 AB", "Amsterdam"));
    assertThat(Places.postcodeAndCity("1000 Bruxelles")).isEqualTo(new Places.PostcodeCity("1000", "Bruxelles"));
    assertThat(Places.postcodeAndCity("00-950 Warszawa")).isEqualTo(new Places.PostcodeCity("00-950", "Warszawa"));
    assertThat(Places.postcodeAndCity("SW1A 1AA London")).isEqualTo(new Places.PostcodeCity("SW1A 1AA", "London"));
    assertThat(Places.postcodeAndCity("London SW1A 1AA")).isEqualTo(new Places.PostcodeCity("SW1A 1AA", "London"));
    assertThat(Places.postcodeAndCity("10999")).isEqualTo(new Places.PostcodeCity("10999", null));
    assertThat(Places.postcodeAndCity("Berlin")).isNull();
    assertThat(Places.postcodeAndCity("Hall 2")).isNull();
    assertThat(Places.postcodeAndCity("123 Main")).isNull();
  }
}
