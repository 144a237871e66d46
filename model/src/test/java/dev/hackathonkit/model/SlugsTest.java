package dev.hackathonkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void lowerCasesAndJoinsWordsWithSingleHyphens() {
    assertThat(Slugs.of("Xen 4.3 Release  Closing!")).isEqualTo("xen-4-3-release-closing");
  }

  @Test
  void removesAccentsAndKeepsOnlyAscii() {
    assertThat(Slugs.of("Roger Pau Monné — café")).isEqualTo("roger-pau-monne-cafe");
    assertThat(Slugs.of("東京")).isEqualTo("untitled");
  }

  @Test
  void cutsLongTitlesWithoutATrailingHyphen() {
    String slug = Slugs.of("word ".repeat(40));
    assertThat(slug)
        .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
        .doesNotEndWith("-")
        .matches(Slugs.PATTERN);
  }

  @Test
  void uniqueAddsANumberForRepeats() {
    Set<String> taken = new HashSet<>();
    assertThat(Slugs.unique("Topic", taken)).isEqualTo("topic");
    assertThat(Slugs.unique("topic!", taken)).isEqualTo("topic-2");
    assertThat(Slugs.unique("TOPIC", taken)).isEqualTo("topic-3");
  }
}
