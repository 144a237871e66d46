package dev.hackathonkit.io.scratch;

import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.wikitext.*;
import dev.hackathonkit.model.*;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class EditScratchTest {
  @Test
  void seed() throws Exception {
    String markup = Files.readString(Path.of("src/test/resources/dev/hackathonkit/io/wikitext/xen-hackathon-may2013.wiki"));
    PageProfile xen = PageProfile.xenProject();
    Event before = WikitextReader.standard().withProfile(xen).read(markup).event();
    PageEditor ed = PageEditor.standard().withProfile(xen);
    List<Attendee> att = new ArrayList<>(before.attendees());
    att.add(new Attendee("Ana Lima", "Example Corp", AttendeeStatus.CONFIRMED));
    List<Topic> topics = new ArrayList<>(before.topics());
    topics.set(1, topics.get(1).toBuilder().skills("C, Rust and patience").build());
    topics.add(Topic.builder().title("A brand new topic").skills("Go").contacts(List.of(Person.named("Bea Cruz"))).build());
    topics.remove(3);
    att.remove(5);
    att.set(7, new Attendee(att.get(7).name(), "Other Org", att.get(7).status()));
    Event after = before.toBuilder().attendees(att).topics(topics).title("New title").build();
    PageEdit e = ed.edit(markup, before, after);
    System.out.println(e.written());
    System.out.println(e.unplaced());
    System.out.println(e.diff("May2013"));
  }
}
