/**
 * The hackathon-kit domain model: an {@link dev.hackathonkit.model.Event} with its days, venue,
 * topics, comments and attendees, as immutable records.
 *
 * <p>Records copy the collections they are given and never hold {@code null} collections; a {@code
 * null} collection argument means "empty". Optional values are {@code null} when absent.
 * Constraints are Jakarta Validation annotations on the components and are checked only when asked,
 * through {@link dev.hackathonkit.model.EventValidator}; constructing a record never validates it.
 */
@NullMarked
package dev.hackathonkit.model;

import org.jspecify.annotations.NullMarked;
