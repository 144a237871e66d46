package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a page states one topic field: the template parameter that holds it, the label the rendered
 * page shows before it, the fillers the template renders when the parameter is missing, and the
 * value the template shows by default.
 *
 * <p>A filler may contain the placeholder {@value #YEAR}, which stands for any four-digit year:
 * {@code Not updated in {year}} matches {@code Not updated in 2020}.
 *
 * @param parameter the template parameter name ({@code Date})
 * @param label the rendered label without its colon ({@code Date of insert}); {@code null} when the
 *     rendered page shows the value without a label (the title)
 * @param fillers phrases the template renders for a missing parameter; they mean "absent"
 * @param defaultValue what the template shows when the parameter is missing and the value is real
 *     (a community-wide mailing list), or {@code null}
 */
public record FieldSpec(
    String parameter, @Nullable String label, List<String> fillers, @Nullable String defaultValue) {

  /** The year placeholder in fillers. */
  public static final String YEAR = "{year}";

  /** Checks the parameter name and copies the fillers. */
  public FieldSpec {
    requireNonNull(parameter, "parameter");
    if (parameter.isBlank()) {
      throw new IllegalArgumentException("parameter must not be blank");
    }
    if (label != null && label.isBlank()) {
      label = null;
    }
    fillers = List.copyOf(fillers);
  }

  /** A field held by {@code parameter} and rendered after {@code label}, without fillers. */
  public static FieldSpec of(String parameter, @Nullable String label) {
    return new FieldSpec(parameter, label, List.of(), null);
  }

  /** A copy with another parameter name. */
  public FieldSpec withParameter(String parameter) {
    return new FieldSpec(parameter, label, fillers, defaultValue);
  }

  /** A copy with another rendered label. */
  public FieldSpec withLabel(@Nullable String label) {
    return new FieldSpec(parameter, label, fillers, defaultValue);
  }

  /** A copy with other fillers. */
  public FieldSpec withFillers(List<String> fillers) {
    return new FieldSpec(parameter, label, fillers, defaultValue);
  }

  /** A copy with another default value. */
  public FieldSpec withDefaultValue(@Nullable String defaultValue) {
    return new FieldSpec(parameter, label, fillers, defaultValue);
  }

  /**
   * Whether {@code value} (trimmed, ignoring case and a final full stop) is one of the fillers, with
   * {@value #YEAR} matching any four-digit year.
   */
  public boolean isFiller(String value) {
    String v = value.strip();
    if (v.endsWith(".")) {
      v = v.substring(0, v.length() - 1).strip();
    }
    for (String filler : fillers) {
      if (fillerPattern(filler).matcher(v).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern fillerPattern(String filler) {
    StringBuilder regex = new StringBuilder();
    String f = filler.strip();
    int from = 0;
    for (int at = f.indexOf(YEAR); at >= 0; at = f.indexOf(YEAR, from)) {
      regex.append(Pattern.quote(f.substring(from, at))).append("\\d{4}");
      from = at + YEAR.length();
    }
    regex.append(Pattern.quote(f.substring(from)));
    String pattern = regex.toString().replace(" ", "\\E\\s+\\Q");
    return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
