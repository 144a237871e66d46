package dev.hackathonkit.client;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The parameters of one API request, in order; knows which of them are secrets. */
final class Params {

  /** Parameter names whose values are never shown. */
  static final Set<String> SECRET_NAMES =
      Set.of("token", "lgpassword", "lgtoken", "password", "logintoken", "oauth_token");

  /** Parameters shown by their length only: page text does not belong in an error message. */
  static final Set<String> LONG_TEXT_NAMES = Set.of("text", "appendtext", "prependtext");

  private static final int DESCRIBE_MAX = 300;

  private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

  static Params action(String action) {
    return new Params().put("action", action);
  }

  Params put(String name, @Nullable Object value) {
    if (value != null) {
      values.put(name, value.toString());
    }
    return this;
  }

  Params flag(String name, boolean on) {
    if (on) {
      values.put(name, "1");
    } else {
      values.remove(name);
    }
    return this;
  }

  /** Joins values with {@code |}, or with U+001F when a value itself contains {@code |}. */
  Params list(String name, Collection<String> items) {
    boolean pipe = items.stream().anyMatch(s -> s.indexOf('|') >= 0);
    values.put(name, pipe ? "\u001f" + String.join("\u001f", items) : String.join("|", items));
    return this;
  }

  Params putAll(Map<String, String> more) {
    values.putAll(more);
    return this;
  }

  Params copy() {
    Params p = new Params();
    p.values.putAll(values);
    return p;
  }

  Map<String, String> asMap() {
    return values;
  }

  String action() {
    return values.getOrDefault("action", "");
  }

  /** {@code action=query&titles=A|B…} with secrets as {@code ***}, at most 300 characters. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().equals("format") || e.getKey().equals("formatversion")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('&');
      }
      String v =
          SECRET_NAMES.contains(e.getKey())
              ? "***"
              : LONG_TEXT_NAMES.contains(e.getKey())
                  ? "(" + e.getValue().length() + " chars)"
                  : e.getValue().replace('\u001f', '|');
      sb.append(e.getKey()).append('=').append(v);
      if (sb.length() > DESCRIBE_MAX) {
        return sb.substring(0, DESCRIBE_MAX) + "…";
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
