/**
 * Reading and writing events: what every reader returns ({@link dev.hackathonkit.io.ImportResult},
 * an event and its {@link dev.hackathonkit.io.ImportReport}), the one checked exception for input a
 * reader cannot continue from ({@link dev.hackathonkit.io.EventFormatException}), and the limits
 * that turn hostile input into errors ({@link dev.hackathonkit.io.ReadLimits}).
 *
 * <p>Each format lives in its own package: {@code wikitext}, {@code text}, {@code csv}, {@code
 * ical}, {@code json}. A reader never validates and never throws for content it can't place: it
 * keeps what it understood and reports the rest, with its location.
 */
@NullMarked
package dev.hackathonkit.io;

import org.jspecify.annotations.NullMarked;
