package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProblem;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's wikitext snippet, run: it must print what the README shows. */
class WikitextReadmeTest {

  @Test
  void readmeSnippetPrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("xen-hackathon-may2013.wiki");
    Files.writeString(file, WikitextRoundTripTest.may2013(), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    ImportResult result =
        WikitextReader.standard()
            .withSource(Source.page("Xen", "Archived/Hackathon/May2013"))
            .read(file);
    Event event = result.event();
    out.println(
        event.topics().size()
            + " topics, "
            + event.attendees().size()
            + " attendees, "
            + event.days().size()
            + " days in "
            + event.timeZone());
    out.printf("coverage %.1f%%%n", 100 * result.report().coverage());
    result.report().problems(PageProblem.P103_TIME_ZONE_INFERRED).forEach(out::println);
    result.report().unmapped().forEach(out::println);

    Topic libxl = event.topics().get(13);
    Event one = event.toBuilder().topics(List.of(libxl)).attendees(List.of()).build();
    out.print(WikitextWriter.standard().write(one));

    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(readme).contains("```\n" + printed + "```\n");
  }
}
