package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One argument of a {@link WikiNode.Template}: positional ({@code {{t|value}}}) or named ({@code
 * {{t|key=value}}}). The leading {@code |} and the {@code =} are implied by the structure.
 *
 * @param nameNodes the key as written (with its surrounding blanks) for a named argument; {@code
 *     null} for a positional one
 * @param value the value as written, as nodes
 * @param span from the first character after the {@code |} to the end of the value
 */
public record TemplateArg(@Nullable List<WikiNode> nameNodes, List<WikiNode> value, Span span) {

  /** Checks and copies. */
  public TemplateArg {
    nameNodes = nameNodes == null ? null : List.copyOf(nameNodes);
    value = List.copyOf(value);
    requireNonNull(span, "span");
  }

  /** Whether the argument was written {@code key=value}. */
  public boolean isNamed() {
    return nameNodes != null;
  }

  /** The trimmed key of a named argument, or {@code null} for a positional one. */
  public @Nullable String name() {
    return nameNodes == null ? null : WikiNodes.print(nameNodes).trim();
  }

  /** The value exactly as written (markup included, blanks kept). */
  public String wikitext() {
    return WikiNodes.print(value);
  }

  /**
   * The value as written with surrounding blanks removed, as MediaWiki does for named arguments.
   */
  public String text() {
    return wikitext().trim();
  }

  /** The value as plain text: see {@link WikiNodes#plainText(List)}. */
  public String plainText() {
    return WikiNodes.plainText(value).trim();
  }
}
