package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ProblemCode;
import org.jspecify.annotations.Nullable;

/**
 * A value of an event that a page layout has no place for: written as the layout allows, it does
 * not read back as the same value with the same profile. Listed by {@link WikitextWriter#writePage}
 * so that nothing is lost silently; the caller decides whether to publish anyway, keep the value
 * elsewhere, or choose another profile.
 *
 * <p>{@link #toString()} is {@code path: L102 reason (value 'x', reads back as 'y')}.
 *
 * @param code the kind of reason, such as {@link UnplacedReason#L101_NO_PLACE}
 * @param path where the value sits in the event: {@code id}, {@code venue}, {@code extra[note]},
 *     {@code topics[2].difficulty}, {@code topics[0].comments}, {@code attendees[4]}; a whole list
 *     ({@code topics}, {@code attendees}) when its length changed
 * @param value the event's value, as text
 * @param readBack what a reader with the same profile makes of the written page at that path, as
 *     text; {@code null} when it reads nothing there (the value is lost in this layout, or moved: a
 *     value moved into {@code extra} is listed with that path too)
 * @param reason why the layout cannot carry it
 */
public record Unplaced(
    ProblemCode code, String path, String value, @Nullable String readBack, String reason) {
  /** Checks that code, path, value and reason are given. */
  public Unplaced {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return path
        + ": "
        + code.code()
        + " "
        + reason
        + " ("
        + (value.isEmpty() ? "no value" : "value '" + value + "'")
        + ", reads back as "
        + (readBack == null ? "nothing" : "'" + readBack + "'")
        + ")";
  }
}
