package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.Venue;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlacesTest {
  @Test
  void readsCityAndCountryWithoutComma() {
    assertThat(Places.parseVenue("Dublin Ireland."))
        .isEqualTo(new Venue(null, null, null, "Dublin", "Ireland"));
  }

  @Test
  void readsCityAndCountryWithComma() {
    assertThat(Places.parseVenue("Dublin, Ireland"))
        .isEqualTo(new Venue(null, null, null, "Dublin", "Ireland"));
  }

  @Test
  void readsNameCityAndMultiWordCountry() {
    assertThat(Places.parseVenue("Trinity College, Cambridge, United Kingdom"))
        .isEqualTo(new Venue("Trinity College", null, null, "Cambridge", "United Kingdom"));
    assertThat(Places.parseVenue("San Francisco USA"))
        .isEqualTo(new Venue(null, null, null, "San Francisco", "USA"));
  }

  @Test
  void keepsCityWhenNoCountryIsRecognised() {
    assertThat(Places.parseVenue("Springfield"))
        .isEqualTo(new Venue(null, null, null, "Springfield", null));
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
    assertThat(Places.parseVenue("10999 Berlin Germany"))
        .isEqualTo(new Venue(null, null, "10999", "Berlin", "Germany"));
    assertThat(Places.parseVenue("Example Hall, 12 Sample Road, Dublin, Ireland"))
        .isEqualTo(new Venue("Example Hall", "12 Sample Road", null, "Dublin", "Ireland"));
  }

  @Test
  void readsStreetLinesWithAStreetWordOrAHouseNumber() {
    assertThat(Places.parseVenue("Hall, Rungestraße 20, Berlin, Germany").street())
        .isEqualTo("Rungestraße 20");
    assertThat(Places.parseVenue("Hall, 221B Baker Street, London, UK").street())
        .isEqualTo("221B Baker Street");
    assertThat(Places.parseVenue("Hall, 10 rue de la Paix, 75002 Paris, France").street())
        .isEqualTo("10 rue de la Paix");
    assertThat(Places.parseVenue("Hall, Calle Mayor 5-7, Madrid, Spain").street())
        .isEqualTo("Calle Mayor 5-7");
    assertThat(Places.parseVenue("Trinity College, Dublin, Ireland").street()).isNull();
  }

  @Test
  void readsCommonPostcodeShapesBeforeOrAfterTheCity() {
    assertThat(Places.parseVenue("Hall, 10999 Berlin, Germany"))
        .extracting("postcode", "city")
        .containsExactly("10999", "Berlin");
    assertThat(Places.parseVenue("Hall, 1015 AB Amsterdam, Netherlands"))
        .extracting("postcode", "city")
        .containsExactly("1015 AB", "Amsterdam");
    assertThat(Places.parseVenue("Hall, 1000 Bruxelles, Belgium"))
        .extracting("postcode", "city")
        .containsExactly("1000", "Bruxelles");
    assertThat(Places.parseVenue("Hall, 00-950 Warszawa, Poland"))
        .extracting("postcode", "city")
        .containsExactly("00-950", "Warszawa");
    assertThat(Places.parseVenue("Hall, London SW1A 1AA, UK"))
        .extracting("postcode", "city")
        .containsExactly("SW1A 1AA", "London");
  }
}
