package dev.hackathonkit.io.page;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.model.Gsoc;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads {@link PageProfile}s from JSON. */
final class ProfileJson {
  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build()
          .readerFor(Dto.class);

  private ProfileJson() {}

  record FieldDto(
      @Nullable String parameter,
      @Nullable String label,
      @Nullable List<String> fillers,
      @JsonProperty("default") @Nullable String defaultValue) {}

  record Dto(
      @Nullable String name,
      @Nullable String topicTemplate,
      @Nullable LinkedHashMap<String, FieldDto> fields,
      @Nullable String voteTemplate,
      @Nullable String commentTemplate,
      @Nullable String voteIcon,
      @Nullable String commentIcon,
      @Nullable String notApplicableTemplate,
      @Nullable String notApplicableText,
      @Nullable LinkedHashMap<String, List<String>> gsocValues,
      @Nullable LinkedHashMap<String, List<String>> headings,
      @Nullable String siteLinePrefix,
      @Nullable List<String> ignoredLines) {}

  static PageProfile read(Reader in, String source) throws IOException, EventFormatException {
    Dto dto;
    try (JsonParser parser = READER.getFactory().createParser(in)) {
      dto = READER.readValue(parser);
      if (dto == null) {
        throw new EventFormatException(new Location(source, 1, 1), "expected a profile object, found null");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
      String what = e.getOriginalMessage();
      if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
        what = path(m) + ": " + what;
      }
      throw new EventFormatException(new Location(source, line, column), "expected a page profile: " + firstLine(what), e);
    }
    Location whole = Location.line(source, 0);
    EnumMap<TopicField, FieldSpec> fields = new EnumMap<>(TopicField.class);
    for (Map.Entry<String, FieldDto> e : require(dto.fields(), "fields", whole).entrySet()) {
      TopicField field = TopicField.forKey(e.getKey());
      if (field == null) {
        throw new EventFormatException(whole, "fields." + e.getKey() + ": expected one of "
            + Arrays.stream(TopicField.values()).map(TopicField::key).collect(Collectors.joining(", ")));
      }
      FieldDto f = e.getValue();
      String parameter = require(f.parameter(), "fields." + e.getKey() + ".parameter", whole);
      fields.put(field, new FieldSpec(parameter, f.label(), f.fillers() == null ? List.of() : f.fillers(), f.defaultValue()));
    }
    EnumMap<Gsoc, List<String>> gsoc = new EnumMap<>(Gsoc.class);
    if (dto.gsocValues() != null) {
      for (Map.Entry<String, List<String>> e : dto.gsocValues().entrySet()) {
        Gsoc g = switch (e.getKey().replace("_", "").toLowerCase(java.util.Locale.ROOT)) {
          case "yes" -> Gsoc.YES;
          case "no" -> Gsoc.NO;
          case "notapplicable" -> Gsoc.NOT_APPLICABLE;
          default -> throw new EventFormatException(whole,
              "gsocValues." + e.getKey() + ": expected one of yes, no, notApplicable");
        };
        gsoc.put(g, e.getValue());
      }
    }
    EnumMap<PageSection, List<String>> headings = new EnumMap<>(PageSection.class);
    if (dto.headings() != null) {
      for (Map.Entry<String, List<String>> e : dto.headings().entrySet()) {
        PageSection s = PageSection.forKey(e.getKey());
        if (s == null) {
          throw new EventFormatException(whole, "headings." + e.getKey() + ": expected one of "
              + Arrays.stream(PageSection.values()).map(PageSection::key).collect(Collectors.joining(", ")));
        }
        headings.put(s, e.getValue());
      }
    }
    return new PageProfile(
        dto.name() == null ? source : dto.name(),
        require(dto.topicTemplate(), "topicTemplate", whole),
        fields,
        require(dto.voteTemplate(), "voteTemplate", whole),
        require(dto.commentTemplate(), "commentTemplate", whole),
        require(dto.voteIcon(), "voteIcon", whole),
        require(dto.commentIcon(), "commentIcon", whole),
        require(dto.notApplicableTemplate(), "notApplicableTemplate", whole),
        require(dto.notApplicableText(), "notApplicableText", whole),
        gsoc,
        headings,
        dto.siteLinePrefix(),
        dto.ignoredLines() == null ? List.of() : dto.ignoredLines());
  }

  private static <T> T require(@Nullable T value, String property, Location at) throws EventFormatException {
    if (value == null) {
      throw new EventFormatException(at, "expected property '" + property + "', which is missing");
    }
    return value;
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "malformed JSON";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
