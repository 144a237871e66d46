/**
 * The shared vocabulary of community pages: a {@link dev.hackathonkit.io.page.PageProfile} says how
 * one community lays out its event pages (which template holds a topic, what each of its parameters
 * means and how it is labelled once rendered, which fillers mean "absent", which headings hold the
 * attendee lists). Both the wikitext reader and writer and the rendered-text reader use it, so a
 * profile written once as JSON converts another community's pages without new code.
 */
@NullMarked
package dev.hackathonkit.io.page;

import org.jspecify.annotations.NullMarked;
