package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.io.wikitext.WikitextReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedTextTest {
  @Test
  void readsWholeInputsUnderTheLimit() throws Exception {
    assertThat(BoundedText.read(new StringReader("abc\ndef"), 7)).isEqualTo("abc\ndef");
  }

  @Test
  void stopsOneCharacterPastTheLimitWithoutReadingTheRest() throws Exception {
    // an endless reader: a read that did not stop would never return
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] cbuf, int off, int len) {
            java.util.Arrays.fill(cbuf, off, off + len, 'x');
            return len;
          }

          @Override
          public void close() {}
        };
    assertThat(BoundedText.read(endless, 100_000)).hasSize(100_001);
  }

  @Test
  void findsTheLineOfAnOffset() {
    assertThat(BoundedText.lineAt("a\nb\nc", 0)).isEqualTo(1);
    assertThat(BoundedText.lineAt("a\nb\nc", 4)).isEqualTo(3);
    assertThat(BoundedText.lineAt("a\nb\nc", 99)).isEqualTo(3);
  }

  @Test
  void pageReadersRejectFilesOverTheLimitWithALocation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.wiki");
    Files.writeString(file, "== Topics ==\n".repeat(1000));
    ReadLimits small = ReadLimits.DEFAULT.withMaxInputChars(1300);
    assertThatThrownBy(() -> WikitextReader.standard().withLimits(small).read(file))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.location().line()).isEqualTo(101);
              assertThat(e.code())
                  .isEqualTo(dev.hackathonkit.io.wikitext.MarkupProblem.W201_TOO_LARGE);
            });
    assertThatThrownBy(() -> RenderedPageReader.standard().withLimits(small).read(file))
        .isInstanceOfSatisfying(
            EventFormatException.class,
            e -> {
              assertThat(e.location().line()).isEqualTo(101);
              assertThat(e.code()).isEqualTo(dev.hackathonkit.io.text.TextProblem.T201_TOO_LARGE);
            });
  }
}
