package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.model.Venue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sentence that states an event's dates and place ({@code We confirmed the Xen Hackathon for
 * May 16-17, 2013 in Dublin Ireland.}): the first date range in English prose, and the place after
 * {@code in} or {@code at} that follows it (or, without a range, after the last {@code in}).
 */
final class WhenWhere {
  private static final Pattern PLACE_AFTER_RANGE =
      Pattern.compile("^[\\s,]*(?:in|at)\\s+(.+)$", Pattern.DOTALL);
  private static final Pattern LAST_IN = Pattern.compile("(?s).*\\s(?:in|at)\\s+(.+)$");

  /**
   * What the sentence states.
   *
   * @param range the dates, or {@code null}
   * @param venue the place, or {@code null}
   * @param placeFrom where the place starts in the sentence, or -1
   */
  record Stated(Dates.@Nullable DateRange range, @Nullable Venue venue, int placeFrom) {}

  private WhenWhere() {}

  static Stated parse(String sentence) {
    Dates.DateRange range = Dates.findRange(sentence, null);
    String place = null;
    int placeFrom = -1;
    if (range != null) {
      Matcher m = PLACE_AFTER_RANGE.matcher(sentence.substring(range.to()));
      if (m.matches()) {
        place = m.group(1);
        placeFrom = range.to() + m.start(1);
      }
    } else {
      Matcher m = LAST_IN.matcher(sentence);
      if (m.matches()) {
        place = m.group(1);
        placeFrom = m.start(1);
      }
    }
    Venue venue = place == null ? null : Places.parseVenue(place);
    return new Stated(range, venue, placeFrom);
  }
}
