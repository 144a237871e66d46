package dev.hackathonkit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Defensive copies shared by the records: {@code null} means empty, order is kept. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static Map<String, String> orderedMap(@Nullable Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new NullPointerException("extra contains a null key or value");
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }
}
