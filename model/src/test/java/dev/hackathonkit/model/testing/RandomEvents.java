package dev.hackathonkit.model.testing;

import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of valid events for round-trip tests, shared by every module through the model's
 * test-jar. The same seed gives the same event. Events cover empty and maximal values, non-ASCII
 * names, multi-line text with lists, characters that formats must escape ({@code , ; " \ = + - @},
 * tabs, line breaks), every enum value (every attendee status), venues with and without street and
 * postcode, and time zones across the zone database.
 *
 * <pre>{@code
 * for (long seed = 0; seed < 1000; seed++) {
 *   Event e = RandomEvents.event(seed);
 *   assertThat(roundTrip(e)).as("seed %d", seed).isEqualTo(e);
 * }
 * }</pre>
 *
 * Every generated event passes {@code EventValidator.validate(e, Publishable.class)}.
 */
public final class RandomEvents {
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList();

  private static final String[] WORDS = {
    "Xen",
    "ARM",
    "hypervisor",
    "café",
    "Monné",
    "ñandú",
    "Zürich",
    "Łódź",
    "東京",
    "Ελλάδα",
    "grant",
    "table",
    "\"quoted\"",
    "comma,",
    "semi;colon",
    "back\\slash",
    "=SUM(A1)",
    "+1",
    "-minus",
    "@home",
    "50%",
    "<tag>",
    "&amp;",
    "{{brace}}",
    "[[link]]",
    "|pipe",
    "'''bold'''",
    "emoji 🙂",
    "tab\there",
    "a:b",
    "#hash",
    "*star",
    "naïve",
    "O'Brien",
    "x",
    "résumé"
  };

  private RandomEvents() {}

  /** The event for {@code seed}. */
  public static Event event(long seed) {
    Random r = new Random(seed);
    int shape = Math.floorMod(seed, 4); // 0: minimal, 3: maximal, others random
    Event.Builder b =
        Event.builder().title(words(r, 1, 6)).id(Slugs.of("event " + seed + " " + words(r, 1, 3)));
    ZoneId zone = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
    b.timeZone(zone);
    List<EventDay> days = new ArrayList<>();
    LocalDate date = LocalDate.of(1995 + r.nextInt(40), 1, 1).plusDays(r.nextInt(365));
    int dayCount = shape == 0 ? 1 : 1 + r.nextInt(shape == 3 ? 5 : 3);
    for (int i = 0; i < dayCount; i++) {
      date = date.plusDays(1 + r.nextInt(2));
      if (shape != 3 && r.nextInt(5) == 0) {
        days.add(new EventDay(date, null, null));
      } else {
        LocalTime opens = LocalTime.of(6 + r.nextInt(6), 15 * r.nextInt(4));
        LocalTime closes = opens.plusHours(1 + r.nextInt(10)).plusMinutes(15L * r.nextInt(4));
        if (!closes.isAfter(opens)) {
          closes = LocalTime.of(23, 0);
        }
        days.add(EventDay.of(date, opens, closes));
      }
    }
    b.days(days);
    if (shape != 0) {
      b.venue(
          new Venue(
              maybe(r, shape, () -> words(r, 1, 4)),
              maybe(r, shape, () -> street(r)),
              maybe(r, shape, () -> postcode(r)),
              maybe(r, shape, () -> words(r, 1, 2)),
              maybe(r, shape, () -> words(r, 1, 2))));
      int links = shape == 3 ? 3 : r.nextInt(3);
      for (int i = 0; i < links; i++) {
        b.addLink(
            new Link(
                "https://example.org/" + Slugs.of(words(r, 1, 3)) + "?q=" + i + "&x=a,b",
                maybe(r, shape, () -> words(r, 1, 4))));
      }
      b.source(
          new Source(
              maybe(r, shape, () -> words(r, 1, 2)),
              maybe(r, shape, () -> "Events/" + words(r, 1, 3)),
              shape == 3 || r.nextBoolean()
                  ? URI.create("https://wiki.example.org/wiki/Page_" + seed)
                  : null,
              shape == 3 || r.nextBoolean() ? (long) r.nextInt(1_000_000) + 1 : null,
              shape == 3 || r.nextBoolean()
                  ? Instant.ofEpochSecond(1_000_000_000L + r.nextInt(900_000_000))
                  : null));
    }
    int topics = shape == 0 ? 0 : shape == 3 ? 6 : r.nextInt(5);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < topics; i++) {
      b.addTopic(topic(r, shape, ids, days, i));
    }
    int attendees = shape == 0 ? 0 : shape == 3 ? 12 : r.nextInt(8);
    for (int i = 0; i < attendees; i++) {
      b.addAttendee(
          new Attendee(
              name(r),
              maybe(r, shape, () -> words(r, 1, 3)),
              shape == 3 // every status in a maximal event
                  ? AttendeeStatus.values()[(i + r.nextInt(2)) % AttendeeStatus.values().length]
                  : AttendeeStatus.values()[r.nextInt(AttendeeStatus.values().length)]));
    }
    if (shape == 3 || r.nextInt(4) == 0) {
      b.putExtra("note", text(r, shape));
      b.putExtra("Organiser Contact", words(r, 1, 3));
    }
    return b.build();
  }

  private static Topic topic(Random r, int shape, Set<String> ids, List<EventDay> days, int index) {
    String title = words(r, 1, 8);
    Topic.Builder t = Topic.builder().id(Slugs.unique(title, ids)).title(title);
    boolean full = shape == 3;
    if (full || r.nextBoolean()) {
      t.insertedOn(LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }
    if (full || r.nextInt(3) == 0) {
      t.verified(r.nextBoolean() ? "yes" : words(r, 1, 3));
    }
    if (full || r.nextBoolean()) {
      t.gsoc(Gsoc.values()[(index + r.nextInt(3)) % Gsoc.values().length]);
    }
    int contacts = full ? 3 : r.nextInt(3);
    for (int i = 0; i < contacts; i++) {
      t.addContact(
          new Person(
              name(r),
              full || r.nextBoolean() ? Slugs.of(words(r, 1, 2)) + "@example.org" : null,
              full || r.nextInt(3) == 0 ? words(r, 1, 2) : null,
              full || r.nextInt(3) == 0 ? words(r, 1, 5) : null));
    }
    if (full || r.nextBoolean()) {
      t.mailingList(Slugs.of(words(r, 1, 2)) + "@");
    }
    if (full || r.nextBoolean()) {
      t.ircChannel("#" + Slugs.of(words(r, 1, 2)));
    }
    if (full || r.nextBoolean()) {
      t.difficulty(r.nextInt(4) == 0 ? "N/A" : words(r, 1, 6));
    }
    if (full || r.nextBoolean()) {
      t.skills(words(r, 1, 6));
    }
    if (full || r.nextBoolean()) {
      t.description(text(r, shape));
    }
    if (full || r.nextBoolean()) {
      t.outcomes(text(r, shape));
    }
    int comments = full ? 4 : r.nextInt(4);
    for (int i = 0; i < comments; i++) {
      t.addComment(
          new Comment(
              name(r).replace(' ', '.'),
              Instant.ofEpochSecond(1_000_000_000L + r.nextInt(900_000_000))
                  .truncatedTo(ChronoUnit.MINUTES),
              r.nextBoolean() ? "Will attend" : words(r, 0, 10),
              CommentKind.values()[(i + r.nextInt(2)) % CommentKind.values().length]));
    }
    if (full || r.nextInt(3) == 0) {
      EventDay day = days.get(r.nextInt(days.size()));
      LocalTime start = day.opens() != null ? day.opens() : LocalTime.of(10, 0);
      LocalTime end = day.closes() != null ? day.closes() : LocalTime.of(11, 30);
      t.slot(new Slot(day.date(), start, end, full || r.nextBoolean() ? words(r, 1, 3) : null));
    }
    if (full || r.nextInt(4) == 0) {
      t.putExtra("Mentor", name(r));
      t.putExtra("Repository", "https://example.org/" + Slugs.of(words(r, 1, 2)));
    }
    return t.build();
  }

  /**
   * Multi-line plain text in the model's convention: paragraphs, {@code - } lists nested by two
   * spaces.
   */
  private static String text(Random r, int shape) {
    StringBuilder sb = new StringBuilder(words(r, 1, 12));
    int blocks = shape == 3 ? 3 : r.nextInt(3);
    for (int i = 0; i < blocks; i++) {
      if (r.nextBoolean()) {
        sb.append("\n\n").append(words(r, 1, 12));
      } else {
        int items = 1 + r.nextInt(3);
        for (int j = 0; j < items; j++) {
          sb.append('\n').append("- ").append(words(r, 1, 6));
          if (r.nextInt(3) == 0) {
            sb.append('\n').append("  - ").append(words(r, 1, 4));
          }
        }
        sb.append("\n\n").append(words(r, 1, 8));
      }
    }
    return sb.toString();
  }

  /**
   * A street line: usually street and house number in one of the usual orders, sometimes any words.
   */
  private static String street(Random r) {
    String[] streets = {
      "Prinzessinnenstraße",
      "Rungestraße",
      "Baker Street",
      "rue de la Paix",
      "Calle Mayor",
      "Keizersgracht"
    };
    String number =
        (1 + r.nextInt(300))
            + (r.nextInt(4) == 0 ? "-" + (301 + r.nextInt(20)) : r.nextInt(4) == 0 ? "B" : "");
    return switch (r.nextInt(3)) {
      case 0 -> streets[r.nextInt(streets.length)] + " " + number;
      case 1 -> number + " " + streets[r.nextInt(streets.length)];
      default -> words(r, 1, 3);
    };
  }

  /** A postal code in a common shape (German, British, Dutch, Polish) or any words. */
  private static String postcode(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> String.format(java.util.Locale.ROOT, "%05d", r.nextInt(100_000));
      case 1 -> "SW" + (1 + r.nextInt(9)) + "A " + r.nextInt(10) + "AA";
      case 2 -> (1000 + r.nextInt(9000)) + " AB";
      case 3 -> String.format(java.util.Locale.ROOT, "%02d-%03d", r.nextInt(100), r.nextInt(1000));
      default -> words(r, 1, 2);
    };
  }

  private static String name(Random r) {
    String[] first = {
      "Ana", "José", "Roger", "Łukasz", "Siobhán", "Zoë", "Kai", "Ngozi", "Björn", "李"
    };
    String[] last = {
      "Pau Monné",
      "O'Neill",
      "Müller",
      "García-López",
      "Nakamura",
      "Smith",
      "Øster",
      "van der Berg",
      "明",
      "Dupont"
    };
    return first[r.nextInt(first.length)] + " " + last[r.nextInt(last.length)];
  }

  private static String words(Random r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return n == 0 ? "ok" : sb.toString();
  }

  private static <T> T maybe(Random r, int shape, java.util.function.Supplier<T> value) {
    return shape == 3 || r.nextBoolean() ? value.get() : null;
  }
}
