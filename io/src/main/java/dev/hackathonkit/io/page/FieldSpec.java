package dev.hackathonkit.io.page;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a page states one topic field: the template parameter that holds it, the labels a rendered
 * page or a labelled line shows before it, the table column headers that hold it, the fillers the
 * template renders when the parameter is missing, and the value the template shows by default.
 *
 * <p>A filler may contain the placeholder {@value #YEAR}, which stands for any four-digit year:
 * {@code Not updated in {year}} matches {@code Not updated in 2020}.
 *
 * @param parameter the template parameter name ({@code Date}), or {@code null} when no template
 *     holds the field
 * @param labels the labels without their colon ({@code Date of insert}); the first is what a writer
 *     prints; empty when the rendered page shows the value without a label (a title)
 * @param columns table header synonyms ({@code Project}, {@code Idea}), compared ignoring case
 * @param fillers phrases the template renders for a missing parameter; they mean "absent"
 * @param defaultValue what the template shows when the parameter is missing and the value is real
 *     (a community-wide mailing list), or {@code null}
 */
public record FieldSpec(
    @Nullable String parameter,
    List<String> labels,
    List<String> columns,
    List<String> fillers,
    @Nullable String defaultValue) {

  /** The year placeholder in fillers. */
  public static final String YEAR = "{year}";

  /** Checks that a parameter name is not blank and copies the lists. */
  public FieldSpec {
    if (parameter != null && parameter.isBlank()) {
      throw new IllegalArgumentException("parameter must not be blank");
    }
    labels = List.copyOf(labels);
    columns = List.copyOf(columns);
    fillers = List.copyOf(fillers);
  }

  /**
   * The version 1 shape: one label.
   *
   * @deprecated use the canonical constructor, which takes all labels and the columns
   */
  @Deprecated
  public FieldSpec(
      String parameter,
      @Nullable String label,
      List<String> fillers,
      @Nullable String defaultValue) {
    this(
        parameter,
        label == null || label.isBlank() ? List.of() : List.of(label),
        List.of(),
        fillers,
        defaultValue);
  }

  /** A field held by {@code parameter} and rendered after {@code label}, without fillers. */
  public static FieldSpec of(@Nullable String parameter, @Nullable String label) {
    return new FieldSpec(
        parameter,
        label == null || label.isBlank() ? List.of() : List.of(label),
        List.of(),
        List.of(),
        null);
  }

  /** The label a writer prints: the first label, or {@code null} when there is none. */
  public @Nullable String label() {
    return labels.isEmpty() ? null : labels.get(0);
  }

  /** A copy with another parameter name. */
  public FieldSpec withParameter(@Nullable String parameter) {
    return new FieldSpec(parameter, labels, columns, fillers, defaultValue);
  }

  /**
   * A copy whose printed (first) label is {@code label}; the other labels stay as synonyms. {@code
   * null} removes all labels.
   */
  public FieldSpec withLabel(@Nullable String label) {
    if (label == null || label.isBlank()) {
      return withLabels(List.of());
    }
    List<String> l = new ArrayList<>();
    l.add(label);
    labels.stream().filter(s -> !s.equalsIgnoreCase(label.strip())).forEach(l::add);
    return withLabels(l);
  }

  /** A copy with other labels. */
  public FieldSpec withLabels(List<String> labels) {
    return new FieldSpec(parameter, labels, columns, fillers, defaultValue);
  }

  /** A copy with other column headers. */
  public FieldSpec withColumns(List<String> columns) {
    return new FieldSpec(parameter, labels, columns, fillers, defaultValue);
  }

  /** A copy with other fillers. */
  public FieldSpec withFillers(List<String> fillers) {
    return new FieldSpec(parameter, labels, columns, fillers, defaultValue);
  }

  /** A copy with another default value. */
  public FieldSpec withDefaultValue(@Nullable String defaultValue) {
    return new FieldSpec(parameter, labels, columns, fillers, defaultValue);
  }

  /**
   * Whether {@code value} (trimmed, ignoring case, runs of spaces and a final full stop) is one of
   * this field's own fillers, with {@value #YEAR} matching any four-digit year. {@link
   * PageProfile#isFiller(TopicField, String)} adds the profile's global fillers.
   */
  public boolean isFiller(String value) {
    String v = Norm.filler(value);
    for (String filler : fillers) {
      if (Norm.fillerMatches(Norm.filler(filler), v)) {
        return true;
      }
    }
    return false;
  }
}
