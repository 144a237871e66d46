package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.model.Gsoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one community lays out its event pages, for reading and writing them: the template that holds
 * a topic and, per {@link TopicField}, the parameter, rendered label, fillers and default (a {@link
 * FieldSpec}); the vote and comment templates and the icons they render; the "not applicable"
 * template; the headings of the page's sections; and the site's own lines around the content.
 *
 * <p>A profile is an immutable value. The Xen Project wiki's ships with the library ({@link
 * #xenProject()}); others load from JSON ({@link #fromJson(Path)}) or derive from it with the
 * {@code withX} methods:
 *
 * <pre>{@code
 * PageProfile mine = PageProfile.xenProject()
 *     .withTopicTemplate("idea")
 *     .withField(TopicField.SKILLS, FieldSpec.of("Skills", "Skills needed"))
 *     .withHeadings(PageSection.CONFIRMED_ATTENDEES, List.of("Participants"));
 * }</pre>
 *
 * <p>The JSON form has one property per component; {@code fields}, {@code headings} and {@code
 * gsocValues} are objects keyed by {@link TopicField#key()}, {@link PageSection#key()} and {@code
 * yes}/{@code no}/{@code notApplicable}. See {@code xen-project.profile.json} in this package.
 *
 * @param name a display name for the profile
 * @param topicTemplate the template holding one topic ({@code project})
 * @param fields how each topic field is stated; fields without an entry are not placed
 * @param voteTemplate the template of a "will attend" vote ({@code Vote})
 * @param commentTemplate the template of a review comment ({@code Comment})
 * @param voteIcon the alt text of the icon a vote renders as
 * @param commentIcon the alt text of the icon a comment renders as
 * @param notApplicableTemplate the template that stands for "not applicable" ({@code N/A})
 * @param notApplicableText the text that template renders ({@code N/A})
 * @param gsocValues the values of the GSoC field that mean each {@link Gsoc} answer (compared
 *     ignoring case)
 * @param headings per section, the headings that open it; a heading matches when a line starts
 *     with one of them, ignoring case
 * @param siteLinePrefix what starts the line naming the site under a rendered page's title ({@code
 *     From }), or {@code null}
 * @param ignoredLines whole lines of site chrome that carry no content, compared ignoring case
 */
