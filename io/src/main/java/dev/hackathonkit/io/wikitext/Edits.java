package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.page.PageOutline.Argument;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Template;
import dev.hackathonkit.io.page.PageTrace.TopicTrace;
import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.io.wikitext.EventChange.AttendeeAdd;
import dev.hackathonkit.io.wikitext.EventChange.AttendeeEdit;
import dev.hackathonkit.io.wikitext.EventChange.AttendeeRemove;
import dev.hackathonkit.io.wikitext.EventChange.EventEdit;
import dev.hackathonkit.io.wikitext.EventChange.TopicAdd;
import dev.hackathonkit.io.wikitext.EventChange.TopicEdit;
import dev.hackathonkit.io.wikitext.EventChange.TopicRemove;
import dev.hackathonkit.io.wikitext.EventChange.TopicSlot;
import dev.hackathonkit.io.wikitext.PageEditor.Attempt;
import dev.hackathonkit.io.wikitext.PageEditor.Page;
import dev.hackathonkit.io.wikitext.PageEditor.Splice;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The splices that write one part of a change into one page, in the page's own form: template
 * arguments rewritten in place or added in the form of their neighbours, entries cloned from the
 * last one of their kind, entries removed with their own lines. What the page is then read as is
 * checked by {@link PageEditor}, not here.
 */
final class Edits {
  private final Page page;
  private final String markup;
  private final WikitextWriter writer;

  Edits(Page page, WikitextWriter writer) {
    this.page = page;
    this.markup = page.markup();
    this.writer = writer;
  }

  Attempt apply(EventChange change) {
    if (change instanceof TopicEdit e) {
      return topicEdit(e);
    } else if (change instanceof TopicAdd a) {
      return topicAdd(a.topic());
    } else if (change instanceof TopicRemove r) {
      return topicRemove(r.topic());
    } else if (change instanceof AttendeeAdd a) {
      return attendeeAdd(a.attendee());
    } else if (change instanceof AttendeeRemove r) {
      return attendeeRemove(r.attendee());
    } else if (change instanceof AttendeeEdit e) {
      return attendeeEdit(e);
    } else if (change instanceof TopicSlot) {
      return Attempt.no("a topic's slot is read from the page's schedule, which in-place editing does not write");
    } else if (change instanceof EventEdit) {
      return Attempt.no("in-place editing writes topics and attendees; the page's own lines for this stay as they are");
    }
    throw new IllegalArgumentException("unknown change " + change);
  }

  // ------------------------------------------------------------------ topics

  private Attempt topicEdit(TopicEdit e) {
    Event event = page.event();
    int i = PageEditor.topicIndex(event, e.before());
    if (i < 0) {
      return Attempt.no("the topic is no longer on the page");
    }
    TopicTrace trace = page.trace().topics().get(i);
    if (trace == null) {
      return Attempt.no("the topic was read from the page's schedule only");
    }
    Topic now = event.topics().get(i);
    Topic wanted = EventChange.with(now, e.field(), e.extraKey(), e.after());
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.set(i, wanted);
    Event expected = event.toBuilder().topics(topics).build();
    int newId = e.field() == TopicField.TITLE ? i : -1;
    // a schedule row that gave the topic its slot names it too
    List<Splice> elsewhere = new ArrayList<>();
    if (e.field() == TopicField.TITLE) {
      for (Position p : trace.also()) {
        Splice s = replaceIn(p, now.title(), Markup.line(wanted.title(), false));
        if (s == null) {
          return Attempt.no("the topic's schedule entry does not name it plainly");
        }
        elsewhere.add(s);
      }
    }
    Template t = page.template(trace);
    if (t != null) {
      Splice s = e.field() != null ? templateField(t, trace, e.field(), now, wanted) : templateExtra(t, e.extraKey(), wanted);
      return s == null ? Attempt.no("the topic's template call has no argument to hold it") : Attempt.of(with(elsewhere, s), expected, newId);
    }
    if (e.field() == null) {
      return Attempt.no("values kept in a topic's extra have no line of their own on this page");
    }
    Position at = e.field() == TopicField.TITLE ? trace.title() : trace.fields().get(e.field());
    if (at == null) {
      return Attempt.no("the topic states no " + e.field().key() + " line to change");
    }
    Object old = EventChange.value(now, e.field());
    Object value = EventChange.value(wanted, e.field());
    if (!(old instanceof String o) || !(value == null || value instanceof String)) {
      return Attempt.no("only text values are rewritten in place on this layout");
    }
    if (value == null) {
      return ownsLines(at) ? Attempt.of(List.of(removeLines(at)), expected, newId)
          : Attempt.no("the value shares its line with other text");
    }
    Splice s = replaceIn(at, o, Markup.line((String) value, false));
    return s == null ? Attempt.no("the old value is not written plainly on the page") : Attempt.of(with(elsewhere, s), expected, newId);
  }

