package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {

  private static List<ExportedPage> read(String xml) throws IOException {
    List<ExportedPage> out = new ArrayList<>();
    ExportReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), out::add);
    return out;
  }

  @Test
  void refusesExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<mediawiki><page><title>X</title><ns>0</ns><id>1</id><revision><id>1</id>"
            + "<text>&xxe;</text></revision></page></mediawiki>";
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("DTD")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void everyPageNamesTheWikiItsDumpNamesAndNoneWhenTheDumpNamesNone() throws IOException {
    String page =
        "<page><title>Hack/2019</title><ns>0</ns><id>7</id><revision><id>70</id>"
            + "<timestamp>2020-01-01T00:00:00Z</timestamp><text xml:space=\"preserve\">x</text></revision></page>";
    List<ExportedPage> named =
        read(
            "<mediawiki><siteinfo><sitename>Canal Wiki</sitename></siteinfo>"
                + page
                + "</mediawiki>");
    assertThat(named).extracting(ExportedPage::siteName).containsExactly("Canal Wiki");
    assertThat(read("<mediawiki>" + page + "</mediawiki>"))
        .extracting(ExportedPage::siteName)
        .containsExactly((String) null);
  }

  @Test
  void refusesEntityExpansionBomb() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + "<mediawiki><page><title>&b;</title></page></mediawiki>";
    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void reportsMalformedXmlWithPosition() {
    assertThatThrownBy(
            () -> read("<mediawiki><page><title>X</title><ns>zero</ns></page></mediawiki>"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("expected a number")
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> read("<mediawiki><page><title>X</ti"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("malformed export XML at line 1, column ")
        .hasMessageNotContaining("ParseError")
        .hasMessageNotContaining("\n");
  }

  @Test
  void readsEveryRevisionOfAHistoryExport() throws IOException {
    String xml =
        "<mediawiki><page><title>P</title><ns>0</ns><id>4</id>"
            + "<revision><id>10</id><timestamp>2013-05-01T10:00:00Z</timestamp><text>one</text></revision>"
            + "<revision><id>11</id><timestamp>2013-05-02T10:00:00Z</timestamp><text>two</text></revision>"
            + "</page></mediawiki>";
    assertThat(read(xml))
        .extracting(ExportedPage::revisionId, ExportedPage::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10L, "one"),
            org.assertj.core.groups.Tuple.tuple(11L, "two"));
  }

  private static List<ExportedPage> resource(String name) throws IOException {
    List<ExportedPage> out = new ArrayList<>();
    try (java.io.InputStream in =
        ExportReaderTest.class.getResourceAsStream("ExportReaderTest/" + name)) {
      assertThat(in).as(name).isNotNull();
      ExportReader.read(in, out::add);
    }
    return out;
  }

  @Test
  void saysWhyADumpHoldsNoTextForDeletedAndStubRevisions() throws IOException {
    List<ExportedPage> pages = resource("text-not-included.xml");
    assertThat(pages)
        .extracting(ExportedPage::title, ExportedPage::revisionId, ExportedPage::missingText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hackathon/2018", 103L, MissingText.DELETED),
            org.assertj.core.groups.Tuple.tuple("Hackathon/2017", 98L, MissingText.NOT_IN_DUMP));
    assertThat(pages)
        .allSatisfy(
            p -> {
              assertThat(p.hasText()).isFalse();
              assertThat(p.text()).isEmpty();
            });
    assertThat(pages.get(0).contributor()).as("the contributor is deleted too").isNull();
  }

  @Test
  void tellsEveryWayATextIsLeftOutFromAnEmptyPageThatHoldsItsText() throws IOException {
    List<ExportedPage> pages = resource("texts-left-out.xml");
    assertThat(pages)
        .extracting(ExportedPage::title, ExportedPage::missingText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Encontro/Lisboa 2016", MissingText.DELETED),
            org.assertj.core.groups.Tuple.tuple("Encontro/Oslo 2015", MissingText.NOT_IN_DUMP),
            org.assertj.core.groups.Tuple.tuple("Encontro/Riga 2014", MissingText.NOT_IN_DUMP),
            org.assertj.core.groups.Tuple.tuple("Encontro/Porto 2013", MissingText.NO_REVISION),
            org.assertj.core.groups.Tuple.tuple("Encontro/Rascunho", null),
            org.assertj.core.groups.Tuple.tuple("Encontro/Gent 2017", null));
    assertThat(pages.get(3).revisionId()).as("a page without revisions").isZero();
    assertThat(pages.get(3).pageId()).isEqualTo(304);
    assertThat(pages.get(4).text()).as("an empty page's text is held, and empty").isEmpty();
    assertThat(pages.get(4).hasText()).isTrue();
    assertThat(pages.get(5).text()).contains("Tram stop accessibility map");
    assertThat(pages.get(1).toString()).contains("stub").doesNotContain("chars");
  }

  @Test
  void aRevisionWithTextKeepsItWhateverItsAttributesSay() throws IOException {
    String xml =
        "<mediawiki><page><title>T</title><ns>0</ns><id>1</id><revision><id>2</id>"
            + "<text bytes=\"5\" id=\"77\">hello</text></revision></page></mediawiki>";
    assertThat(read(xml))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text()).isEqualTo("hello");
              assertThat(p.missingText()).isNull();
            });
  }

  @Test
  void aMissingTextHasNoText() {
    assertThatThrownBy(
            () ->
                new ExportedPage(
                    "T", 0, 1, 2, null, null, null, "wikitext", "x", MissingText.DELETED, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
