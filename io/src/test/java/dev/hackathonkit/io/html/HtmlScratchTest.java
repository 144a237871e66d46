package dev.hackathonkit.io.html;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.json.JsonEventCodec;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class HtmlScratchTest {
  @Test
  void scratch() throws Exception {
    for (String f : System.getProperty("scratch", "").split(",")) {
      if (f.isBlank()) continue;
      if (System.getProperty("outline") != null) {
        org.jsoup.nodes.Document doc = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(Files.readString(Path.of(f)), "");
        var o = HtmlOutline.build(f, PageSelection.select(doc, EngineRules.builtIn(), f), 256);
        o.blocks().forEach(b -> System.out.println(b.at() + " " + b));
      }
      ImportResult r = HtmlPageReader.standard().read(Path.of(f));
      System.out.println(JsonEventCodec.standard().write(r.event()));
      r.report().problems().forEach(System.out::println);
      r.report().unmapped().forEach(System.out::println);
      System.out.println("coverage " + r.report().coverage() + " " + r.report().profile());
    }
  }
}
