package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventReader;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.BoundedText;
import dev.hackathonkit.io.internal.TextDecoding;
import dev.hackathonkit.io.internal.UndecodableTextException;
import dev.hackathonkit.io.page.CompactBlocks;
import dev.hackathonkit.io.page.PageCore;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a MediaWiki page's markup into an event: {@link WikitextParser} parses it, the page's
 * outline is built (headings, lines, list items, tables laid out on a grid, template calls with
 * their arguments) and the page core ({@link PageCore}) maps it with a {@link PageProfile}: the one
 * given with {@link #withProfile(PageProfile)}, else the built-in profile whose sites name the
 * source's wiki, else the one that understands the most of the page. Instances are immutable and
 * thread-safe; derive variants with the {@code withX} methods.
 *
 * <pre>{@code
 * ImportResult result = WikitextReader.standard()
 *     .withSource(Source.page("Example Wiki", "Events/Summit 2024"))
 *     .read(markup);
 * Event event = result.event();
 * result.report().problems().forEach(System.out::println); // Events/Summit 2024:3:1: P103 time zone ...
 * System.out.println(result.report().profile());           // which profile read it, and why
 * }</pre>
 *
 * <p>What is read depends on the profile's words: topic templates (parameters in any order, fillers
 * meaning absent, the template's defaults), infobox templates, labelled fields, the lead (the
 * event's name in bold or in its sentence, dates, hours, place), ideas and schedule tables, topic
 * subsections and list items, attendee lists and tables with their status, links, and the extra
 * parameters {@link WikitextWriter} writes. Markup in text becomes the model's plain text with
 * {@code "- "} lists. The title is the event's name as the page states it, else the source's page
 * title; the time zone, unless stated, is inferred from the venue's city or country with a warning.
 *
 * <p>Nothing is dropped silently: problems carry {@link MarkupProblem} and {@link
 * dev.hackathonkit.io.page.PageProblem} codes with line and column; everything not placed is listed
 * in the report's {@code unmapped()} with its location and why; coverage is the share of the page's
 * non-blank characters placed (site chrome and page metadata are listed but not counted). Only
 * input beyond the {@link ReadLimits} throws {@link EventFormatException}.
 */
public final class WikitextReader implements EventReader {
  /** How much markup, in characters, is parsed and outlined at a time (see {@link #outline}). */
  private static final int OUTLINE_PIECE_CHARS = 1 << 16;

  private static final WikitextReader STANDARD = new WikitextReader(null, ReadLimits.DEFAULT, null);

  private final @Nullable PageProfile profile;
  private final ReadLimits limits;
  private final @Nullable Source source;

  private WikitextReader(
      @Nullable PageProfile profile, ReadLimits limits, @Nullable Source source) {
    this.profile = profile;
    this.limits = limits;
    this.source = source;
  }

  /**
   * A reader that chooses the profile among {@link PageProfile#builtIns()} for each page (see
   * {@link PageCore}), with default limits and no source.
   */
  public static WikitextReader standard() {
    return STANDARD;
  }

  /**
   * A copy that maps pages with {@code profile}; {@code null} to choose among the built-in ones.
   */
  public WikitextReader withProfile(@Nullable PageProfile profile) {
    return new WikitextReader(profile, limits, source);
  }

  /** A copy with other size, depth and problem limits. */
  public WikitextReader withLimits(ReadLimits limits) {
    return new WikitextReader(profile, requireNonNull(limits, "limits"), source);
  }

  /**
   * A copy that reads pages from {@code source}: its page title becomes the event's title (unless
   * the page states another) and names the input in problem locations; the event's source is set to
   * it. {@code null}: no source.
   */
  public WikitextReader withSource(@Nullable Source source) {
    return new WikitextReader(profile, limits, source);
  }

  /** The profile pages are mapped with, or {@code null} when it is chosen per page. */
  public @Nullable PageProfile profile() {
    return profile;
  }

  /** The limits applied to each input. */
  public ReadLimits limits() {
    return limits;
  }

  /** The source given to read events, or {@code null}. */
  public @Nullable Source source() {
    return source;
  }

  /**
   * Reads a page's markup.
   *
   * @param markup the page's wikitext
   * @return the event and the import report
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow
   */
  public ImportResult read(String markup) throws EventFormatException {
    requireNonNull(markup, "markup");
    String name = sourceName(null);
    return map(outline(markup, name));
  }

  /**
   * Reads a page's markup from {@code in}, which is not closed; at most {@code maxInputChars} are
   * read.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow
   */
  public ImportResult read(Reader in) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    return read(BoundedText.read(in, limits.maxInputChars()));
  }

  /**
   * Reads a page's markup named {@code sourceName}, a file name or a wiki's page title: the name in
   * locations, unless {@link #withSource} gave a page title. Without such a title the event is
   * titled by {@code sourceName} (without its extension: {@code Summit.wiki} gives {@code Summit})
   * when the page states no name of its own.
   *
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow
   */
  @Override
  public ImportResult read(String markup, String sourceName) throws EventFormatException {
    requireNonNull(markup, "markup");
    requireNonNull(sourceName, "sourceName");
    return titled(map(outline(markup, sourceName(sourceName))), sourceName);
  }

  /**
   * Reads a page's markup from {@code in}, which is not closed, as {@link #read(String, String)}
   * does; at most {@code maxInputChars} are read.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    return read(BoundedText.read(in, limits.maxInputChars()), sourceName);
  }

  /**
   * Reads a page's UTF-8 markup from {@code in} (a byte-order mark may name UTF-16 instead), which
   * is not closed, as {@link #read(String, String)} does.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow,
   *     or has bytes that are not UTF-8 (the error names their line and column and the likely
   *     encoding)
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    try {
      return read(
          BoundedText.read(TextDecoding.utf8(in, sourceName), limits.maxInputChars()), sourceName);
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /**
   * Reads a UTF-8 file of markup (a byte-order mark may name UTF-16 instead) as {@link
   * #read(String, String)} does, named by the file's name.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException when the input is larger or nested deeper than the limits allow,
   *     or has bytes that are not UTF-8 (the error names their line and column and the likely
   *     encoding)
   */
  @Override
  public ImportResult read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    String name =
        sourceName(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    String markup;
    try {
      markup = BoundedText.read(file, name, limits.maxInputChars());
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
    return titled(map(outline(markup, name)), name);
  }

  /**
   * Without a source page title, an event whose title fell back to the input's file name is titled
   * by that name without its extension.
   */
  private ImportResult titled(ImportResult result, String sourceName) {
    Event event = result.event();
    int dot = sourceName.lastIndexOf('.');
    if ((source != null && source.page() != null)
        || !event.title().equals(sourceName)
        || dot <= 0) {
      return result;
    }
    return new ImportResult(
        event.toBuilder().title(sourceName.substring(0, dot)).id(null).build(), result.report());
  }

  /**
   * Maps a page parsed already, for callers that also inspect the tree.
   *
   * @param page the parsed page (its problems are carried into the report)
   * @return the event and the import report
   */
  public ImportResult read(ParsedPage page) {
    requireNonNull(page, "page");
    return map(page, page.toWikitext());
  }

  private ImportResult map(ParsedPage page, String markup) {
    return map(outline(page, markup));
  }

  /**
   * Parses and outlines, a piece of the page at a time: the whole markup tree, several times the
   * page's size, is never held.
   */
  private PageOutline outline(String markup, String name) throws EventFormatException {
    return OutlineBuilder.build(
        markup,
        name,
        limits,
        source == null ? null : source.page(),
        source == null ? null : source.site(),
        OUTLINE_PIECE_CHARS,
        CompactBlocks.FROM_CHARS);
  }

  private PageOutline outline(ParsedPage page, String markup) {
    return OutlineBuilder.build(
        page, markup, source == null ? null : source.page(), source == null ? null : source.site());
  }

  private ImportResult map(PageOutline outline) {
    return profile != null
        ? PageCore.read(outline, profile, source, limits.maxProblems())
        : PageCore.read(outline, PageProfile.builtIns(), source, limits.maxProblems());
  }

  private String sourceName(@Nullable String fallback) {
    if (source != null && source.page() != null) {
      return source.page();
    }
    return fallback != null ? fallback : "<string>";
  }
}
