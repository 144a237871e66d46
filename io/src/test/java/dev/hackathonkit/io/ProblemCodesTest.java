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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemCodesTest {
  private static final List<Class<? extends Enum<?>>> FORMATS =
      List.of(JsonProblem.class, MarkupProblem.class, PageProblem.class, TextProblem.class,
          CsvProblem.class, ICalendarProblem.class, ProfileProblem.class, FrabProblem.class,
          dev.hackathonkit.io.html.HtmlProblem.class);

  private static Stream<ProblemCode> all() {
    return FORMATS.stream().flatMap(type -> Stream.of(type.getEnumConstants())).map(ProblemCode.class::cast);
  }

  @Test
  void codesAreUniqueAcrossFormats() {
    Map<String, ProblemCode> seen = new HashMap<>();
    all().forEach(p -> assertThat(seen.putIfAbsent(p.code(), p)).as("code %s", p.code()).isNull());
    assertThat(seen).hasSizeGreaterThan(50);
  }

  @Test
  void everyCodeIsALetterAndThreeDigitsAndHasADescription() {
    all().forEach(p -> {
      assertThat(p.code()).matches("[JWTCIPFH]\\d{3}");
      assertThat(p.description()).as(p.code()).isNotEqualTo(p.code()).isNotBlank();
    });
  }

  @Test
  void derivesCodeFromConstantName() {
    assertThat(PageProblem.P104_TIME_ZONE_UNKNOWN.code()).isEqualTo("P104");
    assertThat(JsonProblem.J101_UNKNOWN_FIELD.description()).isEqualTo("unknown field, skipped");
  }
}