public record PageProfile(
    String name,
    String topicTemplate,
    Map<TopicField, FieldSpec> fields,
    String voteTemplate,
    String commentTemplate,
    String voteIcon,
    String commentIcon,
    String notApplicableTemplate,
    String notApplicableText,
    Map<Gsoc, List<String>> gsocValues,
    Map<PageSection, List<String>> headings,
    @Nullable String siteLinePrefix,
    List<String> ignoredLines) {

  /** Class-path location of the Xen Project profile. */
  public static final String XEN_PROJECT_RESOURCE = "/dev/hackathonkit/io/page/xen-project.profile.json";

  /** Checks that the names are present and copies the collections. */
  public PageProfile {
    requireNonNull(name, "name");
    requireNonNull(topicTemplate, "topicTemplate");
    requireNonNull(voteTemplate, "voteTemplate");
    requireNonNull(commentTemplate, "commentTemplate");
    requireNonNull(voteIcon, "voteIcon");
    requireNonNull(commentIcon, "commentIcon");
    requireNonNull(notApplicableTemplate, "notApplicableTemplate");
    requireNonNull(notApplicableText, "notApplicableText");
    fields = enumMap(TopicField.class, fields);
    EnumMap<Gsoc, List<String>> gsoc = new EnumMap<>(Gsoc.class);
    gsocValues.forEach((k, v) -> gsoc.put(requireNonNull(k, "gsoc key"), List.copyOf(v)));
    gsocValues = Collections.unmodifiableMap(gsoc);
    EnumMap<PageSection, List<String>> heads = new EnumMap<>(PageSection.class);
    headings.forEach((k, v) -> heads.put(requireNonNull(k, "section"), List.copyOf(v)));
    headings = Collections.unmodifiableMap(heads);
    ignoredLines = List.copyOf(ignoredLines);
  }

  private static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, Map<K, V> map) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    map.forEach((k, v) -> copy.put(requireNonNull(k, "key"), requireNonNull(v, "value")));
    return Collections.unmodifiableMap(copy);
  }

  /** The Xen Project wiki's profile, loaded from {@value #XEN_PROJECT_RESOURCE}. */
  public static PageProfile xenProject() {
    return XenHolder.XEN;
  }

  private static final class XenHolder {
    static final PageProfile XEN = loadResource(XEN_PROJECT_RESOURCE);
  }

  private static PageProfile loadResource(String resource) {
    try (InputStream in = PageProfile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      return fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (EventFormatException e) {
      throw new IllegalStateException("broken bundled profile " + e.getMessage(), e);
    }
  }

  /**
   * Reads a profile from JSON.
   *
   * @param in the JSON text; stays open
   * @param sourceName the input's name, for error locations
   * @throws IOException if reading fails
   * @throws EventFormatException if the text is not a profile: malformed JSON, an unknown or missing
   *     property, an unknown field or section name; the message says where and what was expected
   */
  public static PageProfile fromJson(Reader in, String sourceName) throws IOException, EventFormatException {
    return ProfileJson.read(requireNonNull(in, "in"), requireNonNull(sourceName, "sourceName"));
  }

  /**
   * Reads a profile from a UTF-8 JSON file; the file name is the source name.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the file is not a profile
   */
  public static PageProfile fromJson(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return fromJson(in, file.toString());
    }
  }

  /** How {@code field} is stated, or {@code null} when this profile does not place it. */
  public @Nullable FieldSpec field(TopicField field) {
    return fields.get(requireNonNull(field, "field"));
  }

  /**
   * The field whose rendered label is {@code label} (trimmed, ignoring case and a final colon), or
   * {@code null}.
   */
  public @Nullable TopicField fieldForLabel(String label) {
    String l = trimColon(label);
    for (Map.Entry<TopicField, FieldSpec> e : fields.entrySet()) {
      String own = e.getValue().label();
      if (own != null && own.equalsIgnoreCase(l)) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * The field held by template parameter {@code parameter} (trimmed; an exact match first, then one
   * ignoring case), or {@code null}.
   */
  public @Nullable TopicField fieldForParameter(String parameter) {
    String p = parameter.strip();
    for (Map.Entry<TopicField, FieldSpec> e : fields.entrySet()) {
      if (e.getValue().parameter().equals(p)) {
        return e.getKey();
      }
    }
    for (Map.Entry<TopicField, FieldSpec> e : fields.entrySet()) {
      if (e.getValue().parameter().equalsIgnoreCase(p)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Whether {@code value} is one of {@code field}'s fillers, that is, stands for "absent". */
  public boolean isFiller(TopicField field, String value) {
    FieldSpec spec = fields.get(field);
    return spec != null && spec.isFiller(value);
  }

  /** The GSoC answer {@code value} states (ignoring case), or {@code null} if none matches. */
  public @Nullable Gsoc gsoc(String value) {
    String v = value.strip();
    for (Map.Entry<Gsoc, List<String>> e : gsocValues.entrySet()) {
      for (String s : e.getValue()) {
        if (s.equalsIgnoreCase(v)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /**
   * The section that heading {@code line} opens, or {@code null}: the line (trimmed, ignoring case)
   * starts with one of the section's headings. When headings of several sections match, the longest
   * wins.
   */
  public @Nullable PageSection sectionForHeading(String line) {
    String l = line.strip().toLowerCase(Locale.ROOT);
    PageSection best = null;
    int bestLength = 0;
    for (Map.Entry<PageSection, List<String>> e : headings.entrySet()) {
      for (String h : e.getValue()) {
        String head = h.strip().toLowerCase(Locale.ROOT);
        if (!head.isEmpty() && l.startsWith(head) && head.length() > bestLength) {
          best = e.getKey();
          bestLength = head.length();
        }
      }
    }
    return best;
  }

  /**
   * The site's name when {@code line} is the rendered page's site line ({@code From Xen} gives
   * {@code Xen}), else {@code null}.
   */
  public @Nullable String siteName(String line) {
    String prefix = siteLinePrefix;
    String l = line.strip();
    if (prefix == null || prefix.isBlank() || l.length() <= prefix.strip().length()) {
      return null;
    }
    if (!l.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    String site = l.substring(prefix.length()).strip();
    return site.isEmpty() ? null : site;
  }

  /** Whether {@code line} (trimmed, ignoring case) is one of the site's chrome lines. */
  public boolean isIgnoredLine(String line) {
    String l = line.strip();
    return ignoredLines.stream().anyMatch(s -> s.strip().equalsIgnoreCase(l));
  }

  /** A copy with another display name. */
  public PageProfile withName(String name) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy with another topic template. */
  public PageProfile withTopicTemplate(String topicTemplate) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy with all field specifications replaced. */
  public PageProfile withFields(Map<TopicField, FieldSpec> fields) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy in which {@code field} is stated as {@code spec} ({@code null}: not placed). */
  public PageProfile withField(TopicField field, @Nullable FieldSpec spec) {
    EnumMap<TopicField, FieldSpec> copy = new EnumMap<>(TopicField.class);
    copy.putAll(fields);
    if (spec == null) {
      copy.remove(field);
    } else {
      copy.put(field, spec);
    }
    return withFields(copy);
  }

  /** A copy with other vote and comment templates. */
  public PageProfile withReviewTemplates(String voteTemplate, String commentTemplate) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy with other vote and comment icon alt texts. */
  public PageProfile withReviewIcons(String voteIcon, String commentIcon) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy with another "not applicable" template and its rendered text. */
  public PageProfile withNotApplicable(String template, String text) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, template, text, gsocValues, headings, siteLinePrefix, ignoredLines);
  }

  /** A copy with other GSoC values. */
  public PageProfile withGsocValues(Map<Gsoc, List<String>> gsocValues) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy in which {@code section} opens with one of {@code headings}. */
  public PageProfile withHeadings(PageSection section, List<String> headings) {
    EnumMap<PageSection, List<String>> copy = new EnumMap<>(PageSection.class);
    copy.putAll(this.headings);
    copy.put(requireNonNull(section, "section"), headings);
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, copy, siteLinePrefix,
        ignoredLines);
  }

  /** A copy with another site line prefix ({@code null}: none). */
  public PageProfile withSiteLinePrefix(@Nullable String siteLinePrefix) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  /** A copy with other chrome lines. */
  public PageProfile withIgnoredLines(List<String> ignoredLines) {
    return new PageProfile(name, topicTemplate, fields, voteTemplate, commentTemplate, voteIcon,
        commentIcon, notApplicableTemplate, notApplicableText, gsocValues, headings, siteLinePrefix,
        ignoredLines);
  }

  private static String trimColon(String label) {
    String l = label.strip();
    if (l.endsWith(":")) {
      l = l.substring(0, l.length() - 1).strip();
    }
    return l;
  }
}
