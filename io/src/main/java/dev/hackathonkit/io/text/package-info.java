/**
 * Rendered page text: pages saved as a browser shows them (copied, printed to text, or kept by an
 * archiver). {@link dev.hackathonkit.io.text.RenderedPageReader} recognises the page's structure
 * from the layout a {@link dev.hackathonkit.io.page.PageProfile} describes and returns the event
 * with a report of every line it did not place; {@link dev.hackathonkit.io.text.TextProblem} holds
 * the report's problem codes.
 */
@NullMarked
package dev.hackathonkit.io.text;

import org.jspecify.annotations.NullMarked;
