package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.constraints.SlotInOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * When and where a topic is scheduled, in the event's time zone.
 *
 * @param date the day; must be one of the event's days
 * @param start start time
 * @param end end time, after {@code start}
 * @param room the room, if known
 */
@SlotInOrder
public record Slot(
    @NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end, @Nullable String room) {

  /** Checks that date, start and end are present. */
  public Slot {
    requireNonNull(date, "date");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
  }
}
