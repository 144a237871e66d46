package dev.hackathonkit.samples.cli;

import static dev.hackathonkit.samples.cli.FakeWiki.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML on the command line: files told by extension and content, and {@code fetch --as html}. */
class HtmlCliTest {
  @TempDir Path dir;

  private static final String PAGE =
      """
      <!DOCTYPE html><html><head><title>Orchard Hack Night - Apple Wiki</title></head>
      <body class="skin-vector"><nav>Main page · Recent changes</nav>
      <h1 id="firstHeading">Orchard Hack Night</h1>
      <div id="mw-content-text"><div class="mw-parser-output">
      <p>The <b>Orchard Hack Night 2031</b> is an evening of hacking on cider-press sensors.</p>
      <h2><span class="mw-headline">When and where</span><span class="mw-editsection">[<a href="/w/index.php?action=edit">edit</a>]</span></h2>
      <ul><li><b>When:</b> Friday 7 March 2031, 18:00–23:00</li>
      <li><b>Where:</b> Press House, Kirchgasse 4, 8001 Zürich, Switzerland</li></ul>
      <h2><span class="mw-headline">Attendees</span></h2>
      <ul><li><a href="/wiki/User:Reto_Amsler" title="User:Reto Amsler">Reto Amsler</a></li><li>Giulia Ferrari (Mostlab)</li></ul>
      </div></div><div id="footer-info-lastmod">This page was last edited on 1 March 2031.</div></body></html>
      """;

  @Test
  void convertReadsAnHtmlFileByItsExtensionAndByItsContent() throws Exception {
    for (String name : List.of("night.html", "night-saved")) {
      Path in = Files.writeString(dir.resolve(name), PAGE);
      Path out = dir.resolve("out-" + name);
      CliRun run = CliRun.of("convert", in.toString(), "--to", "json", "--out", out.toString());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(HackathonKit.EXIT_OK);
      assertThat(run.out()).contains("(HTML page): Orchard Hack Night 2031");
      Event e;
      try (var files = Files.list(out)) {
        e =
            JsonEventCodec.standard()
                .read(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow())
                .event();
      }
      assertThat(e.days()).hasSize(1);
      assertThat(e.attendees())
          .extracting(a -> a.name())
          .containsExactly("Reto Amsler", "Giulia Ferrari");
      assertThat(e.venue().city()).isEqualTo("Zürich");
    }
  }

  @Test
  void aTextFileThatIsAnHtmlDocumentIsRefusedWithTheOptionToReadIt() throws Exception {
    Path in = Files.writeString(dir.resolve("night.txt"), PAGE);
    CliRun run = CliRun.of("convert", in.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(HackathonKit.EXIT_INPUT);
    assertThat(run.err()).contains("found HTML page; read it as that with --from html");
  }

  @Test
  void fetchAsHtmlReadsWhatTheWikiRenders() throws Exception {
    String fragment =
        PAGE.substring(
            PAGE.indexOf("<div class=\"mw-parser-output\">"), PAGE.indexOf("</div></div>") + 6);
    String parse =
        "{\"parse\":{\"title\":\"Orchard Hack Night\",\"pageid\":12,\"revid\":345,\"text\":"
            + FakeWiki.quote(fragment)
            + ",\"templates\":[],\"categories\":[],\"parsetree\":\"<root/>\"}}";
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new FakeWiki(
              p ->
                  FakeWiki.common(
                      p,
                      () ->
                          "parse".equals(p.get("action"))
                              ? json(parse)
                              : FakeWiki.apiError("badvalue", "unexpected request " + p))));
      server.start();
      Path out = dir.resolve("fetched");
      StringWriter o = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          HackathonKit.run(
              new PrintWriter(o),
              new PrintWriter(err),
              Map.of(),
              "fetch",
              "--api",
              server.url("/w/api.php").toString(),
              "--title",
              "Orchard Hack Night",
              "--as",
              "html",
              "--to",
              "json",
              "--out",
              out.toString());
      assertThat(code).as(err.toString()).isEqualTo(HackathonKit.EXIT_OK);
      assertThat(o.toString()).contains("(HTML page): Orchard Hack Night 2031");
      try (var files = Files.list(out)) {
        Path json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        Event e = JsonEventCodec.standard().read(json).event();
        assertThat(e.source().revisionId()).isEqualTo(345L);
        assertThat(e.source().page()).isEqualTo("Orchard Hack Night");
        assertThat(e.attendees()).hasSize(2);
      }
    }
  }

  @Test
  void fetchAsRefusesAnUnknownSyntaxAndAsHtmlTakesNoRevision() {
    CliRun bad =
        CliRun.of("fetch", "--api", "http://127.0.0.1:9/api.php", "--title", "X", "--as", "pdf");
    assertThat(bad.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
    assertThat(bad.err()).contains("--as pdf: expected wikitext or html");
    CliRun at =
        CliRun.of(
            "fetch",
            "--api",
            "http://127.0.0.1:9/api.php",
            "--title",
            "X",
            "--as",
            "html",
            "--at",
            "12");
    assertThat(at.exitCode()).isEqualTo(HackathonKit.EXIT_USAGE);
  }
}
