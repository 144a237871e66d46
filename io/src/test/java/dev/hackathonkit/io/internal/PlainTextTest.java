package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void splitsAllLineEndsAndDropsBomAndTrailingSpaces() {
    assertThat(PlainText.lines("\uFEFFa \r\nb\u00A0c\t\rd\n\ne\n"))
        .containsExactly("a", "b c", "d", "", "e");
  }

  @Test
  void keepsColumnsOfLeadingSpaces() {
    assertThat(PlainText.lines("\t\u2022 x")).containsExactly(" \u2022 x");
  }

  @Test
  void collapseTreatsOnlyWhatThePredicateAcceptsAsSpace() {
    assertThat(PlainText.collapse("__Main__Page_ x", c -> c == '_' || c == ' '))
        .isEqualTo("Main Page x");
    assertThat(PlainText.collapse("\ta \t b\t", c -> c == ' ')).isEqualTo("\ta \t b\t");
    assertThat(PlainText.collapse("   ", c -> c == ' ')).isEmpty();
  }

  @Test
  void cleanCollapsesSpaces() {
    assertThat(PlainText.clean(" a\u00A0 b\tc ")).isEqualTo("a b c");
  }

  @Test
  void countsNonBlankCharacters() {
    assertThat(PlainText.nonBlank("\uFEFFab c\u00A0\r\nd")).isEqualTo(4);
  }
}
