/**
 * CSV: an event as a set of spreadsheet-friendly tables ({@code event.csv}, {@code days.csv},
 * {@code topics.csv}, {@code comments.csv}, {@code attendees.csv}) in a folder or a zip, or as one
 * flat {@code topics.csv} sheet. {@link dev.hackathonkit.io.csv.CsvEventWriter} writes, {@link
 * dev.hackathonkit.io.csv.CsvEventReader} reads, {@link dev.hackathonkit.io.csv.CsvOptions} holds
 * the options of both and {@link dev.hackathonkit.io.csv.CsvProblem} lists the problem codes.
 *
 * <p>The columns, the cell conventions (absent versus empty, formula neutralisation, lists in one
 * cell) and the errors are documented on {@link dev.hackathonkit.io.csv.CsvEventWriter}.
 */
@NullMarked
package dev.hackathonkit.io.csv;

import org.jspecify.annotations.NullMarked;
