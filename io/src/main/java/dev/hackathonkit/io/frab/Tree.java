package dev.hackathonkit.io.frab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one tree both schedule syntaxes are read into: an XML element or JSON object is a {@link
 * Node} (XML attributes and child elements alike become its fields; a repeated child becomes a
 * list), a text, attribute or JSON scalar a {@link Leaf}, a JSON array a list. Every part keeps its
 * line and column; a leaf remembers whether the mapper placed it, so that what was not placed can
 * be listed.
 */
final class Tree {
  private Tree() {}

  /** A text value with its position; {@code value} is {@code null} for JSON {@code null}. */
  static final class Leaf {
    final @Nullable String value;
    final int line;
    final int column;
    boolean used;

    Leaf(@Nullable String value, int line, int column) {
      this.value = value;
      this.line = line;
      this.column = column;
    }

    /** The value stripped, or {@code null} when absent or blank. */
    @Nullable String text() {
      if (value == null) {
        return null;
      }
      String s = value.strip();
      return s.isEmpty() ? null : s;
    }
  }

  /** An element or object: its fields in source order, and for XML its own text ({@code #text}). */
  static final class Node {
    final String name;
    final int line;
    final int column;
    final Map<String, Object> fields = new LinkedHashMap<>();

    Node(String name, int line, int column) {
      this.name = name;
      this.line = line;
      this.column = column;
    }

    /** Adds an XML attribute or child: a name seen again makes the field a list. */
    void add(String key, Object value) {
      Object old = fields.get(key);
      if (old == null) {
        fields.put(key, value);
      } else if (old instanceof Repeated list) {
        list.add(value);
      } else {
        Repeated list = new Repeated();
        list.add(old);
        list.add(value);
        fields.put(key, list);
      }
    }

    /** The field as a leaf, or {@code null}; a node's {@code #text} counts as its leaf. */
    @Nullable Leaf leaf(String key) {
      Object v = fields.get(key);
      if (v instanceof Leaf l) {
        return l;
      }
      if (v instanceof Node n && n.fields.get("#text") instanceof Leaf l) {
        return l;
      }
      return null;
    }

    /** The field's text, marked as placed; {@code null} when absent or blank. */
    @Nullable String take(String key) {
      Leaf l = leaf(key);
      if (l == null) {
        return null;
      }
      l.used = true;
      return l.text();
    }

    @Nullable Node node(String key) {
      return fields.get(key) instanceof Node n ? n : null;
    }

    /** The field as a list: a list as it is, a single value as a list of one, absent as empty. */
    List<Object> list(String key) {
      Object v = fields.get(key);
      if (v == null) {
        return List.of();
      }
      return v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
    }
  }

  /** A list made of repeated XML elements. */
  private static final class Repeated extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }

  /** Marks every leaf under {@code value} as placed (a bookkeeping part read as a whole). */
  static void markUsed(@Nullable Object value) {
    if (value instanceof Leaf l) {
      l.used = true;
    } else if (value instanceof Node n) {
      n.fields.values().forEach(Tree::markUsed);
    } else if (value instanceof List<?> list) {
      list.forEach(Tree::markUsed);
    }
  }
}
