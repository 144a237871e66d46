package dev.hackathonkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.csv.CsvProblem;
import dev.hackathonkit.io.frab.FrabProblem;
import dev.hackathonkit.io.ical.ICalendarProblem;
import dev.hackathonkit.io.json.JsonProblem;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.io.page.ProfileProblem;
import dev.hackathonkit.io.text.TextProblem;
import dev.hackathonkit.io.wikitext.MarkupProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemCodesTest {
  private static final List<Class<? extends Enum<?>>> FORMATS =
      List.of(
          JsonProblem.class,
          MarkupProblem.class,
          PageProblem.class,
          TextProblem.class,
          CsvProblem.class,
          ICalendarProblem.class,
          ProfileProblem.class,
          FrabProblem.class,
          dev.hackathonkit.io.html.HtmlProblem.class,
          ReadError.class,
          UnmappedReason.class,
          dev.hackathonkit.io.wikitext.UnplacedReason.class);

  /** The project's root: the main sources of every module are searched for uses of a code. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Stream<ProblemCode> all() {
    return FORMATS.stream()
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .map(ProblemCode.class::cast);
  }

  @Test
  void codesAreUniqueAcrossFormats() {
    Map<String, ProblemCode> seen = new HashMap<>();
    all().forEach(p -> assertThat(seen.putIfAbsent(p.code(), p)).as("code %s", p.code()).isNull());
    assertThat(seen).hasSizeGreaterThan(50);
    for (dev.hackathonkit.model.ViolationCode v : dev.hackathonkit.model.ViolationCode.values()) {
      assertThat(seen).as("the model's violation code %s", v.code()).doesNotContainKey(v.code());
    }
  }

  @Test
  void everyCodeIsALetterAndThreeDigitsAndHasADescription() {
    all()
        .forEach(
            p -> {
              assertThat(p.code()).matches("[JWTCIPFHEUL]\\d{3}");
              assertThat(p.description()).as(p.code()).isNotEqualTo(p.code()).isNotBlank();
            });
  }

  /**
   * A code no reader or writer reports is dead weight, or a sign that an error lost its code: each
   * constant is named in the main sources of some module outside its own enum, or its javadoc says
   * it is reserved ("Reserved" or "No longer reported", kept so that codes stay stable).
   */
  @Test
  void everyCodeIsReportedSomewhereOrDocumentedAsReserved() throws IOException {
    assertThat(ROOT.resolve("io/src/main/java"))
        .as("run from the io module's folder")
        .isDirectory();
    Map<Path, String> sources = new HashMap<>();
    for (String module : List.of("model", "io", "client", "samples")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path f :
            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          sources.put(f, Files.readString(f));
        }
      }
    }
    List<String> unused = new ArrayList<>();
    for (Class<? extends Enum<?>> type : FORMATS) {
      Path own =
          ROOT.resolve("io/src/main/java").resolve(type.getName().replace('.', '/') + ".java");
      String ownText = sources.get(own);
      assertThat(ownText).as("source of %s", type).isNotNull();
      for (Enum<?> constant : type.getEnumConstants()) {
        Pattern use = Pattern.compile("\\b" + constant.name() + "\\b");
        boolean used =
            sources.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(own) && use.matcher(e.getValue()).find());
        if (!used && !reserved(ownText, constant.name())) {
          unused.add(constant.name());
        }
      }
    }
    assertThat(unused).as("codes neither reported nor documented as reserved").isEmpty();
  }

  /** Whether the javadoc right before the constant's declaration says it is reserved. */
  private static boolean reserved(String enumSource, String constant) {
    Matcher m =
        Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*" + constant + "\\b", Pattern.DOTALL)
            .matcher(enumSource);
    if (!m.find()) {
      return false;
    }
    String doc = m.group(1).toLowerCase(java.util.Locale.ROOT);
    return doc.contains("reserved") || doc.contains("no longer reported");
  }

  @Test
  void derivesCodeFromConstantName() {
    assertThat(PageProblem.P104_TIME_ZONE_UNKNOWN.code()).isEqualTo("P104");
    assertThat(JsonProblem.J101_UNKNOWN_FIELD.description()).isEqualTo("unknown field, skipped");
  }
}
