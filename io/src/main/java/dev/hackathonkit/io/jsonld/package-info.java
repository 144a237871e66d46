/**
 * schema.org markup: {@link dev.hackathonkit.io.jsonld.JsonLdEventWriter} writes an event as a
 * schema.org {@code Event} in JSON-LD, for search engines and linked-data tools.
 */
@NullMarked
package dev.hackathonkit.io.jsonld;

import org.jspecify.annotations.NullMarked;
