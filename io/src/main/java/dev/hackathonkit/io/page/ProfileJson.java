package dev.hackathonkit.io.page;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Gsoc;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link PageProfile}s from JSON, collecting every error of a file (with its key path, line
 * and column) before failing with one {@link EventFormatException}.
 */
final class ProfileJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  static final List<String> V1_TOP =
      List.of(
          "profileVersion",
          "name",
          "topicTemplate",
          "fields",
          "voteTemplate",
          "commentTemplate",
          "voteIcon",
          "commentIcon",
          "notApplicableTemplate",
          "notApplicableText",
          "gsocValues",
          "headings",
          "siteLinePrefix",
          "ignoredLines");
  static final List<String> V2_TOP =
      List.of(
          "profileVersion",
          "name",
          "extends",
          "sites",
          "languages",
          "topicTemplate",
          "fields",
          "eventTemplates",
          "eventFields",
          "headings",
          "attendeeColumns",
          "scheduleColumns",
          "statusWords",
          "attendeeNotes",
          "fillers",
          "voteTemplate",
          "commentTemplate",
          "voteIcon",
          "commentIcon",
          "voteWords",
          "notApplicableTemplate",
          "notApplicableText",
          "gsocValues",
          "siteLinePrefix",
          "ignoredLines",
          "ignoredLinePrefixes");
  static final List<String> V1_FIELD = List.of("parameter", "label", "fillers", "default");
  static final List<String> V2_FIELD =
      List.of("parameter", "labels", "columns", "fillers", "default");
  static final List<String> EVENT_FIELD = List.of("parameters", "labels");
  static final List<String> V1_SECTIONS =
      List.of("whenAndWhere", "topics", "confirmedAttendees", "invitedAttendees");

  /** The statusWords keys: the lower-case names of the attendee statuses. */
  static final List<String> STATUS_KEYS =
      List.of("confirmed", "invited", "tentative", "waitlisted", "withdrawn");

  static final List<String> GSOC_KEYS = List.of("yes", "no", "notApplicable");

  private ProfileJson() {}

  /**
   * Every key path either version accepts ({@code fields.title.labels}), for comparing with the
   * schema.
   */
  static Set<String> keyPaths() {
    Set<String> paths = new LinkedHashSet<>();
    Stream.concat(V1_TOP.stream(), V2_TOP.stream()).forEach(paths::add);
    for (TopicField f : TopicField.values()) {
      paths.add("fields." + f.key());
      Stream.concat(V1_FIELD.stream(), V2_FIELD.stream())
          .forEach(k -> paths.add("fields." + f.key() + "." + k));
    }
    for (EventField f : EventField.values()) {
      paths.add("eventFields." + f.key());
      EVENT_FIELD.forEach(k -> paths.add("eventFields." + f.key() + "." + k));
    }
    keys(PageSection.values(), PageSection::key).forEach(k -> paths.add("headings." + k));
    keys(AttendeeColumn.values(), AttendeeColumn::key)
        .forEach(k -> paths.add("attendeeColumns." + k));
    keys(ScheduleColumn.values(), ScheduleColumn::key)
        .forEach(k -> paths.add("scheduleColumns." + k));
    STATUS_KEYS.forEach(k -> paths.add("statusWords." + k));
    GSOC_KEYS.forEach(k -> paths.add("gsocValues." + k));
    return paths;
  }

  private static <T> List<String> keys(T[] values, Function<T, String> key) {
    return Stream.of(values).map(key).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- a JSON tree with positions

  private record Pos(int line, int column) {}

  private sealed interface Node permits Obj, Arr, Scalar {
    Pos pos();
  }

  private record Member(String key, Pos pos, Node value) {}

  private record Obj(Pos pos, List<Member> members) implements Node {}

  private record Arr(Pos pos, List<Node> items) implements Node {}

  private record Scalar(Pos pos, JsonToken token, String text) implements Node {}

  private static Pos pos(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new Pos(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private static Node value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    Pos at = pos(p);
    if (t == JsonToken.START_OBJECT) {
      List<Member> members = new ArrayList<>();
      for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
        String key = p.currentName();
        Pos keyAt = pos(p);
        p.nextToken();
        members.add(new Member(key, keyAt, value(p)));
      }
      return new Obj(at, members);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(p));
      }
      return new Arr(at, items);
    }
    return new Scalar(at, t, p.getText());
  }

  // ---------------------------------------------------------------- reading

  static PageProfile read(Reader in, String source, Function<String, @Nullable PageProfile> parents)
      throws IOException, EventFormatException {
    Node root;
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw fail(
            List.of(
                new ImportProblem(
                    ProfileProblem.P201_MALFORMED_JSON,
                    new Location(source, 1, 1),
                    "expected a profile object, found no JSON")),
            null);
      }
      root = value(parser);
      if (parser.nextToken() != null) {
        Pos at = pos(parser);
        throw fail(
            List.of(
                new ImportProblem(
                    ProfileProblem.P201_MALFORMED_JSON,
                    new Location(source, at.line(), at.column()),
                    "expected the end of the file after the profile object")),
            null);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
      throw fail(
          List.of(
              new ImportProblem(
                  ProfileProblem.P201_MALFORMED_JSON,
                  new Location(source, line, column),
                  "expected a page profile in JSON: " + firstLine(e.getOriginalMessage()))),
          e);
    }
    return new Run(source, parents).profile(root);
  }

  private static EventFormatException fail(
      List<ImportProblem> problems, @Nullable Throwable cause) {
    ImportProblem first = problems.get(0);
    if (problems.size() == 1) {
      return new EventFormatException(
          first.code(), first.location(), first.message(), problems, cause);
    }
    StringBuilder b =
        new StringBuilder().append(problems.size()).append(" errors in the page profile:");
    for (ImportProblem p : problems) {
      b.append("\n  ").append(p);
    }
    return new EventFormatException(first.code(), first.location(), b.toString(), problems, cause);
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "malformed JSON";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * The name a file gives a profile: without folders and the {@code .profile.json} or {@code .json}
   * ending.
   */
  static String baseName(String source) {
    String n = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    for (String end : List.of(".profile.json", ".json")) {
      if (n.length() > end.length() && n.toLowerCase(Locale.ROOT).endsWith(end)) {
        return n.substring(0, n.length() - end.length());
      }
    }
    return n.isEmpty() ? source : n;
  }

  /** One reading: the problems found so far and the profile under construction. */
  private static final class Run {
    private final String source;
    private final Function<String, @Nullable PageProfile> parents;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final PageProfile.Draft d = new PageProfile.Draft();
    private int version = 1;

    Run(String source, Function<String, @Nullable PageProfile> parents) {
      this.source = source;
      this.parents = parents;
    }

    private void problem(ProfileProblem code, Pos at, String path, String message) {
      problems.add(
          new ImportProblem(
              code,
              new Location(source, at.line(), at.column()),
              path.isEmpty() ? message : path + ": " + message));
    }

    PageProfile profile(Node root) throws EventFormatException {
      PageProfile parent = null;
      if (!(root instanceof Obj obj)) {
        problem(
            ProfileProblem.P203_WRONG_TYPE,
            root.pos(),
            "",
            "expected a profile object, found " + kind(root));
        throw fail(problems, null);
      }
      Map<String, Member> top = members(obj, "");
      Member v = top.get("profileVersion");
      if (v != null) {
        if (v.value() instanceof Scalar s
            && s.token() == JsonToken.VALUE_NUMBER_INT
            && (s.text().equals("1") || s.text().equals("2"))) {
          version = Integer.parseInt(s.text());
        } else {
          version = 2;
          problem(
              v.value() instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT
                  ? ProfileProblem.P204_BAD_VALUE
                  : ProfileProblem.P203_WRONG_TYPE,
              v.value().pos(),
              "profileVersion",
              "expected 1 or 2, found " + shown(v.value()));
        }
      }
      d.version = version;
      d.name = baseName(source);
      List<String> allowed = version == 1 ? V1_TOP : V2_TOP;
      for (Member m : top.values()) {
        String k = m.key();
        if (!allowed.contains(k)) {
          unknown(
              m,
              "",
              allowed,
              version == 1 && V2_TOP.contains(k) ? "it needs \"profileVersion\": 2" : null);
          continue;
        }
        Node n = m.value();
        switch (k) {
          case "profileVersion" -> {}
          case "name" -> {
            String s = string(n, k, false);
            if (s != null) {
              d.name = s;
            }
          }
          case "extends" -> {
            String s = string(n, k, true);
            if (s != null) {
              parent = parents.apply(s);
              if (parent == null) {
                String hint = suggest(s, PageProfile.BUILT_IN_IDS);
                problem(
                    ProfileProblem.P205_UNKNOWN_PARENT,
                    n.pos(),
                    k,
                    "no built-in profile '"
                        + s
                        + "'"
                        + (hint == null
                            ? "; expected one of " + String.join(", ", PageProfile.BUILT_IN_IDS)
                            : "; did you mean '" + hint + "'?"));
              }
            }
          }
          case "sites" -> d.sites = values(strings(n, k));
          case "languages" -> d.languages = languages(n, k);
          case "topicTemplate" -> d.topicTemplate = string(n, k, true);
          case "fields" -> fields(n, k);
          case "eventTemplates" -> d.eventTemplates = values(strings(n, k));
          case "eventFields" -> eventFields(n, k);
          case "headings" ->
              d.headings =
                  keyed(
                      n,
                      k,
                      version == 1 ? V1_SECTIONS : keys(PageSection.values(), PageSection::key),
                      PageSection::forKey,
                      PageSection.class,
                      Norm::label);
          case "attendeeColumns" ->
              d.attendeeColumns =
                  keyed(
                      n,
                      k,
                      keys(AttendeeColumn.values(), AttendeeColumn::key),
                      AttendeeColumn::forKey,
                      AttendeeColumn.class,
                      Norm::label);
          case "scheduleColumns" ->
              d.scheduleColumns =
                  keyed(
                      n,
                      k,
                      keys(ScheduleColumn.values(), ScheduleColumn::key),
                      ScheduleColumn::forKey,
                      ScheduleColumn.class,
                      Norm::label);
          case "statusWords" ->
              d.statusWords =
                  keyed(
                      n,
                      k,
                      STATUS_KEYS,
                      PageSection::statusNamed,
                      AttendeeStatus.class,
                      Norm::label);
          case "attendeeNotes" -> d.attendeeNotes = values(strings(n, k));
          case "fillers" -> d.fillers = values(strings(n, k));
          case "voteTemplate" -> d.voteTemplate = string(n, k, true);
          case "commentTemplate" -> d.commentTemplate = string(n, k, true);
          case "voteIcon" -> d.voteIcon = string(n, k, true);
          case "commentIcon" -> d.commentIcon = string(n, k, true);
          case "voteWords" -> d.voteWords = values(strings(n, k));
          case "notApplicableTemplate" -> d.notApplicableTemplate = string(n, k, true);
          case "notApplicableText" -> d.notApplicableText = string(n, k, true);
          case "gsocValues" ->
              d.gsocValues = keyed(n, k, GSOC_KEYS, ProfileJson::gsoc, Gsoc.class, Norm::line);
          case "siteLinePrefix" -> d.siteLinePrefix = string(n, k, true);
          case "ignoredLines" -> d.ignoredLines = values(strings(n, k));
          case "ignoredLinePrefixes" -> d.ignoredLinePrefixes = values(strings(n, k));
          default -> throw new IllegalStateException("key without reader: " + k);
        }
      }
      if (!problems.isEmpty()) {
        problems.sort(
            Comparator.comparingInt((ImportProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        throw fail(problems, null);
      }
      PageProfile own = d.build();
      return parent == null ? own : own.extending(parent);
    }

    // ---- objects and keys

    /** The members of {@code obj} by key, reporting repeated keys. */
    private Map<String, Member> members(Obj obj, String path) {
      Map<String, Member> out = new java.util.LinkedHashMap<>();
      for (Member m : obj.members()) {
        if (out.putIfAbsent(m.key(), m) != null) {
          Pos first = out.get(m.key()).pos();
          problem(
              ProfileProblem.P206_DUPLICATE,
              m.pos(),
              join(path, m.key()),
              "key stated twice (first at line " + first.line() + ")");
        }
      }
      return out;
    }

    private void unknown(Member m, String path, List<String> allowed, @Nullable String why) {
      String message = "unknown key";
      if (why != null) {
        message = "key of a later format version; " + why;
      } else if ("label".equals(m.key()) && version == 2) {
        message =
            "version 1 key; in version 2 write \"labels\": [...] (the first label is the one writers print)";
      } else {
        String hint = suggest(m.key(), allowed);
        message +=
            hint != null
                ? "; did you mean '" + hint + "'?"
                : "; expected one of " + String.join(", ", allowed);
      }
      problem(ProfileProblem.P202_UNKNOWN_KEY, m.pos(), join(path, m.key()), message);
    }

    private @Nullable Obj object(Node n, String path) {
      if (n instanceof Obj o) {
        return o;
      }
      problem(
          ProfileProblem.P203_WRONG_TYPE, n.pos(), path, "expected an object, found " + kind(n));
      return null;
    }

    // ---- values

    private record Item(String value, Pos pos, String path) {}

    private @Nullable String string(Node n, String path, boolean nullable) {
      if (n instanceof Scalar s && s.token() == JsonToken.VALUE_NULL && nullable) {
        return null;
      }
      if (n instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
        if (s.text().isBlank()) {
          problem(
              ProfileProblem.P204_BAD_VALUE,
              n.pos(),
              path,
              "expected a non-blank string, found " + shown(n));
          return null;
        }
        return s.text();
      }
      problem(
          ProfileProblem.P203_WRONG_TYPE,
          n.pos(),
          path,
          "expected a string" + (nullable ? " or null" : "") + ", found " + kind(n));
      return null;
    }

    private List<Item> strings(Node n, String path) {
      List<Item> out = new ArrayList<>();
      if (!(n instanceof Arr a)) {
        problem(
            ProfileProblem.P203_WRONG_TYPE,
            n.pos(),
            path,
            "expected a list of strings, found " + kind(n));
        return out;
      }
      for (int i = 0; i < a.items().size(); i++) {
        Node item = a.items().get(i);
        String p = path + "[" + i + "]";
        String s = string(item, p, false);
        if (s != null) {
          out.add(new Item(s, item.pos(), p));
        }
      }
      return out;
    }

    private static List<String> values(List<Item> items) {
      List<String> out = new ArrayList<>();
      items.forEach(i -> out.add(i.value()));
      return out;
    }

    private List<Locale> languages(Node n, String path) {
      List<Locale> out = new ArrayList<>();
      for (Item i : strings(n, path)) {
        try {
          Locale l = new Locale.Builder().setLanguageTag(i.value().strip()).build();
          if (l.getLanguage().isEmpty()) {
            throw new IllformedLocaleException("no language");
          }
          out.add(l);
        } catch (IllformedLocaleException e) {
          problem(
              ProfileProblem.P204_BAD_VALUE,
              i.pos(),
              i.path(),
              "expected a BCP 47 language tag such as en or de-CH, found '" + i.value() + "'");
        }
      }
      return out;
    }

    /** An object of string lists keyed by {@code keys}; words must not repeat across the map. */
    private <K extends Enum<K>> EnumMap<K, List<String>> keyed(
        Node n,
        String path,
        List<String> keys,
        Function<String, @Nullable K> key,
        Class<K> type,
        Function<String, String> norm) {
      EnumMap<K, List<String>> out = new EnumMap<>(type);
      Obj obj = object(n, path);
      if (obj == null) {
        return out;
      }
      Map<String, String> seen = new HashMap<>();
      for (Member m : members(obj, path).values()) {
        if (!keys.contains(m.key())) {
          unknown(m, path, keys, null);
          continue;
        }
        String p = join(path, m.key());
        List<Item> items = strings(m.value(), p);
        unique(items, norm, seen);
        K k = key.apply(m.key());
        if (k != null) { // a status the model does not define yet is skipped
          out.put(k, values(items));
        }
      }
      return out;
    }

    /** Reports items whose normal form an earlier item of the same group had. */
    private void unique(List<Item> items, Function<String, String> norm, Map<String, String> seen) {
      for (Item i : items) {
        String n = norm.apply(i.value());
        String first = seen.putIfAbsent(n, i.path());
        if (first != null) {
          problem(
              ProfileProblem.P206_DUPLICATE,
              i.pos(),
              i.path(),
              "'" + i.value() + "' is already listed at " + first);
        }
      }
    }

    private void fields(Node n, String path) {
      Obj obj = object(n, path);
      if (obj == null) {
        return;
      }
      List<String> fieldKeys = version == 1 ? V1_FIELD : V2_FIELD;
      Map<String, String> labels = new HashMap<>();
      Map<String, String> columns = new HashMap<>();
      Map<String, String> params = new HashMap<>();
      for (Member m : members(obj, path).values()) {
        TopicField field = TopicField.forKey(m.key());
        if (field == null || !field.key().equals(m.key())) {
          unknown(m, path, keys(TopicField.values(), TopicField::key), null);
          continue;
        }
        String fp = join(path, m.key());
        Obj spec = object(m.value(), fp);
        if (spec == null) {
          continue;
        }
        String parameter = null;
        List<Item> ls = new ArrayList<>();
        List<Item> cs = new ArrayList<>();
        List<Item> fs = new ArrayList<>();
        String defaultValue = null;
        for (Member s : members(spec, fp).values()) {
          String sp = join(fp, s.key());
          if (!fieldKeys.contains(s.key())) {
            unknown(
                s,
                fp,
                fieldKeys,
                version == 1 && V2_FIELD.contains(s.key())
                    ? "it needs \"profileVersion\": 2"
                    : null);
            continue;
          }
          switch (s.key()) {
            case "parameter" -> {
              parameter = string(s.value(), sp, true);
              if (parameter != null) {
                unique(List.of(new Item(parameter, s.value().pos(), sp)), String::strip, params);
              }
            }
            case "label" -> {
              String l = string(s.value(), sp, true);
              if (l != null) {
                ls.add(new Item(l, s.value().pos(), sp));
              }
            }
            case "labels" -> ls.addAll(strings(s.value(), sp));
            case "columns" -> cs.addAll(strings(s.value(), sp));
            case "fillers" -> fs.addAll(strings(s.value(), sp));
            case "default" -> defaultValue = string(s.value(), sp, true);
            default -> throw new IllegalStateException(s.key());
          }
        }
        unique(ls, Norm::label, labels);
        unique(cs, Norm::label, columns);
        d.fields.put(
            field, new FieldSpec(parameter, values(ls), values(cs), values(fs), defaultValue));
      }
    }

    private void eventFields(Node n, String path) {
      Obj obj = object(n, path);
      if (obj == null) {
        return;
      }
      Map<String, String> labels = new HashMap<>();
      Map<String, String> params = new HashMap<>();
      for (Member m : members(obj, path).values()) {
        EventField field = EventField.forKey(m.key());
        if (field == null || !field.key().equals(m.key())) {
          unknown(m, path, keys(EventField.values(), EventField::key), null);
          continue;
        }
        String fp = join(path, m.key());
        Obj spec = object(m.value(), fp);
        if (spec == null) {
          continue;
        }
        List<Item> ps = new ArrayList<>();
        List<Item> ls = new ArrayList<>();
        for (Member s : members(spec, fp).values()) {
          String sp = join(fp, s.key());
          switch (s.key()) {
            case "parameters" -> ps.addAll(strings(s.value(), sp));
            case "labels" -> ls.addAll(strings(s.value(), sp));
            default -> unknown(s, fp, EVENT_FIELD, null);
          }
        }
        unique(ps, String::strip, params);
        unique(ls, Norm::label, labels);
        d.eventFields.put(field, new EventFieldSpec(values(ps), values(ls)));
      }
    }
  }

  private static @Nullable Gsoc gsoc(String key) {
    return switch (key) {
      case "yes" -> Gsoc.YES;
      case "no" -> Gsoc.NO;
      case "notApplicable" -> Gsoc.NOT_APPLICABLE;
      default -> null;
    };
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String kind(Node n) {
    if (n instanceof Obj) {
      return "an object";
    }
    if (n instanceof Arr) {
      return "a list";
    }
    return switch (((Scalar) n).token()) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "a " + ((Scalar) n).token();
    };
  }

  private static String shown(Node n) {
    if (n instanceof Scalar s) {
      return s.token() == JsonToken.VALUE_STRING ? "'" + s.text() + "'" : s.text();
    }
    return kind(n);
  }

  /**
   * The candidate closest to {@code key}: equal ignoring case, dashes and underscores, or at most a
   * third of its letters apart.
   */
  static @Nullable String suggest(String key, List<String> candidates) {
    String k = squash(key);
    for (String c : candidates) {
      if (squash(c).equals(k)) {
        return c;
      }
    }
    String best = null;
    int bestDistance = Math.max(1, Math.min(3, key.length() / 3)) + 1;
    for (String c : candidates) {
      int dist = distance(k, squash(c));
      if (dist < bestDistance) {
        best = c;
        bestDistance = dist;
      }
    }
    return best;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
