package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCodecTest {
  /**
   * Fuzz finding (ICalendarPropertiesFuzzTest round trip): a DESCRIPTION holding only a control
   * character was read as that character, written as an empty DESCRIPTION (the writer leaves
   * control characters out) and read back as no description. Reading now leaves out what writing
   * leaves out.
   */
  @Test
  void readingLeavesOutTheCharactersWritingLeavesOut() {
    assertThat(TextCodec.unescape("\u0001")).isEmpty();
    assertThat(TextCodec.unescape("bring\u0007 boots\\nand\ttea"))
        .isEqualTo("bring boots\nand\ttea");
    assertThat(TextCodec.unescape(TextCodec.escape("bring\u0007 boots"))).isEqualTo("bring boots");
    assertThat(TextCodec.unescape("plain, as written")).isEqualTo("plain, as written");
  }
}
