/**
 * MediaWiki markup: {@link dev.hackathonkit.io.wikitext.WikitextWriter} writes an event as a page in
 * a wiki's layout.
 */
@NullMarked
package dev.hackathonkit.io.wikitext;

import org.jspecify.annotations.NullMarked;
