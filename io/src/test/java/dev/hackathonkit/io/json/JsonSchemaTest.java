package dev.hackathonkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hackathonkit.io.Golden;
import dev.hackathonkit.model.testing.RandomEvents;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the shipped schema with an independent validator (networknt). */
class JsonSchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final JsonSchema schema = load();

  private static JsonSchema load() {
    InputStream in = JsonEventCodec.class.getResourceAsStream(JsonEventCodec.SCHEMA_RESOURCE);
    assertThat(in).as("schema resource in the io jar").isNotNull();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
  }

  private Set<ValidationMessage> check(String json) throws Exception {
    JsonNode node = PLAIN.readTree(json);
    return schema.validate(node);
  }

  @Test
  void goldenFileConforms() throws Exception {
    assertThat(check(Golden.json())).isEmpty();
  }

  @Test
  void generatedEventsConform() throws Exception {
    JsonEventCodec codec = JsonEventCodec.standard().withPretty(false);
    for (long seed = 0; seed < 300; seed++) {
      assertThat(check(codec.write(RandomEvents.event(seed)))).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void rejectsWhatTheCodecRejects() throws Exception {
    assertThat(check("{\"id\":\"Bad Id\",\"title\":\"T\"}")).isNotEmpty();
    assertThat(check("{\"id\":\"e\",\"title\":\"T\",\"venu\":{}}")).isNotEmpty();
    assertThat(
            check(
                "{\"id\":\"e\",\"title\":\"T\",\"attendees\":[{\"name\":\"A\",\"status\":\"speaker\"}]}"))
        .isNotEmpty();
    assertThat(check("{\"id\":\"e\",\"title\":\"T\",\"days\":[{\"date\":\"29/04/2013\"}]}"))
        .isNotEmpty();
  }

  @Test
  void acceptsStreetPostcodeAndEveryStatusAndRejectsUnknownVenueKeys() throws Exception {
    String statuses =
        String.join(
            ",",
            java.util.Arrays.stream(dev.hackathonkit.model.AttendeeStatus.values())
                .map(
                    s ->
                        "{\"name\":\"A\",\"status\":\""
                            + s.name().toLowerCase(java.util.Locale.ROOT)
                            + "\"}")
                .toList());
    assertThat(
            check(
                "{\"id\":\"e\",\"title\":\"T\",\"venue\":{\"name\":\"Hall\",\"street\":\"Musterstraße 12\","
                    + "\"postcode\":\"10999\",\"city\":\"Berlin\",\"country\":\"Germany\"},\"attendees\":["
                    + statuses
                    + "]}"))
        .isEmpty();
    assertThat(check("{\"id\":\"e\",\"title\":\"T\",\"venue\":{\"zip\":\"10999\"}}")).isNotEmpty();
    assertThat(check("{\"id\":\"e\",\"title\":\"T\",\"venue\":{\"postcode\":10999}}")).isNotEmpty();
    assertThat(
            check(
                "{\"id\":\"e\",\"title\":\"T\",\"attendees\":[{\"name\":\"A\",\"status\":\"Tentative\"}]}"))
        .isNotEmpty();
  }
}
