package dev.hackathonkit.model;

import jakarta.validation.groups.Default;

/**
 * Validation group for what a calendar export needs on top of the default constraints: a title, at
 * least one day and a time zone.
 *
 * <pre>{@code
 * List<Violation> problems = EventValidator.validate(event, Publishable.class);
 * }</pre>
 */
public interface Publishable extends Default {}
