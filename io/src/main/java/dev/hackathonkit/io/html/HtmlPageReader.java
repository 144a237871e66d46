package dev.hackathonkit.io.html;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventReader;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.BoundedText;
import dev.hackathonkit.io.internal.TextDecoding;
import dev.hackathonkit.io.internal.UndecodableTextException;
import dev.hackathonkit.io.page.PageCore;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event page given as HTML, from any wiki engine, into an event and a report. Instances
 * are immutable and thread-safe; derive variants with the {@code withX} methods.
 *
 * <pre>{@code
 * ImportResult result = HtmlPageReader.standard().read(Path.of("hackfest.html"));
 * result.report().problems();   // H101 names the content element and the engine rule that found it
 * }</pre>
 *
 * <p>The page is parsed by jsoup's HTML5 parser (the WHATWG algorithm browsers use) and is never
 * run or completed: no script runs and nothing it refers to is fetched. Then:
 *
 * <ol>
 *   <li>a web archive's copy (the Internet Archive's Wayback Machine) loses the archive's toolbar,
 *       its addresses are restored to the original ones, and the original address and capture time
 *       go to the event's {@link Source} ({@code url}, {@code retrievedAt}); a page saved from a
 *       browser gives its original address (the {@code saved from url} mark, else its canonical
 *       link);
 *   <li>the wiki engine or skin is detected and its rule (data in {@code engines.json}: MediaWiki's
 *       Vector, MonoBook and Timeless skins, {@code action=parse} output and Parsoid HTML,
 *       DokuWiki, MoinMoin, Confluence's export, Trac; else a generic rule, the largest text block
 *       under {@code main}, {@code article}, {@code #content}...) names the element holding the
 *       content, the page's title and the chrome inside the content ({@code [edit]} links, tables
 *       of contents, page info) that is left out. The report's {@code H101} note names the rule;
 *   <li>the content becomes the page outline (headings, lines, lists with depth and numbering,
 *       tables with {@code rowspan}/{@code colspan} resolved, links, bold and struck text) and the
 *       page core maps it with a {@link PageProfile}, as it maps wikitext and rendered text.
 * </ol>
 *
 * <p>Coverage counts the characters of the content's text (the outline's lines), not the markup.
 * Reading never throws for content it cannot place. It throws {@link EventFormatException} when the
 * input exceeds {@link ReadLimits#maxInputChars()}, when elements nest deeper than {@link
 * ReadLimits#maxDepth()}, or when a table spans more than a million grid cells; each names the line
 * and column.
 */
public final class HtmlPageReader implements EventReader {
  private final @Nullable PageProfile profile;
  private final ReadLimits limits;

  private HtmlPageReader(@Nullable PageProfile profile, ReadLimits limits) {
    this.profile = profile;
    this.limits = limits;
  }

  /**
   * A reader that chooses the profile among {@link PageProfile#builtIns()} per page, with {@link
   * ReadLimits#DEFAULT}.
   */
  public static HtmlPageReader standard() {
    return new HtmlPageReader(null, ReadLimits.DEFAULT);
  }

  /**
   * A copy that reads pages laid out as {@code profile} says; {@code null} to choose among the
   * built-in ones.
   */
  public HtmlPageReader withProfile(@Nullable PageProfile profile) {
    return new HtmlPageReader(profile, limits);
  }

  /** A copy with other limits (input size, element depth, problems kept). */
  public HtmlPageReader withLimits(ReadLimits limits) {
    return new HtmlPageReader(profile, requireNonNull(limits, "limits"));
  }

  /** The profile this reader uses, or {@code null} when it is chosen per page. */
  public @Nullable PageProfile profile() {
    return profile;
  }

  /** The limits this reader applies. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads an HTML page.
   *
   * @param html the page (a whole document or a fragment such as MediaWiki's {@code action=parse}
   *     text)
   * @param sourceName the input's name, for locations
   * @throws EventFormatException if the page breaks a limit
   */
  @Override
  public ImportResult read(String html, String sourceName) throws EventFormatException {
    return read(html, sourceName, null);
  }

  /**
   * Reads an HTML page whose origin is known (a page fetched from a wiki): {@code source}'s parts
   * win over what the page says of itself.
   *
   * @param html the page
   * @param sourceName the input's name, for locations
   * @param source where the page comes from, or {@code null}
   * @throws EventFormatException if the page breaks a limit
   */
  public ImportResult read(String html, String sourceName, @Nullable Source source)
      throws EventFormatException {
    requireNonNull(html, "html");
    requireNonNull(sourceName, "sourceName");
    if (html.length() > limits.maxInputChars()) {
      throw new EventFormatException(
          HtmlProblem.H201_TOO_LARGE,
          Location.line(sourceName, BoundedText.lineAt(html, limits.maxInputChars())),
          "expected at most " + limits.maxInputChars() + " characters of HTML");
    }
    Parser parser =
        Parser.htmlParser()
            .setTrackPosition(true)
            .setMaxDepth((int) Math.min(Integer.MAX_VALUE - 2, (long) limits.maxDepth() + 2));
    Document doc = parser.parseInput(html, "");
    PageSelection page = PageSelection.select(doc, EngineRules.builtIn(), sourceName);
    PageOutline outline = HtmlOutline.build(sourceName, page, limits.maxDepth());
    Source src = source(page, source);
    return profile != null
        ? PageCore.read(outline, profile, src, limits.maxProblems())
        : PageCore.read(outline, PageProfile.builtIns(), src, limits.maxProblems());
  }

  /**
   * Reads an HTML page from a file; the file name is the source name. The page is read as UTF-8 (a
   * byte-order mark may name UTF-16); a page that is not UTF-8 is read in the encoding its first
   * 1024 bytes declare ({@code <meta charset>} or {@code http-equiv="Content-Type"}, as the WHATWG
   * encoding sniffing prescans), else refused with the error naming the first bytes UTF-8 does not
   * define and the encoding they look like.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the page breaks a limit, or is neither UTF-8 nor in an encoding
   *     it declares
   */
  @Override
  public ImportResult read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    String text;
    try {
      text = BoundedText.read(file, file.toString(), limits.maxInputChars());
    } catch (UndecodableTextException e) {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(1024);
      }
      Charset declared = declaredCharset(head);
      if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
        throw e.toFormatException();
      }
      try (Reader in = new InputStreamReader(Files.newInputStream(file), declared)) {
        text = BoundedText.read(in, limits.maxInputChars());
      }
    }
    return read(text, file.toString());
  }

  /**
   * Reads an HTML page from a byte stream, which stays open, as {@link #read(Path)} reads a file:
   * UTF-8 (or as a byte-order mark says), else the encoding a {@code <meta charset>} declares.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the page breaks a limit or is in no encoding it names
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    byte[] bytes =
        in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, limits.maxInputChars() * 4 + 1));
    String text;
    try {
      text = TextDecoding.decode(bytes, sourceName, StandardCharsets.UTF_8);
    } catch (UndecodableTextException e) {
      Charset declared =
          declaredCharset(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 1024)));
      if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
        throw e.toFormatException();
      }
      text = new String(bytes, declared);
    }
    return read(
        text.length() > limits.maxInputChars()
            ? text.substring(0, (int) limits.maxInputChars() + 1)
            : text,
        sourceName);
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  /**
   * The encoding a page's first 1024 bytes declare in a {@code <meta>} element, or {@code null}.
   */
  private static @Nullable Charset declaredCharset(byte[] head) {
    Matcher m = META_CHARSET.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!m.find()) {
      return null;
    }
    try {
      String name = m.group(1);
      // WHATWG: a page labelled iso-8859-1 or us-ascii is decoded as windows-1252
      return name.equalsIgnoreCase("iso-8859-1")
              || name.equalsIgnoreCase("latin1")
              || name.equalsIgnoreCase("us-ascii")
          ? Charset.forName("windows-1252")
          : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // an encoding the JDK does not know: refused as not UTF-8
    }
  }

  /**
   * Reads an HTML page from a character stream, which stays open.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the page breaks a limit
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    return read(BoundedText.read(in, limits.maxInputChars()), sourceName);
  }

  private static @Nullable Source source(PageSelection page, @Nullable Source given) {
    if (given == null
        && page.url == null
        && page.capturedAt == null
        && page.site == null
        && page.pageTitle == null) {
      return null;
    }
    if (given == null) {
      return new Source(page.site, page.pageTitle, page.url, null, page.capturedAt);
    }
    return new Source(
        given.site() != null ? given.site() : page.site,
        given.page() != null ? given.page() : page.pageTitle,
        given.url() != null ? given.url() : page.url,
        given.revisionId(),
        given.retrievedAt() != null ? given.retrievedAt() : page.capturedAt);
  }
}
