package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.model.Event;

/**
 * What a reader returns: the event it read and the report on how the input was mapped.
 *
 * @param event the event, not validated
 * @param report warnings, unmapped input and coverage
 */
public record ImportResult(Event event, ImportReport report) {

  /** Checks that both are present. */
  public ImportResult {
    requireNonNull(event, "event");
    requireNonNull(report, "report");
  }
}
