/**
 * A MediaWiki Action API client on OkHttp: read pages (by title, prefix, category, revision, date),
 * render them, export them, and edit them without overwriting anyone's changes.
 *
 * <p>{@link dev.hackathonkit.client.MediaWikiClient} is the one entry point. Failures are {@link
 * dev.hackathonkit.client.MediaWikiApiException}s (an {@link java.io.IOException}) that name the
 * wiki, the request and what the wiki answered; {@link dev.hackathonkit.client.MaxlagException} and
 * {@link dev.hackathonkit.client.EditConflictException} are the cases callers branch on. {@link
 * dev.hackathonkit.client.WikiImporter} and {@link dev.hackathonkit.client.WikiPublisher} connect
 * the client to the wikitext reader and writer.
 */
@NullMarked
package dev.hackathonkit.client;

import org.jspecify.annotations.NullMarked;
