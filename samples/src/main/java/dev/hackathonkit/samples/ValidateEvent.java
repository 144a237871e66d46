package dev.hackathonkit.samples;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.EventValidator;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Publishable;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Violation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Validates an event with mistakes typical of hand-copied pages and prints each violation with its
 * path: first the model's rules, then what a calendar also needs ({@link Publishable}).
 *
 * <pre>
 * java -cp samples/target/hackathon-kit.jar dev.hackathonkit.samples.ValidateEvent
 * </pre>
 */
public final class ValidateEvent {
  private ValidateEvent() {}

  /** Prints the violations on stdout. */
  public static void main(String[] args) {
    Event event =
        Event.builder()
            .title("Community Hackathon")
            .addDay(EventDay.of(LocalDate.of(2026, 5, 15), LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .addDay(EventDay.of(LocalDate.of(2026, 5, 14), LocalTime.of(17, 0), LocalTime.of(9, 0)))
            .addTopic(
                Topic.builder()
                    .title("Packaging")
                    .ircChannel("pkg team")
                    .addContact(new Person("Ann Example", "ann.example.org", null, null))
                    .build())
            .build();

    List<Violation> rules = EventValidator.validate(event);
    System.out.println(rules.size() + " violations of the model's rules:");
    rules.forEach(v -> System.out.println("  " + v));

    List<Violation> calendar = EventValidator.validate(event, Publishable.class);
    System.out.println(calendar.size() + " violations when publishing a calendar:");
    calendar.forEach(v -> System.out.println("  " + v));
  }
}
