package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.page.PageCore;
import dev.hackathonkit.io.page.PageOutline;
import dev.hackathonkit.io.page.PageOutline.Argument;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Template;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageTrace;
import dev.hackathonkit.io.page.PageTrace.TopicTrace;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Carries a change of an event into the page it was read from, by editing the page's markup where
 * the change lies and nowhere else: what MediaWiki's Parsoid calls selective serialisation, at the
 * level of the event. Given the page's markup, the event as it was ({@code before}) and as it
 * should be ({@code after}):
 *
 * <ul>
 *   <li>a changed topic field is rewritten where it stands: a template argument keeps its name, its
 *       place and the spacing around its value; a labelled line keeps its label and form; a value
 *       the topic did not state gets a labelled line in the form of the page's labelled lines;
 *   <li>an added topic, attendee, day or link goes after the last one of its kind (for an attendee,
 *       of its status) in the same form: the same template with its arguments in the same order and
 *       spacing, the same bullet or table row, a day's date words redone in the profile's
 *       languages;
 *   <li>a removed topic, attendee, review entry, day or link is removed with its own lines (a topic
 *       with its schedule rows);
 *   <li>the event's title, venue parts, time zone and extra values are rewritten where the page
 *       states them (its infobox, a labelled line, the sentence with its dates and place); a day's
 *       hours in its line's own time form; a date range's end moves with an added or removed last
 *       day;
 *   <li>every other byte stays as it was: an unchanged event gives the markup back byte for byte.
 * </ul>
 *
 * <p>The page is read with the same outline and profile as {@link WikitextReader}, and {@link
 * PageCore#readTraced} says where each part of the event stands ({@link
 * dev.hackathonkit.io.page.PageTrace}). Each part of the change is written, then the page is read
 * again: a part is kept only if the page then reads as the event with exactly that part changed (a
 * topic id the page derives from a new title is named in {@link PageEdit#written()}). At the end,
 * every line of the page that no written part stands on must still be there, in order, or nothing
 * is written. A part the layout has no place for (a skills value on a page that writes none, an
 * affiliation on a page whose entries state none, a day inside a date range written in words) is
 * not guessed: it is listed in {@link PageEdit#unplaced()} and the caller decides. A part the page
 * holds already is not written again.
 *
 * <p>{@code before} need not be the page's reading: when the page changed since {@code before} was
 * read (another editor saved a revision), the change from {@code before} to {@code after} is
 * applied to the page as it is now, topics matched by id and attendees by name.
 *
 * <pre>{@code
 * PageProfile profile = PageProfile.named(profileName);      // the layout the page is written in
 * Event before = WikitextReader.standard().withProfile(profile).read(markup).event();
 * Event after = before.toBuilder().attendees(more).build();
 * PageEdit edit = PageEditor.standard().withProfile(profile).edit(markup, before, after);
 * System.out.print(edit.diff(pageTitle));   // the new attendees' lines, nothing else
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class PageEditor {
  private static final PageEditor STANDARD = new PageEditor(null, ReadLimits.DEFAULT, null);

  private final @Nullable PageProfile profile;
  private final ReadLimits limits;
  private final @Nullable Source source;

  private PageEditor(@Nullable PageProfile profile, ReadLimits limits, @Nullable Source source) {
    this.profile = profile;
    this.limits = limits;
    this.source = source;
  }

  /**
   * An editor that reads each page with the profile {@link PageCore} chooses for it, with default
   * limits.
   */
  public static PageEditor standard() {
    return STANDARD;
  }

  /**
   * A copy that reads pages with {@code profile}; {@code null} to choose among the built-in ones.
   */
  public PageEditor withProfile(@Nullable PageProfile profile) {
    return new PageEditor(profile, limits, source);
  }

  /** A copy with other size, depth and problem limits. */
  public PageEditor withLimits(ReadLimits limits) {
    return new PageEditor(profile, requireNonNull(limits, "limits"), source);
  }

  /**
   * A copy that reads pages as coming from {@code source}, as {@link WikitextReader#withSource}
   * does.
   */
  public PageEditor withSource(@Nullable Source source) {
    return new PageEditor(profile, limits, source);
  }

  /**
   * Carries the change from {@code before} to {@code after} into {@code markup}.
   *
   * @param markup the page's current markup
   * @param before the event as the change started from (usually read from this page)
   * @param after the event as it should be
   * @return the edited markup, what was written and what was not
   * @throws EventFormatException when the page is larger or nested deeper than the limits allow
   */
  public PageEdit edit(String markup, Event before, Event after) throws EventFormatException {
    requireNonNull(markup, "markup");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    PageProfile used = profile != null ? profile : chosen(markup);
    Page page = read(markup, used);
    Page original = page;
    List<String> written = new ArrayList<>();
    List<Unplaced> unplaced = new ArrayList<>();
    List<EventChange> made = new ArrayList<>();
    List<EventChange> changes = EventChange.between(before, after);
    for (EventChange change : changes) {
      Attempt attempt = new Edits(page, WikitextWriter.standard().withProfile(used)).apply(change);
      if (attempt.unplaced() != null) {
        unplaced.add(
            new Unplaced(
                UnplacedReason.L103_EDIT_NOT_PLACED,
                change.path(),
                change.value(),
                EventChange.current(change, page.event()),
                attempt.unplaced()));
        continue;
      }
      Page edited = read(Splice.apply(page.markup(), attempt.splices()), used);
      // only a refused attempt (Attempt.no, handled above) has no expected event
      Event expected =
          java.util.Objects.requireNonNull(
              attempt.expected(), "a placed change without its expected event");
      String difference = EventChange.difference(edited.event(), expected, attempt.newTopic());
      List<String> quoting = List.of();
      if (difference != null
          && change instanceof EventChange.EventEdit e
          && e.was() instanceof String was
          && e.now() instanceof String now) {
        quoting = quoting(edited.event(), expected, was, now);
        if (!quoting.isEmpty()) {
          expected = withExtra(expected, edited.event(), quoting);
          difference = EventChange.difference(edited.event(), expected, attempt.newTopic());
        }
      }
      if (difference != null) {
        unplaced.add(
            new Unplaced(
                UnplacedReason.L104_EDIT_READS_DIFFERENTLY,
                change.path(),
                change.value(),
                EventChange.current(change, page.event()),
                "the page would read differently: " + difference));
        continue;
      }
      if (attempt.splices().isEmpty()) {
        continue; // the page holds this part already
      }
      written.add(
          change.part()
              + " "
              + change.verb()
              + newIds(edited.event(), expected)
              + (quoting.isEmpty()
                  ? ""
                  : "; "
                      + String.join(", ", quoting.stream().map(k -> "extra[" + k + "]").toList())
                      + " quotes it and follows"));
      made.add(change);
      page = edited;
    }
    Integer lost = lineLost(original, page.markup(), made);
    if (lost != null) {
      // never hand out a page that lost a line no part of the change stands on
      List<Unplaced> none = new ArrayList<>();
      for (EventChange change : changes) {
        none.add(
            new Unplaced(
                UnplacedReason.L105_EDIT_WOULD_LOSE_LINE,
                change.path(),
                change.value(),
                EventChange.current(change, original.event()),
                "nothing written: the edit would change line "
                    + lost
                    + ", which is no part of the change"));
      }
      return new PageEdit(markup, markup, used.name(), List.of(), none);
    }
    return new PageEdit(markup, page.markup(), used.name(), written, unplaced);
  }

  /**
   * The keys of the event's extra fields that quote an event value the edit replaced: where the
   * page keeps the text that states the value as an extra field (a lead sentence "This page is for
   * planning the <b>Krita Sprint 2019</b>." kept as the event's description, which also gives its
   * title), that text changes with the value. A key qualifies when its value read back differs from
   * the expected one exactly where {@code was} became {@code now}; empty when another key differs
   * in another way.
   */
  static List<String> quoting(Event read, Event expected, String was, String now) {
    List<String> keys = new ArrayList<>();
    for (java.util.Map.Entry<String, String> x : expected.extra().entrySet()) {
      String back = read.extra().get(x.getKey());
      if (back == null || back.equals(x.getValue())) {
        continue;
      }
      if (!x.getValue().contains(was)
          || !back.contains(now)
          || !back.replace(now, was).equals(x.getValue())) {
        return List.of();
      }
      keys.add(x.getKey());
    }
    return keys;
  }

  /** {@code expected} with the extra fields {@code keys} as {@code read} has them. */
  private static Event withExtra(Event expected, Event read, List<String> keys) {
    java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(expected.extra());
    keys.forEach(k -> extra.put(k, read.extra().get(k)));
    return expected.toBuilder().extra(extra).build();
  }

  /**
   * Carries the change from the event {@code base} holds to {@code after} into {@code markup}:
   * {@code base} is the page as the event was read from it (an earlier revision, or {@code markup}
   * itself), read with the profile used for {@code markup}.
   *
   * @param markup the page's current markup
   * @param base the markup the change started from
   * @param after the event as it should be
   * @return the edited markup, what was written and what was not
   * @throws EventFormatException when either page is larger or nested deeper than the limits allow
   */
  public PageEdit edit(String markup, String base, Event after) throws EventFormatException {
    requireNonNull(markup, "markup");
    requireNonNull(base, "base");
    requireNonNull(after, "after");
    PageProfile used = profile != null ? profile : chosen(markup);
    Event before = read(base, used).event();
    return withProfile(used).edit(markup, before, after);
  }

  /**
   * The first line of the original page that the edited markup lost although no part of {@code
   * made} stands on it (the lines of a changed or removed topic or attendee, the event's facts for
   * a changed event field, with the line next to them; blank lines); {@code null} when there is
   * none. Added lines are always allowed.
   */
  static @Nullable Integer lineLost(Page original, String edited, List<EventChange> made) {
    if (edited.equals(original.markup())) {
      return null;
    }
    List<int[]> allowed = new ArrayList<>();
    Event event = original.event();
    for (EventChange c : made) {
      List<Position> places = new ArrayList<>();
      Topic topic =
          c instanceof EventChange.TopicEdit e
              ? e.before()
              : c instanceof EventChange.TopicRemove r ? r.topic() : null;
      if (topic != null) {
        int i = topicIndex(event, topic);
        TopicTrace t = i < 0 ? null : original.trace().topics().get(i);
        if (t != null) {
          places.add(t.at());
          places.addAll(t.also());
        }
      }
      Attendee attendee =
          c instanceof EventChange.AttendeeEdit e
              ? e.before()
              : c instanceof EventChange.AttendeeRemove r ? r.attendee() : null;
      if (attendee != null) {
        int i = attendeeIndex(event, attendee);
        Position p = i < 0 ? null : original.trace().attendees().get(i);
        if (p != null) {
          places.add(p);
        }
      }
      if (c instanceof EventChange.EventEdit e) {
        places.addAll(original.trace().facts());
        if (e.field().startsWith("days[")) {
          for (int i = 0; i < event.days().size(); i++) {
            Position p = original.trace().days().get(i);
            if (p != null && e.field().equals("days[" + event.days().get(i).date() + "]")) {
              places.add(p);
            }
          }
        }
      }
      if (c instanceof EventChange.LinkRemove r) {
        int i = event.links().indexOf(r.link());
        if (i >= 0 && i < original.trace().links().size()) {
          places.add(original.trace().links().get(i));
        }
      }
      if ((c instanceof EventChange.DayAdd || c instanceof EventChange.DayRemove)
          && original.trace().range() != null) {
        places.add(original.trace().range()); // the date range moves its end with the last day
      }
      if (c instanceof EventChange.DayRemove r) {
        for (int i = 0; i < event.days().size(); i++) {
          Position p = original.trace().days().get(i);
          if (p != null && event.days().get(i).date().equals(r.day().date())) {
            places.add(p);
          }
        }
      }
      for (Position p : places) {
        int last =
            p.line()
                + (int)
                    original
                        .markup()
                        .substring(p.start(), Math.max(p.start(), p.end() - 1))
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
        allowed.add(new int[] {p.line() - 1, last + 1});
      }
    }
    // every other line, in order, must still be there (a subsequence: no diff alignment to
    // second-guess)
    String[] was = original.markup().split("\n", -1);
    String[] now = edited.split("\n", -1);
    int k = 0;
    for (int line = 1; line <= was.length; line++) {
      boolean free = was[line - 1].isBlank();
      for (int[] a : allowed) {
        free |= line >= a[0] && line <= a[1];
      }
      if (free) {
        continue;
      }
      while (k < now.length && !now[k].equals(was[line - 1])) {
        k++;
      }
      if (k == now.length) {
        return line;
      }
      k++;
    }
    return null;
  }

  /** Says which topics the page now gives another id (derived from a new title), or nothing. */
  private static String newIds(Event read, @Nullable Event expected) {
    StringBuilder out = new StringBuilder();
    if (expected != null && read.topics().size() == expected.topics().size()) {
      for (int i = 0; i < read.topics().size(); i++) {
        String was = expected.topics().get(i).id();
        String now = read.topics().get(i).id();
        if (!was.equals(now)) {
          out.append(out.length() == 0 ? " (" : ", ")
              .append("topic id '")
              .append(was)
              .append("' is now '")
              .append(now)
              .append('\'');
        }
      }
    }
    return out.length() == 0 ? "" : out.append(')').toString();
  }

  /** The profile the page core chooses for the page. */
  private PageProfile chosen(String markup) throws EventFormatException {
    ImportResult r = WikitextReader.standard().withLimits(limits).withSource(source).read(markup);
    String name = r.report().profile() == null ? null : r.report().profile().profile();
    PageProfile p = name == null ? null : PageProfile.named(name);
    return p != null ? p : PageProfile.generic();
  }

  private Page read(String markup, PageProfile with) throws EventFormatException {
    String name = source != null && source.page() != null ? source.page() : "<page>";
    ParsedPage parsed = WikitextParser.parse(markup, name, limits);
    PageOutline outline =
        OutlineBuilder.build(
            parsed,
            markup,
            source == null ? null : source.page(),
            source == null ? null : source.site());
    PageCore.Traced t = PageCore.readTraced(outline, with, source, limits.maxProblems());
    return new Page(markup, outline, t.result().event(), t.trace(), with);
  }

  /** A page as read: its markup, outline, event and where the event's parts stand. */
  record Page(
      String markup, PageOutline outline, Event event, PageTrace trace, PageProfile profile) {
    /** The topic template call that {@code trace} was read from, or {@code null}. */
    @Nullable Template template(TopicTrace trace) {
      if (!trace.template()) {
        return null;
      }
      for (Block b : outline.blocks()) {
        if (b instanceof Template t && t.at().start() == trace.at().start()) {
          return t;
        }
      }
      return null;
    }
  }

  /**
   * What one part of a change comes to: the splices that write it and the event the page must then
   * read as (with the index of a topic whose id the page derives anew, or -1); or why it cannot be
   * written.
   */
  record Attempt(
      List<Splice> splices, @Nullable Event expected, int newTopic, @Nullable String unplaced) {
    static Attempt of(List<Splice> splices, Event expected, int newTopic) {
      return new Attempt(splices, expected, newTopic, null);
    }

    static Attempt of(Splice splice, Event expected) {
      return new Attempt(List.of(splice), expected, -1, null);
    }

    static Attempt no(String reason) {
      return new Attempt(List.of(), null, -1, reason);
    }
  }

  /** Replaces {@code [start, end)} of the markup with {@code text}. */
  record Splice(int start, int end, String text) {
    /** Applies non-overlapping splices. */
    static String apply(String markup, List<Splice> splices) {
      List<Splice> sorted = new ArrayList<>(splices);
      sorted.sort((a, b) -> Integer.compare(b.start(), a.start()));
      StringBuilder out = new StringBuilder(markup);
      for (Splice s : sorted) {
        out.replace(s.start(), s.end(), s.text());
      }
      return out.toString();
    }
  }

  /**
   * The topic of {@code page} that {@code t} (from the caller's event) is, by id and else by title;
   * or -1.
   */
  static int topicIndex(Event page, Topic t) {
    List<Topic> topics = page.topics();
    for (int i = 0; i < topics.size(); i++) {
      if (topics.get(i).id().equals(t.id())) {
        return i;
      }
    }
    for (int i = 0; i < topics.size(); i++) {
      if (topics.get(i).title().equals(t.title())) {
        return i;
      }
    }
    return -1;
  }

  /** The attendee of {@code page} with {@code a}'s name and status, or -1. */
  static int attendeeIndex(Event page, Attendee a) {
    List<Attendee> list = page.attendees();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(a.name()) && list.get(i).status() == a.status()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The argument of {@code t} named {@code name} (ignoring case and edge spaces), or {@code null}.
   */
  static @Nullable Argument argument(Template t, String name) {
    for (Argument a : t.args()) {
      if (a.name() != null && a.name().strip().equalsIgnoreCase(name.strip())) {
        return a;
      }
    }
    return null;
  }
}
