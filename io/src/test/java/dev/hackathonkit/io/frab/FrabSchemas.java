package dev.hackathonkit.io.frab;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The c3voc schedule schemas (third-party files outside the project: {@code -Dfrab.schemas=DIR},
 * which .ci/run sets to {@code ../shared/schemas/frab}) and the checkers run over them: {@code
 * xmllint --schema} (Debian libxml2-utils, .ci/setup.d/40-xmllint.sh) for XML, networknt's
 * validator (draft 06) for JSON. Without either, tests fail with a message saying how to provide
 * it.
 */
final class FrabSchemas {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private FrabSchemas() {}

  static Path folder() {
    String dir = System.getProperty("frab.schemas", "");
    if (dir.isBlank() || dir.startsWith("${")) {
      return fail(
          "the frab schema folder is not given: run the tests with -Dfrab.schemas=<dir holding "
              + "schedule.xml.xsd and schema.json> (.ci/run passes ../shared/schemas/frab)");
    }
    Path folder = Path.of(dir);
    if (!Files.isRegularFile(folder.resolve("schedule.xml.xsd"))
        || !Files.isRegularFile(folder.resolve("schema.json"))) {
      return fail(
          "-Dfrab.schemas="
              + dir
              + " holds no schedule.xml.xsd and schema.json (the c3voc voc/schedule "
              + "validator files; .ci/run passes ../shared/schemas/frab)");
    }
    return folder;
  }

  static JsonSchema jsonSchema() throws IOException {
    try (InputStream in = Files.newInputStream(folder().resolve("schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6).getSchema(in);
    }
  }

  static Set<ValidationMessage> validateJson(JsonSchema schema, String json) throws IOException {
    return schema.validate(MAPPER.readTree(json));
  }

  /**
   * Runs {@code xmllint --noout --schema schedule.xml.xsd} over the files in one process and
   * returns its output lines that are not "FILE validates"; empty when every file is valid.
   */
  static List<String> xmllint(List<Path> files) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "xmllint", "--noout", "--schema", folder().resolve("schedule.xml.xsd").toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail(
          "xmllint is not installed: run .ci/setup.d/40-xmllint.sh (Debian libxml2-utils)", e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return fail("xmllint did not finish in 5 minutes");
    }
    List<String> problems = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank() && !line.endsWith(" validates")) {
        problems.add(line);
      }
    }
    if (p.exitValue() != 0 && problems.isEmpty()) {
      problems.add("xmllint exited with " + p.exitValue());
    }
    return problems;
  }
}
