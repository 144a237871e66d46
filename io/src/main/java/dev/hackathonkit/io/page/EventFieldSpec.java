package dev.hackathonkit.io.page;

import java.util.List;

/**
 * How a page states one {@link EventField}: the parameters of the profile's event templates that
 * hold it ({@code date}, {@code dates}, {@code start}) and the labels a rendered page or a labelled
 * line shows before it ({@code When}, {@code Datum}). The first label is the one a writer prints.
 *
 * @param parameters infobox parameter names, compared exactly after trimming (as MediaWiki does)
 * @param labels labels without their colon, compared ignoring case
 */
public record EventFieldSpec(List<String> parameters, List<String> labels) {

  /** Copies the lists. */
  public EventFieldSpec {
    parameters = List.copyOf(parameters);
    labels = List.copyOf(labels);
  }

  /** A field held by {@code parameters} and labelled with {@code labels}. */
  public static EventFieldSpec of(List<String> parameters, List<String> labels) {
    return new EventFieldSpec(parameters, labels);
  }
}
