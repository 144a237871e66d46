package dev.hackathonkit.io.html;

import static dev.hackathonkit.io.FormatErrors.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Cell;
import dev.hackathonkit.io.page.PageOutline.Heading;
import dev.hackathonkit.io.page.PageOutline.Item;
import dev.hackathonkit.io.page.PageOutline.Line;
import dev.hackathonkit.io.page.PageOutline.Mark;
import dev.hackathonkit.io.page.PageOutline.Table;
import dev.hackathonkit.model.AttendeeStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlPageReaderTest {
  static Path corpus(String name) {
    try {
      return Path.of(
          HtmlPageReaderTest.class.getResource("/dev/hackathonkit/io/page/corpus/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PageOutline outline(String html) throws EventFormatException {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    return HtmlOutline.build(
        "t.html", PageSelection.select(doc, EngineRules.builtIn(), "t.html"), 256);
  }

  static <T extends Block> List<T> blocks(PageOutline o, Class<T> type) {
    return o.blocks().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void resolvesRowspanAndColspanIntoAGrid() throws Exception {
    PageOutline o =
        outline(
            """
        <main><table>
        <tr><th>Day</th><th>Time</th><th>Session</th></tr>
        <tr><td rowspan="2">Mon</td><td colspan="2">Opening (all rooms)</td></tr>
        <tr><td>14:00</td><td>Hacking</td></tr>
        <tr><td>Tue</td><td>10:00</td></tr>
        </table></main>""");
    Table t = blocks(o, Table.class).get(0);
    assertThat(t.rows()).hasSize(4);
    assertThat(t.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(3));
    assertThat(t.rows().get(0).isHeader()).isTrue();
    assertThat(t.rows().get(1).cells())
        .extracting(c -> c.text().text())
        .containsExactly("Mon", "Opening (all rooms)", "Opening (all rooms)");
    assertThat(t.rows().get(2).cells())
        .extracting(c -> c.text().text())
        .containsExactly("Mon", "14:00", "Hacking");
    assertThat(t.rows().get(3).cells())
        .extracting(c -> c.text().text())
        .containsExactly("Tue", "10:00", "");
    Cell spanned = t.rows().get(2).cells().get(0);
    assertThat(spanned.at()).isEqualTo(t.rows().get(1).cells().get(0).at());
    assertThat(spanned.at().line()).isEqualTo(3);
    assertThat(spanned.at().column()).isEqualTo(5);
  }

  @Test
  void givesHeadingsListsAndDefinitionsWithTheirHtmlLinesAndColumns() throws Exception {
    PageOutline o =
        outline(
            """
        <div id="content">
        <h3>Who</h3>
          <ol><li>Ada Quill<ul><li>brings cake</li></ul></li><li>Bo Reyes</li></ol>
        <dl><dt>Venue</dt><dd>The Old Mill, Kendal</dd></dl>
        </div>""");
    Heading h = blocks(o, Heading.class).get(0);
    assertThat(h.level()).isEqualTo(3);
    assertThat(h.at().line()).isEqualTo(2);
    assertThat(h.at().column()).isEqualTo(1);
    List<Item> items = blocks(o, Item.class);
    assertThat(items)
        .extracting(i -> i.depth() + " " + i.numbered() + " " + i.text().text())
        .containsExactly("1 true Ada Quill", "2 false brings cake", "1 true Bo Reyes");
    assertThat(items.get(0).at().line()).isEqualTo(3);
    assertThat(items.get(0).at().column()).isEqualTo(7);
    assertThat(blocks(o, Line.class))
        .extracting(l -> l.text().text())
        .containsExactly("Venue: The Old Mill, Kendal");
    // the outline's input is the text it holds: each block's offsets give its own text
    for (Block b : o.blocks()) {
      if (b instanceof Line l) {
        assertThat(o.input().substring(l.at().start(), l.at().end())).isEqualTo(l.text().text());
      }
    }
  }

  @Test
  void marksUserLinksOfEveryMediaWikiAddressFormStruckTextAndExternalLinks() throws Exception {
    PageOutline o =
        outline(
            """
        <div class="mw-parser-output"><ul>
        <li><a href="/wiki/User:Ada_Quill" title="User:Ada Quill">Ada</a></li>
        <li><a href="/w/index.php?title=Benutzer:Bo_Reyes&amp;action=edit&amp;redlink=1" class="new">Bo</a></li>
        <li><a rel="mw:WikiLink" href="./User:Cy_D%C3%ADaz">Cy</a></li>
        <li><span style="text-decoration: line-through">Di Egan</span> – cancelled</li>
        <li><a class="external text" href="https://pad.example.org/x">the pad</a></li>
        <li>Ed Fry <a href="/wiki/Category:Sprints">Sprints</a></li>
        </ul></div>""");
    List<Item> items = blocks(o, Item.class);
    assertThat(items.get(0).text().marks(Mark.Kind.USER))
        .extracting(Mark::target)
        .containsExactly("Ada Quill");
    assertThat(items.get(1).text().marks(Mark.Kind.USER))
        .extracting(Mark::target)
        .containsExactly("Bo Reyes");
    assertThat(items.get(2).text().marks(Mark.Kind.USER))
        .extracting(Mark::target)
        .containsExactly("Cy Díaz");
    Mark struck = items.get(3).text().marks(Mark.Kind.STRUCK).get(0);
    assertThat(items.get(3).text().text().substring(struck.from(), struck.to()))
        .isEqualTo("Di Egan");
    assertThat(items.get(4).text().text()).isEqualTo("the pad (https://pad.example.org/x)");
    assertThat(items.get(4).text().marks(Mark.Kind.EXTERNAL))
        .extracting(Mark::target)
        .containsExactly("https://pad.example.org/x");
    assertThat(items.get(5).text().text()).isEqualTo("Ed Fry");
  }

  @Test
  void leavesChromeOutOfTheContent() throws Exception {
    String html = Files.readString(corpus("mediawiki-vector-translation-sprint.html"));
    PageOutline o = outline(html);
    assertThat(o.input())
        .doesNotContain(
            "edit]",
            "Contents",
            "Jump to content",
            "Retrieved from",
            "last edited",
            "Category",
            "Main page",
            "Log in",
            "From Nimbus Wiki",
            "NewPP");
    assertThat(o.pageTitle()).isEqualTo("Translation Sprint Porto 2023");
    assertThat(o.site()).isEqualTo("Nimbus Wiki");
  }

  @ParameterizedTest
  @CsvSource({
    "mediawiki-action-parse-sprint.html, MediaWiki action=parse output, .mw-parser-output",
    "mediawiki-vector-translation-sprint.html, MediaWiki Vector skin, #mw-content-text .mw-parser-output",
    "mediawiki-monobook-mapping-party.html, MediaWiki MonoBook skin, #mw-content-text .mw-parser-output",
    "mediawiki-timeless-bug-squash.html, MediaWiki Timeless skin, #mw-content-text .mw-parser-output",
    "parsoid-rest-code-retreat.html, MediaWiki Parsoid HTML, body",
    "dokuwiki-hackfest-saved.html, DokuWiki, #dokuwiki__content .page",
    "moinmoin-hack-weekend.html, MoinMoin, #content",
    "confluence-export-summit.html, Confluence export, #main-content",
    "trac-wiki-packaging-sprint.html, Trac wiki, div.wikipage",
    "generic-static-site-meetup.html, generic HTML page, main"
  })
  void namesTheRuleThatFoundTheContent(String page, String rule, String selector) throws Exception {
    ImportResult r = HtmlPageReader.standard().read(corpus(page));
    ImportProblem note =
        r.report().problems().stream()
            .filter(p -> p.code() == HtmlProblem.H101_CONTENT_RULE)
            .findFirst()
            .orElseThrow();
    assertThat(note.message()).contains("'" + selector + "'", "rule '" + rule + "'");
    assertThat(note.code().isNote()).isTrue();
    assertThat(note.location().line()).isGreaterThan(0);
  }

  @Test
  void anArchivedCopyNamesItsOriginalAddressAndCaptureTimeAndLosesTheToolbar() throws Exception {
    ImportResult r = HtmlPageReader.standard().read(corpus("wayback-mediawiki-doc-day.html"));
    assertThat(r.event().source()).isNotNull();
    assertThat(r.event().source().url())
        .isEqualTo(URI.create("https://wiki.pelican.example/wiki/Docs_Day_Leiden_2014"));
    assertThat(r.event().source().retrievedAt()).isEqualTo(Instant.parse("2014-09-21T08:30:15Z"));
    assertThat(r.event().source().site()).isEqualTo("Pelican Wiki");
    assertThat(r.report().problems())
        .anySatisfy(p -> assertThat(p.code()).isEqualTo(HtmlProblem.H103_ARCHIVED_COPY));
    assertThat(r.event().extra().toString())
        .contains("https://pad.pelican.example/p/docsday2014")
        .doesNotContain("web.archive.org");
    PageOutline o = outline(Files.readString(corpus("wayback-mediawiki-doc-day.html")));
    assertThat(o.input()).doesNotContain("Wayback", "captures", "AUG", "Close");
  }

  @Test
  void aSavedPageNamesItsAddress() throws Exception {
    ImportResult chrome = HtmlPageReader.standard().read(corpus("dokuwiki-hackfest-saved.html"));
    assertThat(chrome.event().source().url())
        .hasToString("https://wiki.example.org/doku.php?id=events:hackfest_2019_ljubljana");
    assertThat(chrome.report().problems())
        .anySatisfy(p -> assertThat(p.code()).isEqualTo(HtmlProblem.H104_SAVED_PAGE));
    ImportResult firefox =
        HtmlPageReader.standard().read(corpus("dokuwiki-firefox-saved-workshop.html"));
    assertThat(firefox.event().source().url())
        .hasToString(
            "https://wiki.funkenflug.example/doku.php?id=veranstaltungen:l%C3%B6tworkshop_2017");
    assertThat(firefox.event().source().site()).isEqualTo("Funkenflug Wiki");
  }

  @Test
  void readsTheActionParseCaseToItsEvent() throws Exception {
    ImportResult r = HtmlPageReader.standard().read(corpus("mediawiki-action-parse-sprint.html"));
    assertThat(r.event().title()).isEqualTo("Tartu Docs Sprint 2025");
    assertThat(r.event().days()).hasSize(2);
    assertThat(r.event().topics()).hasSize(4);
    assertThat(r.event().attendees())
        .filteredOn(a -> a.status() == AttendeeStatus.CONFIRMED)
        .hasSize(6);
    assertThat(r.event().extra().toString()).doesNotContain("NewPP", "Contents", "edit]");
    assertThat(r.report().coverage()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void neverReadsScriptsStylesOrHiddenElementsAsText() throws Exception {
    PageOutline o =
        outline(
            """
        <html><head><style>p { color: red }</style></head><body><main>
        <h1>Garden Hack Day</h1>
        <script>document.write('<p>Saturday 1 June 2030</p>')</script>
        <noscript>Enable scripts</noscript>
        <p hidden>secret plans</p><p style="display:none">more secrets</p>
        <p onclick="alert(1)">Bring gloves.<img src="https://tracker.example/pixel.gif" alt=""></p>
        </main></body></html>""");
    assertThat(o.input())
        .contains("Garden Hack Day", "Bring gloves.")
        .doesNotContain(
            "document.write", "2030", "color", "Enable scripts", "secret", "alert", "tracker");
  }

  @Test
  void readsAPageInTheEncodingItDeclaresAndRefusesUndeclaredBytes(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            + "<body><main><h1>Caf\u00e9 Hack Night</h1><p>Ren\u00e9e brings the \u00e9clairs \u2013 5 \u20ac each.</p></main></body></html>";
    Path latin =
        Files.write(
            dir.resolve("latin.html"),
            page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    ImportResult r = HtmlPageReader.standard().read(latin);
    assertThat(r.event().title()).isEqualTo("Caf\u00e9 Hack Night");
    Path undeclared =
        Files.write(
            dir.resolve("undeclared.html"),
            page.replace("; charset=iso-8859-1", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class, () -> HtmlPageReader.standard().read(undeclared));
    assertThat(e).isNotNull();
    assertThat(e.location().line()).isEqualTo(1);
    assertThat(e.code()).isEqualTo(dev.hackathonkit.io.ReadError.E101_UNDECODABLE_TEXT);
  }

  @Test
  void fetchesNothingThePageRefersTo() throws Exception {
    try (java.net.ServerSocket server =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String at = "http://127.0.0.1:" + server.getLocalPort();
      String html =
          "<html><head><link rel=stylesheet href=\""
              + at
              + "/s.css\"><script src=\""
              + at
              + "/x.js\"></script>"
              + "<base href=\""
              + at
              + "/\"></head><body><main><h1>Kiln Hack Day</h1><img src=\""
              + at
              + "/a.png\" alt=\"kiln\">"
              + "<iframe src=\""
              + at
              + "/f\"></iframe><p>Saturday 3 May 2031 at <a href=\""
              + at
              + "/venue\">the Kiln</a></p>"
              + "</main></body></html>";
      ImportResult r = HtmlPageReader.standard().read(html, "kiln.html");
      assertThat(r.event().title()).isEqualTo("Kiln Hack Day");
      server.setSoTimeout(300);
      assertThat(catchThrowableOfType(java.net.SocketTimeoutException.class, server::accept))
          .as("no connection to the addresses the page names")
          .isNotNull();
    }
  }

  @Test
  void decodesCharacterReferencesOnceAndKeepsEscapedOnesAsText() throws Exception {
    PageOutline o =
        outline("<main><p>Caf&eacute; &amp;nbsp; Zo&euml; &#8364;5 &#x2122;</p></main>");
    assertThat(blocks(o, Line.class).get(0).text().text()).isEqualTo("Café &nbsp; Zoë €5 ™");
  }

  @Test
  void refusesInputBeyondTheSizeLimitNamingItsLine() {
    String html = "<main>\n" + "<p>Hack day</p>\n".repeat(200) + "</main>";
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class,
            () ->
                HtmlPageReader.standard()
                    .withLimits(ReadLimits.DEFAULT.withMaxInputChars(1000))
                    .read(html, "big.html"));
    assertThat(e).isNotNull();
    assertThat(e.location().source()).isEqualTo("big.html");
    assertThat(e.location().line()).isGreaterThan(1);
    assertThat(e.code()).isEqualTo(HtmlProblem.H201_TOO_LARGE);
  }

  @Test
  void refusesElementsNestedBeyondTheDepthLimitNamingLineAndColumn() {
    String html = "<main>\n" + "<div>".repeat(400) + "deep" + "</div>".repeat(400) + "</main>";
    EventFormatException e =
        catchThrowableOfType(
            EventFormatException.class, () -> HtmlPageReader.standard().read(html, "deep.html"));
    assertThat(e).isNotNull();
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.location().column()).isGreaterThan(1);
    assertThat(e.code()).isEqualTo(HtmlProblem.H202_TOO_DEEP);
  }

  @Test
  void refusesInlineElementsNestedBeyondTheDepthLimit() {
    String html =
        "<main><p>" + "<span>".repeat(300) + "deep" + "</span>".repeat(300) + "</p></main>";
    assertFails(
        () -> HtmlPageReader.standard().read(html, "spans.html"),
        HtmlProblem.H202_TOO_DEEP,
        "spans.html:1:1528");
  }

  @Test
  void boundsTheGridOfHostileSpans() throws Exception {
    String spans =
        "<main><table><tr><td rowspan=\"65534\" colspan=\"5000\">x</td></tr><tr><td>y</td></tr></table></main>";
    Table t = blocks(outline(spans), Table.class).get(0);
    assertThat(t.rows()).hasSize(2);
    // the first cell spans HTML's largest colspan (1000) and both rows; the second row's cell comes
    // after it
    assertThat(t.rows().get(0).cells()).hasSize(1001);
    assertThat(t.rows().get(1).cells().get(999).text().text()).isEqualTo("x");
    assertThat(t.rows().get(1).cells().get(1000).text().text()).isEqualTo("y");
    String many =
        "<main><table>"
            + ("<tr>" + "<td colspan=\"1000\">x</td>".repeat(3) + "</tr>").repeat(400)
            + "</table></main>";
    assertFails(
        () -> HtmlPageReader.standard().read(many, "grid.html"),
        HtmlProblem.H203_TABLE_TOO_LARGE,
        "grid.html:1:29359");
  }
}
