package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.constraints.HoursInOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One day of the event, with its opening hours in the event's time zone.
 *
 * <p>{@code opens} and {@code closes} are both present or both absent (an all-day entry); when
 * present, {@code closes} is after {@code opens}. These rules are checked by {@link EventValidator}.
 *
 * @param date the calendar date
 * @param opens when the doors open, local time
 * @param closes when the day ends, local time
 */
@HoursInOrder
public record EventDay(@NotNull LocalDate date, @Nullable LocalTime opens, @Nullable LocalTime closes) {

  /** Checks that the date is present. */
  public EventDay {
    requireNonNull(date, "date");
  }

  /** A day with opening hours. */
  public static EventDay of(LocalDate date, LocalTime opens, LocalTime closes) {
    return new EventDay(date, opens, closes);
  }

  /** Whether the day has hours (rather than being an all-day entry). */
  public boolean hasHours() {
    return opens != null && closes != null;
  }
}
