package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks the shipped profile schema with an independent validator (networknt) and against
 * ProfileJson.
 */
class ProfileSchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static JsonNode resource(String path) throws Exception {
    try (InputStream in = PageProfile.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return PLAIN.readTree(in);
    }
  }

  private static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(resource(PageProfile.SCHEMA_RESOURCE));
  }

  @Test
  void everyBuiltInProfileConformsToTheSchema() throws Exception {
    JsonSchema schema = schema();
    for (String id : PageProfile.BUILT_IN_IDS) {
      JsonNode profile = resource(PageProfile.BUILT_IN_FOLDER + id + ".profile.json");
      assertThat(schema.validate(profile)).as(id).isEmpty();
    }
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() throws Exception {
    JsonSchema schema = schema();
    assertThat(schema.validate(PLAIN.readTree("{\"profileVersion\": 3}"))).isNotEmpty();
    assertThat(schema.validate(PLAIN.readTree("{\"colour\": \"red\"}"))).isNotEmpty();
    assertThat(schema.validate(PLAIN.readTree("{\"headings\": {\"venue\": [\"Where\"]}}")))
        .isNotEmpty();
    assertThat(schema.validate(PLAIN.readTree("{\"sites\": [\" \"]}"))).isNotEmpty();
    assertThat(
            schema.validate(PLAIN.readTree("{\"fields\": {\"title\": {\"labels\": \"Title\"}}}")))
        .isNotEmpty();
  }

  @Test
  void schemaAndReaderAcceptTheSameKeys() throws Exception {
    JsonNode schema = resource(PageProfile.SCHEMA_RESOURCE);
    Set<String> fromSchema = new TreeSet<>();
    collect(schema, schema, "", fromSchema);
    assertThat(fromSchema).isEqualTo(new TreeSet<>(ProfileJson.keyPaths()));
  }

  /** Every property path of {@code node}, following local $refs. */
  private static void collect(JsonNode root, JsonNode node, String path, Set<String> out) {
    JsonNode n = node;
    while (n.has("$ref")) {
      String ref = n.get("$ref").asText();
      assertThat(ref).startsWith("#/$defs/");
      n = root.get("$defs").get(ref.substring("#/$defs/".length()));
    }
    JsonNode props = n.get("properties");
    if (props == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : props.properties()) {
      String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      out.add(p);
      collect(root, e.getValue(), p, out);
    }
  }
}
