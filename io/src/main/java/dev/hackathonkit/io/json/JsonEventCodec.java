package dev.hackathonkit.io.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventReader;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.BoundedText;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.io.internal.TextDecoding;
import dev.hackathonkit.io.internal.UndecodableTextException;
import dev.hackathonkit.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads events as JSON. Instances are immutable and thread-safe; derive variants with
 * the {@code withX} methods.
 *
 * <pre>{@code
 * JsonEventCodec json = JsonEventCodec.standard();           // strict, pretty-printed
 * String text = json.write(event);
 * ImportResult back = json.read(text, "event.json");        // throws EventFormatException on bad input
 * ImportResult loose = json.withLenient(true).read(text, "event.json"); // unknown fields become warnings
 * }</pre>
 *
 * <p>In strict mode (the default) an unknown field, a value of the wrong type or an unparseable
 * date is an {@link EventFormatException} whose message names the input, line, column and JSON
 * path: {@code event.json:7:18: topics[0].insertedOn: expected an ISO-8601 date (yyyy-mm-dd), found
 * '29/04/2013'}. Reading never validates the event; see {@code EventValidator}.
 */
public final class JsonEventCodec implements EventReader {
  /** Class-path location of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/dev/hackathonkit/io/json/event.schema.json";

  private static final JsonMapper MAPPER = newMapper();

  private final boolean pretty;
  private final boolean lenient;
  private final ReadLimits limits;
  private final ObjectWriter writer;
  private final JsonFactory factory;

  private JsonEventCodec(boolean pretty, boolean lenient, ReadLimits limits) {
    this.pretty = pretty;
    this.lenient = lenient;
    this.limits = limits;
    this.factory = factory(limits);
    this.writer =
        pretty
            ? MAPPER.writerFor(Event.class).with(prettyPrinter())
            : MAPPER.writerFor(Event.class).without(SerializationFeature.INDENT_OUTPUT);
  }

  /** The default codec: pretty-printed output, strict reading, {@link ReadLimits#DEFAULT}. */
  public static JsonEventCodec standard() {
    return new JsonEventCodec(true, false, ReadLimits.DEFAULT);
  }

  /** A copy that writes indented ({@code true}) or compact ({@code false}) JSON. */
  public JsonEventCodec withPretty(boolean pretty) {
    return new JsonEventCodec(pretty, lenient, limits);
  }

  /** A copy that reports unknown fields as warnings ({@code true}) instead of failing. */
  public JsonEventCodec withLenient(boolean lenient) {
    return new JsonEventCodec(pretty, lenient, limits);
  }

  /** A copy with other input limits (size, nesting depth, problems kept). */
  public JsonEventCodec withLimits(ReadLimits limits) {
    return new JsonEventCodec(pretty, lenient, requireNonNull(limits, "limits"));
  }

  /** The event as JSON text, ending with a line break when pretty. */
  public String write(Event event) {
    requireNonNull(event, "event");
    try {
      String json = writer.writeValueAsString(event);
      return pretty ? json + "\n" : json;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event " + event.id() + " as JSON", e);
    }
  }

  /**
   * Writes the event as UTF-8 JSON to {@code out}, which stays open (streamed: no copy of the whole
   * text).
   */
  public void write(Event event, OutputStream out) throws IOException {
    requireNonNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(event, w);
    w.flush();
  }

  /**
   * Writes the event as JSON to {@code out}, which stays open (streamed: no copy of the whole
   * text).
   */
  public void write(Event event, Writer out) throws IOException {
    requireNonNull(event, "event");
    requireNonNull(out, "out");
    try {
      writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event " + event.id() + " as JSON", e);
    }
    if (pretty) {
      out.write('\n');
    }
  }

