package dev.hackathonkit.model;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where an event was read from. Every part is optional; a file read offline may know only the page
 * title.
 *
 * @param site the wiki's name ({@code sitename} in the MediaWiki site info, the {@code From ...}
 *     line of a rendered page)
 * @param page the page title, with spaces rather than underscores
 * @param url the page's address, when known
 * @param revisionId the MediaWiki revision id the content came from
 * @param retrievedAt when the content was fetched
 */
public record Source(
    @Nullable String site,
    @Nullable String page,
    @Nullable URI url,
    @Nullable Long revisionId,
    @Nullable Instant retrievedAt) {

  /** A source known by site name and page title only. */
  public static Source page(@Nullable String site, String page) {
    return new Source(site, page, null, null, null);
  }
}
