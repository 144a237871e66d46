package dev.hackathonkit.io.frab;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A schedule written by {@link FrabScheduleWriter} with what it could not carry.
 *
 * @param text the {@code schedule.xml} or {@code schedule.json} text
 * @param notes one sentence per value left out or changed, in event order: topics without a slot
 *     (not invented into the grid), repeating slots (first occurrence only), characters XML 1.0
 *     cannot hold; empty when every scheduled topic is in the grid as it is
 */
public record WrittenSchedule(String text, List<String> notes) {
  /** Checks the text and copies the notes. */
  public WrittenSchedule {
    requireNonNull(text, "text");
    notes = List.copyOf(notes);
  }
}
