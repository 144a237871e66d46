package dev.hackathonkit.io.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A parsed component: its name, properties and sub-components, with the line it begins on. */
final class Component {
  /**
   * One content line: upper-cased name and parameter names, raw (still escaped) value, the line it
   * begins on and its non-blank characters (unfolded), which coverage counts.
   */
  record Property(
      String name, Map<String, List<String>> params, String value, int line, long chars) {
    Property(String name, Map<String, List<String>> params, String value, int line) {
      this(name, params, value, line, 0);
    }

    Property withChars(long n) {
      return new Property(name, params, value, line, n);
    }

    @Nullable String param(String name) {
      List<String> values = params.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  final String name;
  final int line;
  final List<Property> properties = new ArrayList<>();
  final List<Component> children = new ArrayList<>();
  int endLine;

  Component(String name, int line) {
    this.name = name.toUpperCase(Locale.ROOT);
    this.line = line;
  }

  @Nullable Property first(String name) {
    for (Property p : properties) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The first property of a kind the table knows; {@code null} if none. */
  @Nullable Property first(IcalProperty property) {
    return first(property.propertyName());
  }

  /** Every property of a kind the table knows, in order. */
  List<Property> all(IcalProperty property) {
    return all(property.propertyName());
  }

  List<Property> all(String name) {
    List<Property> list = new ArrayList<>();
    for (Property p : properties) {
      if (p.name().equals(name)) {
        list.add(p);
      }
    }
    return list;
  }

  List<Component> children(String name) {
    List<Component> list = new ArrayList<>();
    for (Component c : children) {
      if (c.name.equals(name)) {
        list.add(c);
      }
    }
    return list;
  }
}
