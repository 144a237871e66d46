package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WikitextWriterTest {

  static Event golden() throws Exception {
    try (InputStream in = WikitextWriterTest.class.getResourceAsStream("/golden/xen-hackathon-may2013.json")) {
      return JsonEventCodec.standard()
          .read(new InputStreamReader(in, StandardCharsets.UTF_8), "golden")
          .event();
    }
  }

  @Test
  void printsGolden() throws Exception {
    System.out.println(WikitextWriter.standard().write(golden()));
  }
}
