package dev.hackathonkit.samples;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.csv.CsvEventReader;
import dev.hackathonkit.io.csv.CsvEventWriter;
import dev.hackathonkit.io.csv.CsvOptions;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Writes a small event as CSV tables, reads it back, and shows an import error. Quoted by the
 * README.
 */
public final class CsvExample {
  private CsvExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws Exception if writing or reading fails
   */
  public static void main(String[] args) throws Exception {
    Event event =
        Event.builder()
            .title("Developer Summit 2026")
            .timeZone(ZoneId.of("Europe/Dublin"))
            .addDay(EventDay.of(LocalDate.of(2026, 5, 14), LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .addTopic(
                Topic.builder()
                    .title("Release planning")
                    .gsoc(Gsoc.NOT_APPLICABLE)
                    .verified("")
                    .addContact(new Person("Roger Pau Monné", "roger@example.org", "Citrix", null))
                    .addContact(new Person("Lars Kurth", null, null, "or other reps"))
                    .description("=1+1 is not a formula here, \"quotes\" and\n- a list")
                    .addComment(
                        new Comment(
                            "Lars.kurth",
                            Instant.parse("2013-04-29T18:02:00Z"),
                            "Will attend",
                            CommentKind.VOTE))
                    .build())
            .build();

    Path folder = Files.createTempDirectory("summit");
    CsvEventWriter.standard().writeFolder(event, folder);
    for (String file : new String[] {"event.csv", "topics.csv", "comments.csv"}) {
      System.out.println("--- " + file);
      System.out.print(Files.readString(folder.resolve(file)).replace("\r\n", "\n"));
    }
    ImportResult back = CsvEventReader.standard().read(folder);
    System.out.println("--- read back equal: " + back.event().equals(event));

    try {
      CsvEventReader.standard()
          .withOptions(CsvOptions.DEFAULT.withSeparator(';'))
          .readFlat(
              new StringReader("event.title;title;inserted_on\r\nSummit;Planning;31/02/2013\r\n"),
              "sheet.csv");
    } catch (EventFormatException e) {
      e.problems().forEach(System.out::println);
    }
  }
}
