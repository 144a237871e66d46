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
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<mediawiki><page><title>X</title><ns>0</ns><id>1</id><revision><id>1</id>"
        + "<text>&xxe;</text></revision></page></mediawiki>";
    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class)
        .hasMessageContaining("DTD").hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void refusesEntityExpansionBomb() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
        + "<mediawiki><page><title>&b;</title></page></mediawiki>";
    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void reportsMalformedXmlWithPosition() {
    assertThatThrownBy(() -> read("<mediawiki><page><title>X</title><ns>zero</ns></page></mediawiki>"))
        .isInstanceOf(IOException.class).hasMessageContaining("expected a number").hasMessageContaining("line 1");
    assertThatThrownBy(() -> read("<mediawiki><page><title>X</ti"))
        .isInstanceOf(IOException.class).hasMessageContaining("malformed export XML");
  }

  @Test
  void readsEveryRevisionOfAHistoryExport() throws IOException {
    String xml = "<mediawiki><page><title>P</title><ns>0</ns><id>4</id>"
        + "<revision><id>10</id><timestamp>2013-05-01T10:00:00Z</timestamp><text>one</text></revision>"
        + "<revision><id>11</id><timestamp>2013-05-02T10:00:00Z</timestamp><text>two</text></revision>"
        + "</page></mediawiki>";
    assertThat(read(xml)).extracting(ExportedPage::revisionId, ExportedPage::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, "one"), org.assertj.core.groups.Tuple.tuple(11L, "two"));
  }
}
