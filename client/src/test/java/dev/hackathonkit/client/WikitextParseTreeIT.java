package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.wikitext.TemplateArg;
import dev.hackathonkit.io.wikitext.WikiNode;
import dev.hackathonkit.io.wikitext.WikitextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every wikitext test page of the io module, the templates and arguments our offline parser
 * finds equal those in MediaWiki's own preprocessor tree of the same page.
 */
class WikitextParseTreeIT {

  private static MediaWikiPeer peer;

  @BeforeAll
  static void peer() throws Exception {
    peer = MediaWikiPeer.get();
    try (MediaWikiClient bot = peer.bot().build()) {
      peer.installTemplates(bot);
    }
  }

  static Stream<String> pages() {
    return Stream.of(
        "/dev/hackathonkit/io/wikitext/xen-hackathon-may2013.wiki",
        "/dev/hackathonkit/io/wikitext/pages/project-ideas.wiki",
        "/dev/hackathonkit/io/wikitext/pages/peers-wikitext-sample.wiki",
        "/dev/hackathonkit/io/wikitext/pages/tables-and-markup.wiki",
        "/dev/hackathonkit/io/wikitext/pages/broken-markup.wiki");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void ourTemplatesAndArgumentsEqualMediaWikisParseTree(String resource) throws Exception {
    String text = MediaWikiPeer.resource(resource);
    String title = "Parse tree/" + resource.substring(resource.lastIndexOf('/') + 1);
    try (MediaWikiClient bot = peer.bot().build()) {
      bot.edit(EditRequest.builder(title, text).summary("parse tree test page").build());
      RenderedPage rendered = bot.parse(title);
      List<ParseTrees.Call> theirs = ParseTrees.templates(rendered.parseTree());

      List<ParseTrees.Call> ours = new ArrayList<>();
      for (WikiNode.Template t : WikitextParser.parse(text, title).templates()) {
        if (ParseTrees.isParserFunctionOrMagicWord(t.name())) {
          continue; // a variable such as {{CURRENTYEAR}} inside an argument: not a template call
        }
        List<String> args = new ArrayList<>();
        int position = 0;
        for (TemplateArg a : t.args()) {
          args.add(a.isNamed() ? a.name().trim() + "=" + a.text() : ++position + "=" + a.wikitext());
        }
        ours.add(new ParseTrees.Call(ParseTrees.normalize(t.name()), args));
      }
      if (resource.contains("may2013")) {
        assertThat(theirs).as("MediaWiki's templates in " + resource).hasSize(16 + 10 + 2 + 34);
      }
      assertThat(ours).containsExactlyElementsOf(theirs);
    }
  }
}
