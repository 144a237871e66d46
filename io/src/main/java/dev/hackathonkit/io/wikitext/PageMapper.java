package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.internal.AttendeeData;
import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProblemCode;
import dev.hackathonkit.io.internal.AttendeeItems;
import dev.hackathonkit.io.internal.Contacts;
import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.internal.Signatures;
import dev.hackathonkit.io.internal.Warnings;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.FieldSpec;
import dev.hackathonkit.io.page.PageSection;
import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.io.wikitext.WikiNode.ExternalLink;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.ListItem;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import dev.hackathonkit.io.wikitext.WikiNode.Text;
import dev.hackathonkit.io.wikitext.WikiNode.WikiLink;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Link;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slot;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed page into an event with a {@link PageProfile}: topic templates anywhere on the page
 * (any parameter order, any missing, fillers meaning absent, the profile's defaults for mailing list
 * and IRC channel), votes and comments from their templates, the dates-and-place sentence and the
 * per-day hours list under the "when and where" heading, attendees under their headings, links
 * under {@code More Information}, and the {@code {{Event data}}} template the writer uses for what
 * the layout has no place for. Everything else is reported as unmapped with its line and column;
 * coverage counts the non-blank characters of the constructs that were placed.
 */
final class PageMapper {
  private final PageProfile profile;

