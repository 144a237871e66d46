package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.internal.TextDecoding;
import dev.hackathonkit.io.internal.UndecodableTextException;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Gsoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one community lays out its event pages, for reading and writing them: which templates and
 * parameters, which labels, headings and table columns hold which facts, which words mean a status
 * or "absent", and which lines are the site's own chrome. Profiles are data: JSON files read by
 * {@link #fromJson(Path)}; the library ships {@linkplain #builtIns() several}, starting with {@link
 * #generic()}, whose English, German, French and Spanish words the others {@code extend}.
 *
 * <p>A profile is an immutable value. Its lookups ({@link #sectionForHeading}, {@link
 * #fieldForLabel}, ...) compare normal forms computed once per profile: lower case ({@link
 * Locale#ROOT}), accents kept, runs of white space as one space, surrounding spaces and punctuation
 * (a trailing {@code :}) removed. Template parameters compare exactly after trimming, as MediaWiki
 * compares them.
 *
 * <pre>{@code
 * PageProfile mine = PageProfile.fromJson(Path.of("my-wiki.profile.json"));   // "extends": "generic"
 * PageSection s = mine.sectionForHeading("Teilnehmende (bestätigt)");            // CONFIRMED_ATTENDEES
 * TopicField f = mine.fieldForLabel("Skills needed:");                            // SKILLS
 * }</pre>
 *
 * <p>The JSON form ({@code profileVersion} 2) has one property per component, every one optional;
 * maps are objects keyed by {@link TopicField#key()}, {@link EventField#key()}, {@link
 * PageSection#key()}, {@link AttendeeColumn#key()}, {@link ScheduleColumn#key()}, the lower-case
 * {@link AttendeeStatus} names and {@code yes}/{@code no}/{@code notApplicable}. The schema is the
 * class-path resource {@value #SCHEMA_RESOURCE}; version 1 files (today's format without {@code
 * profileVersion}, one {@code label} per field) still load.
 *
 * @param version the file format version the profile was read from: 1 or 2
 * @param name a display name
 * @param sites the site names ({@code From Xen} line, API siteinfo) and hosts of the wikis the
 *     profile is for
 * @param languages the languages dates and month names are read in, in order of preference
 * @param topicTemplate the template holding one topic ({@code project}), or {@code null}
 * @param fields how each topic field is stated; fields without an entry are not placed
 * @param eventTemplates infobox-like templates that state event facts
 * @param eventFields how each event fact is stated in those templates and as labelled lines
 * @param headings per section, the headings that open it (see {@link #sectionForHeading})
 * @param attendeeColumns per column of attendee tables, its header synonyms
 * @param scheduleColumns per column of schedule tables, its header synonyms
 * @param statusWords per attendee status, words that state it in a status column or note
 * @param attendeeNotes words after an attendee's name that are notes ({@code remote}), not an
 *     affiliation
 * @param fillers values that mean "absent" in any field ({@code TBD})
 * @param voteTemplate the template of a "will attend" vote ({@code Vote}), or {@code null}
 * @param commentTemplate the template of a review comment ({@code Comment}), or {@code null}
 * @param voteIcon the alt text of the icon a vote renders as, or {@code null}
 * @param commentIcon the alt text of the icon a comment renders as, or {@code null}
 * @param voteWords words that mark a signed review entry as a vote when they open it ({@code +1
 *     [[User:Ana|Ana]] 10:00, 1 May 2013 (UTC)}), for wikis without a vote template or icon;
 *     compared ignoring case, and followed by a space, a colon or nothing
 * @param notApplicableTemplate the template that stands for "not applicable" ({@code N/A}), or
 *     {@code null}
 * @param notApplicableText the text that template renders ({@code N/A}); never a filler
 * @param gsocValues the values of the GSoC field that mean each {@link Gsoc} answer
 * @param siteLinePrefix what starts the line naming the site under a rendered page's title ({@code
 *     From }), or {@code null}
 * @param ignoredLines whole lines of site chrome, compared ignoring case
 * @param ignoredLinePrefixes starts of chrome lines ({@code Retrieved from}), compared ignoring
 *     case
 */
public record PageProfile(
    int version,
    String name,
    List<String> sites,
    List<Locale> languages,
    @Nullable String topicTemplate,
    Map<TopicField, FieldSpec> fields,
    List<String> eventTemplates,
    Map<EventField, EventFieldSpec> eventFields,
    Map<PageSection, List<String>> headings,
    Map<AttendeeColumn, List<String>> attendeeColumns,
    Map<ScheduleColumn, List<String>> scheduleColumns,
    Map<AttendeeStatus, List<String>> statusWords,
    List<String> attendeeNotes,
    List<String> fillers,
    @Nullable String voteTemplate,
    @Nullable String commentTemplate,
    @Nullable String voteIcon,
    @Nullable String commentIcon,
    List<String> voteWords,
    @Nullable String notApplicableTemplate,
    @Nullable String notApplicableText,
    Map<Gsoc, List<String>> gsocValues,
    @Nullable String siteLinePrefix,
    List<String> ignoredLines,
    List<String> ignoredLinePrefixes) {

  /** Class-path folder of the built-in profiles, {@code <id>.profile.json} each. */
  public static final String BUILT_IN_FOLDER = "/dev/hackathonkit/io/page/profiles/";

  /** Class-path location of the Xen Project profile. */
  public static final String XEN_PROJECT_RESOURCE = BUILT_IN_FOLDER + "xen-project.profile.json";

  /** Class-path location of the profile JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/dev/hackathonkit/io/page/profile.schema.json";

  /** The ids of the built-in profiles, generic first; each is a file {@code <id>.profile.json}. */
  static final List<String> BUILT_IN_IDS =
      List.of(
          "generic",
          "xen-project",
          "wikimedia",
          "openstreetmap",
          "document-foundation",
          "openstack",
          "fedora",
          "debian");

  /** Checks the version and name and copies the collections (maps keep their keys' order). */
  public PageProfile {
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1: " + version);
    }
    requireNonNull(name, "name");
    sites = List.copyOf(sites);
    languages = List.copyOf(languages);
    fields = enumMap(TopicField.class, fields, v -> v);
    eventTemplates = List.copyOf(eventTemplates);
    eventFields = enumMap(EventField.class, eventFields, v -> v);
    headings = enumMap(PageSection.class, headings, List::copyOf);
    attendeeColumns = enumMap(AttendeeColumn.class, attendeeColumns, List::copyOf);
    scheduleColumns = enumMap(ScheduleColumn.class, scheduleColumns, List::copyOf);
    statusWords = enumMap(AttendeeStatus.class, statusWords, List::copyOf);
    attendeeNotes = List.copyOf(attendeeNotes);
    fillers = List.copyOf(fillers);
    voteWords = List.copyOf(voteWords);
    gsocValues = enumMap(Gsoc.class, gsocValues, List::copyOf);
    ignoredLines = List.copyOf(ignoredLines);
    ignoredLinePrefixes = List.copyOf(ignoredLinePrefixes);
  }

  /**
   * The version 1 shape, kept for callers of the old constructor.
   *
   * @deprecated use the canonical constructor or load JSON
   */
  @Deprecated
  public PageProfile(
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
    this(
        1,
        name,
        List.of(),
        List.of(),
        topicTemplate,
        fields,
        List.of(),
        Map.of(),
        headings,
        Map.of(),
        Map.of(),
        Map.of(),
        List.of(),
        List.of(),
        voteTemplate,
        commentTemplate,
        voteIcon,
        commentIcon,
        List.of(),
        notApplicableTemplate,
        notApplicableText,
        gsocValues,
        siteLinePrefix,
        ignoredLines,
        List.of());
  }

  private static <K extends Enum<K>, V> Map<K, V> enumMap(
      Class<K> type, Map<K, V> map, Function<V, V> copy) {
    EnumMap<K, V> m = new EnumMap<>(type);
    map.forEach((k, v) -> m.put(requireNonNull(k, "key"), copy.apply(requireNonNull(v, "value"))));
    return Collections.unmodifiableMap(m);
  }

  // ---------------------------------------------------------------- built-ins and loading

  /**
   * The built-in profiles, {@link #generic()} first, then the communities' (each extends generic).
   */
  public static List<PageProfile> builtIns() {
    return BuiltIns.ALL;
  }

  /**
   * The built-in profile with {@code nameOrId} as its name ({@code Xen Project wiki}) or file id
   * ({@code xen-project}), ignoring case; {@code null} if there is none.
   */
  public static @Nullable PageProfile named(String nameOrId) {
    requireNonNull(nameOrId, "nameOrId");
    String n = nameOrId.strip();
    for (int i = 0; i < BUILT_IN_IDS.size(); i++) {
      PageProfile p = BuiltIns.ALL.get(i);
      if (BUILT_IN_IDS.get(i).equalsIgnoreCase(n) || p.name().equalsIgnoreCase(n)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The generic profile: English, German, French and Spanish headings, labels and columns; no
   * templates.
   */
  public static PageProfile generic() {
    return BuiltIns.ALL.get(0);
  }

  /**
   * The Xen Project wiki's profile, loaded from {@value #XEN_PROJECT_RESOURCE}; extends generic.
   */
  public static PageProfile xenProject() {
    return BuiltIns.ALL.get(1);
  }

  private static final class BuiltIns {
    static final List<PageProfile> ALL = load();

    private static List<PageProfile> load() {
      Map<String, PageProfile> loaded = new LinkedHashMap<>();
      for (String id : BUILT_IN_IDS) {
        loaded.put(
            id,
            loadResource(
                BUILT_IN_FOLDER + id + ".profile.json",
                parent -> {
                  for (Map.Entry<String, PageProfile> e : loaded.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(parent)
                        || e.getValue().name().equalsIgnoreCase(parent)) {
                      return e.getValue();
                    }
                  }
                  return null;
                }));
      }
      return List.copyOf(loaded.values());
    }
  }

  private static PageProfile loadResource(
      String resource, Function<String, @Nullable PageProfile> parents) {
    try (InputStream in = PageProfile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      return ProfileJson.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, parents);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (EventFormatException e) {
      throw new IllegalStateException("broken built-in profile " + e.getMessage(), e);
    }
  }

  /**
   * Reads a profile from JSON; {@code "extends"} names a {@linkplain #named(String) built-in}.
   *
   * @param in the JSON text; stays open
   * @param sourceName the input's name, for error locations; without its folder and {@code
   *     .profile.json} or {@code .json} ending, the default name
   * @throws IOException if reading fails
   * @throws EventFormatException if the text is not a profile: malformed JSON (the one error
   *     reported), or any number of unknown keys (with a suggestion when one is close), values of
   *     the wrong type, unsupported versions or languages, unknown parents. All are listed, each
   *     with its key path and line and column, in the message and in {@link
   *     EventFormatException#problems()} (codes {@link ProfileProblem})
   */
  public static PageProfile fromJson(Reader in, String sourceName)
      throws IOException, EventFormatException {
    return ProfileJson.read(
        requireNonNull(in, "in"), requireNonNull(sourceName, "sourceName"), PageProfile::named);
  }

  /**
   * Reads a profile from a UTF-8 JSON file; the file name is the source name.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the file is not a profile (see {@link #fromJson(Reader,
   *     String)}), or has bytes that are not UTF-8 (with their line, column and the likely
   *     encoding)
   */
  public static PageProfile fromJson(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    try (Reader in = TextDecoding.utf8(Files.newInputStream(file), file.toString())) {
      return fromJson(in, file.toString());
    } catch (UndecodableTextException e) {
      throw e.toFormatException();
    }
  }

  /**
   * This profile extending {@code parent}: lists are the union of both (this profile's entries
   * first, so that the first label or heading, the one writers print, is this profile's); maps are
   * merged key by key, their lists unioned the same way; a word this profile lists under one key is
   * removed from the parent's other keys of the same map (a child may move {@code Program} from
   * {@code schedule} to {@code whenAndWhere}); scalars are this profile's unless {@code null}.
   * Version and name are this profile's.
   */
  public PageProfile extending(PageProfile parent) {
    return Merge.merge(requireNonNull(parent, "parent"), this);
  }

  // ---------------------------------------------------------------- lookups

  ProfileIndex index() {
    return ProfileIndex.of(this);
  }

  /** How {@code field} is stated, or {@code null} when this profile does not place it. */
  public @Nullable FieldSpec field(TopicField field) {
    return fields.get(requireNonNull(field, "field"));
  }

  /**
   * The section that {@code heading} opens, or {@code null}: the heading, in words (lower case,
   * punctuation dropped), equals one of a section's headings or contains it as whole words. When
   * several match, the longest heading synonym wins ({@code Confirmed attendees} over {@code
   * Attendees}).
   */
  public @Nullable PageSection sectionForHeading(String heading) {
    return index().headings.find(requireNonNull(heading, "heading"));
  }

  /**
   * The topic field held by template parameter {@code name} (trimmed, compared exactly), or {@code
   * null}.
   */
  public @Nullable TopicField fieldForParameter(String name) {
    return index().fieldByParameter.get(name.strip());
  }

  /**
   * The topic field with label {@code label} (ignoring case, surrounding spaces and punctuation
   * such as the trailing colon), or {@code null}.
   */
  public @Nullable TopicField fieldForLabel(String label) {
    return index().fieldByLabel.get(Norm.label(label));
  }

  /**
   * The event field with label {@code label} (compared as in {@link #fieldForLabel}), or {@code
   * null}.
   */
  public @Nullable EventField eventFieldForLabel(String label) {
    return index().eventByLabel.get(Norm.label(label));
  }

  /**
   * The event field held by event template parameter {@code name} (trimmed, exact), or {@code
   * null}.
   */
  public @Nullable EventField eventFieldForParameter(String name) {
    return index().eventByParameter.get(name.strip());
  }

  /**
   * The topic field of a table column headed {@code header} (compared as labels are), or {@code
   * null}.
   */
  public @Nullable TopicField fieldForColumn(String header) {
    return index().fieldByColumn.get(Norm.label(header));
  }

  /** The attendee table column headed {@code header} (compared as labels are), or {@code null}. */
  public @Nullable AttendeeColumn attendeeColumn(String header) {
    return index().attendeeColumns.get(Norm.label(header));
  }

  /** The schedule table column headed {@code header} (compared as labels are), or {@code null}. */
  public @Nullable ScheduleColumn scheduleColumn(String header) {
    return index().scheduleColumns.get(Norm.label(header));
  }

  /**
   * The attendee status that {@code text} states: it contains one of the status words as whole
   * words, ignoring case; the longest word found wins ({@code not confirmed} over {@code
   * confirmed}). {@code null} if none.
   */
  public @Nullable AttendeeStatus statusForWord(String text) {
    return index().statuses.find(requireNonNull(text, "text"));
  }

  /**
   * Whether {@code value} means "absent" in {@code field}: one of the field's fillers or the
   * profile's global fillers (trimmed, ignoring case, runs of spaces and a final full stop; {@value
   * FieldSpec#YEAR} stands for any four-digit year). The profile's {@link #notApplicableText()} is
   * never a filler: it is a real answer.
   */
  public boolean isFiller(TopicField field, String value) {
    ProfileIndex ix = index();
    if (ProfileIndex.moreLetters(value, ix.longestFiller)) {
      return false;
    }
    String v = Norm.filler(value);
    if (v.equals(ix.notApplicable)) {
      return false;
    }
    ProfileIndex.Fillers own = ix.fieldFillers.get(field);
    return (own != null && own.matches(v)) || ix.globalFillers.matches(v);
  }

  /**
   * Whether {@code value} is one of the global fillers (compared as in {@link #isFiller(TopicField,
   * String)}).
   */
  public boolean isFiller(String value) {
    ProfileIndex ix = index();
    if (ProfileIndex.moreLetters(value, ix.longestFiller)) {
      return false;
    }
    String v = Norm.filler(value);
    return !v.equals(ix.notApplicable) && ix.globalFillers.matches(v);
  }

  /**
   * Whether {@code name} is one of the event templates, compared as MediaWiki compares template
   * names (underscores are spaces, the first letter ignores case).
   */
  public boolean isEventTemplate(String name) {
    return index().eventTemplates.contains(Norm.template(name));
  }

  /**
   * Whether {@code line} is site chrome: it equals one of the ignored lines or starts with one of
   * the ignored prefixes, trimmed and ignoring case and runs of spaces.
   */
  public boolean isIgnoredLine(String line) {
    ProfileIndex ix = index();
    if (!ix.chromeStarts.contains(ProfileIndex.startKey(line)) && !ix.shortPrefix) {
      return false;
    }
    String l = Norm.line(line);
    if (ix.ignoredLines.contains(l)) {
      return true;
    }
    for (String prefix : ix.ignoredPrefixes) {
      if (l.startsWith(prefix)) {
        return true;
      }
    }
    return false;
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

  /**
   * The GSoC answer {@code value} states (trimmed, ignoring case), or {@code null} if none matches.
   */
  public @Nullable Gsoc gsoc(String value) {
    return index().gsoc.get(Norm.line(value));
  }

  /**
   * Whether {@code text} is an attendee note rather than an affiliation: one of the attendee notes
   * as whole words, ignoring case, makes up the text, ends it ({@code Friday only}) or starts it
   * before words that are no name ({@code remote, day 1}); {@code Remote Systems Inc.} is an
   * affiliation.
   */
  public boolean isAttendeeNote(String text) {
    requireNonNull(text, "text");
    if (!index().attendeeNotes.mayMatch(text)) {
      return false;
    }
    List<String> words = Norm.words(text);
    ProfileIndex.Words.Match<Boolean> m = index().attendeeNotes.match(words);
    if (m == null) {
      return false;
    }
    // the whole text, its end ("Friday only"), or its start before words that are no name ("remote,
    // day 1")
    if (m.to() == words.size()) {
      return true;
    }
    String rest = text.strip();
    int cut = 0;
    for (int w = 0; w < m.to() && cut < rest.length(); w++) {
      int at = rest.toLowerCase(java.util.Locale.ROOT).indexOf(words.get(w), cut);
      cut = at < 0 ? rest.length() : at + words.get(w).length();
    }
    String after = rest.substring(Math.min(cut, rest.length())).replaceFirst("^[\\s,;:()\\-]+", "");
    // a note written in lower case ("only Saturday") is one whatever follows; "Remote Systems Inc."
    // is a name
    return m.from() == 0
        && (after.isEmpty()
            || !Character.isUpperCase(after.codePointAt(0))
            || Character.isLowerCase(rest.codePointAt(0)));
  }

  /**
   * Every topic and event label, as written, without duplicates, longest first (for splitting
   * {@code A: x; B: y} lines).
   */
  public List<String> allLabels() {
    return index().allLabels;
  }

  /**
   * The labels that may start at {@code text[at]} (same first two characters, ignoring case),
   * longest first.
   */
  List<ProfileIndex.LabelEntry> labelsAt(String text, int at) {
    List<ProfileIndex.LabelEntry> found =
        index().labelsByFirst.get(ProfileIndex.firstKey(text, at));
    return found == null ? List.of() : found;
  }

  // ---------------------------------------------------------------- withers

  /** A copy with another display name. */
  public PageProfile withName(String name) {
    Draft d = draft();
    d.name = requireNonNull(name, "name");
    return d.build();
  }

  /** A copy with another topic template ({@code null}: none). */
  public PageProfile withTopicTemplate(@Nullable String topicTemplate) {
    Draft d = draft();
    d.topicTemplate = topicTemplate;
    return d.build();
  }

  /** A copy with all field specifications replaced. */
  public PageProfile withFields(Map<TopicField, FieldSpec> fields) {
    Draft d = draft();
    d.fields = new EnumMap<>(TopicField.class);
    d.fields.putAll(fields);
    return d.build();
  }

  /** A copy in which {@code field} is stated as {@code spec} ({@code null}: not placed). */
  public PageProfile withField(TopicField field, @Nullable FieldSpec spec) {
    Draft d = draft();
    if (spec == null) {
      d.fields.remove(requireNonNull(field, "field"));
    } else {
      d.fields.put(requireNonNull(field, "field"), spec);
    }
    return d.build();
  }

  /** A copy in which {@code field} is stated as {@code spec} ({@code null}: not placed). */
  public PageProfile withEventField(EventField field, @Nullable EventFieldSpec spec) {
    Draft d = draft();
    if (spec == null) {
      d.eventFields.remove(requireNonNull(field, "field"));
    } else {
      d.eventFields.put(requireNonNull(field, "field"), spec);
    }
    return d.build();
  }

  /** A copy with other vote and comment templates. */
  public PageProfile withReviewTemplates(
      @Nullable String voteTemplate, @Nullable String commentTemplate) {
    Draft d = draft();
    d.voteTemplate = voteTemplate;
    d.commentTemplate = commentTemplate;
    return d.build();
  }

  /** A copy with other vote and comment icon alt texts. */
  public PageProfile withReviewIcons(@Nullable String voteIcon, @Nullable String commentIcon) {
    Draft d = draft();
    d.voteIcon = voteIcon;
    d.commentIcon = commentIcon;
    return d.build();
  }

  /** A copy with other vote words ({@link #voteWords()}). */
  public PageProfile withVoteWords(List<String> voteWords) {
    Draft d = draft();
    d.voteWords = new ArrayList<>(voteWords);
    return d.build();
  }

  /**
   * The vote word that opens {@code entry} (a review entry's text, leading spaces ignored): one of
   * {@link #voteWords()}, compared ignoring case, followed by a space, a colon or nothing; as the
   * profile spells it, or {@code null}.
   */
  public @Nullable String voteWordAt(String entry) {
    String t = entry.stripLeading();
    for (String word : voteWords) {
      if (t.regionMatches(true, 0, word, 0, word.length())
          && (t.length() == word.length()
              || t.charAt(word.length()) == ' '
              || t.charAt(word.length()) == ':')) {
        return word;
      }
    }
    return null;
  }

  /** A copy with another "not applicable" template and its rendered text. */
  public PageProfile withNotApplicable(@Nullable String template, @Nullable String text) {
    Draft d = draft();
    d.notApplicableTemplate = template;
    d.notApplicableText = text;
    return d.build();
  }

  /** A copy with other GSoC values. */
  public PageProfile withGsocValues(Map<Gsoc, List<String>> gsocValues) {
    Draft d = draft();
    d.gsocValues = new EnumMap<>(Gsoc.class);
    d.gsocValues.putAll(gsocValues);
    return d.build();
  }

  /** A copy in which {@code section} opens with one of {@code headings} (replacing its others). */
  public PageProfile withHeadings(PageSection section, List<String> headings) {
    Draft d = draft();
    d.headings.put(requireNonNull(section, "section"), List.copyOf(headings));
    return d.build();
  }

  /** A copy with another site line prefix ({@code null}: none). */
  public PageProfile withSiteLinePrefix(@Nullable String siteLinePrefix) {
    Draft d = draft();
    d.siteLinePrefix = siteLinePrefix;
    return d.build();
  }

  /** A copy with other chrome lines. */
  public PageProfile withIgnoredLines(List<String> ignoredLines) {
    Draft d = draft();
    d.ignoredLines = new ArrayList<>(ignoredLines);
    return d.build();
  }

  Draft draft() {
    return new Draft(this);
  }

  /** A mutable copy of every component, for withers, merging and reading. */
  static final class Draft {
    int version = 2;
    String name = "";
    List<String> sites = new ArrayList<>();
    List<Locale> languages = new ArrayList<>();
    @Nullable String topicTemplate;
    EnumMap<TopicField, FieldSpec> fields = new EnumMap<>(TopicField.class);
    List<String> eventTemplates = new ArrayList<>();
    EnumMap<EventField, EventFieldSpec> eventFields = new EnumMap<>(EventField.class);
    EnumMap<PageSection, List<String>> headings = new EnumMap<>(PageSection.class);
    EnumMap<AttendeeColumn, List<String>> attendeeColumns = new EnumMap<>(AttendeeColumn.class);
    EnumMap<ScheduleColumn, List<String>> scheduleColumns = new EnumMap<>(ScheduleColumn.class);
    EnumMap<AttendeeStatus, List<String>> statusWords = new EnumMap<>(AttendeeStatus.class);
    List<String> attendeeNotes = new ArrayList<>();
    List<String> fillers = new ArrayList<>();
    @Nullable String voteTemplate;
    @Nullable String commentTemplate;
    @Nullable String voteIcon;
    @Nullable String commentIcon;
    List<String> voteWords = new ArrayList<>();
    @Nullable String notApplicableTemplate;
    @Nullable String notApplicableText;
    EnumMap<Gsoc, List<String>> gsocValues = new EnumMap<>(Gsoc.class);
    @Nullable String siteLinePrefix;
    List<String> ignoredLines = new ArrayList<>();
    List<String> ignoredLinePrefixes = new ArrayList<>();

    Draft() {}

    Draft(PageProfile p) {
      version = p.version;
      name = p.name;
      sites = new ArrayList<>(p.sites);
      languages = new ArrayList<>(p.languages);
      topicTemplate = p.topicTemplate;
      fields.putAll(p.fields);
      eventTemplates = new ArrayList<>(p.eventTemplates);
      eventFields.putAll(p.eventFields);
      headings.putAll(p.headings);
      attendeeColumns.putAll(p.attendeeColumns);
      scheduleColumns.putAll(p.scheduleColumns);
      statusWords.putAll(p.statusWords);
      attendeeNotes = new ArrayList<>(p.attendeeNotes);
      fillers = new ArrayList<>(p.fillers);
      voteTemplate = p.voteTemplate;
      commentTemplate = p.commentTemplate;
      voteIcon = p.voteIcon;
      commentIcon = p.commentIcon;
      voteWords = new ArrayList<>(p.voteWords);
      notApplicableTemplate = p.notApplicableTemplate;
      notApplicableText = p.notApplicableText;
      gsocValues.putAll(p.gsocValues);
      siteLinePrefix = p.siteLinePrefix;
      ignoredLines = new ArrayList<>(p.ignoredLines);
      ignoredLinePrefixes = new ArrayList<>(p.ignoredLinePrefixes);
    }

    PageProfile build() {
      return new PageProfile(
          version,
          name,
          sites,
          languages,
          topicTemplate,
          fields,
          eventTemplates,
          eventFields,
          headings,
          attendeeColumns,
          scheduleColumns,
          statusWords,
          attendeeNotes,
          fillers,
          voteTemplate,
          commentTemplate,
          voteIcon,
          commentIcon,
          voteWords,
          notApplicableTemplate,
          notApplicableText,
          gsocValues,
          siteLinePrefix,
          ignoredLines,
          ignoredLinePrefixes);
    }
  }
}
