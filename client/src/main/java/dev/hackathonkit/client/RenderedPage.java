package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A page as the wiki renders it ({@code action=parse}).
 *
 * @param title the page's title
 * @param pageId the page id
 * @param revisionId the revision rendered
 * @param html the rendered HTML
 * @param templates titles of the templates used, with their namespace prefix
 * @param categories the category names (without the {@code Category:} prefix)
 * @param parseTree MediaWiki's preprocessor tree of the wikitext as XML ({@code prop=parsetree}):
 *     {@code <root>}, {@code <template>}, {@code <title>}, {@code <part>}, {@code <name>}, {@code
 *     <value>} ...
 */
public record RenderedPage(
    String title,
    long pageId,
    long revisionId,
    String html,
    List<String> templates,
    List<String> categories,
    String parseTree) {

  /** Checks and copies. */
  public RenderedPage {
    requireNonNull(title, "title");
    requireNonNull(html, "html");
    templates = List.copyOf(templates);
    categories = List.copyOf(categories);
    requireNonNull(parseTree, "parseTree");
  }
}
