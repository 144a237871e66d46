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
 * <p>Both hours absent is an all-day entry. {@code opens} alone is a start without a stated end (an
 * iCalendar DATE-TIME {@code DTSTART} without {@code DTEND} or {@code DURATION}, RFC 5545 section
 * 3.6.1); {@code closes} needs {@code opens} and is after it. These rules are checked by {@link
 * EventValidator}.
 *
 * @param date the calendar date
 * @param opens when the doors open, local time
 * @param closes when the day ends, local time; absent when no end is stated
 */
@HoursInOrder
public record EventDay(
    @NotNull LocalDate date, @Nullable LocalTime opens, @Nullable LocalTime closes) {

  /** Checks that the date is present. */
  public EventDay {
    requireNonNull(date, "date");
  }

  /** A day with opening hours. */
  public static EventDay of(LocalDate date, LocalTime opens, LocalTime closes) {
    return new EventDay(date, opens, closes);
  }

  /**
   * Whether the day has both hours (rather than being an all-day entry or a start without an end).
   */
  public boolean hasHours() {
    return opens != null && closes != null;
  }
}
