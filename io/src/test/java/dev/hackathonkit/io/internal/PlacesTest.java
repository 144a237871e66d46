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
}
