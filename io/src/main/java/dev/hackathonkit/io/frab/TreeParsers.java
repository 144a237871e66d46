package dev.hackathonkit.io.frab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code schedule.xml} with the JDK's StAX parser (no DTDs, no external entities) and {@code
 * schedule.json} with Jackson's streaming parser into one {@link Tree}, within the {@link
 * ReadLimits} nesting depth.
 */
final class TreeParsers {
  private static final XMLInputFactory XML = xmlFactory();

  private TreeParsers() {}

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** The root element as a node named after it. */
  static Tree.Node xml(byte[] bytes, String source, ReadLimits limits) throws EventFormatException {
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
      Deque<Tree.Node> open = new ArrayDeque<>();
      Deque<StringBuilder> texts = new ArrayDeque<>();
      Tree.Node root = null;
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= limits.maxDepth()) {
              throw new EventFormatException(
                  FrabProblem.F102_TOO_DEEP,
                  loc(source, r),
                  "expected elements nested at most " + limits.maxDepth() + " deep");
            }
            Tree.Node n =
                new Tree.Node(
                    r.getLocalName(),
                    r.getLocation().getLineNumber(),
                    r.getLocation().getColumnNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              n.add(
                  r.getAttributeLocalName(i),
                  new Tree.Leaf(r.getAttributeValue(i), n.line, n.column));
            }
            if (root == null) {
              root = n;
            } else if (!open.isEmpty()) {
              open.peek().add(n.name, n);
            }
            open.push(n);
            texts.push(new StringBuilder());
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!texts.isEmpty()) {
              texts.peek().append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Tree.Node n = open.pop();
            String text = texts.pop().toString();
            Tree.Node parent = open.peek();
            if (n.fields.isEmpty() && parent != null) {
              // a plain element: its text is the value, at the element's position
              replaceLast(parent, n.name, new Tree.Leaf(text, n.line, n.column));
            } else if (!text.isBlank()) {
              n.add("#text", new Tree.Leaf(text, n.line, n.column));
            }
          }
          default -> {
            // comments, processing instructions: nothing to place
          }
        }
      }
      if (root == null) {
        throw new EventFormatException(
            FrabProblem.F100_NOT_A_SCHEDULE,
            new Location(source, 1, 1),
            "expected a <schedule> element, found no element");
      }
      return root;
    } catch (XMLStreamException e) {
      javax.xml.stream.Location l = e.getLocation();
      String message =
          e.getMessage() != null
              ? e.getMessage()
                  .replaceAll(
                      "(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")
                  .replaceAll("\\s+", " ")
                  .strip()
              : "malformed XML";
      throw new EventFormatException(
          FrabProblem.F103_MALFORMED,
          new Location(
              source,
              l != null ? Math.max(l.getLineNumber(), 0) : 0,
              l != null ? Math.max(l.getColumnNumber(), 0) : 0),
          "expected well-formed XML: " + message,
          e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
  }

  /** The field just added under {@code key} (the last of a list) becomes {@code value}. */
  @SuppressWarnings("unchecked")
  private static void replaceLast(Tree.Node parent, String key, Object value) {
    Object old = parent.fields.get(key);
    if (old instanceof List<?> list) {
      ((List<Object>) list).set(list.size() - 1, value);
    } else {
      parent.fields.put(key, value);
    }
  }

  private static Location loc(String source, XMLStreamReader r) {
    return new Location(source, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
  }

  /** The top-level JSON object as a node named {@code $}. */
  static Tree.Node json(byte[] bytes, String source, ReadLimits limits)
      throws EventFormatException {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
            .build();
    try (JsonParser p = factory.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        JsonLocation l = p.currentTokenLocation();
        throw new EventFormatException(
            FrabProblem.F100_NOT_A_SCHEDULE,
            new Location(source, l.getLineNr(), l.getColumnNr()),
            "expected a JSON object with a \"schedule\", found "
                + (first == null ? "nothing" : p.getText()));
      }
      Tree.Node root;
      try {
        root = (Tree.Node) jsonValue(p, "$");
      } catch (StreamConstraintsException e) {
        // the exception has no location of its own; the parser stands where the limit was passed
        JsonLocation l = p.currentLocation();
        throw new EventFormatException(
            FrabProblem.F102_TOO_DEEP,
            new Location(source, l.getLineNr(), l.getColumnNr()),
            "expected values nested at most " + limits.maxDepth() + " deep",
            e);
      }
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new EventFormatException(
            FrabProblem.F103_MALFORMED,
            new Location(source, l.getLineNr(), l.getColumnNr()),
            "expected the end of the input after the schedule object");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String message =
          e.getOriginalMessage() != null
              ? e.getOriginalMessage().replaceAll("\\s+", " ")
              : "malformed JSON";
      boolean deep = message.contains("nesting depth");
      throw new EventFormatException(
          deep ? FrabProblem.F102_TOO_DEEP : FrabProblem.F103_MALFORMED,
          new Location(source, l != null ? l.getLineNr() : 0, l != null ? l.getColumnNr() : 0),
          (deep
              ? "expected values nested at most " + limits.maxDepth() + " deep"
              : "expected well-formed JSON: " + message),
          e);
    } catch (IOException e) {
      throw new EventFormatException(
          FrabProblem.F103_MALFORMED,
          new Location(source, 0, 0),
          "expected readable JSON: " + e.getMessage(),
          e);
    }
  }

  /** The value at the parser's current token. */
  private static Object jsonValue(JsonParser p, String name) throws IOException {
    JsonLocation l = p.currentTokenLocation();
    int line = l.getLineNr();
    int column = l.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Tree.Node n = new Tree.Node(name, line, column);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        n.fields.put(key, jsonValue(p, key));
      }
      return n;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
        if (next == null) {
          throw new com.fasterxml.jackson.core.JsonParseException(
              p, "unexpected end of input in an array");
        }
        list.add(jsonValue(p, name));
      }
      return list;
    }
    return new Tree.Leaf(t == JsonToken.VALUE_NULL ? null : p.getText(), line, column);
  }
}
