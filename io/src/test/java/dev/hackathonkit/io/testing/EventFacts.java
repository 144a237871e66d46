package dev.hackathonkit.io.testing;

import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The facts of an event that page tests compare, one string each: title, time zone, days, venue,
 * each topic's contacts, skills, difficulty, slot and description, each attendee with affiliation
 * and status. Shared by the page corpus, the page pairs and the client's rendered-HTML test.
 */
public final class EventFacts {
  private EventFacts() {}

  /** The facts of {@code e}, in the event's order. */
  public static Set<String> of(Event e) {
    Set<String> f = new LinkedHashSet<>();
    f.add("title: " + e.title());
    f.add("time zone: " + e.timeZone());
    for (EventDay d : e.days()) {
      f.add("day: " + d.date() + " " + d.opens() + "-" + d.closes());
    }
    Venue v = e.venue();
    if (v != null) {
      f.add("venue: " + v);
    }
    for (Topic t : e.topics()) {
      StringBuilder contacts = new StringBuilder();
      for (Person p : t.contacts()) {
        contacts
            .append(p.name())
            .append(p.affiliation() == null ? "" : " (" + p.affiliation() + ")")
            .append("; ");
      }
      f.add(
          "topic: "
              + t.title()
              + " | contacts "
              + contacts
              + "| skills "
              + t.skills()
              + " | difficulty "
              + t.difficulty()
              + " | slot "
              + t.slot());
      if (t.description() != null) {
        f.add(
            "topic: "
                + t.title()
                + " | description "
                + t.description().replaceAll("\\s+", " ").strip());
      }
    }
    for (Attendee a : e.attendees()) {
      f.add("attendee: " + a.name() + " | " + a.affiliation() + " | " + a.status());
    }
    return f;
  }
}