  private static List<Splice> with(List<Splice> splices, Splice one) {
    List<Splice> all = new ArrayList<>(splices);
    all.add(one);
    return all;
  }

  /** Rewrites the argument that states {@code field}, or adds one after the last argument. */
  private @Nullable Splice templateField(Template t, TopicTrace trace, TopicField field, Topic now, Topic wanted) {
    Position at = field == TopicField.TITLE ? trace.title() : trace.fields().get(field);
    Argument arg = at != null ? argumentAt(t, at) : PageEditor.argument(t, paramName(field));
    if (arg == null) {
      String added = writer.argument(wanted, field);
      return added == null ? null : addArgument(t, paramName(field), added);
    }
    int[] r = valueRange(arg);
    List<dev.hackathonkit.model.Comment> had = now.comments();
    List<dev.hackathonkit.model.Comment> has = wanted.comments();
    if (field == TopicField.REVIEW && r[0] < r[1] && has.size() > had.size() && has.subList(0, had.size()).equals(had)) {
      // new review entries go after the last one, which stays as written
      return new Splice(r[1], r[1], "\n" + writer.comments(has.subList(had.size(), has.size())));
    }
    return new Splice(r[0], r[1], writer.presentArgument(wanted, field));
  }

  private @Nullable Splice templateExtra(Template t, @Nullable String key, Topic wanted) {
    if (key == null) {
      return null;
    }
    String v = wanted.extra().get(key);
    Argument arg = PageEditor.argument(t, key);
    if (arg != null) {
      return valueSplice(arg, v == null ? "" : Markup.value(v));
    }
    return v == null ? null : addArgument(t, key, Markup.value(v));
  }

  private String paramName(TopicField field) {
    return new Layout(writer.profile()).param(field);
  }

  private static @Nullable Argument argumentAt(Template t, Position at) {
    for (Argument a : t.args()) {
      if (a.at().start() == at.start()) {
        return a;
      }
    }
    return null;
  }

  /** Replaces an argument's value (between {@code =} and the next {@code |} or {@code }}}, edge spaces kept). */
  private Splice valueSplice(Argument arg, String value) {
    int[] v = valueRange(arg);
    return new Splice(v[0], v[1], value);
  }

  /** The value's offsets in the markup, without the spaces and line breaks around it. */
  private int[] valueRange(Argument arg) {
    int start = arg.at().start();
    int end = arg.at().end();
    int eq = arg.name() == null ? -1 : markup.indexOf('=', start);
    int from = eq >= 0 && eq < end ? eq + 1 : start;
    int to = end;
    while (to > from && Character.isWhitespace(markup.charAt(to - 1))) {
      to--;
    }
    int lead = from;
    while (lead < to && Character.isWhitespace(markup.charAt(lead))) {
      lead++;
    }
    return new int[] {lead < to ? lead : from, to};
  }

  /**
   * A new argument after the call's last one, separated from it as that one is from the one before
   * (a line break, a space or nothing).
   */
  private @Nullable Splice addArgument(Template t, String name, String value) {
    List<Argument> args = t.args();
    if (args.isEmpty()) {
      return null;
    }
    Argument last = args.get(args.size() - 1);
    int at = valueRange(last)[1];
    String gap;
    if (args.size() >= 2) {
      gap = markup.substring(valueRange(args.get(args.size() - 2))[1], args.get(args.size() - 1).at().start() - 1);
    } else {
      gap = markup.substring(at, last.at().end());
    }
    if (!gap.isBlank()) {
      gap = "";
    }
    return new Splice(at, at, gap + "|" + name + "=" + value);
  }

