/**
 * Rendered page text: pages saved as a browser shows them (copied, printed to text, or kept by an
 * archiver). {@link dev.hackathonkit.io.text.RenderedPageReader} turns the lines into the page's
 * outline (title, headings, list items by indentation, tab-separated table rows) and hands it to
 * the page core ({@link dev.hackathonkit.io.page.PageCore}), which maps it with a {@link
 * dev.hackathonkit.io.page.PageProfile} and reports every line it did not place.
 */
@NullMarked
package dev.hackathonkit.io.text;

import org.jspecify.annotations.NullMarked;
