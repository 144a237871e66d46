package dev.hackathonkit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Gsoc;
import java.io.IOException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Jackson module for callers who bring their own {@code ObjectMapper}: it writes the model's
 * enums as lower-case strings ({@code confirmed}, {@code not_applicable}) and reads them back, and
 * writes times as {@code 09:00} (seconds only when not zero). Register Jackson's {@code
 * JavaTimeModule} beside it and disable {@code WRITE_DATES_AS_TIMESTAMPS} to get the same format as
 * {@link JsonEventCodec}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *     .addModule(new HackathonKitModule()).addModule(new JavaTimeModule())
 *     .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
 * }</pre>
 */
public final class HackathonKitModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public HackathonKitModule() {
    super("hackathon-kit", Version.unknownVersion());
    addEnum(Gsoc.class);
    addEnum(CommentKind.class);
    addEnum(AttendeeStatus.class);
    // 09:00 rather than 09:00:00; seconds and fractions only when present (ISO-8601 either way)
    addSerializer(LocalTime.class, ToStringSerializer.instance);
  }

  private <E extends Enum<E>> void addEnum(Class<E> type) {
    addSerializer(type, new LowerCaseEnumSerializer<>(type));
    addDeserializer(type, new LowerCaseEnumDeserializer<>(type));
  }

  /** The JSON name of an enum constant: its name in lower case. */
  static String jsonName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static final class LowerCaseEnumSerializer<E extends Enum<E>>
      extends StdScalarSerializer<E> {
    private static final long serialVersionUID = 1L;

    LowerCaseEnumSerializer(Class<E> type) {
      super(type);
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(jsonName(value));
    }
  }

  private static final class LowerCaseEnumDeserializer<E extends Enum<E>>
      extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final Class<E> type;

    LowerCaseEnumDeserializer(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      for (E constant : type.getEnumConstants()) {
        if (jsonName(constant).equals(text)) {
          return constant;
        }
      }
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(HackathonKitModule::jsonName)
              .collect(Collectors.joining(", "));
      return type.cast(ctxt.handleWeirdStringValue(type, text, "expected one of: " + allowed));
    }
  }
}