  private Attempt topicAdd(Topic topic) {
    Event event = page.event();
    int sibling = lastTraced(t -> true);
    if (sibling < 0) {
      return Attempt.no("the page has no topic to take the form from");
    }
    TopicTrace trace = page.trace().topics().get(sibling);
    Template t = page.template(trace);
    if (t == null) {
      return Attempt.no("new topics are added in the form of the page's topic template; this page lists topics in prose");
    }
    // the sibling's call with every value replaced, then the fields it lacks as new arguments
    List<Splice> inCall = new ArrayList<>();
    java.util.Set<TopicField> fields = java.util.EnumSet.noneOf(TopicField.class);
    java.util.Set<String> extras = new java.util.HashSet<>();
    int previousEnd = t.at().start();
    for (Argument a : t.args()) {
      int[] r = valueRange(a);
      int from = previousEnd;
      previousEnd = r[1];
      if (a.name() == null) {
        continue;
      }
      TopicField f = writer.profile().fieldForParameter(a.name());
      String value;
      boolean stated;
      if (f != null) {
        value = writer.presentArgument(topic, f);
        stated = writer.argument(topic, f) != null;
        fields.add(f);
      } else {
        String v = topic.extra().get(a.name());
        value = v == null ? "" : Markup.value(v);
        stated = v != null;
        extras.add(a.name());
      }
      if (!stated && a != t.args().get(0)) {
        // an argument the new topic has no value for is left out, with the separator before it
        inCall.add(new Splice(from - t.at().start(), r[1] - t.at().start(), ""));
      } else {
        inCall.add(new Splice(r[0] - t.at().start(), r[1] - t.at().start(), value));
      }
    }
    String call = Splice.apply(markup.substring(t.at().start(), t.at().end()), inCall);
    StringBuilder more = new StringBuilder();
    String gap = t.args().size() >= 2
        ? markup.substring(valueRange(t.args().get(t.args().size() - 2))[1], t.args().get(t.args().size() - 1).at().start() - 1)
        : "\n";
    if (!gap.isBlank()) {
      gap = "";
    }
    for (TopicField f : TopicField.values()) {
      if (fields.contains(f)) {
        continue;
      }
      String v = writer.argument(topic, f);
      if (v != null) {
        more.append(gap).append('|').append(paramName(f)).append('=').append(v);
      }
    }
    for (Map.Entry<String, String> e : topic.extra().entrySet()) {
      if (!extras.contains(e.getKey())) {
        more.append(gap).append('|').append(e.getKey()).append('=').append(Markup.value(e.getValue()));
      }
    }
    if (more.length() > 0) {
      // before the spaces and line break that close the call
      int close = call.length() - 2;
      int end = close;
      while (end > 0 && Character.isWhitespace(call.charAt(end - 1))) {
        end--;
      }
      call = call.substring(0, end) + more + call.substring(end);
    }
    int after = lastLineEnd(trace.at());
    String separator = separatorBefore(sibling);
    String text = "\n" + separator + lineHead(t.at().start()) + call;
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.add(sibling + 1, topic);
    return Attempt.of(List.of(new Splice(after, after, text)), event.toBuilder().topics(topics).build(), sibling + 1);
  }

  /** The blank lines between the topic before {@code index} and it, or nothing. */
  private String separatorBefore(int index) {
    for (int k = index - 1; k >= 0; k--) {
      TopicTrace prev = page.trace().topics().get(k);
      if (prev != null) {
        int from = lineEnd(prev.at().end());
        int to = lineStart(page.trace().topics().get(index).at().start());
        if (from < to) {
          String between = markup.substring(from + 1, to);
          if (between.isBlank()) {
            return between;
          }
        }
        return "";
      }
    }
    return "";
  }

  /** The text before {@code offset} on its line, when it is only spaces (an indented call). */
  private String lineHead(int offset) {
    String head = markup.substring(lineStart(offset), offset);
    return head.isBlank() ? head : "";
  }

  private Attempt topicRemove(Topic topic) {
    Event event = page.event();
    int i = PageEditor.topicIndex(event, topic);
    if (i < 0) {
      return Attempt.no("the topic is no longer on the page");
    }
    TopicTrace trace = page.trace().topics().get(i);
    if (trace == null) {
      return Attempt.no("the topic has no place of its own on the page");
    }
    List<Splice> splices = new ArrayList<>();
    List<Position> places = new ArrayList<>();
    places.add(trace.at());
    places.addAll(trace.also());
    for (Position p : places) {
      if (!ownsLines(p)) {
        return Attempt.no("the topic shares its lines with other text");
      }
      splices.add(removeLines(p));
    }
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.remove(i);
    return Attempt.of(splices, event.toBuilder().topics(topics).build(), -1);
  }

  private int lastTraced(java.util.function.IntPredicate which) {
    List<@Nullable TopicTrace> traces = page.trace().topics();
    for (int i = traces.size() - 1; i >= 0; i--) {
      if (traces.get(i) != null && which.test(i)) {
        return i;
      }
    }
    return -1;
  }

  // --------------------------------------------------------------- attendees

