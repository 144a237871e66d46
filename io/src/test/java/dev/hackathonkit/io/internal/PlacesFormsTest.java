package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Places} over addresses, countries and zones as pages write them. */
class PlacesFormsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                                                           | name                  | street                     | postcode | city      | country         | matched
      The hackathon is in Amsterdam, The Netherlands.                                  | -                     | -                          | -        | Amsterdam | The Netherlands | Amsterdam, The Netherlands
      We meet at Betahaus, Prinzessinnenstraße 19-20, Berlin, Germany                  | Betahaus              | Prinzessinnenstraße 19-20  | -        | Berlin    | Germany         | Betahaus, Prinzessinnenstraße 19-20, Berlin, Germany
      Betahaus, Prinzessinnenstraße 19-20, 10999 Berlin                                | Betahaus              | Prinzessinnenstraße 19-20  | 10999    | Berlin    | -               | Betahaus, Prinzessinnenstraße 19-20, 10999 Berlin
      Prague, Czech Republic                                                           | -                     | -                          | -        | Prague    | Czech Republic  | Prague, Czech Republic
      Dublin Ireland                                                                   | -                     | -                          | -        | Dublin    | Ireland         | Dublin Ireland
      Wikimedia Deutschland, Tempelhofer Ufer 23-24, 10963 Berlin, Deutschland         | Wikimedia Deutschland | Tempelhofer Ufer 23-24     | 10963    | Berlin    | Deutschland     | Wikimedia Deutschland, Tempelhofer Ufer 23-24, 10963 Berlin, Deutschland
      Mozilla Paris, 16 bis boulevard Montmartre, 75009 Paris, France                  | Mozilla Paris         | 16 bis boulevard Montmartre | 75009   | Paris     | France          | Mozilla Paris, 16 bis boulevard Montmartre, 75009 Paris, France
      Medialab Prado, Calle de la Alameda 15, 28014 Madrid, España                     | Medialab Prado        | Calle de la Alameda 15     | 28014    | Madrid    | España          | Medialab Prado, Calle de la Alameda 15, 28014 Madrid, España
      The event is hosted by ACME at their office in Brno                              | ACME                  | -                          | -        | Brno      | -               | ACME at their office in Brno
      Ort: CCC, Marienstr. 11, 10117 Berlin                                            | CCC                   | Marienstr. 11              | 10117    | Berlin    | -               | CCC, Marienstr. 11, 10117 Berlin
      Venue: Codebase, 37a Castle Terrace, Edinburgh EH1 2EL, Scotland                 | Codebase              | 37a Castle Terrace         | EH1 2EL  | Edinburgh | Scotland        | Codebase, 37a Castle Terrace, Edinburgh EH1 2EL, Scotland
      Lieu : La Paillasse, 226 rue Saint-Denis, 75002 Paris                            | La Paillasse          | 226 rue Saint-Denis        | 75002    | Paris     | -               | La Paillasse, 226 rue Saint-Denis, 75002 Paris
      at TechHub, 1012 AB Amsterdam, Holland                                           | TechHub               | -                          | 1012 AB  | Amsterdam | Holland         | TechHub, 1012 AB Amsterdam, Holland
      held in Wien, Österreich on 3 May                                                | -                     | -                          | -        | Wien      | Österreich      | Wien, Österreich
      en Barcelona, España                                                             | -                     | -                          | -        | Barcelona | España          | Barcelona, España
      à Lyon, France                                                                   | -                     | -                          | -        | Lyon      | France          | Lyon, France
      San Francisco, CA, USA                                                           | San Francisco         | -                          | -        | CA        | USA             | San Francisco, CA, USA
      """)
  void findsAddressesInProse(
      String text,
      @Nullable String name,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      @Nullable String country,
      String matched) {
    Places.Address a = Places.findAddress(text);
    assertThat(a).as(text).isNotNull();
    assertThat(a.name()).as("name").isEqualTo(name);
    assertThat(a.street()).as("street").isEqualTo(street);
    assertThat(a.postcode()).as("postcode").isEqualTo(postcode);
    assertThat(a.city()).as("city").isEqualTo(city);
    assertThat(a.country()).as("country").isEqualTo(country);
    assertThat(text.substring(a.from(), a.to())).isEqualTo(matched);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "no place named here",
        "The talks are in English",
        "join us on Saturday",
        "see you in May"
      })
  void findsNoAddressInOtherProse(String text) {
    assertThat(Places.findAddress(text)).as(text).isNull();
  }

  @Test
  void readsAnAddressBlock() {
    List<String> lines =
        List.of("Wikimedia Deutschland e. V.", "Tempelhofer Ufer 23-24", "10963 Berlin", "Germany");
    Places.Address a = Places.address(lines);
    assertThat(a)
        .isEqualTo(
            new Places.Address(
                "Wikimedia Deutschland e. V.",
                "Tempelhofer Ufer 23-24",
                "10963",
                "Berlin",
                "Germany",
                0,
                4));
    Places.Address uk =
        Places.address(
            List.of("  Codebase,", "  37a Castle Terrace,", "  Edinburgh EH1 2EL", "  UK"));
    assertThat(uk.street()).isEqualTo("37a Castle Terrace");
    assertThat(uk.postcode()).isEqualTo("EH1 2EL");
    assertThat(uk.city()).isEqualTo("Edinburgh");
    assertThat(uk.country()).isEqualTo("UK");
    Places.Address skipping =
        Places.address(
            List.of(
                "Phone: +49 30 1234567", "Betahaus", "Prinzessinnenstraße 19-20", "10999 Berlin"));
    assertThat(skipping.name()).isEqualTo("Betahaus");
    assertThat(skipping.from()).isEqualTo(1);
    assertThat(skipping.to()).isEqualTo(4);
    assertThat(Places.address(List.of("", "Phone: 123"))).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Germany | DE
      Deutschland | DE
      Allemagne | DE
      Alemania | DE
      The Netherlands | NL
      Pays-Bas | NL
      Países Bajos | NL
      paises bajos | NL
      Holland | NL
      Czech Republic | CZ
      Czechia | CZ
      Tschechien | CZ
      UK | GB
      U.K. | GB
      Great Britain | GB
      England | GB
      Scotland | GB
      Royaume-Uni | GB
      USA | US
      U.S. | US
      United States of America | US
      Estados Unidos | US
      South Korea | KR
      Russia | RU
      España | ES
      Espagne | ES
      ÖSTERREICH | AT
      """)
  void namesCountriesByCode(String name, String code) {
    assertThat(Places.countryCode(name)).isEqualTo(code);
    assertThat(Places.isCountry(name)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"us", "Berlin", "Springfield", "", "Republic"})
  void namesNoCountryForOtherWords(String name) {
    assertThat(Places.countryCode(name)).isNull();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      Dublin      | Ireland        | Europe/Dublin
      -           | Ireland        | Europe/Dublin
      Somewhere   | Deutschland    | Europe/Berlin
      -           | The Netherlands| Europe/Amsterdam
      -           | Czech Republic | Europe/Prague
      Brno        | Czech Republic | Europe/Prague
      Los Angeles | USA            | America/Los_Angeles
      São Paulo   | Brasil         | America/Sao_Paulo
      Madrid      | España         | Europe/Madrid
      """)
  void infersZoneFromCityOrSingleZoneCountry(@Nullable String city, String country, String zone) {
    Places.ZoneGuess g = Places.inferZone(city, country);
    assertThat(g).isNotNull();
    assertThat(g.zone()).isEqualTo(ZoneId.of(zone));
    assertThat(g.reason()).contains(zone);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      San Francisco | USA
      -             | USA
      -             | Russia
      Springfield   | Canada
      -             | España
      -             | Atlantis
      -             | -
      """)
  void infersNoZoneForMultiZoneCountriesWithoutTheirCity(
      @Nullable String city, @Nullable String country) {
    assertThat(Places.inferZone(city, country)).isNull();
  }

  @Test
  void everyCountryZoneIsAJdkZone() {
    Properties zones = Words.properties("country-zones.properties");
    assertThat(zones).hasSizeGreaterThan(200);
    zones.forEach(
        (code, zone) ->
            assertThat(ZoneId.getAvailableZoneIds()).as("%s", code).contains((String) zone));
    assertThat(zones).doesNotContainKeys("US", "CA", "RU", "AU", "BR", "MX");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      All times are Europe/Berlin.                 | Europe/Berlin        | Europe/Berlin
      Times in America/Argentina/Buenos_Aires      | America/Argentina/Buenos_Aires | America/Argentina/Buenos_Aires
      10:00 UTC+2                                  | +02:00               | UTC+2
      starts 10:00 (UTC+02:00)                     | +02:00               | UTC+02:00
      9am GMT-5                                    | -05:00               | GMT-5
      UTC+5:30 everywhere                          | +05:30               | UTC+5:30
      all times UTC                                | Z                    | UTC
      10:00 CEST                                   | Europe/Paris         | CEST
      times are CET                                | Europe/Paris         | CET
      3pm BST                                      | Europe/London        | BST
      noon EDT                                     | America/New_York     | EDT
      9am PST                                      | America/Los_Angeles  | PST
      """)
  void findsStatedZones(String text, String zone, String matched) {
    Places.StatedZone z = Places.findZone(text);
    assertThat(z).as(text).isNotNull();
    assertThat(z.zone()).isEqualTo(ZoneId.of(zone));
    assertThat(text.substring(z.from(), z.to())).isEqualTo(matched);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "10:00 IST",
        "10:00 CST",
        "Ask the CEO",
        "the BOT account",
        "Foo/Bar is a path",
        "no zone"
      })
  void findsNoZoneInAmbiguousOrOtherText(String text) {
    assertThat(Places.findZone(text)).as(text).isNull();
  }

  @Test
  void offsetZoneIsFixed() {
    assertThat(Places.findZone("UTC-3").zone()).isEqualTo(ZoneOffset.ofHours(-3));
  }
}