  /**
   * Writes the event as UTF-8 JSON to a file, replacing it (streamed: no copy of the whole text).
   */
  public void write(Event event, Path file) throws IOException {
    requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(event, w);
    }
  }

  /**
   * Reads an event from JSON text.
   *
   * @param json the JSON text
   * @param sourceName the input's name, for locations
   * @throws EventFormatException if the text is not a valid event document
   */
  @Override
  public ImportResult read(String json, String sourceName) throws EventFormatException {
    requireNonNull(json, "json");
    try {
      return read(new StringReader(json), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /**
   * Reads an event from a UTF-8 JSON file (RFC 8259 section 8.1; a byte-order mark is skipped); the
   * file name is the source name. Bytes that are not UTF-8 are an {@link EventFormatException}
   * naming their line and column and the likely encoding.
   */
  @Override
  public ImportResult read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    try (Reader in = TextDecoding.utf8(Files.newInputStream(file), file.toString())) {
      return read(in, file.toString());
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /**
   * Reads an event from UTF-8 bytes (a byte-order mark may name UTF-16 instead), which stay open.
   *
   * @param sourceName the input's name, for locations
   * @throws IOException if reading the stream fails
   * @throws EventFormatException if the text is not a valid event document, or not UTF-8
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    try {
      return read(TextDecoding.utf8(in, sourceName), sourceName);
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /**
   * Reads an event from a character stream, which stays open.
   *
   * @param in the JSON text
   * @param sourceName the input's name, for locations
   * @throws IOException if reading the stream fails
   * @throws EventFormatException if the text is not a valid event document
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    ReportBuilder report = ReportBuilder.of(sourceName).maxProblems(limits.maxProblems());
    ObjectReader reader = MAPPER.readerFor(Event.class);
    if (lenient) {
      // two passes: positions of unknown fields first, then the model without them
      String text = BoundedText.read(in, limits.maxInputChars());
      new UnknownFieldScanner().scan(factory, new StringReader(text), Event.class, report);
      in = new StringReader(text);
      reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
    try (JsonParser parser = factory.createParser(in)) {
      Event event;
      try {
        event = reader.readValue(parser);
      } catch (JsonProcessingException e) {
        // a limit's exception has no location of its own: the parser stands where the nesting limit
        // was
        // passed; past the size limit its position is that of its buffer, not of a character, so
        // none is given
        JsonLocation here = parser.currentLocation();
        throw translate(
            e, sourceName, here.getCharOffset() <= limits.maxInputChars() ? here : null);
      }
      if (event == null) {
        throw new EventFormatException(
            JsonProblem.J202_NOT_AN_EVENT,
            new Location(sourceName, 1, 1),
            "expected a JSON object, found null");
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new EventFormatException(
            JsonProblem.J202_NOT_AN_EVENT,
            new Location(sourceName, line(at), column(at)),
            "expected the end of the input after the event object");
      }
      return new ImportResult(event, report.build());
    } catch (JsonProcessingException e) {
      throw translate(e, sourceName, null);
    }
  }

  private static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxDocumentLength(limits.maxInputChars())
                .build())
        .build();
  }

  private static EventFormatException translate(
      JsonProcessingException e, String sourceName, @Nullable JsonLocation where) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof UndecodableTextException u) {
        return u.toFormatException();
      }
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : where;
    Location location =
        new Location(sourceName, at == null ? 0 : line(at), at == null ? 0 : column(at));
    boolean limit = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      limit |= t instanceof StreamConstraintsException;
    }
    String path = e instanceof JsonMappingException m && !limit ? path(m.getPath()) : "";
    String prefix = path.isEmpty() ? "" : path + ": ";
    return new EventFormatException(code(e, limit), location, prefix + describe(e), e);
  }

  private static JsonProblem code(JsonProcessingException e, boolean limit) {
    if (limit) {
      return JsonProblem.J206_TOO_LARGE;
    }
    if (e instanceof UnrecognizedPropertyException) {
      return JsonProblem.J205_UNKNOWN_FIELD_STRICT;
    }
    if (e instanceof ValueInstantiationException) {
      return JsonProblem.J204_MISSING_FIELD;
    }
    if (e instanceof MismatchedInputException m && m.getPath().isEmpty()) {
      return JsonProblem
          .J202_NOT_AN_EVENT; // at the root: an array, a string, more after the object
    }
    if (e instanceof InvalidFormatException
        || (e instanceof MismatchedInputException m && m.getTargetType() != null)) {
      return JsonProblem.J203_BAD_VALUE;
    }
    return JsonProblem.J201_MALFORMED;
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '"
          + u.getPropertyName()
          + "'; expected one of "
          + u.getKnownPropertyIds();
    }
    if (e instanceof InvalidFormatException f) {
      return "expected " + expectation(f.getTargetType()) + ", found '" + f.getValue() + "'";
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      if (cause instanceof NullPointerException && cause.getMessage() != null) {
        return "missing required field '" + cause.getMessage() + "'";
      }
      return "cannot build "
          + v.getType().getRawClass().getSimpleName()
          + ": "
          + (cause == null ? v.getOriginalMessage() : cause.getMessage());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected "
          + expectation(m.getTargetType())
          + "; "
          + firstLine(m.getOriginalMessage());
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException limit) {
        return "input exceeds a limit: " + firstLine(limit.getOriginalMessage());
      }
    }
    return "expected valid JSON: " + firstLine(e.getOriginalMessage());
  }

  private static String expectation(Class<?> type) {
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object of string values";
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "an ISO-8601 date (yyyy-mm-dd)";
      case "LocalTime" -> "an ISO-8601 time (hh:mm or hh:mm:ss)";
      case "Instant" -> "an ISO-8601 UTC instant (yyyy-mm-ddThh:mm:ssZ)";
      case "ZoneId" -> "an IANA time zone id such as Europe/Dublin";
      case "URI" -> "a URI";
      case "Long", "long", "Integer", "int" -> "a whole number";
      case "String" -> "a string";
      default ->
          type.isEnum() ? "one of " + enumNames(type) : "a " + type.getSimpleName() + " object";
    };
  }

  private static String enumNames(Class<?> type) {
    StringBuilder sb = new StringBuilder();
    for (Object constant : type.getEnumConstants()) {
      sb.append(sb.length() == 0 ? "" : ", ")
          .append(HackathonKitModule.jsonName((Enum<?>) constant));
    }
    return sb.toString();
  }

  /** Jackson's location inside a message ("[Source: REDACTED (...); line: 1, column: 1]"). */
  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  /** The message's first line, with Jackson's source locations as plain "line L, column C". */
  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return SOURCE.matcher(line).replaceAll("line $1, column $2");
  }

  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static int line(JsonLocation at) {
    return Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(0, at.getColumnNr());
  }

  /** Two-space indentation, one value per line, {@code "key": value}: diff-friendly files. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static JsonMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new HackathonKitModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    JsonInclude.Value nonEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
    mapper.configOverride(List.class).setInclude(nonEmpty);
    mapper.configOverride(Collection.class).setInclude(nonEmpty);
    mapper.configOverride(Map.class).setInclude(nonEmpty);
    return mapper;
  }
}
