package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ReadLimits;

/**
 * Parses MediaWiki markup into {@link WikiNode}s. Like MediaWiki it never rejects a page: an
 * unclosed <code>{{</code>, {@code [[} or tag stays text and the result lists a {@link
 * MarkupProblem} with its line and column. Printing the result gives back the input exactly.
 *
 * <pre>{@code
 * ParsedPage page = WikitextParser.parse(markup, "summit-2024.wiki");
 * for (WikiNode.Template t : page.templates("project")) {
 *   System.out.println(t.text("Project") + " @" + t.span());
 * }
 * page.section("Confirmed attendees").ifPresent(s -> ...);
 * page.problems().forEach(System.out::println);  // summit-2024.wiki:12:5: W001 {{ without }}
 * }</pre>
 *
 * <p>Only input that breaks a {@link ReadLimits} bound (longer than {@code maxInputChars}, nested
 * deeper than {@code maxDepth}) throws. Parsing takes time linear in the input and stack space
 * independent of it.
 */
public final class WikitextParser {
  private WikitextParser() {}

  /**
   * Parses {@code markup} within {@link ReadLimits#DEFAULT}.
   *
   * @param markup the page's markup
   * @param sourceName the input's name, used in problem locations
   * @return the nodes and problems
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow
   */
  public static ParsedPage parse(String markup, String sourceName) throws EventFormatException {
    return parse(markup, sourceName, ReadLimits.DEFAULT);
  }

  /**
   * Parses {@code markup} within {@code limits} (size, nesting depth, problems kept).
   *
   * @param markup the page's markup
   * @param sourceName the input's name, used in problem locations
   * @param limits the bounds
   * @return the nodes and problems
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow,
   *     naming the line and column where the limit was crossed
   */
  public static ParsedPage parse(String markup, String sourceName, ReadLimits limits)
      throws EventFormatException {
    requireNonNull(markup, "markup");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(limits, "limits");
    return new MarkupParser(markup, sourceName, limits).parse();
  }
}
