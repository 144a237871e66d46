/**
 * MediaWiki markup: {@link dev.hackathonkit.io.wikitext.WikitextParser} turns a page into an
 * immutable tree of {@link dev.hackathonkit.io.wikitext.WikiNode} records with positions on every
 * node, printing back to the exact input; {@link dev.hackathonkit.io.wikitext.ParsedPage} and
 * {@link dev.hackathonkit.io.wikitext.WikiNodes} find templates, read arguments and walk sections.
 * The parser is hand-written (an explicit stack, no recursion) and follows MediaWiki's preprocessor
 * for what matches what. {@link dev.hackathonkit.io.wikitext.WikitextReader} builds the page's
 * outline and hands it to the page core ({@link dev.hackathonkit.io.page.PageCore}), which maps it
 * with a {@code PageProfile} and reports what it could not place; {@link
 * dev.hackathonkit.io.wikitext.WikitextWriter} writes an event as a new page in the profile's
 * layout. {@link dev.hackathonkit.io.wikitext.PageEditor} carries a change of an event into the
 * page it was read from, editing the markup only where the change lies ({@link
 * dev.hackathonkit.io.wikitext.PageEdit}: the markup, what was written, what has no place, a
 * unified diff).
 */
@NullMarked
package dev.hackathonkit.io.wikitext;

import org.jspecify.annotations.NullMarked;
