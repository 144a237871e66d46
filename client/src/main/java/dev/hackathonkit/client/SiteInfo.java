package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * General facts about a wiki ({@code meta=siteinfo&siprop=general}).
 *
 * @param siteName the wiki's name ({@code sitename})
 * @param generator the software and version, such as {@code MediaWiki 1.39.17}
 * @param mainPage the title of the main page
 * @param server the server address, such as {@code https://wiki.example.org}
 * @param articlePath the path of a page with {@code $1} for its title, such as {@code /wiki/$1}
 * @param language the content language code
 * @param readOnly whether the wiki refuses edits at the moment
 */
public record SiteInfo(
    String siteName,
    String generator,
    String mainPage,
    String server,
    String articlePath,
    String language,
    boolean readOnly) {

  /** Checks that every text is present. */
  public SiteInfo {
    requireNonNull(siteName, "siteName");
    requireNonNull(generator, "generator");
    requireNonNull(mainPage, "mainPage");
    requireNonNull(server, "server");
    requireNonNull(articlePath, "articlePath");
    requireNonNull(language, "language");
  }

  /**
   * The address of a page on this wiki.
   *
   * @param title a page title (spaces or underscores)
   * @return the page's URL built from {@link #server()} and {@link #articlePath()}
   */
  public URI pageUrl(String title) {
    String name =
        URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8)
            .replace("%2F", "/")
            .replace("%3A", ":")
            .replace("+", "%20");
    String server = this.server.startsWith("//") ? "https:" + this.server : this.server;
    return URI.create(server + articlePath.replace("$1", name));
  }
}
