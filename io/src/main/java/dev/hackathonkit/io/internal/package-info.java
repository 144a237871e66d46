/**
 * Helpers shared by the readers of several formats: field conversions (dates, hours, signatures,
 * contacts, attendee items, places and time zones) and plain-text hygiene. <b>Not API</b>: the
 * classes are public only so that the format packages can share them; they may change in any
 * release.
 *
 * <p>Conversions never throw for bad content: they return {@code null} or an empty list, and report
 * doubtful readings to a {@link dev.hackathonkit.io.internal.Warnings} callback with an offset into
 * the string they were given, so that each reader reports with its own line and column.
 */
@NullMarked
package dev.hackathonkit.io.internal;

import org.jspecify.annotations.NullMarked;
