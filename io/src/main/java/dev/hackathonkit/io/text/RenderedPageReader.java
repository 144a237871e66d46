package dev.hackathonkit.io.text;

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
import dev.hackathonkit.io.page.TopicField;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a rendered event page (as a browser shows it) into an event and a report.
 * Instances are immutable and thread-safe; derive variants with the {@code withX} methods.
 *
 * <pre>{@code
 * ImportResult result = RenderedPageReader.standard().read(Path.of("summit-2024.txt"));
 * Event event = result.event();
 * ImportReport report = result.report();   // problems, unmapped lines, coverage
 * }</pre>
 *
 * <p>The text becomes the page's outline: the first line is the page title, a {@code From <site>}
 * line may follow; short lines between blank lines are headings; bullets and their indentation give
 * list items; tab-separated lines are table rows. The page core ({@link PageCore}) maps the outline
 * with a {@link PageProfile}: the one given with {@link #withProfile(PageProfile)}, else the
 * built-in profile whose sites name the {@code From} line's wiki, else the one that understands the
 * most of the page. With the Xen Project wiki's layout a topic is a title line followed by {@code
 * Label: value} fields (several may share a line, separated by {@code ;}); values may run over
 * paragraphs and bulleted lists; the review block holds votes and comments, each an icon's alt text
 * followed by a signature.
 *
 * <p>Template fillers (the profile's {@code Unknown}, {@code Not updated in <year>}...) become
 * absent values, and an empty field is absent; both are listed in the report's unmapped input with
 * their phrase. Unknown {@code Label: value} fields go to the topic's (or event's) {@code extra}.
 * Every other non-blank line that is not placed is listed as unmapped with its line number;
 * coverage is the share of non-blank characters not so listed. Non-breaking spaces, tabs, CR or
 * CRLF line ends, a byte-order mark and trailing spaces are normalised first.
 *
 * <p>Reading never throws for content it cannot place. It throws {@link EventFormatException} only
 * when the input exceeds {@link ReadLimits#maxInputChars()}.
 */
public final class RenderedPageReader implements EventReader {
  private final @Nullable PageProfile profile;
  private final ReadLimits limits;
  private final @Nullable Integer yearHint;

  private RenderedPageReader(
      @Nullable PageProfile profile, ReadLimits limits, @Nullable Integer yearHint) {
    this.profile = profile;
    this.limits = limits;
    this.yearHint = yearHint;
  }

  /**
   * A reader that chooses the profile among {@link PageProfile#builtIns()} for each page (see
   * {@link PageCore}), with {@link ReadLimits#DEFAULT} and no year hint.
   */
  public static RenderedPageReader standard() {
    return new RenderedPageReader(null, ReadLimits.DEFAULT, null);
  }

  /**
   * A copy that reads pages laid out as {@code profile} says; {@code null} to choose among the
   * built-in ones.
   */
  public RenderedPageReader withProfile(@Nullable PageProfile profile) {
    return new RenderedPageReader(profile, limits, yearHint);
  }

  /** A copy with other limits (input size, list depth, problems kept). */
  public RenderedPageReader withLimits(ReadLimits limits) {
    return new RenderedPageReader(profile, requireNonNull(limits, "limits"), yearHint);
  }

  /**
   * A copy that takes {@code year} for dates that name no year ({@code May 16th}) when the page's
   * own date statement gives none; {@code null} for none.
   */
  public RenderedPageReader withYearHint(@Nullable Integer year) {
    return new RenderedPageReader(profile, limits, year);
  }

  /** The profile this reader uses, or {@code null} when it is chosen per page. */
  public @Nullable PageProfile profile() {
    return profile;
  }

  /** The limits this reader applies. */
  public ReadLimits limits() {
    return limits;
  }

  /** The year hint, or {@code null}. */
  public @Nullable Integer yearHint() {
    return yearHint;
  }

  /**
   * Reads page text.
   *
   * @param text the page text
   * @param sourceName the input's name, for locations
   * @throws EventFormatException if the text is longer than the limit
   */
  @Override
  public ImportResult read(String text, String sourceName) throws EventFormatException {
    requireNonNull(text, "text");
    try {
      return read(new StringReader(text), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /**
   * Reads page text from a UTF-8 file (a byte-order mark may name UTF-16 instead); the file name is
   * the source name.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the text is longer than the limit, or has bytes that are not
   *     UTF-8 (the error names their line and column and the likely encoding)
   */
  @Override
  public ImportResult read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    String text;
    try {
      text =
          BoundedText.read(
              file,
              file.toString(),
              limits.maxInputChars()); // sized from the file: no copies while growing
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
    return readText(text, file.toString());
  }

  /**
   * Reads UTF-8 page text from a byte stream (a byte-order mark may name UTF-16 instead), which
   * stays open.
   *
   * @param sourceName the input's name, for locations
   * @throws IOException if reading fails
   * @throws EventFormatException if the text is longer than the limit, or has bytes that are not
   *     UTF-8 (the error names their line and column and the likely encoding)
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    try {
      return readText(
          BoundedText.read(TextDecoding.utf8(in, sourceName), limits.maxInputChars()), sourceName);
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /**
   * Reads page text from a character stream, which stays open.
   *
   * @param in the page text
   * @param sourceName the input's name, for locations
   * @throws IOException if reading fails
   * @throws EventFormatException if the text is longer than the limit
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return readText(BoundedText.read(in, limits.maxInputChars()), sourceName);
  }

  private ImportResult readText(String text, String sourceName) throws EventFormatException {
    if (text.length() > limits.maxInputChars()) {
      throw new EventFormatException(
          TextProblem.T201_TOO_LARGE,
          Location.line(sourceName, BoundedText.lineAt(text, limits.maxInputChars())),
          "expected at most " + limits.maxInputChars() + " characters of page text");
    }
    List<String> prefixes = new ArrayList<>();
    List<PageProfile> candidates = profile != null ? List.of(profile) : PageProfile.builtIns();
    for (PageProfile p : candidates) {
      if (p.siteLinePrefix() != null && !prefixes.contains(p.siteLinePrefix())) {
        prefixes.add(p.siteLinePrefix());
      }
    }
    PageOutline outline =
        TextOutline.build(
            sourceName,
            text,
            prefixes,
            limits.maxDepth(),
            line -> {
              int colon = line.indexOf(':');
              if (colon <= 0 || colon > 60) {
                return false;
              }
              String label = line.substring(0, colon);
              return candidates.stream()
                  .anyMatch(
                      p -> {
                        TopicField f = p.fieldForLabel(label);
                        return f != null && f != TopicField.TITLE;
                      });
            });
    return profile != null
        ? PageCore.read(outline, profile, null, limits.maxProblems())
        : PageCore.read(outline, PageProfile.builtIns(), null, limits.maxProblems());
  }
}
