package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

/**
 * A warning the Action API sent with an otherwise successful answer (its {@code warnings} member),
 * such as a deprecated parameter or a limit that was lowered. Delivered to the listener set with
 * {@link MediaWikiClient.Builder#onWarning(java.util.function.Consumer)}.
 *
 * @param wiki the {@code api.php} address, without credentials
 * @param action the request's action ({@code query}, {@code edit}, ...)
 * @param module the API module that warned ({@code main}, {@code query}, {@code revisions}, ...)
 * @param text what the wiki said
 */
public record ApiWarning(String wiki, String action, String module, String text) {

  /** Checks that every component is present. */
  public ApiWarning {
    requireNonNull(wiki, "wiki");
    requireNonNull(action, "action");
    requireNonNull(module, "module");
    requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return wiki + " [" + action + "] " + module + ": " + text;
  }
}
