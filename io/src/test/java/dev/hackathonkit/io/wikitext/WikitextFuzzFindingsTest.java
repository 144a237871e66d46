package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.testing.FuzzContract;
import dev.hackathonkit.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Findings of the wikitext round trip (WikitextPageFuzzTest: an event read, written as a page and
 * read back must write the same page again), each with its minimal page in {@code fuzz-findings/}.
 */
class WikitextFuzzFindingsTest {
  private static final Path DIR =
      Path.of("src/test/resources/dev/hackathonkit/io/wikitext/fuzz-findings");

  private static Event read(String name) throws Exception {
    return WikitextReader.standard().read(Files.readString(DIR.resolve(name))).event();
  }

  /**
   * A named template value that starts with a list ({@code |Overview=* first}) was read with the
   * first item as text ({@code * first}) and the others as items, though the writer writes a list
   * at a value's start so and MediaWiki renders it as a list.
   */
  @Test
  void aListAtATemplateValuesStartIsAList() throws Exception {
    assertThat(read("list-at-value-start.wiki").extra())
        .containsEntry(
            "Overview", "- Chat: #reedbed on an invented network\n- Snacks: brought by Halima");
  }

  /**
   * Text kept from a section joined a paragraph to the list before it with one line break, where
   * the same text in a template value reads as a new paragraph (a blank line): read, written and
   * read back, the event changed.
   */
  @Test
  void aParagraphAfterAListInASectionStaysAParagraph() throws Exception {
    assertThat(read("list-then-paragraph.wiki").extra())
        .containsEntry(
            "Practical",
            "- planks wait in the shed by the gate\n- bring your own boots\n\nThe hut sleeps eight; more can camp by the pond.");
  }

  /**
   * Found by MarkupFragmentsFuzzTest: a nested item without its parent ({@code ** note}) is kept as
   * {@code " - note"}, written into {@code {{Event data}}} as {@code |description=** note}, and its
   * indent was stripped with the value's edges when read back ({@code "- note"}).
   */
  @Test
  void aNestedItemAtAValuesStartKeepsItsDepth() throws Exception {
    Event read = read("nested-item-without-parent.wiki");
    assertThat(read.extra())
        .containsEntry(
            "description", "  - the ferry leaves at nine, a nested note without its parent item");
    Event back = WikitextReader.standard().read(WikitextWriter.standard().write(read)).event();
    assertThat(back.extra()).isEqualTo(read.extra());
  }

  @Test
  void thePagesWriteBackStable() throws Exception {
    for (String page :
        new String[] {
          "list-at-value-start.wiki", "list-then-paragraph.wiki", "nested-item-without-parent.wiki"
        }) {
      FuzzContract.stableText(
          read(page),
          WikitextWriter.standard()::write,
          written -> WikitextReader.standard().read(written).event());
    }
  }

  /**
   * Found by MarkupFragmentsFuzzTest: a bare URL ending in a character reference ({@code ...&amp;})
   * lost the reference's semicolon to the text after it, so its {@code &} was written as {@code
   * &amp;} again on every round trip. MediaWiki keeps that semicolon in the URL.
   */
  @Test
  void aBareUrlKeepsTheSemicolonOfACharacterReferenceAtItsEnd() throws Exception {
    Event e = read("url-ending-in-entity.wiki");
    assertThat(e.extra())
        .containsEntry("Notes", "Our pad: https://pad.example.org/p/sprint?lang=en&");
    String again = WikitextWriter.standard().write(e);
    assertThat(WikitextReader.standard().read(again).event().extra())
        .containsEntry("Notes", e.extra().get("Notes"));
  }
}