  PageMapper(PageProfile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  ImportResult map(ParsedPage page, String input, @Nullable Source source, int maxProblems) {
    return new Run(page, input, source, maxProblems).map();
  }

  /** The state of mapping one page. */
  private final class Run {
    private final ParsedPage page;
    private final String input;
    private final @Nullable Source source;
    private final ImportReport.Builder report;
    private final int[] lineStarts;
    private final BitSet mapped = new BitSet();
    private final BitSet dropped = new BitSet();
    /** Open headings: level and the section each one is in (an unknown subheading inherits). */
    private final java.util.ArrayDeque<OpenHeading> headings = new java.util.ArrayDeque<>();

    private final List<Topic> topics = new ArrayList<>();
    private final Set<String> topicIds = new HashSet<>();
    private final List<Attendee> attendees = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<EventDay> listedDays = new ArrayList<>();
    private final Map<String, String> eventExtra = new LinkedHashMap<>();
    private final Map<String, String> eventData = new LinkedHashMap<>();
    private Dates.@Nullable DateRange statedRange;
    private @Nullable Venue statedVenue;
    private boolean sentenceSeen;
    private @Nullable Span eventDataSpan;
    private @Nullable Span sentenceSpan;

    private @Nullable PageSection section;
    private boolean linksSection;
    private final List<WikiNode> line = new ArrayList<>();

    Run(ParsedPage page, String input, @Nullable Source source, int maxProblems) {
      this.page = page;
      this.input = input;
      this.source = source;
      this.report = ImportReport.builder(page.source()).maxProblems(maxProblems);
      for (ImportProblem p : page.problems()) {
        report.problem(p);
      }
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < input.length(); i++) {
        if (input.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    ImportResult map() {
      for (WikiNode node : page.nodes()) {
        block(node);
      }
      flushLine();
      Event event = assemble();
      mapped.andNot(dropped);
      long inputChars = PlainText.nonBlank(input);
      long mappedChars = 0;
      for (int i = mapped.nextSetBit(0); i >= 0 && i < input.length(); i = mapped.nextSetBit(i + 1)) {
        char c = input.charAt(i);
        if (!PlainText.isSpace(c) && c != '\n' && c != '\r') {
          mappedChars++;
        }
      }
      report.coverage(inputChars, Math.min(mappedChars, inputChars));
      return new ImportResult(event, report.build());
    }

    // ---------------------------------------------------------------- page structure

    private void block(WikiNode node) {
      if (node instanceof Heading h) {
        flushLine();
        String title = h.title();
        while (!headings.isEmpty() && headings.peek().level() >= h.level()) {
          headings.pop();
        }
        PageSection known = profile.sectionForHeading(title);
        boolean links = known == PageSection.LINKS || (known == null && title.equalsIgnoreCase(Layout.LINKS_HEADING));
        if (links) {
          known = null;
        }
        if (known != null || links) {
          mark(h.span());
          section = known;
          linksSection = links;
        } else {
          unmapped(h.span(), h.toWikitext(), "section heading the profile does not place");
          // a subheading the profile does not know stays in its parent's section
          OpenHeading parent = headings.peek();
          section = parent == null ? null : parent.section();
          linksSection = parent != null && parent.links();
        }
        headings.push(new OpenHeading(h.level(), section, linksSection));
      } else if (node instanceof Template t && named(t, profile.topicTemplate())) {
        flushLine();
        topic(t);
      } else if (node instanceof Template t && t.hasName(Layout.EVENT_TEMPLATE)) {
        flushLine();
        eventData(t);
      } else if (node instanceof ListItem item) {
        flushLine();
        listItem(item);
      } else if (node instanceof Text t) {
        String s = t.text();
        int from = 0;
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
          if (nl > from) {
            line.add(piece(t, from, nl));
          }
          flushLine();
          from = nl + 1;
        }
        if (from < s.length()) {
          line.add(piece(t, from, s.length()));
        }
      } else {
        line.add(node);
      }
    }

    private Text piece(Text t, int from, int to) {
      int start = t.span().start() + from;
      return new Text(t.text().substring(from, to), span(start, t.span().start() + to));
    }

    private void flushLine() {
      if (line.isEmpty()) {
        return;
      }
      List<WikiNode> nodes = List.copyOf(line);
      line.clear();
      String markup = WikiNodes.print(nodes);
      if (markup.isBlank()) {
        return;
      }
      Span span = span(nodes.get(0).span().start(), nodes.get(nodes.size() - 1).span().end());
      if (section == PageSection.WHEN_AND_WHERE && !sentenceSeen) {
        String text = plain(nodes);
        WhenWhere.Stated stated = WhenWhere.parse(text);
        if (stated.range() != null || stated.venue() != null) {
          sentenceSeen = true;
          statedRange = stated.range();
          statedVenue = stated.venue();
          sentenceSpan = span;
          mark(span);
          return;
        }
      }
      boolean image = nodes.stream().anyMatch(n -> n instanceof WikiLink l && l.isFile());
      unmapped(span, markup.strip(), image ? "image" : "text the profile does not place");
    }

    private void listItem(ListItem item) {
      if (section == PageSection.WHEN_AND_WHERE) {
        day(item);
      } else if (section != null && section.attendeeStatus() != null) {
        attendee(item, section.attendeeStatus());
      } else if (linksSection) {
        link(item);
      } else {
        unmapped(item.span(), item.toWikitext(), "list item in a section the profile does not place");
      }
    }

    private void day(ListItem item) {
      String text = plain(item.content()).strip();
      Integer yearHint = statedRange == null ? null : statedRange.start().getYear();
      Hours.DayHours dh = Hours.parseDayLine(text, yearHint, warnings(item.span()));
      if (dh != null && dh.date() != null) {
        listedDays.add(EventDay.of(dh.date(), dh.hours().opens(), dh.hours().closes()));
        mark(item.span());
        return;
      }
      if (dh == null) {
        String head = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        LocalDate date = Dates.parseNumeric(head, warnings(item.span()));
        if (date == null) {
          Dates.DateRange r = Dates.findRange(head, yearHint);
          date = r != null && r.start().equals(r.end()) ? r.start() : null;
        }
        if (date != null) {
          listedDays.add(new EventDay(date, null, null));
          mark(item.span());
          return;
        }
      }
      unmapped(item.span(), item.toWikitext(), "list item without a day this profile can read");
    }

    private void attendee(ListItem item, AttendeeStatus status) {
      String text = plain(item.content()).strip();
      Attendee a;
      int comma = text.indexOf(',');
      if (comma > 0) {
        String affiliation = text.substring(comma + 1).strip();
        a = new Attendee(text.substring(0, comma).strip(), affiliation.isEmpty() ? null : affiliation, status);
      } else {
        a = AttendeeItems.parse(text, status);
      }
      if (a == null || a.name().isBlank()) {
        unmapped(item.span(), item.toWikitext(), "attendee list item without a name");
        return;
      }
      attendees.add(a);
      mark(item.span());
    }

    private void link(ListItem item) {
      for (WikiNode n : item.content()) {
        if (n instanceof ExternalLink l) {
          List<WikiNode> label = l.label();
          String text = label == null ? null : plain(label);
          links.add(new Link(l.url(), text == null || text.isBlank() ? null : text));
          mark(item.span());
          return;
        }
        if (n instanceof WikiLink l && !l.isFile() && !l.isCategory()) {
          List<WikiNode> label = l.label();
          links.add(new Link(l.target(), label == null ? null : plain(label)));
          mark(item.span());
          return;
        }
      }
      unmapped(item.span(), item.toWikitext(), "list item without a link");
    }

    // ---------------------------------------------------------------- topics

    private void topic(Template t) {
      mark(t.span());
      Topic.Builder b = Topic.builder();
      String title = null;
      String id = null;
      boolean mailingListSeen = false;
      boolean ircSeen = false;
      LocalDate slotDate = null;
      Hours.TimeRange slotTime = null;
      String room = null;
      Span slotSpan = null;
      List<Comment> comments = new ArrayList<>();
      for (TemplateArg arg : t.args()) {
        String name = arg.name();
        if (name == null) {
          dropped.set(arg.span().start(), arg.span().end());
          unmapped(arg.span(), arg.wikitext().strip(), "positional parameter of the topic template");
          continue;
        }
        String raw = arg.text();
        TopicField field = profile.fieldForParameter(name);
        if (field == null) {
          switch (name) {
            case Layout.TOPIC_ID -> id = plain(arg.value());
            case Layout.SLOT_DATE -> {
              slotDate = Dates.parseNumeric(plain(arg.value()), warnings(arg.span()));
              slotSpan = arg.span();
            }
            case Layout.SLOT_TIME -> slotTime = Hours.findRange(plain(arg.value()));
            case Layout.ROOM -> room = plain(arg.value());
            default -> b.putExtra(name, plain(arg.value()));
          }
          continue;
        }
        if (field == TopicField.MAILING_LIST) {
          mailingListSeen = true;
        } else if (field == TopicField.IRC_CHANNEL) {
          ircSeen = true;
        }
        if (raw.isEmpty()) {
          clear(field, b);
          continue;
        }
        if (profile.isFiller(field, raw)) {
          clear(field, b);
          dropped.set(arg.span().start(), arg.span().end());
          unmapped(arg.span(), raw, "template filler for " + field.key() + ": absent");
          continue;
        }
        switch (field) {
          case TITLE -> title = plain(arg.value());
          case INSERTED_ON -> {
            String text = plain(arg.value());
            LocalDate d = Dates.parseNumeric(text, warnings(arg.span()));
            if (d == null) {
              Dates.DateRange r = Dates.findRange(text, null);
              d = r != null && r.start().equals(r.end()) ? r.start() : null;
            }
            if (d != null) {
              b.insertedOn(d);
            } else {
              unreadable(b, arg, name, text, "a date such as 29/04/2013");
            }
          }
          case VERIFIED -> b.verified(plain(arg.value()));
          case GSOC -> {
            String text = plain(arg.value());
            Gsoc g = profile.gsoc(text);
            if (g != null) {
              b.gsoc(g);
            } else {
              unreadable(b, arg, name, text, "a GSoC answer (yes, no, N/A)");
            }
          }
          case CONTACTS -> b.contacts(contacts(arg.value()));
          case MAILING_LIST -> b.mailingList(plain(arg.value()));
          case IRC_CHANNEL -> b.ircChannel(plain(arg.value()));
          case DIFFICULTY -> b.difficulty(plain(arg.value()));
          case SKILLS -> b.skills(plain(arg.value()));
          case DESCRIPTION -> b.description(longText(arg.value(), comments));
          case OUTCOMES -> b.outcomes(longText(arg.value(), comments));
          case REVIEW -> review(arg, comments);
        }
      }
      if (!mailingListSeen) {
        b.mailingList(profile.field(TopicField.MAILING_LIST) == null ? null : profile.field(TopicField.MAILING_LIST).defaultValue());
      }
      if (!ircSeen) {
        b.ircChannel(profile.field(TopicField.IRC_CHANNEL) == null ? null : profile.field(TopicField.IRC_CHANNEL).defaultValue());
      }
      if (slotDate != null && slotTime != null) {
        b.slot(new Slot(slotDate, slotTime.opens(), slotTime.closes(), room));
      } else if (slotSpan != null || room != null) {
        problem(PageProblem.W105_UNREADABLE_VALUE, slotSpan != null ? slotSpan : t.span(),
            "slot needs '" + Layout.SLOT_DATE + "' (dd/mm/yyyy) and '" + Layout.SLOT_TIME + "' (9AM to 5PM)");
      }
      if (title == null || title.isBlank()) {
        problem(PageProblem.W108_UNTITLED_TOPIC, t.span(), "topic template without '" + paramName(TopicField.TITLE) + "'");
        title = "Untitled topic";
      }
      b.title(title).comments(comments);
      if (id != null && !id.isBlank()) {
        topicIds.add(id);
        b.id(id);
      } else {
        b.id(Slugs.unique(title, topicIds));
      }
      topics.add(b.build());
    }

    private String paramName(TopicField field) {
      FieldSpec spec = profile.field(field);
      return spec == null || spec.parameter() == null ? field.key() : spec.parameter();
    }

    private void clear(TopicField field, Topic.Builder b) {
      if (field == TopicField.MAILING_LIST) {
        b.mailingList(null);
      } else if (field == TopicField.IRC_CHANNEL) {
        b.ircChannel(null);
      }
    }

    private void unreadable(Topic.Builder b, TemplateArg arg, String name, String text, String expected) {
      b.putExtra(name, text);
      problem(PageProblem.W105_UNREADABLE_VALUE, arg.span(), name + ": expected " + expected + ", found '" + text + "'; kept in extra");
    }

    private List<Person> contacts(List<WikiNode> value) {
      List<Person> people = new ArrayList<>();
      List<WikiNode> prose = new ArrayList<>();
      for (WikiNode n : value) {
        if (n instanceof Template c && c.hasName(Layout.CONTACT_TEMPLATE)) {
          people.addAll(proseContacts(prose));
          prose.clear();
          String name = plain(c.value("1"));
          if (name.isBlank()) {
            problem(PageProblem.W105_UNREADABLE_VALUE, c.span(), "contact template without a name");
            continue;
          }
          people.add(new Person(name, optional(c, "email"), optional(c, "affiliation"), optional(c, "note")));
        } else {
          prose.add(n);
        }
      }
      people.addAll(proseContacts(prose));
      return people;
    }

    private @Nullable String optional(Template t, String key) {
      return t.arg(key).isPresent() ? plain(t.value(key)) : null;
    }

    private List<Person> proseContacts(List<WikiNode> prose) {
      String text = plain(prose).strip();
      while (!text.isEmpty() && ",;".indexOf(text.charAt(0)) >= 0) {
        text = text.substring(1).strip();
      }
      while (!text.isEmpty() && ",;".indexOf(text.charAt(text.length() - 1)) >= 0) {
        text = text.substring(0, text.length() - 1).strip();
      }
      return text.isEmpty() ? List.of() : Contacts.parse(text);
    }

    private String longText(List<WikiNode> value, List<Comment> comments) {
      return Plain.of(value, hooks(comments, null));
    }

    private void review(TemplateArg arg, List<Comment> comments) {
      String rest = Plain.of(arg.value(), hooks(comments, arg)).strip();
      if (!rest.isEmpty()) {
        unmapped(arg.span(), rest, "review text outside a vote or comment");
      }
    }

    // ---------------------------------------------------------------- event data

    private void eventData(Template t) {
      mark(t.span());
      eventDataSpan = t.span();
      for (TemplateArg arg : t.args()) {
        String name = arg.isNamed() ? WikiNodes.plainText(arg.nameNodes()).strip() : null;
        if (name == null) {
          unmapped(arg.span(), arg.wikitext().strip(), "positional parameter of " + Layout.EVENT_TEMPLATE);
        } else if (Layout.EVENT_KEYS.contains(name)) {
          eventData.put(name, plain(arg.value()));
        } else {
          eventExtra.put(name, plain(arg.value()));
        }
      }
    }

    private Event assemble() {
      Event.Builder b = Event.builder();
      String pageTitle = source != null ? source.page() : null;
      String title = eventData.getOrDefault(Layout.EVENT_TITLE, pageTitle);
      b.title(title == null || title.isBlank() ? pageTitle == null ? report.source() : pageTitle : title);
      String id = eventData.get(Layout.EVENT_ID);
      if (id != null && !id.isBlank()) {
        b.id(id);
      }
      b.source(source);
      Venue venue = statedVenue;
      if (Layout.VENUE_KEYS.stream().anyMatch(eventData::containsKey)) {
        venue = new Venue(blankToNull(eventData.get(Layout.VENUE_NAME)), blankToNull(eventData.get(Layout.STREET)),
            blankToNull(eventData.get(Layout.POSTCODE)), blankToNull(eventData.get(Layout.CITY)),
            blankToNull(eventData.get(Layout.COUNTRY)));
      }
      b.venue(venue);
      if (eventData.containsKey(Layout.TIME_ZONE)) {
        String zone = eventData.get(Layout.TIME_ZONE).strip();
        if (!zone.isEmpty()) {
          try {
            b.timeZone(ZoneId.of(zone));
          } catch (DateTimeException e) {
            eventExtra.put(Layout.TIME_ZONE, zone);
            problem(PageProblem.W105_UNREADABLE_VALUE, requireNonNull(eventDataSpan),
                Layout.TIME_ZONE + ": expected a zone id such as Europe/Dublin, found '" + zone + "'; kept in extra");
          }
        }
      } else {
        Places.ZoneGuess guess = Places.inferZone(venue);
        Span at = eventDataSpan != null ? eventDataSpan
            : sentenceSpan != null ? sentenceSpan
            : page.nodes().isEmpty() ? span(0, 0) : page.nodes().get(0).span();
        if (guess != null) {
          b.timeZone(guess.zone());
          problem(PageProblem.W103_TIME_ZONE_INFERRED, at, guess.reason());
        } else {
          problem(PageProblem.W104_TIME_ZONE_UNKNOWN, at,
              venue == null ? "the page states no place and no time zone" : "no zone database id names '" + venue.displayName() + "'");
        }
      }
      List<EventDay> days = new ArrayList<>(listedDays);
      if (days.isEmpty() && statedRange != null) {
        for (LocalDate d = statedRange.start(); !d.isAfter(statedRange.end()); d = d.plusDays(1)) {
          days.add(new EventDay(d, null, null));
        }
      }
      List<Attendee> allAttendees = AttendeeData.merge(attendees, eventData, (key, value) -> {
        eventExtra.put(key, value);
        problem(PageProblem.W105_UNREADABLE_VALUE, requireNonNull(eventDataSpan),
            key + ": expected one '3. Name, Affiliation' line per attendee, found '" + value + "'; kept in extra");
      });
      b.days(days).links(links).topics(topics).attendees(allAttendees).extra(eventExtra);
      return b.build();
    }

    // ---------------------------------------------------------------- helpers

    private Plain.Hooks hooks(List<Comment> comments, @Nullable TemplateArg review) {
      return new Plain.Hooks() {
        @Override
        public @Nullable String template(Template t) {
          if (named(t, profile.notApplicableTemplate())) {
            return profile.notApplicableText();
          }
          if (t.hasName("!")) {
            return "|";
          }
          if (named(t, profile.voteTemplate()) || named(t, profile.commentTemplate())) {
            return null;
          }
          dropped.set(t.span().start(), t.span().end());
          problem(PageProblem.W106_TEMPLATE_NOT_EXPANDED, t.span(), "template {{" + t.name() + "}} is not expanded; its text is not in the model");
          unmapped(t.span(), t.toWikitext(), "template not expanded");
          return "";
        }

        @Override
        public void review(Template t, String text) {
          CommentKind kind = named(t, profile.voteTemplate()) ? CommentKind.VOTE : CommentKind.COMMENT;
          List<WikiNode> sig = t.value("1");
          String author = null;
          for (WikiNode n : sig) {
            if (n instanceof WikiLink l && l.namespace().equalsIgnoreCase("User")) {
              List<WikiNode> label = l.label();
              author = label != null ? plain(label).strip() : l.target().substring(l.target().indexOf(':') + 1).strip();
              break;
            }
          }
          Signatures.Signed signed = Signatures.parse(plain(sig));
          if (signed == null) {
            problem(PageProblem.W107_UNSIGNED_REVIEW, t.span(), "{{" + t.name() + "}} without a signature 'Name HH:MM, D Month YYYY (UTC)'");
            dropped.set(t.span().start(), t.span().end());
            unmapped(t.span(), t.toWikitext() + " " + text.strip(), "unsigned " + kind.name().toLowerCase(Locale.ROOT));
            return;
          }
          if (author == null) {
            author = signed.author();
          }
          comments.add(new Comment(author, signed.postedAt(), text.strip(), kind));
        }

        @Override
        public void dropped(WikiNode node, String reason) {
          dropped.set(node.span().start(), node.span().end());
          unmapped(node.span(), node.toWikitext(), reason);
        }
      };
    }

    private String plain(List<WikiNode> nodes) {
      return Plain.of(nodes, hooks(new ArrayList<>(), null));
    }

    private Warnings warnings(Span at) {
      return (kind, offset, message) -> {
        ProblemCode code =
            switch (kind) {
              case AMBIGUOUS_DATE -> PageProblem.W101_AMBIGUOUS_DATE;
              case MONTH_FIRST_DATE -> PageProblem.W102_MONTH_FIRST_DATE;
              case ZONE_INFERRED -> PageProblem.W103_TIME_ZONE_INFERRED;
              case ZONE_UNKNOWN -> PageProblem.W104_TIME_ZONE_UNKNOWN;
              case PARTLY_READ -> PageProblem.W105_UNREADABLE_VALUE;
              case YEAR_INFERRED -> PageProblem.W105_UNREADABLE_VALUE; // not yet given by the helpers called here
            };
        problem(code, at, message);
      };
    }

    private void problem(ProblemCode code, Span at, String message) {
      report.problem(code, at.line(), at.column(), message);
    }

    private void unmapped(Span at, String text, String reason) {
      String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
      report.unmapped(at.line(), at.column(), shown, reason);
    }

    private void mark(Span s) {
      mapped.set(s.start(), s.end());
    }

    private Span span(int start, int end) {
      int idx = Arrays.binarySearch(lineStarts, start);
      int line = idx >= 0 ? idx : -idx - 2;
      return new Span(start, end, line + 1, start - lineStarts[line] + 1);
    }
  }

  /** A heading still open while walking the page, and the section its content belongs to. */
  private record OpenHeading(int level, @Nullable PageSection section, boolean links) {}

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static boolean named(Template t, @Nullable String name) {
    return name != null && t.hasName(name);
  }
}
