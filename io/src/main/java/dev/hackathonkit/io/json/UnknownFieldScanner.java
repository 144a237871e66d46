package dev.hackathonkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hackathonkit.io.internal.ReportBuilder;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lenient mode's first pass: walks the JSON tokens alongside the model's record types and reports
 * every property a record does not have, with its exact line and column. (Jackson reports unknown
 * properties of records only after buffering the object, when the position is lost.)
 */
final class UnknownFieldScanner {
  private final Map<Class<?>, Map<String, Type>> components = new HashMap<>();

  /**
   * Reports the unknown fields of {@code in}, read as a {@code root}; stops quietly at bad JSON.
   */
  void scan(JsonFactory factory, Reader in, Class<?> root, ReportBuilder report)
      throws IOException {
    try (JsonParser p = factory.createParser(in)) {
      Deque<@Nullable Type> stack = new ArrayDeque<>();
      Type pending = root;
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            stack.push(pending == null ? Object.class : pending);
            pending = token == JsonToken.START_ARRAY ? element(stack.peek()) : null;
          }
          case END_OBJECT, END_ARRAY -> {
            stack.pop();
            Type top = stack.peek();
            pending = top != null && isList(top) ? element(top) : null;
          }
          case FIELD_NAME -> {
            Type owner = stack.peek();
            pending = null;
            if (owner instanceof Class<?> c && c.isRecord()) {
              Map<String, Type> fields = fieldsOf(c);
              String name = p.currentName();
              if (fields.containsKey(name)) {
                pending = fields.get(name);
              } else {
                JsonLocation at = p.currentTokenLocation();
                report.problem(
                    JsonProblem.J101_UNKNOWN_FIELD,
                    Math.max(0, at.getLineNr()),
                    Math.max(0, at.getColumnNr()),
                    "unknown field '" + name + "' in " + c.getSimpleName() + " skipped");
                p.nextToken();
                p.skipChildren();
              }
            }
          }
          default -> {
            Type top = stack.peek();
            pending = top != null && isList(top) ? element(top) : null;
          }
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // the second pass reports malformed input with its location
    }
  }

  private Map<String, Type> fieldsOf(Class<?> type) {
    return components.computeIfAbsent(
        type,
        t -> {
          Map<String, Type> fields = new HashMap<>();
          for (RecordComponent rc : t.getRecordComponents()) {
            fields.put(rc.getName(), rc.getGenericType());
          }
          return fields;
        });
  }

  private static boolean isList(Type type) {
    return type instanceof ParameterizedType pt
        && pt.getRawType() instanceof Class<?> raw
        && java.util.List.class.isAssignableFrom(raw);
  }

  private static @Nullable Type element(@Nullable Type list) {
    if (list != null && isList(list)) {
      Type arg = ((ParameterizedType) list).getActualTypeArguments()[0];
      return arg instanceof java.lang.reflect.AnnotatedType a ? a.getType() : arg;
    }
    return null;
  }
}
