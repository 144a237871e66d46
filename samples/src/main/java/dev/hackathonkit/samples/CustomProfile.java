package dev.hackathonkit.samples;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads another community's page with a {@link PageProfile} loaded from JSON: its own labels
 * ({@code Mentor:}, {@code Level:}), review icons and section headings, and no new code. Prints
 * what was read.
 *
 * <pre>
 * java -cp samples/target/hackathon-kit.jar dev.hackathonkit.samples.CustomProfile
 * </pre>
 */
public final class CustomProfile {
  private CustomProfile() {}

  /** Prints the event's topics and attendees. */
  public static void main(String[] args) throws Exception {
    String json = resource("profile/community.profile.json");
    PageProfile profile = PageProfile.fromJson(new StringReader(json), "community.profile.json");

    String page = resource("profile/autumn-meetup.txt");
    ImportResult result =
        RenderedPageReader.standard().withProfile(profile).read(page, "autumn-meetup.txt");

    Event event = result.event();
    System.out.println(
        event.title()
            + ": "
            + event.days().size()
            + " days from "
            + event.days().get(0).date()
            + ", "
            + (event.venue() == null ? "no venue" : event.venue().displayName())
            + ", "
            + event.timeZone());
    for (Topic topic : event.topics()) {
      System.out.println(
          "- "
              + topic.title()
              + " ("
              + topic.difficulty()
              + ", mentor "
              + topic.contacts().get(0).name()
              + ", "
              + topic.votes().size()
              + " will attend)");
    }
    for (Attendee a : event.attendees()) {
      System.out.println(
          "  "
              + a.status()
              + ": "
              + a.name()
              + (a.affiliation() == null ? "" : " (" + a.affiliation() + ")"));
    }
    System.out.printf(
        "coverage %.1f%%, %d warnings%n",
        result.report().coverage() * 100, result.report().problems().size());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CustomProfile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