  private Attempt attendeeAdd(Attendee a) {
    Event event = page.event();
    List<Attendee> list = event.attendees();
    List<@Nullable Position> at = page.trace().attendees();
    // the last entry of the same status; one whose form holds an affiliation when the new one has one
    int sibling = -1;
    int last = -1;
    for (int i = list.size() - 1; i >= 0; i--) {
      Position p = at.get(i);
      if (p == null || list.get(i).status() != a.status() || !ownsLines(p)) {
        continue;
      }
      if (last < 0) {
        last = i;
      }
      if ((list.get(i).affiliation() != null) == (a.affiliation() != null) && clonable(list.get(i), p)) {
        sibling = i;
        break;
      }
    }
    if (last < 0) {
      return Attempt.no("the page lists no " + a.status().name().toLowerCase(java.util.Locale.ROOT)
          + " attendees on lines of their own to add one after");
    }
    // the new entry goes after the last of its status, in the form of the nearest entry like it
    String line = sibling >= 0 ? clone(list.get(sibling), at.get(sibling), a) : bullet(at.get(last)) + WikitextWriter.attendee(a);
    int end = lastLineEnd(at.get(last));
    List<Attendee> attendees = new ArrayList<>(list);
    attendees.add(last + 1, a);
    return Attempt.of(new Splice(end, end, "\n" + line), event.toBuilder().attendees(attendees).build());
  }

