package dev.hackathonkit.io.html;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where wiki engines and skins put a page's content, title and chrome, and how web archives mark
 * their copies: the data in {@code engines.json} beside this class (jsoup CSS selectors and Java
 * regular expressions), read once.
 *
 * @param engines the engines' rules, tried in order
 * @param generic the rule for a page no engine rule detects
 * @param alwaysChrome elements that never hold page text on any page (scripts, styles, forms,
 *     hidden elements)
 * @param archives the web archives' rules
 */
record EngineRules(
    List<Engine> engines, Engine generic, List<String> alwaysChrome, List<Archive> archives) {
  private static final String RESOURCE = "engines.json";
  private static final EngineRules BUILT_IN = load();

  EngineRules {
    engines = List.copyOf(engines);
    alwaysChrome = List.copyOf(alwaysChrome);
    archives = List.copyOf(archives);
  }

  /** The rules that ship with the library. */
  static EngineRules builtIn() {
    return BUILT_IN;
  }

  private static EngineRules load() {
    ObjectMapper json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    try (InputStream in = EngineRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + RESOURCE + " beside " + EngineRules.class.getName());
      }
      return json.readValue(in, EngineRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the built-in " + RESOURCE + " does not read", e);
    }
  }

  /**
   * One engine's or skin's page layout.
   *
   * @param name the rule's name, for the report ({@code DokuWiki})
   * @param detect a selector that matches only pages of this engine; {@code null} for the generic
   *     rule
   * @param content selectors of the element that holds the content, the first that matches wins
   *     (for the generic rule: the matched element with the most text)
   * @param title selectors of the element that shows the page's title, outside the content
   * @param titleSite a pattern over the document's {@code <title>} whose group 1 is the wiki's name
   * @param titleStrip a pattern cut from the title's start (Confluence's {@code Space : })
   * @param chrome selectors of elements inside the content that are not page content ({@code
   *     [edit]} links, tables of contents, page info)
   * @param keepSourceLines whether a line break in a paragraph's source is a line of the page
   *     (MediaWiki keeps the lines its markup had) rather than white space
   * @param userLinks whether links to wiki pages name their titles in the address ({@code
   *     /wiki/User:X}, {@code index.php?title=User:X}, Parsoid's {@code ./User:X}), so that user
   *     pages can be told
   * @param personLinks a selector of links to a person's profile whose text is the person's name
   *     (Confluence's user mentions), or {@code null}
   */
  record Engine(
      String name,
      @Nullable String detect,
      List<String> content,
      List<String> title,
      @Nullable String titleSite,
      @Nullable String titleStrip,
      List<String> chrome,
      boolean keepSourceLines,
      boolean userLinks,
      @Nullable String personLinks) {
    Engine {
      content = content == null ? List.of() : List.copyOf(content);
      title = title == null ? List.of() : List.copyOf(title);
      chrome = chrome == null ? List.of() : List.copyOf(chrome);
    }

    @Nullable Pattern titleSitePattern() {
      return titleSite == null ? null : Pattern.compile(titleSite);
    }
  }

  /**
   * A web archive's marks on the copies it serves.
   *
   * @param name the archive's name, for the report and the event's source
   * @param detect a selector that matches only the archive's copies
   * @param toolbar selectors of the archive's own elements (its toolbar), removed
   * @param rewrittenUrl a pattern over a rewritten address: group 1 the capture time ({@code
   *     yyyyMMddHHmmss}, possibly cut short), group 2 the original address
   * @param pageUrlScript a pattern over the archive's script data: group 1 the page's original
   *     address, group 2 its capture time
   * @param pageUrl selectors of elements whose {@code href} or {@code content} is the page's own
   *     (rewritten) address
   */
  record Archive(
      String name,
      String detect,
      List<String> toolbar,
      String rewrittenUrl,
      @Nullable String pageUrlScript,
      List<String> pageUrl) {
    Archive {
      toolbar = toolbar == null ? List.of() : List.copyOf(toolbar);
      pageUrl = pageUrl == null ? List.of() : List.copyOf(pageUrl);
    }
  }
}
