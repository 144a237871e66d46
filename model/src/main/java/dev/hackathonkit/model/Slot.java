package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.constraints.SlotInOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When and where a topic is scheduled, in the event's time zone.
 *
 * <p>A slot that repeats keeps its rule rather than a list of dates: {@code recurrence} holds RFC
 * 5545 recurrence lines (section 3.8.5), as Google Calendar's API keeps them on an event: {@code
 * RRULE:FREQ=WEEKLY;COUNT=4}, and {@code EXDATE:20240514T180000,20240521T180000} or {@code
 * RDATE:20240601T180000} (date-times local to the event's time zone, written without {@code TZID};
 * {@code date}, {@code start} and {@code end} are the first occurrence). Empty for a slot that
 * happens once.
 *
 * @param date the day; must be one of the event's days
 * @param start start time
 * @param end end time, after {@code start}; absent when the source states only a start (an
 *     iCalendar DATE-TIME {@code DTSTART} without {@code DTEND} or {@code DURATION}, RFC 5545
 *     section 3.6.1)
 * @param room the room, if known
 * @param recurrence the RRULE, EXDATE and RDATE lines that repeat the slot; empty when it does not
 *     repeat
 */
@SlotInOrder
public record Slot(
    @NotNull LocalDate date,
    @NotNull LocalTime start,
    @Nullable LocalTime end,
    @Nullable String room,
    List<
            @Pattern(
                regexp = "(?:RRULE|RDATE|EXDATE):\\S.*",
                message = "{dev.hackathonkit.model.Recurrence.message}")
            String>
        recurrence) {

  /** Checks that date and start are present and copies the recurrence ({@code null} means none). */
  public Slot {
    requireNonNull(date, "date");
    requireNonNull(start, "start");
    recurrence = Copies.list(recurrence);
  }

  /** A slot that happens once. */
  public Slot(LocalDate date, LocalTime start, @Nullable LocalTime end, @Nullable String room) {
    this(date, start, end, room, List.of());
  }

  /** A copy with other recurrence lines (see {@link Slot}). */
  public Slot withRecurrence(List<String> recurrence) {
    return new Slot(date, start, end, room, recurrence);
  }
}