  /**
   * Whether an entry holds only the attendee's name and affiliation besides markup and punctuation
   * (a table row's other cells are emptied in a copy).
   */
  private boolean clonable(Attendee sibling, Position p) {
    String raw = markup.substring(lineStart(p.start()), lastLineEnd(p));
    if (isRow(raw)) {
      return raw.contains(sibling.name());
    }
    String rest = raw.replace(sibling.name(), "").replace(sibling.name().replace(' ', '_'), "");
    if (sibling.affiliation() != null) {
      rest = rest.replace(sibling.affiliation(), "");
    }
    rest = rest.replaceAll("(?i)\\[\\[(?:user|benutzer|utilisateur|usuario)\\s*:", "");
    for (int i = 0; i < rest.length(); i++) {
      if (Character.isLetterOrDigit(rest.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sibling's lines with its name and affiliation replaced by the new attendee's; a link to the
   * sibling's user page becomes the plain name. In a table row, cells holding neither are emptied.
   */
  private String clone(Attendee sibling, Position p, Attendee a) {
    String raw = markup.substring(lineStart(p.start()), lastLineEnd(p));
    if (!isRow(raw)) {
      return person(raw, sibling, a);
    }
    StringBuilder out = new StringBuilder();
    for (String line : raw.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (!line.startsWith("|") || line.startsWith("|-") || line.startsWith("|}") || line.startsWith("|+")) {
        out.append(line);
        continue;
      }
      String[] cells = line.substring(1).split("\\|\\|", -1);
      out.append('|');
      for (int k = 0; k < cells.length; k++) {
        String cell = cells[k];
        boolean holds = cell.contains(sibling.name()) || sibling.affiliation() != null && cell.contains(sibling.affiliation());
        out.append(k == 0 ? "" : "||").append(holds ? person(cell, sibling, a) : cell.isBlank() ? cell : " ");
      }
    }
    return out.toString();
  }

  /** {@code text} with the sibling's name and affiliation replaced by the new attendee's. */
  private static String person(String text, Attendee sibling, Attendee a) {
    String name = Markup.line(a.name(), false);
    String old = java.util.regex.Pattern.quote(sibling.name());
    String oldUnderscored = java.util.regex.Pattern.quote(sibling.name().replace(' ', '_'));
    String quoted = java.util.regex.Matcher.quoteReplacement(name);
    String out = text.replaceAll("\\[\\[[^\\[\\]|]*\\|\\s*" + old + "\\s*\\]\\]", quoted)
        .replaceAll("\\[\\[(?:[^\\[\\]|:]*:)?(?:" + old + "|" + oldUnderscored + ")\\]\\]", quoted)
        .replace(sibling.name(), name);
    if (sibling.affiliation() != null) {
      out = out.replace(sibling.affiliation(), a.affiliation() == null ? "" : Markup.line(a.affiliation(), false));
    }
    return out;
  }

  private static boolean isRow(String raw) {
    for (String line : raw.split("\n")) {
      String l = line.strip();
      if (l.startsWith("|") && !l.startsWith("|-") && !l.startsWith("|}") || l.startsWith("!")) {
        return true;
      }
    }
    return false;
  }

  /** The list marks or table-cell mark the entry at {@code p} starts with. */
  private String bullet(Position p) {
    String raw = markup.substring(lineStart(p.start()), lastLineEnd(p));
    int i = 0;
    while (i < raw.length() && "*#:;| \t".indexOf(raw.charAt(i)) >= 0) {
      i++;
    }
    return raw.substring(0, i);
  }

  private Attempt attendeeRemove(Attendee a) {
    Event event = page.event();
    int i = PageEditor.attendeeIndex(event, a);
    if (i < 0) {
      return Attempt.no("the attendee is no longer on the page");
    }
    Position p = page.trace().attendees().get(i);
    if (p == null || !ownsLines(p)) {
      return Attempt.no("the attendee's entry shares its line with other text");
    }
    List<Attendee> attendees = new ArrayList<>(event.attendees());
    attendees.remove(i);
    // the entry's other columns go with it
    return Attempt.of(removeLines(p), event.toBuilder().attendees(attendees).extra(EventChange.withoutPerson(event.extra(), a.name())).build());
  }

  private Attempt attendeeEdit(AttendeeEdit e) {
    Event event = page.event();
    int i = PageEditor.attendeeIndex(event, e.before());
    if (i < 0) {
      return Attempt.no("the attendee is no longer on the page");
    }
    Position p = page.trace().attendees().get(i);
    Attendee now = event.attendees().get(i);
    if (p == null) {
      return Attempt.no("the attendee has no entry of its own on the page");
    }
    List<Attendee> attendees = new ArrayList<>(event.attendees());
    Attendee wanted = new Attendee(now.name(), e.after().affiliation(), now.status());
    attendees.set(i, wanted);
    Event expected = event.toBuilder().attendees(attendees).build();
    if (now.affiliation() != null && wanted.affiliation() != null) {
      Splice s = replaceIn(p, now.affiliation(), Markup.line(wanted.affiliation(), false));
      return s == null ? Attempt.no("the affiliation is not written plainly on the page") : Attempt.of(s, expected);
    }
    if (!ownsLines(p)) {
      return Attempt.no("the attendee's entry shares its line with other text");
    }
    // the entry rewritten in the form of an entry that has (or lacks) an affiliation, as the change needs
    for (int k = event.attendees().size() - 1; k >= 0; k--) {
      Attendee s = event.attendees().get(k);
      Position q = page.trace().attendees().get(k);
      if (q != null && k != i && (s.affiliation() != null) == (wanted.affiliation() != null) && ownsLines(q) && clonable(s, q)) {
        int from = lineStart(p.start());
        return Attempt.of(new Splice(from, lastLineEnd(p), clone(s, q, wanted)), expected);
      }
    }
    return Attempt.no("no entry on the page shows an attendee " + (wanted.affiliation() == null ? "without" : "with")
        + " an affiliation to take the form from");
  }

  // ------------------------------------------------------------------- lines

  /** Replaces the first plain occurrence of {@code old} inside {@code at}. */
  private @Nullable Splice replaceIn(Position at, String old, String value) {
    int i = markup.indexOf(old, at.start());
    if (i < 0 || i + old.length() > at.end()) {
      return null;
    }
    return new Splice(i, i + old.length(), value);
  }

  /** Whether {@code at} has its lines to itself: only spaces before it and after it on them. */
  private boolean ownsLines(Position at) {
    return markup.substring(lineStart(at.start()), at.start()).isBlank() && markup.substring(at.end(), lastLineEnd(at)).isBlank();
  }

  /** The end of the last line {@code at} stands on (a position may end after its line break). */
  private int lastLineEnd(Position at) {
    return Math.max(at.end(), lineEnd(Math.max(at.start(), at.end() - 1)));
  }

  /**
   * Removes the lines {@code at} stands on with their line break; when blank lines stand both
   * before and after them, the blank line before goes too, so that no double gap is left.
   */
  private Splice removeLines(Position at) {
    int from = lineStart(at.start());
    int last = lastLineEnd(at);
    int to = last < markup.length() ? last + 1 : last;
    if (last == markup.length() && from > 0) {
      from--; // the page's last line, without a line break of its own: the one before it goes
    } else if (from > 0) {
      int prev = lineStart(from - 1);
      boolean blankBefore = markup.substring(prev, from - 1).isBlank();
      boolean blankAfter = to >= markup.length() || markup.substring(to, lineEnd(to)).isBlank();
      if (blankBefore && blankAfter) {
        from = prev;
      }
    }
    return new Splice(from, to, "");
  }

  private int lineStart(int offset) {
    int i = markup.lastIndexOf('\n', Math.max(0, offset - 1));
    return offset == 0 ? 0 : i + 1;
  }

  private int lineEnd(int offset) {
    int i = markup.indexOf('\n', offset);
    return i < 0 ? markup.length() : i;
  }
}
