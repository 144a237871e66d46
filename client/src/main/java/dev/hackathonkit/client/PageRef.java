package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

/**
 * A page named by a listing ({@code list=allpages}, {@code list=categorymembers}).
 *
 * @param pageId the page id
 * @param namespace the namespace number (0 for articles, 10 for templates, 14 for categories)
 * @param title the full title, with its namespace prefix
 */
public record PageRef(long pageId, int namespace, String title) {

  /** Checks the title. */
  public PageRef {
    requireNonNull(title, "title");
  }
}
