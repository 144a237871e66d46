package dev.hackathonkit.io.wikitext;

import static dev.hackathonkit.io.wikitext.TreeDump.dump;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.wikitext.WikiNode.ExternalLink;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.ListItem;
import dev.hackathonkit.io.wikitext.WikiNode.ParserFunction;
import dev.hackathonkit.io.wikitext.WikiNode.Table;
import dev.hackathonkit.io.wikitext.WikiNode.Tag;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import dev.hackathonkit.io.wikitext.WikiNode.TemplateParameter;
import dev.hackathonkit.io.wikitext.WikiNode.WikiLink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikitextParserTest {

  static ParsedPage parse(String markup) {
    try {
      ParsedPage page = WikitextParser.parse(markup, "test.wiki");
      assertThat(page.toWikitext()).isEqualTo(markup);
      return page;
    } catch (EventFormatException e) {
      throw new AssertionError(e);
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = WikitextParserTest.class.getResourceAsStream("pages/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parsesTemplateWithPositionalAndNamedArguments() {
    ParsedPage page = parse("{{Vote|[[User:Msw|Msw]] 22:15, 27 April 2013 (UTC)}} Will attend");
    assertThat(dump(page.nodes()))
        .isEqualTo(
            "Template(\"Vote\"|WikiLink(\"User:Msw\"|\"Msw\")\" 22:15, 27 April 2013 (UTC)\")"
                + "\" Will attend\"");
    Template vote = page.templates("vote").get(0);
    assertThat(vote.text("1")).isEqualTo("[[User:Msw|Msw]] 22:15, 27 April 2013 (UTC)");
    assertThat(WikiNodes.plainText(vote.value("1"))).isEqualTo("Msw 22:15, 27 April 2013 (UTC)");
    assertThat(vote.span()).isEqualTo(new Span(0, 52, 1, 1));
  }

  @Test
  void readsNamedArgumentsTrimmedAndLastOneWins() {
    Template t =
        parse("{{ project\n |Project = Docs \n|Date=1/2/2013|Project=Again\n}}").templates().get(0);
    assertThat(t.name()).isEqualTo("project");
    assertThat(t.text("Project")).isEqualTo("Again");
    assertThat(t.text("Date")).isEqualTo("1/2/2013");
    assertThat(t.text("Missing")).isNull();
    assertThat(t.argMap())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("Date", "1/2/2013"),
            org.assertj.core.api.Assertions.entry("Project", "Again"));
  }

  @Test
  void findsTemplatesByNameAsMediaWikiDoes() {
    ParsedPage page =
        parse(
            "{{project|a}} {{Project|b}} {{ Template:project |c}} {{PROJECT|d}}"
                + " {{Multi_word  name|e}} {{multi word name|f}}");
    assertThat(page.templates("Project"))
        .extracting(t -> t.text("1"))
        .containsExactly("a", "b", "c");
    assertThat(page.templates("Multi word name")).hasSize(2);
    assertThat(page.templates("multi_word_name")).hasSize(2);
  }

  @Test
  void findsTemplatesNestedInsideArgumentsListsAndLinks() {
    ParsedPage page =
        parse("{{project\n|Review={{Vote|x}} text\n* {{Vote|y}}\n" + "|Desc=[[Page|{{Vote|z}}]]}}");
    assertThat(page.templates("Vote")).extracting(t -> t.text("1")).containsExactly("x", "y", "z");
    Template project = page.templates("project").get(0);
    assertThat(project.value("Review")).hasAtLeastOneElementOfType(ListItem.class);
  }

  @Test
  void equalsInsideNestedTemplateOrLinkDoesNotNameTheArgument() {
    Template t = parse("{{a|{{b|x=1}}|[[p|q=r]]|k=v=w}}").templates("a").get(0);
    assertThat(t.args()).extracting(TemplateArg::isNamed).containsExactly(false, false, true);
    assertThat(t.text("k")).isEqualTo("v=w");
  }

  @Test
  void splitsBraceRunsAsMediaWikiDoes() {
    assertThat(dump(parse("{{{{{x}}}}}").nodes())).isEqualTo("Template(TemplateParameter(\"x\"))");
    assertThat(dump(parse("{{{{x}}}}").nodes())).isEqualTo("\"{\"TemplateParameter(\"x\")\"}\"");
    assertThat(dump(parse("{{{p|default {{t}}}}}").nodes()))
        .isEqualTo("TemplateParameter(\"p\"|\"default \"Template(\"t\"))");
  }

  @Test
  void parsesParserFunctions() {
    WikiNode node = parse("{{#if: {{{a|}}} | yes | no }}").nodes().get(0);
    assertThat(node).isInstanceOf(ParserFunction.class);
    ParserFunction f = (ParserFunction) node;
    assertThat(f.name()).isEqualTo("#if");
    assertThat(f.args()).hasSize(3);
    assertThat(f.args().get(0).get(1)).isInstanceOf(TemplateParameter.class);
  }

  @Test
  void recognisesFileAndCategoryLinks() {
    List<WikiNode> nodes =
        parse("[[File:X.svg|15px]] [[Category:Ideas|Sort]] [[:Category:Ideas]]" + " [[User:A|A]]")
            .nodes();
    WikiLink file = (WikiLink) nodes.get(0);
    WikiLink category = (WikiLink) nodes.get(2);
    WikiLink colon = (WikiLink) nodes.get(4);
    WikiLink user = (WikiLink) nodes.get(6);
    assertThat(file.isFile()).isTrue();
    assertThat(file.parameters()).hasSize(1);
    assertThat(category.isCategory()).isTrue();
    assertThat(colon.isCategory()).isFalse();
    assertThat(user.namespace()).isEqualTo("User");
    assertThat(WikiNodes.plainText(nodes)).isEqualTo("  Category:Ideas A");
  }

  @Test
  void parsesExternalLinksBracketedAndBare() {
    List<WikiNode> nodes =
        parse(
                "[http://example.org/a?b=c the label] and https://x.org/p, "
                    + "[https://y.org] mailto:me@example.org.")
            .nodes();
    assertThat(nodes)
        .filteredOn(ExternalLink.class::isInstance)
        .extracting(n -> ((ExternalLink) n).url())
        .containsExactly(
            "http://example.org/a?b=c",
            "https://x.org/p",
            "https://y.org",
            "mailto:me@example.org");
    assertThat(WikiNodes.plainText(nodes))
        .isEqualTo("the label and https://x.org/p, https://y.org mailto:me@example.org.");
  }

  @Test
  void parsesHeadingsOfAllLevelsAndKeepsUnbalancedEqualsInside() {
    ParsedPage page =
        parse(
            "= One =\n== Two ==\n=== Three ===  \n====Four====\n"
                + "=====Five=====\n======Six======\n=======Seven=======\n=== Odd ==\nnot = heading\n");
    assertThat(page.nodes())
        .filteredOn(Heading.class::isInstance)
        .extracting(n -> ((Heading) n).level() + ":" + ((Heading) n).title())
        .containsExactly(
            "1:One", "2:Two", "3:Three", "4:Four", "5:Five", "6:Six", "6:=Seven=", "2:= Odd");
  }

  @Test
  void allowsBlanksAndCommentsAfterTheClosingEquals() {
    assertThat(dump(parse("== Title == <!-- note -->\t<!--x-->\n== B <!--c--> ==\n").nodes()))
        .isEqualTo(
            "Heading(2:\" Title \")\" \"Comment( note )\"\t\"Comment(x)\"\\n\""
                + "Heading(2:\" B \"Comment(c)\" \")\"\\n\"");
  }

  @Test
  void walksSectionsByHeading() throws IOException {
    ParsedPage page = parse(resource("project-ideas.wiki"));
    assertThat(page.sections())
        .extracting(Section::title)
        .containsExactly(
            "",
            "Community Hackathon Autumn 2024",
            "When and Where ?",
            "More Information",
            "Topics",
            "Instructions",
            "People attending",
            "Confirmed",
            "People that have been granted an invite but have not yet confirmed");
    Section confirmed = page.section("confirmed").orElseThrow();
    assertThat(confirmed.nodes())
        .filteredOn(ListItem.class::isInstance)
        .extracting(n -> WikiNodes.plainText(((ListItem) n).content()).trim())
        .containsExactly(
            "Ana Ribeiro, Example Storage",
            "Bartek Kowalski,Example Cloud",
            "Carla Souza",
            "Dmitri Volkov, Example Boards",
            "Eve O'Neil, Independent");
    Section topics = page.section("Topics").orElseThrow();
    assertThat(WikiNodes.templates(topics.nodes(), "project")).hasSize(4);
    assertThat(page.section("People attending").orElseThrow().nodes())
        .filteredOn(ListItem.class::isInstance)
        .hasSize(7);
  }

  @Test
  void parsesNestedAndDefinitionLists() {
    ParsedPage page = parse("* a\n** b\n*# c\n;term:definition\n: indent [[x|y:z]]\n");
    assertThat(page.nodes())
        .filteredOn(ListItem.class::isInstance)
        .extracting(n -> ((ListItem) n).marker() + ((ListItem) n).depth())
        .containsExactly("*1", "**2", "*#2", ";1", ":1", ":1");
    assertThat(WikiNodes.plainText(page.nodes()))
        .isEqualTo("-  a\n  -  b\n  -  c\ntermdefinition\n indent y:z\n");
  }

  @Test
  void parsesQuotesCommentsMagicWordsAndRules() {
    assertThat(
            dump(parse("''i'' '''b''' '''''bi''''' ''''x'''' <!-- c -->__TOC__\n----\n").nodes()))
        .isEqualTo(
            "Quote(2)\"i\"Quote(2)\" \"Quote(3)\"b\"Quote(3)\" \"Quote(5)\"bi\""
                + "Quote(5)\" '\"Quote(3)\"x'\"Quote(3)\" \"Comment( c )MagicWord(TOC)\"\\n\""
                + "HorizontalRule(----)\"\\n\"");
  }

  @Test
  void keepsNowikiAndPreContentRaw() {
    List<WikiNode> nodes =
        parse(
                "<nowiki>{{x}} [[y]]</nowiki><pre a=\"b\">''z''\n</PRE>"
                    + "<ref name=\"n\">see {{cite|x}}</ref><br/><span class=\"c\">s</span>")
            .nodes();
    assertThat(dump(nodes))
        .isEqualTo(
            "Tag(nowiki:\"{{x}} [[y]]\")Tag(pre:\"''z''\\n\")"
                + "Tag(ref:\"see \"Template(\"cite\"|\"x\"))Tag(br:)Tag(span:)\"s\"Tag(span:)");
    Tag ref = (Tag) nodes.get(2);
    assertThat(ref.attributes()).containsEntry("name", "n");
    assertThat(((Tag) nodes.get(3)).selfClosing()).isTrue();
    assertThat(((Tag) nodes.get(6)).isEndTag()).isTrue();
  }

  @Test
  void parsesTablesWithRowsCellsAttributesAndNesting() throws IOException {
    ParsedPage page = parse(resource("tables-and-markup.wiki"));
    Table table =
        (Table) page.nodes().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
    assertThat(table.attributes()).isEqualTo(" class=\"wikitable sortable\" style=\"width:100%\"");
    assertThat(table.rows()).hasSize(5);
    assertThat(table.rows().get(0).cells().get(0).isCaption()).isTrue();
    assertThat(table.rows().get(1).cells())
        .extracting(c -> WikiNodes.plainText(c.content()).trim())
        .containsExactly("Time", "Room A", "Room B");
    assertThat(table.rows().get(1).cells()).allMatch(WikiNode.TableCell::isHeader);
    WikiNode.TableCell hacking = table.rows().get(2).cells().get(2);
    assertThat(WikiNodes.print(hacking.attributes())).isEqualTo(" rowspan=\"2\" ");
    assertThat(WikiNodes.plainText(hacking.content()).trim()).isEqualTo("Hacking");
    WikiNode.TableCell nestedCell = table.rows().get(4).cells().get(0);
    assertThat(nestedCell.content()).hasAtLeastOneElementOfType(Table.class);
    assertThat(page.problems()).isEmpty();
  }

  private static List<String> calls(String markup) {
    List<String> out = new java.util.ArrayList<>();
    for (Template t : parse(markup).templates()) {
      StringBuilder b = new StringBuilder(t.name());
      int position = 0;
      for (TemplateArg a : t.args()) {
        b.append('|')
            .append(a.isNamed() ? a.name() : Integer.toString(++position))
            .append('=')
            .append(a.isNamed() ? a.text() : a.wikitext());
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void findsTemplatesInsideHtmlTagAttributesAsMediaWikisPreprocessorDoes() {
    assertThat(
            calls("<div class=\"{{Box class|wide}}\" style=\"color:{{Colour|accent}}\">Text</div>"))
        .containsExactly("Box class|1=wide", "Colour|1=accent");
    assertThat(calls("<span title=\"{{Tip|a=b}}\">x</span> and <br style=\"{{Gap}}\"/>"))
        .containsExactly("Tip|a=b", "Gap");
    // a lone end tag with extra text, also of an extension tag's name, is text to MediaWiki
    assertThat(
            calls(
                "<ref name=\"n\">Note</ref>{{After ref}}\n</ref {{In end tag}}>\n</span {{Stray}}>"))
        .containsExactly("After ref", "In end tag", "Stray");
    // a tag written over two lines: the call is found, the tag stays text
    assertThat(calls("<div\nclass=\"{{Box}}\">x</div>")).containsExactly("Box");
    // an extension tag's attributes are not markup, nor is a raw tag's content, nor what a shown
    // page ignores: <includeonly> content, a <noinclude> end tag with whatever it holds
    assertThat(calls("<ref name=\"{{No}}\">x</ref><nowiki>{{No}}</nowiki>{{Yes}}"))
        .containsExactly("Yes");
    assertThat(calls("<includeonly>{{No}}</includeonly><noinclude>{{Yes}}</noinclude {{No}}>"))
        .containsExactly("Yes");
  }

  @Test
  void keepsAnHtmlTagWithCallsInItsAttributesAsOneTagNode() {
    List<WikiNode> nodes =
        parse("<div class=\"{{Box|wide}}\" id=\"d\">t</div><br style=\"{{Gap}}\"/></p {{X}}>")
            .nodes();
    Tag div = (Tag) nodes.get(0);
    assertThat(div.openTag()).isEqualTo("<div class=\"{{Box|wide}}\" id=\"d\">");
    assertThat(div.openTagNodes()).hasAtLeastOneElementOfType(Template.class);
    assertThat(div.attributes()).containsEntry("id", "d").containsEntry("class", "{{Box|wide}}");
    assertThat(div.isEndTag()).isFalse();
    Tag br = (Tag) nodes.get(3);
    assertThat(br.name()).isEqualTo("br");
    assertThat(br.selfClosing()).isTrue();
    Tag end = (Tag) nodes.get(4);
    assertThat(end.isEndTag()).isTrue();
    assertThat(WikiNodes.plainText(nodes)).isEqualTo("t\n");
  }

  @Test
  void aTagInsideAnArgumentGivesWayToTheArgumentsSeparatorsAsInMediaWiki() {
    // MediaWiki's preprocessor knows no HTML: the = of an attribute names the argument, a | splits
    // it
    assertThat(calls("{{Wrap|<span style=\"color:red\">a</span>}}"))
        .containsExactly("Wrap|<span style=\"color:red\">a</span>");
    assertThat(calls("{{Wrap|a=<span title=\"x|y\">b</span>}}"))
        .containsExactly("Wrap|a=<span title=\"x|1=y\">b</span>");
  }

  @Test
  void findsTemplatesOnTheTablesAndRowsLines() {
    String markup =
        "{| class=\"wikitable {{Table style|dense}}\"\n|+ Caption\n"
            + "|- style=\"{{Row style|highlight}}\"\n| cell {{In cell}}\n|- {{Row attrs}}\n| a || b\n|}";
    assertThat(calls(markup))
        .containsExactly("Table style|1=dense", "Row style|1=highlight", "In cell", "Row attrs");
    Table table = (Table) parse(markup).nodes().get(0);
    assertThat(table.attributes()).isEqualTo(" class=\"wikitable {{Table style|dense}}\"");
    assertThat(table.rows())
        .extracting(WikiNode.TableRow::attributes)
        .containsExactly("", " style=\"{{Row style|highlight}}\"", " {{Row attrs}}");
    assertThat(table.rows().get(2).cells())
        .extracting(c -> WikiNodes.plainText(c.content()).trim())
        .containsExactly("a", "b");
    // a call on the {| line that runs over lines: the attributes end at the line after it
    Table multi = (Table) parse("{| class=\"{{T|\na}}\"\n| c\n|}").nodes().get(0);
    assertThat(multi.attributes()).isEqualTo(" class=\"{{T|\na}}\"");
    assertThat(multi.rows()).singleElement().satisfies(r -> assertThat(r.cells()).hasSize(1));
  }

  @Test
  void aSingleEqualsStartingALineOfAnArgumentSeparatesNameFromValue() {
    assertThat(calls("{{Project\n|Title\n=Equals on the next line\n|\n=Empty name\n|Desc=x\n}}"))
        .containsExactly("Project|Title=Equals on the next line|=Empty name|Desc=x");
    // two or more = start a heading, whose = names nothing; after a name, a single = is a heading
    // too
    assertThat(calls("{{Box|\n==Head==\nmore}}")).containsExactly("Box|1=\n==Head==\nmore");
    assertThat(calls("{{Box|a=b\n=c=\n}}")).containsExactly("Box|a=b\n=c=");
    // in the name part a single = starts a heading, as in MediaWiki: its line holds the rest, the
    // call is never closed
    assertThat(calls("{{Box\n=x|y}}")).isEmpty();
  }

  @Test
  void reportsUnclosedTemplateWithPositionAndKeepsItAsText() {
    ParsedPage page = parse("line one\nsee {{Vote|[[User:A|A]] more\n");
    assertThat(dump(page.nodes()))
        .isEqualTo("\"line one\\nsee {{Vote|\"WikiLink(\"User:A\"|\"A\")\" more\\n\"");
    assertThat(page.problems())
        .extracting(ImportProblem::toString)
        .containsExactly("test.wiki:2:5: W001 {{ without }}");
  }

  @Test
  void reportsUnclosedLinkExternalLinkTagAndComment() {
    ParsedPage page =
        parse("[[Target\nx [http://a.org label\n<ref>open\n" + "{| t\n| c [[User:A|A\n<!-- open");
    assertThat(page.problems())
        .extracting(p -> p.code().code() + "@" + p.location().line() + ":" + p.location().column())
        .containsExactlyInAnyOrder(
            "W002@1:1", "W003@2:3", "W004@3:1", "W006@4:1", "W002@5:5", "W005@6:1");
    assertThat(page.problems()).extracting(p -> p.location().source()).containsOnly("test.wiki");
  }

  @Test
  void stopsExtensionTagAtFirstEndTagAndLeavesUnclosedContentAsText() {
    ParsedPage page = parse("<ref>{{a|b</ref>}}");
    assertThat(dump(page.nodes())).isEqualTo("Tag(ref:\"{{a|b\")\"}}\"");
    assertThat(page.problems())
        .extracting(p -> p.code())
        .containsExactly(MarkupProblem.W001_UNCLOSED_TEMPLATE);
  }

  @Test
  void pipeInsideExternalLinkLabelStillSplitsTheTemplate() {
    Template t = parse("{{a|[http://x.org b|c]}}").templates().get(0);
    assertThat(t.args()).hasSize(2);
    assertThat(t.text("2")).isEqualTo("c]");
  }

  @Test
  void givesEveryNodeItsLineAndColumn() {
    ParsedPage page = parse("== H ==\n* item [[L]]\n{{T|\n  x={{U}}}}");
    List<String> positions = new java.util.ArrayList<>();
    WikiNodes.walk(
        page.nodes(),
        n -> {
          if (!(n instanceof WikiNode.Text)) {
            positions.add(n.getClass().getSimpleName() + "@" + n.span());
          }
        });
    assertThat(positions)
        .containsExactly(
            "Heading@1:1", "ListItem@2:1", "WikiLink@2:8", "Template@3:1", "Template@4:5");
  }

  @Test
  void rejectsNestingDeeperThanTheLimitWithPosition() {
    String deep = "x\n" + "[[a|".repeat(10) + "{{a|".repeat(10);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                EventFormatException.class,
                () ->
                    WikitextParser.parse(
                        deep,
                        "deep.wiki",
                        dev.hackathonkit.io.ReadLimits.DEFAULT.withMaxDepth(12))))
        .satisfies(
            e -> {
              assertThat(e.location().line()).isEqualTo(2);
              assertThat(e.location().column()).isEqualTo(49);
              assertThat(e.code()).isEqualTo(MarkupProblem.W202_TOO_DEEP);
            });
  }

  @Test
  void rejectsInputLargerThanTheLimitWithPosition() {
    String big = "ab\ncdef\n";
    EventFormatException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            EventFormatException.class,
            () ->
                WikitextParser.parse(
                    big, "big.wiki", dev.hackathonkit.io.ReadLimits.DEFAULT.withMaxInputChars(5)));
    assertThat(e.location()).hasToString("big.wiki:2:3");
  }

  @Test
  void readmeExamplePrintsWhatTheReadmeShows() throws EventFormatException {
    StringBuilder out = new StringBuilder();
    // the README's "Wikitext" snippet, with System.out.println replaced by out
    String markup =
        """
        == Topics ==
        {{project |Project=Docs sprint
        |Review={{Vote|[[User:Msw|Msw]] 22:15, 27 April 2013 (UTC)}} Will attend}}
        * see {{Vote|
        """;
    ParsedPage page = WikitextParser.parse(markup, "ideas.wiki");
    for (WikiNode.Template t : page.templates("Project")) {
      out.append(t.text("Project") + " @" + t.span()).append('\n');
    }
    for (WikiNode.Template v : page.templates("vote")) {
      out.append(WikiNodes.plainText(v.value("1"))).append('\n');
    }
    page.sections().forEach(s -> out.append(s.level() + " '" + s.title() + "'").append('\n'));
    page.problems().forEach(p -> out.append(p).append('\n'));
    out.append(page.toWikitext().equals(markup)).append('\n');
    assertThat(out)
        .hasToString(
            """
        Docs sprint @2:1
        Msw 22:15, 27 April 2013 (UTC)
        0 ''
        2 'Topics'
        ideas.wiki:4:7: W001 {{ without }}
        true
        """);
  }
}
