package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.internal.PlainText;
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
    if (alreadyMade(change)) {
      // the page holds this part already (a publish repeated, or someone made the same change)
      return Attempt.of(List.of(), page.event(), -1);
    }
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
      return Attempt.no(
          "a topic's slot is read from the page's schedule, which in-place editing does not write");
    } else if (change instanceof EventEdit e) {
      return eventEdit(e);
    } else if (change instanceof EventChange.LinkAdd a) {
      return linkAdd(a.link());
    } else if (change instanceof EventChange.LinkRemove r) {
      return linkRemove(r.link());
    } else if (change instanceof EventChange.DayAdd a) {
      return dayAdd(a.day());
    } else if (change instanceof EventChange.DayRemove r) {
      return dayRemove(r.day());
    }
    throw new IllegalArgumentException("unknown change " + change);
  }

  /** Whether the page as it is now already reads as this part of the change made. */
  private boolean alreadyMade(EventChange change) {
    Event event = page.event();
    if (change instanceof TopicEdit e) {
      int i = PageEditor.topicIndex(event, e.before());
      if (i < 0 && e.field() == TopicField.TITLE) {
        i = PageEditor.topicIndex(event, e.after());
      }
      return i >= 0
          && event
              .topics()
              .get(i)
              .equals(EventChange.with(event.topics().get(i), e.field(), e.extraKey(), e.after()));
    } else if (change instanceof TopicAdd a) {
      return event.topics().stream()
          .anyMatch(
              t ->
                  t.title().equals(a.topic().title())
                      && t.equals(a.topic().toBuilder().id(t.id()).build()));
    } else if (change instanceof TopicRemove r) {
      return PageEditor.topicIndex(event, r.topic()) < 0;
    } else if (change instanceof AttendeeAdd a) {
      return event.attendees().contains(a.attendee());
    } else if (change instanceof AttendeeRemove r) {
      return PageEditor.attendeeIndex(event, r.attendee()) < 0;
    } else if (change instanceof AttendeeEdit e) {
      return event.attendees().contains(e.after());
    } else if (change instanceof EventEdit e) {
      return java.util.Objects.equals(EventChange.eventValue(event, e.field()), e.now());
    } else if (change instanceof EventChange.LinkAdd a) {
      return event.links().contains(a.link());
    } else if (change instanceof EventChange.LinkRemove r) {
      return !event.links().contains(r.link());
    } else if (change instanceof EventChange.DayAdd a) {
      return event.days().contains(a.day());
    } else if (change instanceof EventChange.DayRemove r) {
      return event.days().stream().noneMatch(d -> d.date().equals(r.day().date()));
    }
    return false;
  }

  // ------------------------------------------------------------------- event

  /**
   * A field of the event rewritten where the page states it: the old value's text replaced by the
   * new value's in the page's event facts (its template or infobox, labelled lines, the sentence
   * with its dates and place, its address lines), the first place that states it plainly. Days and
   * links are not rewritten: their text on a page (a date range in words, a list of links) has no
   * one value to replace.
   */
  private Attempt eventEdit(EventEdit e) {
    Event event = page.event();
    Object current = EventChange.eventValue(event, e.field());
    if (!java.util.Objects.equals(current, e.was())) {
      return Attempt.no("the page's value changed since the event was read");
    }
    List<String[]> pairs = new ArrayList<>();
    Event.Builder expected = event.toBuilder();
    if (e.was() instanceof String was && e.now() instanceof String now) {
      pairs.add(new String[] {was, now});
      if (e.field().equals("title")) {
        expected.title(now);
      } else {
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(event.extra());
        extra.put(e.field().substring(6, e.field().length() - 1), now);
        expected.extra(extra);
      }
    } else if (e.was() instanceof java.time.ZoneId was && e.now() instanceof java.time.ZoneId now) {
      pairs.add(new String[] {was.getId(), now.getId()});
      expected.timeZone(now);
    } else if (e.was() instanceof dev.hackathonkit.model.EventDay was
        && e.now() instanceof dev.hackathonkit.model.EventDay now) {
      return dayHours(was, now);
    } else if (e.was() instanceof dev.hackathonkit.model.Venue was
        && e.now() instanceof dev.hackathonkit.model.Venue now) {
      String[][] parts = {
        {was.name(), now.name()},
        {was.street(), now.street()},
        {was.postcode(), now.postcode()},
        {was.city(), now.city()},
        {was.country(), now.country()}
      };
      for (String[] p : parts) {
        if (java.util.Objects.equals(p[0], p[1])) {
          continue;
        }
        if (p[0] == null || p[1] == null) {
          return Attempt.no(
              "a venue part the page does not state, or states without a replacement, has no place to change");
        }
        pairs.add(p);
      }
      expected.venue(now);
    } else {
      return Attempt.no("a value added or removed has no place on the page");
    }
    // the place that states the most of the event's venue (and for other fields, the first) holds
    // the value
    List<Position> places = new ArrayList<>(page.trace().facts());
    dev.hackathonkit.model.Venue venue = event.venue();
    if (venue != null && e.was() instanceof dev.hackathonkit.model.Venue) {
      places.sort(java.util.Comparator.comparingInt((Position at) -> -venueParts(at, venue)));
    }
    List<Splice> splices = new ArrayList<>();
    for (String[] p : pairs) {
      Splice found = null;
      for (Position at : places) {
        found = replaceIn(at, p[0], Markup.line(p[1], false));
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        return Attempt.no(
            "the page does not state '" + p[0] + "' plainly where it states the event's facts");
      }
      splices.add(found);
    }
    if (overlap(splices)) {
      return Attempt.no("the changed parts share their text on the page");
    }
    return Attempt.of(splices, expected.build(), -1);
  }

  // ------------------------------------------------------------------- links

  /**
   * A link added after the last one in the form of its item: the neighbour's target and label
   * replaced by the new link's (an external link without a label gets the target alone).
   */
  private Attempt linkAdd(dev.hackathonkit.model.Link link) {
    Event event = page.event();
    List<Position> at = page.trace().links();
    if (at.isEmpty() || at.size() != event.links().size()) {
      return Attempt.no("the page lists no link to take the form from");
    }
    int last = at.size() - 1;
    Position p = at.get(last);
    dev.hackathonkit.model.Link like = event.links().get(last);
    if (!ownsLines(p)) {
      return Attempt.no("the last link shares its line with other text");
    }
    String raw = markup.substring(lineStart(p.start()), lastLineEnd(p));
    int t = raw.indexOf(like.target());
    if (t < 0 || link.target().contains(" ") || link.target().contains("]")) {
      return Attempt.no(
          "the last link's target is not written plainly, or the new one has spaces or brackets");
    }
    String copy = raw.substring(0, t) + link.target() + raw.substring(t + like.target().length());
    if (like.label() != null) {
      int l = copy.indexOf(like.label(), t + link.target().length());
      if (l < 0) {
        return Attempt.no("the last link's label is not written plainly");
      }
      copy =
          copy.substring(0, l)
              + (link.label() == null ? "" : Markup.line(link.label(), false))
              + copy.substring(l + like.label().length());
    } else if (link.label() != null) {
      return Attempt.no("the page's last link has no label to take the form of one from");
    }
    int end = lastLineEnd(p);
    List<dev.hackathonkit.model.Link> links = new ArrayList<>(event.links());
    links.add(link);
    return Attempt.of(new Splice(end, end, "\n" + copy), event.toBuilder().links(links).build());
  }

  private Attempt linkRemove(dev.hackathonkit.model.Link link) {
    Event event = page.event();
    int i = event.links().indexOf(link);
    if (i < 0 || page.trace().links().size() != event.links().size()) {
      return Attempt.no("the link is not listed on a line of its own");
    }
    Position p = page.trace().links().get(i);
    if (!ownsLines(p)) {
      return Attempt.no("the link shares its line with other text");
    }
    List<dev.hackathonkit.model.Link> links = new ArrayList<>(event.links());
    links.remove(i);
    return Attempt.of(removeLines(p), event.toBuilder().links(links).build());
  }

  /** How many of the venue's parts the text at {@code at} names. */
  private int venueParts(Position at, dev.hackathonkit.model.Venue v) {
    String text = markup.substring(at.start(), at.end());
    int n = 0;
    for (String part : new String[] {v.name(), v.street(), v.postcode(), v.city(), v.country()}) {
      if (part != null && text.contains(part)) {
        n++;
      }
    }
    return n;
  }

  // -------------------------------------------------------------------- days

  /**
   * A day added after the last listed day before it (or before the first), in the form of that
   * day's line or row: its date words (weekday and month names in the profile's languages, day
   * number with its English ordinal, year, ISO date) replaced by the new day's. The new day must
   * keep the neighbour's hours: a line's times are written in too many ways to rewrite.
   */
  private Attempt dayAdd(dev.hackathonkit.model.EventDay day) {
    Event event = page.event();
    List<dev.hackathonkit.model.EventDay> days = event.days();
    int like = -1;
    for (int i = 0; i < days.size(); i++) {
      if (page.trace().days().get(i) != null
          && (like < 0 || days.get(i).date().isBefore(day.date()))) {
        like = i;
      }
    }
    if (like < 0) {
      // days stated only by a date range ("14 to 16 June"): a day after the last moves its end
      Splice range =
          days.isEmpty() || !day.date().equals(days.get(days.size() - 1).date().plusDays(1))
              ? null
              : rangeEnd(days.get(days.size() - 1).date(), day.date());
      if (range == null) {
        return Attempt.no(
            "the page lists no day on a line of its own to take the form from, and the new day does not"
                + " follow the last day of a date range it states");
      }
      List<dev.hackathonkit.model.EventDay> all = new ArrayList<>(days);
      all.add(day);
      return Attempt.of(List.of(range), event.toBuilder().days(all).build(), -1);
    }
    dev.hackathonkit.model.EventDay sibling = days.get(like);
    if (!java.util.Objects.equals(sibling.opens(), day.opens())
        || !java.util.Objects.equals(sibling.closes(), day.closes())) {
      return Attempt.no(
          "the new day's hours differ from the listed day's; write its line on the page");
    }
    Position at = page.trace().days().get(like);
    if (!ownsLines(at)) {
      return Attempt.no("the listed day shares its line with other text");
    }
    String raw = markup.substring(lineStart(at.start()), lastLineEnd(at));
    String copy = redate(raw, sibling.date(), day.date());
    if (copy.equals(raw)) {
      return Attempt.no("the listed day's date is not written in words the profile knows");
    }
    boolean before = day.date().isBefore(sibling.date());
    int where = before ? lineStart(at.start()) : lastLineEnd(at);
    List<dev.hackathonkit.model.EventDay> all = new ArrayList<>(days);
    all.add(day);
    all.sort(java.util.Comparator.comparing(dev.hackathonkit.model.EventDay::date));
    List<Splice> splices = new ArrayList<>();
    splices.add(new Splice(where, where, before ? copy + "\n" : "\n" + copy));
    // a date range that ended on the last day now ends on the new one ("May 16-17" becomes "May
    // 16-18")
    dev.hackathonkit.model.EventDay lastDay = days.get(days.size() - 1);
    Splice range =
        day.date().equals(lastDay.date().plusDays(1)) ? rangeEnd(lastDay.date(), day.date()) : null;
    if (range != null) {
      splices.add(range);
    }
    return Attempt.of(splices, event.toBuilder().days(all).build(), -1);
  }

  /**
   * A listed day's new hours written over its old ones in its line, each time in the form the line
   * writes times ({@code 9AM}, {@code 09:00}, {@code 9.30 pm}, {@code 9h30}).
   */
  private Attempt dayHours(
      dev.hackathonkit.model.EventDay was, dev.hackathonkit.model.EventDay now) {
    Event event = page.event();
    int i = event.days().indexOf(was);
    Position at = i < 0 ? null : page.trace().days().get(i);
    if (at == null
        || was.opens() == null
        || now.opens() == null
        || was.closes() == null
        || now.closes() == null) {
      return Attempt.no("the day's hours are not stated on a line of its own");
    }
    String line = markup.substring(at.start(), at.end());
    java.util.regex.Matcher m = CLOCK.matcher(line);
    List<Splice> splices = new ArrayList<>();
    java.time.LocalTime[][] swaps = {{was.opens(), now.opens()}, {was.closes(), now.closes()}};
    int next = 0;
    while (m.find() && next < swaps.length) {
      java.time.LocalTime t = clock(m);
      if (t != null && t.equals(swaps[next][0])) {
        splices.add(
            new Splice(at.start() + m.start(), at.start() + m.end(), likeClock(m, swaps[next][1])));
        next++;
      }
    }
    if (next < swaps.length) {
      return Attempt.no("the day's line does not write its hours as times the editor can rewrite");
    }
    List<dev.hackathonkit.model.EventDay> days = new ArrayList<>(event.days());
    days.set(i, now);
    return Attempt.of(splices, event.toBuilder().days(days).build(), -1);
  }

  /**
   * A clock time: hour, optional minutes after {@code :}, {@code .} or {@code h}, optional am/pm.
   */
  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile(
          "(?<![\\d:.])(\\d{1,2})(?:([:.h])(\\d{2}))?(\\s*)([ap]\\.?m\\.?)?(?![\\d])",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static java.time.@Nullable LocalTime clock(java.util.regex.Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    String half = m.group(5) == null ? null : m.group(5).toLowerCase(java.util.Locale.ROOT);
    if (half == null && m.group(3) == null) {
      return null; // a bare number is no time
    }
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
    }
    return hour < 24 && minute < 60 ? java.time.LocalTime.of(hour, minute) : null;
  }

  /**
   * {@code t} written as the matched time is: padding, separator, spacing and am/pm as it has them.
   */
  private static String likeClock(java.util.regex.Matcher m, java.time.LocalTime t) {
    String half = m.group(5);
    int hour = t.getHour();
    if (half != null) {
      hour = hour % 12 == 0 ? 12 : hour % 12;
    }
    String h = m.group(1).length() == 2 && hour < 10 ? "0" + hour : String.valueOf(hour);
    String minutes =
        m.group(3) != null || t.getMinute() != 0
            ? (m.group(2) != null ? m.group(2) : ":")
                + String.format(java.util.Locale.ROOT, "%02d", t.getMinute())
            : "";
    String ampm = "";
    if (half != null) {
      boolean pm = t.getHour() >= 12;
      String word =
          pm ? half.replace('a', 'p').replace('A', 'P') : half.replace('p', 'a').replace('P', 'A');
      ampm = m.group(4) + word;
    }
    return h + minutes + ampm;
  }

  private Attempt dayRemove(dev.hackathonkit.model.EventDay day) {
    Event event = page.event();
    for (int i = 0; i < event.days().size(); i++) {
      Position at = page.trace().days().get(i);
      if (event.days().get(i).date().equals(day.date())) {
        if (at == null || !ownsLines(at)) {
          return Attempt.no("the day is not listed on a line of its own (a date range states it)");
        }
        List<dev.hackathonkit.model.EventDay> all = new ArrayList<>(event.days());
        all.remove(i);
        List<Splice> splices = new ArrayList<>();
        splices.add(removeLines(at));
        // the last day gone: a date range that ended on it now ends the day before
        Splice range =
            i == event.days().size() - 1 && i > 1
                ? rangeEnd(day.date(), event.days().get(i - 1).date())
                : null;
        if (range != null) {
          splices.add(range);
        }
        return Attempt.of(splices, event.toBuilder().days(all).build(), -1);
      }
    }
    return Attempt.no("the day is no longer on the page");
  }

  /**
   * The splice that moves the end of the page's date range from {@code was} to {@code now}, the
   * range's words redone as {@link #redate} does; {@code null} when the page states no range or its
   * words do not change.
   */
  private @Nullable Splice rangeEnd(java.time.LocalDate was, java.time.LocalDate now) {
    Position range = page.trace().range();
    if (range == null) {
      return null;
    }
    String text = markup.substring(range.start(), range.end());
    // the end's day number is the last of its kind in the range's words: redo from there
    int at = text.lastIndexOf(String.valueOf(was.getDayOfMonth()));
    if (at < 0) {
      return null;
    }
    int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 12)));
    String tail = redate(text.substring(from), was, now);
    return tail.equals(text.substring(from))
        ? null
        : new Splice(range.start() + from, range.end(), tail);
  }

  /** {@code text} with the words of date {@code was} replaced by those of {@code now}. */
  private String redate(String text, java.time.LocalDate was, java.time.LocalDate now) {
    String out = text.replace(was.toString(), now.toString());
    List<java.util.Locale> locales = new ArrayList<>(page.profile().languages());
    locales.add(java.util.Locale.ENGLISH);
    outer:
    for (java.time.format.TextStyle style :
        List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
      for (java.util.Locale l : locales) {
        String oldMonth = was.getMonth().getDisplayName(style, l);
        java.util.regex.Matcher m = word(oldMonth).matcher(out);
        if (m.find()) {
          out =
              out.substring(0, m.start())
                  + now.getMonth().getDisplayName(style, l)
                  + out.substring(m.end());
          break outer;
        }
      }
    }
    outer:
    for (java.time.format.TextStyle style :
        List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
      for (java.util.Locale l : locales) {
        java.util.regex.Matcher m = word(was.getDayOfWeek().getDisplayName(style, l)).matcher(out);
        if (m.find()) {
          out =
              out.substring(0, m.start())
                  + now.getDayOfWeek().getDisplayName(style, l)
                  + out.substring(m.end());
          break outer;
        }
      }
    }
    java.util.regex.Matcher d =
        java.util.regex.Pattern.compile("(?<!\\d)" + was.getDayOfMonth() + "(st|nd|rd|th)?(?!\\d)")
            .matcher(out);
    if (d.find()) {
      String suffix = d.group(1) == null ? "" : ordinal(now.getDayOfMonth());
      out = out.substring(0, d.start()) + now.getDayOfMonth() + suffix + out.substring(d.end());
    }
    if (was.getYear() != now.getYear()) {
      out = out.replaceFirst("(?<!\\d)" + was.getYear() + "(?!\\d)", String.valueOf(now.getYear()));
    }
    return out;
  }

  private static java.util.regex.Pattern word(String w) {
    return java.util.regex.Pattern.compile(
        "(?<!\\p{L})" + java.util.regex.Pattern.quote(w) + "(?!\\p{L})",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  }

  private static String ordinal(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
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
    if (e.field() == TopicField.REVIEW && wanted.comments().size() < now.comments().size()) {
      // review entries removed: each with its own line, found by its author (and text) inside its
      // place
      List<Splice> removals = removedReviews(trace, now, wanted);
      return removals == null
          ? Attempt.no("a removed review entry has no line of its own the editor can find")
          : Attempt.of(removals, expected, -1);
    }
    Template t = page.template(trace);
    if (t != null) {
      Splice s =
          e.field() != null
              ? templateField(t, trace, e.field(), now, wanted)
              : templateExtra(t, e.extraKey(), wanted);
      if (s == null) {
        return Attempt.no("the topic's template call has no argument to hold it");
      }
      List<Splice> splices = with(elsewhere, s);
      if (e.field() == TopicField.TITLE && PageEditor.argument(t, Layout.TOPIC_ID) == null) {
        // the page derives a topic's id from its title: an id argument keeps the topic's id
        Splice id = addArgument(t, Layout.TOPIC_ID, Markup.value(now.id()));
        if (id != null) {
          splices.add(id);
          newId = -1;
        }
      }
      return Attempt.of(splices, expected, newId);
    }
    if (e.field() == null) {
      return Attempt.no("values kept in a topic's extra have no line of their own on this page");
    }
    Position at = e.field() == TopicField.TITLE ? trace.title() : trace.fields().get(e.field());
    if (at == null) {
      // a value written inside the topic's own lines without a label ("* '''Title''': what – Who")
      Splice inline = inlineValue(trace.at(), now, wanted, e.field());
      if (inline != null) {
        return Attempt.of(with(elsewhere, inline), expected, newId);
      }
    }
    if (at == null) {
      // a value the topic did not state: a labelled line after its last, in the form of the page's
      // labelled lines
      Object value = EventChange.value(wanted, e.field());
      String line = value == null ? null : labelledLine(e.field(), value);
      if (line == null && value != null && e.field() != TopicField.TITLE) {
        line = newLabelledLine(trace.at(), e.field(), value);
      }
      if (line == null || (!trace.also().isEmpty() && e.field() == TopicField.TITLE)) {
        return Attempt.no(
            "the topic states no "
                + e.field().key()
                + " and the page has no labelled line to take the form from");
      }
      int end = lastLineEnd(trace.at());
      return Attempt.of(List.of(new Splice(end, end, "\n" + line)), expected, newId);
    }
    Object old = EventChange.value(now, e.field());
    Object value = EventChange.value(wanted, e.field());
    if (!(old instanceof String o) || !(value == null || value instanceof String)) {
      return Attempt.no("only text values are rewritten in place on this layout");
    }
    if (value == null) {
      return ownsLines(at)
          ? Attempt.of(List.of(removeLines(at)), expected, newId)
          : Attempt.no("the value shares its line with other text");
    }
    Splice s = replaceIn(at, o, Markup.line((String) value, false));
    return s == null
        ? Attempt.no("the old value is not written plainly on the page")
        : Attempt.of(with(elsewhere, s), expected, newId);
  }

  /**
   * The splice that rewrites a topic's unlabelled value inside {@code at}: one line of text
   * replaced where the old text stands, contacts replaced from the first old name to the last (a
   * user link around them included); {@code null} when the old value is not there plainly.
   */
  private @Nullable Splice inlineValue(Position at, Topic now, Topic wanted, TopicField field) {
    Object old = EventChange.value(now, field);
    Object value = EventChange.value(wanted, field);
    if (old instanceof String o
        && value instanceof String v
        && !o.isBlank()
        && o.indexOf('\n') < 0
        && v.indexOf('\n') < 0) {
      return replaceIn(at, o, Markup.line(v, false));
    }
    String names = value == null ? null : plain(value);
    if (field == TopicField.CONTACTS
        && !now.contacts().isEmpty()
        && value instanceof List<?>
        && names != null) {
      String text = markup.substring(at.start(), at.end());
      String first = now.contacts().get(0).name();
      String last = now.contacts().get(now.contacts().size() - 1).name();
      int from = text.indexOf(first);
      int to = from < 0 ? -1 : text.indexOf(last, from);
      if (from >= 0 && to >= 0) {
        return new Splice(
            at.start() + userLinkStart(text, from),
            at.start() + userLinkEnd(text, to + last.length()),
            names);
      }
    }
    return null;
  }

  /**
   * The splices that remove the review entries {@code now} has and {@code wanted} lacks (when
   * {@code wanted} is {@code now} with entries taken out): each entry's own line inside the place
   * it was read from (a template argument or a line), found by its author and text; {@code null}
   * when an entry has no such line.
   */
  private @Nullable List<Splice> removedReviews(TopicTrace trace, Topic now, Topic wanted) {
    List<dev.hackathonkit.model.Comment> kept = new ArrayList<>(wanted.comments());
    List<Splice> out = new ArrayList<>();
    int k = 0;
    for (int c = 0; c < now.comments().size(); c++) {
      dev.hackathonkit.model.Comment comment = now.comments().get(c);
      if (k < kept.size() && kept.get(k).equals(comment)) {
        k++;
        continue;
      }
      if (c >= trace.comments().size()) {
        return null;
      }
      Position at = trace.comments().get(c);
      int line = -1;
      for (int from = lineStart(at.start());
          from <= at.end() && from < markup.length();
          from = lineEnd(from) + 1) {
        String text = markup.substring(from, lineEnd(from));
        if (text.contains(comment.author())
            && (comment.text().isEmpty() || text.contains(comment.text()))) {
          line = from;
          break;
        }
        if (lineEnd(from) >= markup.length()) {
          break;
        }
      }
      if (line < 0) {
        return null;
      }
      int end = lineEnd(line);
      // the argument's name shares the first entry's line: only the entry goes there
      String head = markup.substring(line, end);
      int eq = head.indexOf('=');
      if (eq >= 0 && head.startsWith("|")) {
        return null;
      }
      out.add(new Splice(line, Math.min(markup.length(), end + 1), ""));
    }
    return k == kept.size() && !overlap(out) ? out : null;
  }

  private static List<Splice> with(List<Splice> splices, Splice one) {
    List<Splice> all = new ArrayList<>(splices);
    all.add(one);
    return all;
  }

  /** Rewrites the argument that states {@code field}, or adds one after the last argument. */
  private @Nullable Splice templateField(
      Template t, TopicTrace trace, TopicField field, Topic now, Topic wanted) {
    Position at = field == TopicField.TITLE ? trace.title() : trace.fields().get(field);
    Argument arg = at != null ? argumentAt(t, at) : PageEditor.argument(t, paramName(field));
    if (arg == null) {
      String added = writer.argument(wanted, field);
      return added == null ? null : addArgument(t, paramName(field), added);
    }
    int[] r = valueRange(arg);
    List<dev.hackathonkit.model.Comment> had = now.comments();
    List<dev.hackathonkit.model.Comment> has = wanted.comments();
    if (field == TopicField.REVIEW
        && r[0] < r[1]
        && has.size() > had.size()
        && has.subList(0, had.size()).equals(had)) {
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

  /**
   * Replaces an argument's value (between {@code =} and the next {@code |} or {@code }}}, edge
   * spaces kept).
   */
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
      gap =
          markup.substring(
              valueRange(args.get(args.size() - 2))[1], args.get(args.size() - 1).at().start() - 1);
    } else {
      gap = markup.substring(at, last.at().end());
    }
    if (!gap.isBlank()) {
      gap = "";
    }
    return new Splice(at, at, gap + "|" + name + "=" + value);
  }

  /**
   * A topic for a page that states none: the topics section a new page in the profile's layout has
   * ({@link WikitextWriter#write}), with this topic alone, before the first section of attendees or
   * links, else after the page's last line of text (its categories stay last).
   */
  private Attempt topicsSection(Topic topic) {
    Event event = page.event();
    Event alone =
        Event.builder()
            .title(event.title())
            .id(event.id())
            .source(event.source())
            .addTopic(topic)
            .build();
    String written = writer.write(alone);
    String heading =
        "== "
            + new Layout(writer.profile()).heading(dev.hackathonkit.io.page.PageSection.TOPICS)
            + " ==\n";
    int from = written.indexOf(heading);
    if (from < 0) {
      return Attempt.no("the layout writes no topics section");
    }
    int to = written.indexOf("\n== ", from + heading.length());
    String section =
        written.substring(from, to < 0 ? written.length() : to + 1).stripTrailing() + "\n";
    // the page's own outline: its headings, and its last block with visible text (categories have
    // none)
    int at = -1;
    int end = 0;
    for (dev.hackathonkit.io.page.PageOutline.Block b : page.outline().blocks()) {
      if (b instanceof dev.hackathonkit.io.page.PageOutline.Heading h && at < 0) {
        dev.hackathonkit.io.page.PageSection s =
            writer.profile().sectionForHeading(PlainText.clean(h.text().text()));
        if (s != null
            && (s.attendeeStatus() != null || s == dev.hackathonkit.io.page.PageSection.LINKS)) {
          at = lineStart(h.at().start());
        }
      }
      if (!(b instanceof dev.hackathonkit.io.page.PageOutline.Line l)
          || !l.text().text().isBlank()) {
        end = Math.max(end, lastLineEnd(b.at()));
      }
    }
    String insert;
    if (at >= 0) {
      insert = section + "\n";
    } else {
      at = end;
      insert = "\n\n" + section.stripTrailing();
    }
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.add(topic);
    return Attempt.of(
        List.of(new Splice(at, at, insert)),
        event.toBuilder().topics(topics).build(),
        topics.size() - 1);
  }

  private Attempt topicAdd(Topic topic) {
    Event event = page.event();
    // the last topic stated on its own (not one a schedule row alone gave)
    int sibling = lastTraced(i -> !scheduleOnly(i));
    if (sibling < 0) {
      return topicsSection(topic);
    }
    TopicTrace trace = page.trace().topics().get(sibling);
    Template t = page.template(trace);
    if (t == null) {
      int like = likest(topic, sibling);
      return proseTopicAdd(topic, like, page.trace().topics().get(like), sibling);
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
    String gap =
        t.args().size() >= 2
            ? markup.substring(
                valueRange(t.args().get(t.args().size() - 2))[1],
                t.args().get(t.args().size() - 1).at().start() - 1)
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
        more.append(gap)
            .append('|')
            .append(e.getKey())
            .append('=')
            .append(Markup.value(e.getValue()));
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
    return Attempt.of(
        List.of(new Splice(after, after, text)),
        event.toBuilder().topics(topics).build(),
        sibling + 1);
  }

  /**
   * A topic added in the form of the last one written in prose: its lines copied with its title and
   * values replaced by the new topic's, the lines of values the new topic lacks left out, and a
   * labelled line (in the form of the page's labelled lines) for each value the copy has no place
   * for.
   */
  private Attempt proseTopicAdd(Topic topic, int sibling, TopicTrace trace, int last) {
    Event event = page.event();
    Topic like = event.topics().get(sibling);
    TopicTrace lastTrace = page.trace().topics().get(last);
    if (!ownsLines(lastTrace.at())) {
      return Attempt.no("the last topic shares its lines with other text");
    }
    if (!ownsLines(trace.at()) || !trace.also().isEmpty()) {
      return Attempt.no("the last topic shares its lines with other text");
    }
    int base = lineStart(trace.at().start());
    int end = lastLineEnd(trace.at());
    if (isRow(markup.substring(base, end))) {
      return topicRow(topic, like, markup.substring(base, end), last);
    }
    List<Splice> inCopy = new ArrayList<>();
    java.util.Set<Integer> droppedLines = new java.util.HashSet<>();
    Splice title = replaceIn(trace.title(), like.title(), Markup.line(topic.title(), false));
    if (title == null) {
      return Attempt.no("the last topic's title is not written plainly on the page");
    }
    inCopy.add(shift(title, base));
    java.util.Set<TopicField> stated = java.util.EnumSet.of(TopicField.TITLE);
    for (Map.Entry<TopicField, Position> f : trace.fields().entrySet()) {
      TopicField field = f.getKey();
      Object old = EventChange.value(like, field);
      Object now = EventChange.value(topic, field);
      if (field == TopicField.TITLE) {
        continue;
      }
      if (now instanceof String v && old instanceof String o) {
        Splice sp = replaceIn(f.getValue(), o, Markup.line(v, false));
        if (sp == null) {
          return Attempt.no(
              "the last topic's " + field.key() + " is not written plainly on the page");
        }
        inCopy.add(shift(sp, base));
        stated.add(field);
      } else if (ownsLines(f.getValue())) {
        linesOf(f.getValue(), base, droppedLines);
      } else {
        return Attempt.no("the last topic's " + field.key() + " shares its line with other text");
      }
    }
    for (Position c : trace.comments()) {
      if (!ownsLines(c)) {
        return Attempt.no("the last topic's review entries share their lines with other text");
      }
      linesOf(c, base, droppedLines);
    }
    // a description written after the title on its line ("* '''Title''': what it is") goes when the
    // new topic has none
    int cut = -1;
    int titleEnd = title.end() - base;
    String sameLine = like.description() == null ? null : like.description();
    String newDescription = topic.description();
    if (sameLine != null
        && sameLine.indexOf('\n') < 0
        && !trace.fields().containsKey(TopicField.DESCRIPTION)
        && newDescription != null
        && newDescription.indexOf('\n') < 0) {
      // the new topic's description where the neighbour's stands on its line
      int d = markup.substring(base, lineEnd(base)).indexOf(sameLine, titleEnd);
      if (d >= 0) {
        inCopy.add(new Splice(d, d + sameLine.length(), Markup.line(newDescription, false)));
        stated.add(TopicField.DESCRIPTION);
      }
    }
    String firstLine = markup.substring(base, lineEnd(base));
    String described =
        like.description() == null ? null : like.description().lines().findFirst().orElse(null);
    if (described != null
        && !trace.fields().containsKey(TopicField.DESCRIPTION)
        && topic.description() == null
        && titleEnd < firstLine.length()
        && firstLine.substring(titleEnd).contains(described)) {
      int d = firstLine.indexOf(described, titleEnd);
      boolean contactsAfter =
          !like.contacts().isEmpty() && firstLine.indexOf(like.contacts().get(0).name(), d) > d;
      if (contactsAfter) {
        // only the description's words: the contacts after them keep their place
        inCopy.add(new Splice(d, d + described.length(), ""));
      } else {
        cut = titleEnd;
        while (cut < firstLine.length() && "'\"]}".indexOf(firstLine.charAt(cut)) >= 0) {
          cut++;
        }
        inCopy.add(new Splice(cut, firstLine.length(), ""));
      }
    }
    // contacts named in the topic's own line ("Title (contact: Ana Lima)")
    if (!like.contacts().isEmpty() && !trace.fields().containsKey(TopicField.CONTACTS) && cut < 0) {
      String firstName = like.contacts().get(0).name();
      String lastName = like.contacts().get(like.contacts().size() - 1).name();
      String stretch = markup.substring(base, end);
      int from = stretch.indexOf(firstName);
      int to = from < 0 ? -1 : stretch.indexOf(lastName, from);
      if (from < 0 || to < 0 || topic.contacts().isEmpty()) {
        return Attempt.no("the last topic's contacts have no place a new topic's can take");
      }
      StringBuilder names = new StringBuilder();
      for (dev.hackathonkit.model.Person p : topic.contacts()) {
        names.append(names.length() == 0 ? "" : ", ").append(Markup.line(p.name(), false));
      }
      inCopy.add(
          new Splice(
              userLinkStart(stretch, from),
              userLinkEnd(stretch, to + lastName.length()),
              names.toString()));
      stated.add(TopicField.CONTACTS);
    }
    // lines of the copy no value names (a description's items) go when the new topic has no
    // description
    if (like.description() != null
        && !trace.fields().containsKey(TopicField.DESCRIPTION)
        && topic.description() == null
        && cut < 0) {
      int firstLineEnd = markup.indexOf('\n', base);
      for (int at = firstLineEnd + 1;
          firstLineEnd >= 0 && firstLineEnd < end && at > 0 && at <= end;
          at = markup.indexOf('\n', at) + 1) {
        droppedLines.add(at - base);
        if (markup.indexOf('\n', at) < 0 || markup.indexOf('\n', at) >= end) {
          break;
        }
      }
    }
    String lines = markup.substring(base, end);
    for (int line : droppedLines) {
      int lineEnd = lines.indexOf('\n', line);
      inCopy.add(new Splice(line, lineEnd < 0 ? lines.length() : lineEnd + 1, ""));
    }
    if (overlap(inCopy)) {
      return Attempt.no("the last topic's values share lines the new topic has no value for");
    }
    String copy = Splice.apply(lines, inCopy);
    if (copy.endsWith("\n")) {
      copy = copy.substring(0, copy.length() - 1);
    }
    StringBuilder more = new StringBuilder();
    for (TopicField field : TopicField.values()) {
      Object v = EventChange.value(topic, field);
      if (stated.contains(field) || v == null || (v instanceof List<?> l && l.isEmpty())) {
        continue;
      }
      String line = labelledLine(field, v);
      if (line == null) {
        return Attempt.no(
            "the page has no labelled line to take the form of a " + field.key() + " line from");
      }
      more.append('\n').append(line);
    }
    // after the last topic, as far from it as it is from the one before
    String text = "\n" + separatorBefore(last) + copy + more;
    int after = lastLineEnd(lastTrace.at());
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.add(last + 1, topic);
    return Attempt.of(
        List.of(new Splice(after, after, text)),
        event.toBuilder().topics(topics).build(),
        last + 1);
  }

  /**
   * A topic added to a table of topics as a copy of a row: the cell holding the neighbour's title,
   * contacts or a value of a field gets the new topic's, every other cell is emptied. A value with
   * no column is not placed.
   */
  private Attempt topicRow(Topic topic, Topic like, String raw, int last) {
    java.util.Set<TopicField> stated = java.util.EnumSet.noneOf(TopicField.class);
    List<String> failures = new ArrayList<>();
    String out =
        copyRow(
            raw,
            cell -> {
              for (TopicField f : TopicField.values()) {
                Object was = EventChange.value(like, f);
                String wasText =
                    was instanceof String w
                        ? w
                        : was instanceof List<?> l
                                && !l.isEmpty()
                                && l.get(0) instanceof dev.hackathonkit.model.Person p
                            ? p.name()
                            : null;
                if (wasText != null
                    && !wasText.isBlank()
                    && cell.contains(wasText)
                    && !stated.contains(f)) {
                  Object now = EventChange.value(topic, f);
                  String text = now == null ? "" : plain(now);
                  if (text == null) {
                    failures.add(
                        "the new topic's " + f.key() + " has no plain form for the table's cell");
                    return null;
                  }
                  stated.add(f);
                  return text;
                }
              }
              return null;
            });
    if (!failures.isEmpty()) {
      return Attempt.no(failures.get(0));
    }
    for (TopicField f : TopicField.values()) {
      if (!stated.contains(f) && has(topic, f)) {
        return Attempt.no("the table of topics has no column for " + f.key());
      }
    }
    Event event = page.event();
    TopicTrace lastTrace = page.trace().topics().get(last);
    int after = lastLineEnd(lastTrace.at());
    List<Topic> topics = new ArrayList<>(event.topics());
    topics.add(last + 1, topic);
    return Attempt.of(
        List.of(new Splice(after, after, "\n" + out)),
        event.toBuilder().topics(topics).build(),
        last + 1);
  }

  /**
   * The prose topic whose values are most like the new topic's (most of its fields, fewest others),
   * the later one on a tie; {@code last} when none is better.
   */
  private int likest(Topic topic, int last) {
    int best = last;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i <= last; i++) {
      TopicTrace t = page.trace().topics().get(i);
      Topic other = page.event().topics().get(i);
      if (t == null || t.template() || scheduleOnly(i)) {
        continue;
      }
      int score = 0;
      for (TopicField f : TopicField.values()) {
        boolean mine = has(topic, f);
        boolean theirs = has(other, f);
        score += mine && theirs ? 2 : mine != theirs ? -1 : 0;
      }
      if (score >= bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** Whether topic {@code i} was read from a schedule row or line alone. */
  private boolean scheduleOnly(int i) {
    TopicTrace t = page.trace().topics().get(i);
    return t != null
        && !t.template()
        && t.also().isEmpty()
        && page.event().topics().get(i).slot() != null;
  }

  private static boolean has(Topic t, TopicField f) {
    Object v = EventChange.value(t, f);
    return v != null && !(v instanceof List<?> l && l.isEmpty());
  }

  private static Splice shift(Splice s, int base) {
    return new Splice(s.start() - base, s.end() - base, s.text());
  }

  /**
   * Adds the offsets (relative to {@code base}) of the starts of the lines {@code at} stands on.
   */
  private void linesOf(Position at, int base, java.util.Set<Integer> into) {
    int end = lastLineEnd(at);
    for (int line = lineStart(at.start()); line <= end; line = lineEnd(line) + 1) {
      into.add(line - base);
      if (lineEnd(line) >= end) {
        break;
      }
    }
  }

  private static boolean overlap(List<Splice> splices) {
    List<Splice> sorted = new ArrayList<>(splices);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (int k = 1; k < sorted.size(); k++) {
      if (sorted.get(k).start() < sorted.get(k - 1).end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line stating {@code field} in the form of a labelled line of the page (its list marks, its
   * bold, its colon), with the profile's first label for the field; or {@code null} when the page
   * has no labelled line whose label the profile knows.
   */
  private @Nullable String labelledLine(TopicField field, Object value) {
    dev.hackathonkit.io.page.FieldSpec spec = page.profile().fields().get(field);
    String text = plain(value);
    if (spec == null || spec.labels().isEmpty() || text == null) {
      return null;
    }
    for (int i = page.event().topics().size() - 1; i >= 0; i--) {
      TopicTrace t = page.trace().topics().get(i);
      if (t == null || t.template()) {
        continue;
      }
      for (Map.Entry<TopicField, Position> f : t.fields().entrySet()) {
        Object v = EventChange.value(page.event().topics().get(i), f.getKey());
        dev.hackathonkit.io.page.FieldSpec other = page.profile().fields().get(f.getKey());
        Position at = f.getValue();
        if (!(v instanceof String old)
            || other == null
            || !ownsLines(at)
            || (lastLineEnd(at) > markup.indexOf('\n', at.start())
                && markup.indexOf('\n', at.start()) >= 0)) {
          continue;
        }
        String line = markup.substring(lineStart(at.start()), lastLineEnd(at));
        int valueAt = line.lastIndexOf(old);
        if (valueAt < 0) {
          continue;
        }
        String head = line.substring(0, valueAt);
        String tail = line.substring(valueAt + old.length());
        for (String label : other.labels()) {
          int l =
              head.toLowerCase(java.util.Locale.ROOT)
                  .indexOf(label.toLowerCase(java.util.Locale.ROOT));
          if (l >= 0) {
            return head.substring(0, l)
                + spec.labels().get(0)
                + head.substring(l + label.length())
                + text
                + tail;
          }
        }
      }
    }
    return null;
  }

  /**
   * A labelled line for a page that has none to copy: the field's first label, a colon and the
   * value; under a topic that is a list item, a list item one level deeper ({@code ** Skills: C}),
   * which the mapper reads as a field of that topic. {@code null} when the profile gives the field
   * no label or the value has no plain form.
   */
  private @Nullable String newLabelledLine(Position topic, TopicField field, Object value) {
    dev.hackathonkit.io.page.FieldSpec spec = page.profile().fields().get(field);
    String text = plain(value);
    if (spec == null || spec.labels().isEmpty() || text == null || text.indexOf('\n') >= 0) {
      return null;
    }
    String first =
        markup.substring(
            lineStart(topic.start()), Math.max(lineStart(topic.start()), lineEnd(topic.start())));
    int marks = 0;
    while (marks < first.length() && "*#:;".indexOf(first.charAt(marks)) >= 0) {
      marks++;
    }
    String labelled = spec.labels().get(0) + ": " + text;
    return marks == 0 ? labelled : first.substring(0, marks) + "* " + labelled;
  }

  /** A value as a labelled line states it: text, a date, plain names; {@code null} for others. */
  private static @Nullable String plain(Object value) {
    if (value instanceof String s) {
      return Markup.line(s, false);
    }
    if (value instanceof java.time.LocalDate d) {
      return DateFormats.format(d);
    }
    if (value instanceof List<?> list
        && !list.isEmpty()
        && list.stream()
            .allMatch(
                p ->
                    p instanceof dev.hackathonkit.model.Person person
                        && ContactFormat.isPlain(person))) {
      StringBuilder names = new StringBuilder();
      for (Object p : list) {
        names
            .append(names.length() == 0 ? "" : ", ")
            .append(Markup.line(((dev.hackathonkit.model.Person) p).name(), false));
      }
      return names.toString();
    }
    return null;
  }

  /** The start of a user link around the name at {@code at}, or {@code at}. */
  private static int userLinkStart(String text, int at) {
    int open = text.lastIndexOf("[[", at);
    int close = text.lastIndexOf("]]", at);
    return open >= 0 && open > close && text.indexOf('|', open) < at ? open : at;
  }

  /** The end of a user link around the name ending at {@code at}, or {@code at}. */
  private static int userLinkEnd(String text, int at) {
    return text.startsWith("]]", at) ? at + 2 : at;
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
    // the last entry of the same status; one whose form holds an affiliation when the new one has
    // one
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
      if ((list.get(i).affiliation() != null) == (a.affiliation() != null)
          && clonable(list.get(i), p)) {
        sibling = i;
        break;
      }
    }
    if (last < 0) {
      return Attempt.no(
          "the page lists no "
              + a.status().name().toLowerCase(java.util.Locale.ROOT)
              + " attendees on lines of their own to add one after");
    }
    // the new entry goes after the last of its status, in the form of the nearest entry like it
    String line =
        sibling >= 0
            ? clone(list.get(sibling), at.get(sibling), a)
            : bullet(at.get(last)) + WikitextWriter.attendee(a);
    int end = lastLineEnd(at.get(last));
    List<Attendee> attendees = new ArrayList<>(list);
    attendees.add(last + 1, a);
    return Attempt.of(
        new Splice(end, end, "\n" + line), event.toBuilder().attendees(attendees).build());
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
    // the entry with its name (and user link) and affiliation taken out: only marks and punctuation
    // may be left
    String rest =
        person(
            raw,
            sibling,
            new Attendee(
                "\u0001", sibling.affiliation() == null ? null : "\u0002", sibling.status()));
    if (!rest.contains("\u0001")) {
      return false;
    }
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
    return copyRow(
        raw,
        cell ->
            cell.contains(sibling.name())
                    || (sibling.affiliation() != null && cell.contains(sibling.affiliation()))
                ? person(cell, sibling, a).strip()
                : null);
  }

  /**
   * The lines of a table row with each cell's content given by {@code content}: the new text with
   * the cell's spacing, or an emptied cell where it answers {@code null}. Lines that are not cells
   * (the row separator) are kept.
   */
  private static String copyRow(
      String raw, java.util.function.Function<String, @Nullable String> content) {
    StringBuilder out = new StringBuilder();
    for (String line : raw.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (!line.startsWith("|")
          || line.startsWith("|-")
          || line.startsWith("|}")
          || line.startsWith("|+")) {
        out.append(line);
        continue;
      }
      String[] cells = line.substring(1).split("\\|\\|", -1);
      out.append('|');
      for (int k = 0; k < cells.length; k++) {
        String text = content.apply(cells[k]);
        out.append(k == 0 ? "" : "||").append(respace(cells[k], text == null ? "" : text));
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
    String out =
        text.replaceAll("\\[\\[[^\\[\\]|]*\\|\\s*" + old + "\\s*\\]\\]", quoted)
            .replaceAll(
                "\\[\\[(?:[^\\[\\]|:]*:)?(?:" + old + "|" + oldUnderscored + ")\\]\\]", quoted)
            .replace(sibling.name(), name);
    if (sibling.affiliation() != null) {
      out =
          out.replace(
              sibling.affiliation(),
              a.affiliation() == null ? "" : Markup.line(a.affiliation(), false));
    }
    return out;
  }

  /**
   * {@code text} in a cell with the spacing of {@code cell}: its leading and trailing spaces around
   * a value, one leading space (none at the line's end) around nothing.
   */
  private static String respace(String cell, String text) {
    String lead = cell.substring(0, cell.length() - cell.stripLeading().length());
    String trail = cell.substring(cell.stripTrailing().length());
    if (text.isEmpty()) {
      return cell.isBlank() ? cell : trail.isEmpty() ? "" : lead;
    }
    return lead + text + trail;
  }

  private static boolean isRow(String raw) {
    for (String line : raw.split("\n")) {
      String l = line.strip();
      if ((l.startsWith("|") && !l.startsWith("|-") && !l.startsWith("|}")) || l.startsWith("!")) {
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
    return Attempt.of(
        removeLines(p),
        event.toBuilder()
            .attendees(attendees)
            .extra(EventChange.withoutPerson(event.extra(), a.name()))
            .build());
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
      return s == null
          ? Attempt.no("the affiliation is not written plainly on the page")
          : Attempt.of(s, expected);
    }
    if (!ownsLines(p)) {
      return Attempt.no("the attendee's entry shares its line with other text");
    }
    // the entry rewritten in the form of an entry that has (or lacks) an affiliation, as the change
    // needs
    for (int k = event.attendees().size() - 1; k >= 0; k--) {
      Attendee s = event.attendees().get(k);
      Position q = page.trace().attendees().get(k);
      if (q != null
          && k != i
          && (s.affiliation() != null) == (wanted.affiliation() != null)
          && ownsLines(q)
          && clonable(s, q)) {
        int from = lineStart(p.start());
        return Attempt.of(new Splice(from, lastLineEnd(p), clone(s, q, wanted)), expected);
      }
    }
    return Attempt.no(
        "no entry on the page shows an attendee "
            + (wanted.affiliation() == null ? "without" : "with")
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
    int end = lastLineEnd(at);
    return markup.substring(lineStart(at.start()), at.start()).isBlank()
        && (at.end() >= end || markup.substring(at.end(), end).isBlank());
  }

  /**
   * The offset of the line break that ends the last line {@code at} stands on (or the input's end);
   * a position that ends with its line break ends on that line.
   */
  private int lastLineEnd(Position at) {
    return lineEnd(Math.max(at.start(), at.end() - 1));
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
    } else {
      // one blank line next to the lines goes with them, so that no double gap is left
      int prev = from > 0 ? lineStart(from - 1) : -1;
      boolean blankBefore = prev >= 0 && markup.substring(prev, from - 1).isBlank();
      boolean blankAfter = to < markup.length() && markup.substring(to, lineEnd(to)).isBlank();
      if (blankBefore && (blankAfter || to >= markup.length())) {
        from = prev;
      } else if (blankAfter
          && (prev < 0 || markup.startsWith("=", prev))
          && lineEnd(to) < markup.length()) {
        // the first block under a heading: the blank line after it goes, not the heading's
        // closeness
        to = lineEnd(to) + 1;
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
