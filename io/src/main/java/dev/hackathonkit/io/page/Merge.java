package dev.hackathonkit.io.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** {@link PageProfile#extending(PageProfile)}: a child profile over its parent. */
final class Merge {
  private Merge() {}

  static PageProfile merge(PageProfile parent, PageProfile child) {
    PageProfile.Draft d = child.draft();
    d.sites = union(child.sites(), parent.sites());
    d.languages =
        new ArrayList<>(new LinkedHashSet<>(concat(child.languages(), parent.languages())));
    d.topicTemplate = or(child.topicTemplate(), parent.topicTemplate());
    d.fields = fields(parent, child);
    d.eventTemplates = union(child.eventTemplates(), parent.eventTemplates());
    d.eventFields = eventFields(parent, child);
    d.headings = keyed(parent.headings(), child.headings(), PageSection.class, Norm::label);
    d.attendeeColumns =
        keyed(parent.attendeeColumns(), child.attendeeColumns(), AttendeeColumn.class, Norm::label);
    d.scheduleColumns =
        keyed(parent.scheduleColumns(), child.scheduleColumns(), ScheduleColumn.class, Norm::label);
    d.statusWords =
        keyed(
            parent.statusWords(),
            child.statusWords(),
            dev.hackathonkit.model.AttendeeStatus.class,
            Norm::label);
    d.attendeeNotes = union(child.attendeeNotes(), parent.attendeeNotes());
    d.fillers = union(child.fillers(), parent.fillers());
    d.voteTemplate = or(child.voteTemplate(), parent.voteTemplate());
    d.commentTemplate = or(child.commentTemplate(), parent.commentTemplate());
    d.voteIcon = or(child.voteIcon(), parent.voteIcon());
    d.commentIcon = or(child.commentIcon(), parent.commentIcon());
    d.voteWords = union(child.voteWords(), parent.voteWords());
    d.notApplicableTemplate = or(child.notApplicableTemplate(), parent.notApplicableTemplate());
    d.notApplicableText = or(child.notApplicableText(), parent.notApplicableText());
    d.gsocValues =
        keyed(
            parent.gsocValues(), child.gsocValues(), dev.hackathonkit.model.Gsoc.class, Norm::line);
    d.siteLinePrefix = or(child.siteLinePrefix(), parent.siteLinePrefix());
    d.ignoredLines = union(child.ignoredLines(), parent.ignoredLines());
    d.ignoredLinePrefixes = union(child.ignoredLinePrefixes(), parent.ignoredLinePrefixes());
    return d.build();
  }

  private static EnumMap<TopicField, FieldSpec> fields(PageProfile parent, PageProfile child) {
    Set<String> childLabels = new HashSet<>();
    Set<String> childColumns = new HashSet<>();
    child
        .fields()
        .values()
        .forEach(
            s -> {
              s.labels().forEach(l -> childLabels.add(Norm.label(l)));
              s.columns().forEach(c -> childColumns.add(Norm.label(c)));
            });
    EnumMap<TopicField, FieldSpec> out = new EnumMap<>(TopicField.class);
    for (TopicField f : TopicField.values()) {
      FieldSpec p = parent.fields().get(f);
      FieldSpec c = child.fields().get(f);
      if (p == null && c == null) {
        continue;
      }
      if (p == null) {
        out.put(f, c);
        continue;
      }
      List<String> labels = without(p.labels(), childLabels, c == null ? List.of() : c.labels());
      List<String> columns =
          without(p.columns(), childColumns, c == null ? List.of() : c.columns());
      if (c == null) {
        out.put(f, new FieldSpec(p.parameter(), labels, columns, p.fillers(), p.defaultValue()));
      } else {
        out.put(
            f,
            new FieldSpec(
                or(c.parameter(), p.parameter()),
                union(c.labels(), labels),
                union(c.columns(), columns),
                union(c.fillers(), p.fillers()),
                or(c.defaultValue(), p.defaultValue())));
      }
    }
    return out;
  }

  private static EnumMap<EventField, EventFieldSpec> eventFields(
      PageProfile parent, PageProfile child) {
    Set<String> childLabels = new HashSet<>();
    Set<String> childParams = new HashSet<>();
    child
        .eventFields()
        .values()
        .forEach(
            s -> {
              s.labels().forEach(l -> childLabels.add(Norm.label(l)));
              s.parameters().forEach(p -> childParams.add(p.strip()));
            });
    EnumMap<EventField, EventFieldSpec> out = new EnumMap<>(EventField.class);
    for (EventField f : EventField.values()) {
      EventFieldSpec p = parent.eventFields().get(f);
      EventFieldSpec c = child.eventFields().get(f);
      if (p == null && c == null) {
        continue;
      }
      if (p == null) {
        out.put(f, c);
        continue;
      }
      List<String> own = c == null ? List.of() : c.parameters();
      List<String> params = new ArrayList<>();
      p.parameters().stream()
          .filter(x -> !childParams.contains(x.strip()) || own.contains(x))
          .forEach(params::add);
      List<String> labels = without(p.labels(), childLabels, c == null ? List.of() : c.labels());
      out.put(
          f,
          c == null
              ? new EventFieldSpec(params, labels)
              : new EventFieldSpec(union(c.parameters(), params), union(c.labels(), labels)));
    }
    return out;
  }

  /**
   * Map merge: per key the child's list, then the parent's without words the child lists under
   * other keys.
   */
  private static <K extends Enum<K>> EnumMap<K, List<String>> keyed(
      Map<K, List<String>> parent,
      Map<K, List<String>> child,
      Class<K> type,
      Function<String, String> norm) {
    Set<String> childWords = new HashSet<>();
    child.values().forEach(l -> l.forEach(w -> childWords.add(norm.apply(w))));
    EnumMap<K, List<String>> out = new EnumMap<>(type);
    for (K k : type.getEnumConstants()) {
      List<String> c = child.getOrDefault(k, List.of());
      List<String> p = parent.get(k);
      if (p == null) {
        if (child.containsKey(k)) {
          out.put(k, c);
        }
        continue;
      }
      Set<String> own = new HashSet<>();
      c.forEach(w -> own.add(norm.apply(w)));
      List<String> kept = new ArrayList<>();
      for (String w : p) {
        String n = norm.apply(w);
        if (!childWords.contains(n) || own.contains(n)) {
          kept.add(w);
        }
      }
      out.put(k, union(c, kept));
    }
    return out;
  }

  private static List<String> without(
      List<String> parent, Set<String> childWords, List<String> ownChild) {
    Set<String> own = new HashSet<>();
    ownChild.forEach(w -> own.add(Norm.label(w)));
    List<String> kept = new ArrayList<>();
    for (String w : parent) {
      String n = Norm.label(w);
      if (!childWords.contains(n) || own.contains(n)) {
        kept.add(w);
      }
    }
    return kept;
  }

  /** The child's entries, then the parent's not already there (compared exactly). */
  private static List<String> union(List<String> first, List<String> then) {
    return new ArrayList<>(new LinkedHashSet<>(concat(first, then)));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static @Nullable String or(@Nullable String child, @Nullable String parent) {
    return child != null ? child : parent;
  }
}
