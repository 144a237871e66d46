package dev.hackathonkit.io.page;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProblemCode;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.UnmappedReason;
import dev.hackathonkit.io.internal.AttendeeData;
import dev.hackathonkit.io.internal.Contacts;
import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.EventData;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.io.internal.Signatures;
import dev.hackathonkit.io.internal.Warnings;
import dev.hackathonkit.io.page.PageOutline.Argument;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Call;
import dev.hackathonkit.io.page.PageOutline.Cell;
import dev.hackathonkit.io.page.PageOutline.Heading;
import dev.hackathonkit.io.page.PageOutline.Inline;
import dev.hackathonkit.io.page.PageOutline.Item;
import dev.hackathonkit.io.page.PageOutline.Line;
import dev.hackathonkit.io.page.PageOutline.Mark;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Row;
import dev.hackathonkit.io.page.PageOutline.Table;
import dev.hackathonkit.io.page.PageOutline.Template;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The page core's one mapper: a {@link PageOutline} and a {@link PageProfile} to an event and its
 * report. Whichever syntax the page came in, the same rules place its parts:
 *
 * <ul>
 *   <li>headings open the profile's sections (when and where, topics, schedule, the attendee lists
 *       by status, links); a subheading the profile does not know stays in its parent's section,
 *       and under a topics heading it opens a topic;
 *   <li>the topic template (wikitext) and infobox templates by their parameters; labelled fields
 *       ({@code Label: value}, several in one line after {@code ;}) by the profile's labels;
 *   <li>the lead and the when-and-where section: dates, hours, per-day hours, the place, the
 *       event's name in bold or in its sentence;
 *   <li>list items and table rows: topics, schedule sessions with slots, attendees with status;
 * </ul>
 *
 * and reports everything else as unmapped with its position. Coverage is the share of the input's
 * non-blank characters inside placed blocks.
 */
final class OutlineMapper {
  /** Where a note after an attendee's name breaks into clauses. */
  private static final Pattern NOTE_CLAUSES =
      Pattern.compile("[,;:.!?()\\[\\]\u2013\u2014]|\\s-\\s");

  /** What separates the people of a list of names. */
  private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");

  /**
   * One word of a person's name: a capital letter first, then letters, apostrophes, dots or
   * hyphens.
   */
  private static final Pattern PERSON_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");

  private static final Pattern TITLE_SENTENCE =
      Pattern.compile(
          "\\b(?:confirmed|announced?|announcing|hold|holding|host|hosting|organi[sz]ed?|organi[sz]ing|welcome you to|join us for|join us at)"
              + "\\s+the\\s+(\\p{Lu}[^.,;:!?()]{2,80}?)\\s+(?:for|on|in|at|from|will|takes?|is|this)\\b"
              + "|\\bpage (?:for|about|of) the\\s+(\\p{Lu}[^,;:!?()]{2,80}?)\\s*(?:[.,;:!?(]|$)");
  private static final Pattern SUBJECT_IS =
      Pattern.compile(
          "^((?:The |Die |Der |Das |Le |La |Les |El |Los )?\\p{Lu}[\\p{L}\\p{N}'&.+\\-]*(?: [\\p{L}\\p{N}'&.+\\-]+){1,7}?)"
              + "\\s*(?:\\([^)]{1,40}\\)\\s*)?,?\\s+(?:is|was|will be|are|ist|war|wird|findet|est|sera|aura|es|será|tendrá)\\b");
  private static final Pattern IMAGE_NAME =
      Pattern.compile(
          "[\\p{L}\\p{N}][^/\\\\:]{0,200}\\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNKNOWN_LABEL =
      Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}'()/&.?\\- ]{0,29}?)\\s*:(?=\\s|$)");
  private static final Pattern LEADING_TIME =
      Pattern.compile(
          "^(\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s*(?:-|\u2013|\u2014|to|bis|à|a)\\s*(\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?))?\\s*(?:(?:h|hrs|Uhr)\\b)?\\s*[:\u2013\u2014-]?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** A clock time at a line's start: {@code 16:00}, {@code 9h30}, {@code 9.30}, {@code 9am}. */
  private static final Pattern CLOCK =
      Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

  /** A section number before a heading's text: {@code 1.}, {@code 2.3}, {@code 4)}. */
  private static final Pattern SECTION_NUMBER =
      Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+(?=\\p{L})");

  private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");

  /** Links shown in a row: "Deutsch • English • français", "[Home] [TitleIndex]". */
  private static final Pattern NAV_LINE =
      Pattern.compile("[^•·|]{1,30}(?:\\s[•·|]\\s[^•·|]{1,30}){2,}|(?:\\[[^\\]]{1,30}\\]\\s*){2,}");

  private static final Pattern TOC_ENTRY =
      Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*\\s+\\S.{0,100}");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern PLACE_AFTER_DATES =
      Pattern.compile("^[\\s,]*(?:in|at)\\s+(.+?)\\.?\\s*$", Pattern.DOTALL);

  /** The end of a sentence inside a line: a full stop, then a space and a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");

  private static final Pattern LAST_IN =
      Pattern.compile("^.*\\s(?:in|at)\\s+(.+?)\\.?\\s*$", Pattern.DOTALL);
  private static final Pattern DAY_NUMBER =
      Pattern.compile("(?i)\\b(?:day|tag|jour|d[ií]a)\\s*(\\d{1,2})\\b");
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern ARTICLE =
      Pattern.compile("^(?:The|Die|Der|Das|Le|La|Les|El|Los|Las|L')\\s*(?=\\p{Lu})");
  private static final Pattern URL_ONLY =
      Pattern.compile("(?:[^:]{1,40}:\\s*)?(?:https?|ftp)://\\S+");
  private static final Pattern AFFILIATION_DASH = Pattern.compile("\\s+[\u2013\u2014-]\\s+");
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_HEADING = 100;
  private static final int MAX_NAME_WORDS = 6;

  /** How many later sessions are searched for the one that ends a session without an end. */
  private static final int MAX_LOOKAHEAD = 256;

  /** How many lines' labels a reading remembers (see {@code Run.labels}). */
  private static final int LABEL_MEMO = 512;

  private static final String UNTITLED = "Untitled topic";

  private OutlineMapper() {}

  /** The longest value a reading holds once however often the page repeats it, in characters. */
  private static final int SHARED_MAX_CHARS = 64;

  /** How many distinct short values a reading holds once. */
  private static final int SHARED_MAX_VALUES = 1 << 14;

  static ImportResult map(
      PageOutline outline,
      PageProfile profile,
      @Nullable Source source,
      int maxProblems,
      @Nullable ProfileChoice choice) {
    return new Run(outline, profile, source, maxProblems, choice, false, false).map();
  }

  /**
   * A reading and how much of the page it understood: the non-blank characters placed in the
   * model's own fields, leaving out text only kept in {@code extra}. Profiles are chosen by what
   * they understand.
   */
  record Reading(ImportResult result, long understood, PageTrace trace) {}

  static Reading mapped(
      PageOutline outline,
      PageProfile profile,
      @Nullable Source source,
      int maxProblems,
      @Nullable ProfileChoice choice) {
    Run run = new Run(outline, profile, source, maxProblems, choice, false, true);
    ImportResult result = run.map();
    return new Reading(result, result.report().mappedChars() - run.keptChars, run.trace);
  }

  /**
   * A reading for a profile's score only: the same topics, attendees, days and coverage as {@link
   * #mapped}, but its report lists neither problems nor unmapped parts (a large page has hundreds
   * of thousands of them for a profile that does not fit it), and a multi-line value of the event's
   * {@code extra} keeps only its first line (such a value may hold most of a large page).
   */
  static Reading scored(PageOutline outline, PageProfile profile, @Nullable Source source) {
    Run run = new Run(outline, profile, source, 0, null, true, false);
    ImportResult result = run.map();
    return new Reading(result, result.report().mappedChars() - run.keptChars, run.trace);
  }

  /** The state of mapping one outline. */
  private static final class Run {
    private final PageOutline outline;
    private final PageProfile profile;
    private final @Nullable Source source;
    private final ReportBuilder report;
    private final FirstProblems found;

    /**
     * Whether the reading is made only for its score (see {@link OutlineMapper#scored}): its report
     * lists no problems and no unmapped parts, and multi-line extra values keep their first line.
     */
    private final boolean forScore;

    /**
     * Whether {@link #trace} records where each topic's fields came from. A reading only for its
     * event does not: on a large page those positions weigh as much as a third of the event.
     */
    private final boolean traced;

    private final List<Block> blocks;
    private final Facts facts;
    private final BitSet mapped;
    private final BitSet dropped = new BitSet();

    /**
     * The site's own lines (navigation, footers, tables of contents): listed, but no part of the
     * page's content.
     */
    private final BitSet chrome = new BitSet();

    /**
     * Template calls in text already reported as not expanded (a line may be read more than once).
     */
    private final BitSet reportedCalls = new BitSet();

    /** Text only kept in {@code extra}: placed, but not understood. */
    private final BitSet kept = new BitSet();

    long keptChars;

    /** The table being read, and the rows of it that were not placed. */
    private @Nullable Position tableAt;

    private final BitSet tableGaps = new BitSet();
    private final String input;

    private final Deque<Open> headings = new ArrayDeque<>();

    /**
     * The labels found in the texts asked last, without and with unknown labels: a line is asked
     * several times while it is read, and a page's lines are not all held.
     */
    private final Map<String, List<LabelHit>> labelsKnown = recent(LABEL_MEMO);

    private final Map<String, List<LabelHit>> labelsWithUnknown = recent(LABEL_MEMO);

    /**
     * Whether the page has headings of its own (markup, HTML), so that no line of text is taken for
     * one.
     */
    private final boolean explicitHeadings;

    private final @Nullable Integer pageYear;

    /** Whether a section has begun: what comes before is the page's lead. */
    private boolean seenSection;

    private @Nullable PageSection section;
    private @Nullable LocalDate scheduleDay;

    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, Integer> topicIndex = new LinkedHashMap<>();

    /** Indexes of topics made from schedule rows alone. */
    private final Set<Integer> fromSchedule = new HashSet<>();

    private final Set<String> topicIds = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new java.util.HashMap<>();
    private @Nullable Draft draft;

    /** The line being mapped as the outline has it, template calls unexpanded. */
    private @Nullable Inline lineMarkup;

    private int listTopicDepth;
    private final List<Attendee> attendees = new ArrayList<>();

    /**
     * Where each topic and attendee came from, parallel to {@link #topics} and {@link #attendees}.
     */
    private final List<PageTrace.@Nullable TopicTrace> topicAt = new ArrayList<>();

    private final List<Position> attendeeAt = new ArrayList<>();

    /** Where each link was stated, parallel to {@link #links}. */
    private final List<Position> linkAt = new ArrayList<>();

    /** Where each day listed on a line or row of its own was stated. */
    private final Map<LocalDate, Position> dayAt = new java.util.HashMap<>();

    /** Where the event's own facts were stated, in page order. */
    private final List<Position> factAt = new ArrayList<>();

    /** The trace of the event {@link #map()} assembled. */
    PageTrace trace = new PageTrace(List.of(), List.of(), List.of(), List.of(), null, List.of());

    private final List<Link> links = new ArrayList<>();

    /** Short values met so far, each held once (see {@link #shared(String)}). */
    private final Map<String, String> sharedValues = new java.util.HashMap<>();

    private final Map<String, String> eventExtra = new LinkedHashMap<>();

    /** The {@link #eventExtra} keys whose last kept line is a list item. */
    private final Set<String> keptItem = new HashSet<>();

    /**
     * Multi-line values of {@code extra} being collected (joined into {@link #eventExtra} at the
     * end).
     */
    private final Map<String, StringBuilder> extraLines = new java.util.HashMap<>();

    private final Map<LocalDate, EventDay> listedDays = new TreeMap<>();
    private Dates.@Nullable DateRange range;
    private @Nullable Position rangeAt;
    private Hours.@Nullable TimeRange generalHours;
    private final Map<java.time.DayOfWeek, Hours.TimeRange> dayHours =
        new EnumMap<>(java.time.DayOfWeek.class);
    private final Map<EventField, String> stated = new EnumMap<>(EventField.class);

    /**
     * The venue as hackathon-kit's own {@code {{Event data}}} states it: all of it, absent parts
     * absent.
     */
    private final Map<EventField, String> venueData = new EnumMap<>(EventField.class);

    private @Nullable Venue sentenceVenue;

    /** Short lines in a row that may be an address block, and the line the last one is on. */
    private final List<Pending> pending = new ArrayList<>();

    private int pendingEnd;
    private @Nullable Position pendingIntro;

    /** Places stated by labels, address blocks and prose, in page order; merged at the end. */
    private final List<Place> venues = new ArrayList<>();

    private boolean addressOpen;
    private @Nullable String boldTitle;
    private @Nullable String sentenceTitle;
    private @Nullable String subjectTitle;
    private @Nullable String headingTitle;
    private @Nullable Position firstFactAt;
    private @Nullable String statedId;

    /**
     * The heading text stands under (null for a known section's), where it is, and whether text
     * kept under it placed it.
     */
    private @Nullable String headingText;

    private @Nullable Position headingOpen;
    private boolean headingUsed;

    /** The line of the last chrome line (or table-of-contents entry), 0 before any. */
    private int chromeLine;

    private final Map<String, String> statusLists = new LinkedHashMap<>();
    private @Nullable Position statusListsAt;
    private final List<Session> sessions = new ArrayList<>();

    /** A map that keeps the {@code size} entries put last. */
    private static <K, V> Map<K, V> recent(int size) {
      return new LinkedHashMap<>(size * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
          return size() > size;
        }
      };
    }

    Run(
        PageOutline outline,
        PageProfile profile,
        @Nullable Source source,
        int maxProblems,
        @Nullable ProfileChoice choice,
        boolean forScore,
        boolean traced) {
      this.outline = outline;
      this.forScore = forScore;
      this.traced = traced;
      this.profile = profile;
      this.source = source;
      this.report = ReportBuilder.of(outline.source()).maxProblems(maxProblems).profile(choice);
      this.found = new FirstProblems(maxProblems);
      this.blocks = outline.blocks();
      this.explicitHeadings = blocks.stream().anyMatch(b -> b instanceof Heading);
      // a year in the page's title ("Sprints/2014/Toronto") dates what the page writes without one
      String title = source != null && source.page() != null ? source.page() : outline.pageTitle();
      Matcher year = title == null ? null : YEAR.matcher(title);
      this.pageYear = year != null && year.find() ? Integer.valueOf(year.group()) : null;
      this.facts = new Facts(profile.languages());
      this.input = outline.input();
      // sized once: the placed characters reach the page's end, and a set grown by doubling holds
      // two arrays while it grows
      this.mapped = new BitSet(input.length());
      outline.problems().forEach(found::add);
      outline.header().forEach(this::mark);
    }

    /** Lists the markup the page does not show in place (footnotes): not placed. */
    private void hidden() {
      for (Position p : outline.hidden()) {
        unmapped(
            UnmappedReason.U101_MARKUP_WITHOUT_TEXT,
            p,
            raw(p),
            "footnote or hidden markup: its text is not in the model");
        dropped(p);
      }
    }

    ImportResult map() {
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (!pending.isEmpty()
            && (b.at().line() != pendingEnd + 1 || !(b instanceof Line) || blankBefore(b.at()))) {
          // a blank line in the outline's input ends the block too (the HTML front end's
          // paragraphs:
          // its line numbers are the HTML file's, where a new paragraph may start on the next line)
          flushAddress();
        }
        if (b instanceof Template t) {
          template(t);
        } else if (b instanceof Heading h) {
          heading(h);
        } else if (b instanceof Line l) {
          line(l, i);
        } else if (b instanceof Item it) {
          item(it, i);
        } else if (b instanceof Table t) {
          table(t);
        }
      }
      flushAddress();
      closeTopic();
      heading(null, new Position(0, 0, 1, 1), true);
      hidden();
      Event event = assemble();
      found.inPageOrder().forEach(report::problem);
      report.dropped(found.left());
      mapped.andNot(dropped);
      mapped.andNot(chrome);
      BitSet blanks = PlainText.blanks(input);
      long inputChars = input.length() - blanks.cardinality() - nonBlank(chrome, blanks);
      long mappedChars = nonBlank(mapped, blanks);
      kept.and(mapped);
      keptChars = nonBlank(kept, blanks);
      report.coverage(Math.max(0, inputChars), Math.max(0, Math.min(mappedChars, inputChars)));
      return new ImportResult(event, report.build());
    }

    /**
     * How many non-blank characters of the input {@code set} holds; leaves in {@code set} only
     * those (a large page's sets are not copied).
     */
    private long nonBlank(BitSet set, BitSet blanks) {
      set.clear(input.length(), Math.max(input.length(), set.length()));
      set.andNot(blanks);
      return set.cardinality();
    }

    // ================================================================ sections

    private void heading(Heading h) {
      String text = clean(h.text().text());
      boolean firstHeading = !seenSection;
      seenSection = true;
      while (!headings.isEmpty() && h.level() > 0 && headings.peek().level() >= h.level()) {
        headings.pop();
      }
      PageSection known = text.length() <= MAX_HEADING ? profile.sectionForHeading(text) : null;
      Open parent = headings.peek();
      PageSection inherited = parent == null ? null : parent.section();
      if (known == PageSection.TOPICS
          && inherited == PageSection.TOPICS
          && !isHeadingOf(text, PageSection.TOPICS)) {
        // "=== Fix RC bugs ===" under the topics: a topic whose title holds a heading's words ("RC
        // bugs"),
        // not a section; a subheading that is one of the headings ("=== Bugs ===") still groups
        // topics
        known = null;
      }
      if (known != null) {
        openSection(known, h.level(), h.at(), text);
        return;
      }
      LocalDate day = dayIn(text);
      if (day != null
          && (inherited == PageSection.SCHEDULE
              || inherited == PageSection.WHEN_AND_WHERE
              || inherited == PageSection.TOPICS
              || inherited == null)) {
        closeTopic();
        scheduleDay = day;
        section = inherited == null ? PageSection.SCHEDULE : inherited;
        headings.push(new Open(h.level(), section));
        mark(h.at());
        return;
      }
      if (inherited == PageSection.TOPICS) {
        closeTopic();
        section = PageSection.TOPICS;
        headings.push(new Open(h.level(), section));
        draft = new Draft(text, h.at());
        listTopicDepth = 0;
        mark(h.at());
        return;
      }
      if (h.level() == 1 && headingTitle == null && firstHeading) {
        headingTitle = text;
        factAt.add(h.at());
        mark(h.at());
        headings.push(new Open(h.level(), null));
        section = null;
        return;
      }
      closeTopic();
      section = inherited;
      headings.push(new Open(h.level(), section));
      heading(text, h.at(), false);
    }

    /**
     * Whether {@code text} is one of the profile's headings of {@code section} as a whole, not only
     * contains one.
     */
    private boolean isHeadingOf(String text, PageSection section) {
      String t = Norm.label(text);
      for (String h : profile.headings().getOrDefault(section, List.of())) {
        if (Norm.label(h).equals(t)) {
          return true;
        }
      }
      return false;
    }

    private void openSection(PageSection s, int level, Position at, String title) {
      closeTopic();
      seenSection = true;
      heading(title, at, true);
      section = s;
      scheduleDay = null;
      addressOpen = false;
      headings.push(new Open(level, s));
      mark(at);
    }

    /**
     * Notes the heading that text now stands under: placed (a section the profile knows) or not
     * yet; text kept under it names it in the event's extra and places it.
     */
    private void heading(@Nullable String text, Position at, boolean placed) {
      if (headingOpen != null && !headingUsed) {
        unmapped(
            UnmappedReason.U103_NOT_IN_PROFILE,
            headingOpen,
            String.valueOf(headingText),
            "section heading the profile does not place");
      }
      headingOpen = placed ? null : at;
      headingText = text;
      headingUsed = false;
    }

    /**
     * Keeps text the layout has no field for in the event's {@code extra}, under the heading it
     * stands under ({@code description} in the lead), so that nothing is lost.
     */
    private void keep(Position at, String text, String prefix) {
      String key =
          headingText != null
              ? headingText
              : section != null ? section.key() : seenSection ? "notes" : "description";
      // a line of text after a list item begins a new paragraph (a blank line), as in a template
      // value
      boolean item = prefix.endsWith("- ");
      if (!item && !forScore && keptItem.contains(key)) {
        addLine(key, "");
      }
      if (item) {
        keptItem.add(key);
      } else {
        keptItem.remove(key);
      }
      addLine(key, prefix + text);
      mark(at);
      kept.set(at.start(), at.end());
      if (headingOpen != null && !headingUsed) {
        mark(headingOpen);
        headingUsed = true;
      }
    }

    /**
     * Adds a line to a multi-line value of the event's {@code extra}, in linear time (the lines of
     * a long page are joined once, when the event is assembled).
     */
    private void addLine(String key, String line) {
      if (forScore) {
        // a reading made for its score does not need the text, which may be most of a large page
        eventExtra.putIfAbsent(key, line);
        return;
      }
      StringBuilder lines = extraLines.get(key);
      if (lines == null) {
        if (!eventExtra.containsKey(key)) {
          eventExtra.put(key, "");
          extraLines.put(key, new StringBuilder(line));
          return;
        }
        lines = new StringBuilder(eventExtra.get(key));
        extraLines.put(key, lines);
      }
      lines.append('\n').append(line);
    }

    // ================================================================ templates

    private void template(Template t) {
      String name = t.name();
      if (profile.topicTemplate() != null && sameTemplate(name, profile.topicTemplate())) {
        closeTopic();
        templateTopic(t);
      } else if (draft != null && !draft.template && sameTemplate(name, EventData.TEMPLATE)) {
        topicData(draft, t);
      } else if (profile.isEventTemplate(name)
          || sameTemplate(name, EventData.TEMPLATE)
          || namesEventFields(t)) {
        closeTopic();
        eventTemplate(t);
      } else {
        // a box the profile does not know ({{Note|...}}): its text is kept in extra under its name
        StringBuilder text = new StringBuilder();
        for (Argument a : t.args()) {
          String v = clean(value(a.value()));
          if (!v.isEmpty()) {
            text.append(text.length() == 0 ? "" : " | ")
                .append(a.name() == null ? "" : a.name() + "=")
                .append(v);
          }
        }
        if (text.length() == 0) {
          unmapped(
              UnmappedReason.U103_NOT_IN_PROFILE,
              t.at(),
              raw(t.at()),
              "template the profile does not place: {{" + name + "}}");
          chrome.set(t.at().start(), t.at().end());
        } else {
          problem(
              PageProblem.P106_TEMPLATE_NOT_EXPANDED,
              t.at(),
              "template {{" + name + "}} is not expanded; its text is kept in extra");
          addLine("{{" + name + "}}", text.toString());
          mark(t.at());
          kept.set(t.at().start(), t.at().end());
        }
      }
    }

    /**
     * Whether at least two of a template's parameters are event fields of the profile: an infobox.
     */
    private boolean namesEventFields(Template t) {
      int n = 0;
      for (Argument a : t.args()) {
        if (a.name() != null && profile.eventFieldForParameter(a.name()) != null && ++n >= 2) {
          return true;
        }
      }
      return false;
    }

    private void templateTopic(Template t) {
      mark(t.at());
      Draft d = new Draft(null, t.at());
      d.exact = true;
      d.template = true;
      boolean mailingListSeen = false;
      boolean ircSeen = false;
      for (Argument arg : t.args()) {
        String name = arg.name();
        if (name == null) {
          dropped(arg.at());
          unmapped(
              UnmappedReason.U103_NOT_IN_PROFILE,
              arg.at(),
              arg.raw().strip(),
              "positional parameter of the topic template");
          continue;
        }
        TopicField field = profile.fieldForParameter(name);
        if (field == null) {
          topicValue(d, name, clean(value(arg.value())), arg.at());
          continue;
        }
        if (field == TopicField.MAILING_LIST) {
          mailingListSeen = true;
        } else if (field == TopicField.IRC_CHANNEL) {
          ircSeen = true;
        }
        if (arg.raw().isEmpty()) {
          continue;
        }
        if (field == TopicField.REVIEW) {
          review(d, resolve(arg.value()), arg.at());
          continue;
        }
        String text = value(arg.value());
        if (profile.isFiller(field, text)) {
          dropped(arg.at());
          unmapped(
              UnmappedReason.U104_EMPTY_FIELD,
              arg.at(),
              arg.raw(),
              "template filler for " + field.key() + ": absent");
          d.cleared.add(field);
          continue;
        }
        if (field == TopicField.CONTACTS) {
          d.contacts.addAll(contacts(arg.value()));
          d.seen.add(field);
          d.fieldAt.putIfAbsent(field, arg.at());
          continue;
        }
        setField(d, field, name, text, arg.at());
      }
      if (mailingListSeen) {
        d.seen.add(TopicField.MAILING_LIST);
      }
      if (ircSeen) {
        d.seen.add(TopicField.IRC_CHANNEL);
      }
      if (d.title == null || d.title.isBlank()) {
        FieldSpec spec = profile.fields().get(TopicField.TITLE);
        problem(
            PageProblem.P108_UNTITLED_TOPIC,
            t.at(),
            "topic template without '" + (spec == null ? "title" : spec.parameter()) + "'");
        d.title = UNTITLED;
      }
      draft = d;
      closeTopic();
    }

    /**
     * A value the topic template has no parameter for, or that hackathon-kit's own layout adds to a
     * topic: its id, slot date, slot time and room; any other name is kept in the topic's extra.
     */
    private void topicValue(Draft d, String name, String v, Position at) {
      switch (name) {
        case EventData.TOPIC_ID -> d.id = v;
        case EventData.SLOT_DATE -> {
          d.slotDate = Dates.parseNumeric(v, warnings(at));
          d.slotAt = at;
        }
        case EventData.SLOT_TIME -> {
          d.slotTime = facts.hours(v);
          d.slotAt = d.slotAt == null ? at : d.slotAt;
        }
        case EventData.ROOM -> d.room = v;
        default ->
            d.extra.put(EventData.extraKey(name) != null ? EventData.extraKey(name) : name, v);
      }
    }

    /**
     * hackathon-kit's {@code {{Event data}}} inside a topic of a page without a topic template: the
     * topic's values that the layout's labelled lines cannot carry (an extra field whose key is one
     * of the profile's labels, a value of several lines, an id not derived from the title), read as
     * the topic template's added parameters are; values keep their text exactly.
     */
    private void topicData(Draft d, Template t) {
      mark(t.at());
      for (Argument arg : t.args()) {
        if (arg.name() == null) {
          dropped(arg.at());
          unmapped(
              UnmappedReason.U103_NOT_IN_PROFILE,
              arg.at(),
              arg.raw().strip(),
              "positional parameter of {{" + t.name() + "}}");
          continue;
        }
        topicValue(d, arg.name(), value(arg.value()).strip(), arg.at());
      }
    }

    private void eventTemplate(Template t) {
      mark(t.at());
      firstFact(t.at());
      boolean ours = sameTemplate(t.name(), EventData.TEMPLATE);
      for (Argument arg : t.args()) {
        String name = arg.name();
        String text = ours ? stripKeepingItem(value(arg.value())) : clean(value(arg.value()));
        if (name == null) {
          unmapped(
              UnmappedReason.U103_NOT_IN_PROFILE,
              arg.at(),
              arg.raw().strip(),
              "positional parameter of {{" + t.name() + "}}");
          continue;
        }
        String extraKey = ours ? EventData.extraKey(name) : null;
        if (extraKey != null) { // an extra field named like one of the template's own fields
          if (!text.isEmpty()) {
            eventExtra.put(extraKey, text);
          }
          continue;
        }
        if (ours && EventData.VENUE_KEYS.contains(name)) {
          // our own template states the whole venue; an empty part is an absent one
          venueData.put(
              switch (name) {
                case EventData.VENUE_NAME -> EventField.VENUE;
                case EventData.STREET -> EventField.STREET;
                case EventData.POSTCODE -> EventField.POSTCODE;
                case EventData.CITY -> EventField.CITY;
                default -> EventField.COUNTRY;
              },
              text.isEmpty() ? null : text);
          continue;
        }
        if (text.isEmpty() || (!ours && profile.isFiller(text))) {
          if (!text.isEmpty()) {
            dropped(arg.at());
            unmapped(UnmappedReason.U104_EMPTY_FIELD, arg.at(), arg.raw(), "filler: absent");
          }
          continue;
        }
        if (ours) {
          switch (name) {
            case EventData.EVENT_ID -> statedId = text;
            case EventData.EVENT_TITLE -> stated.put(EventField.TITLE, text);
            case EventData.TIME_ZONE -> stated.put(EventField.TIME_ZONE, text);
            case EventData.VENUE_NAME -> venueData.put(EventField.VENUE, text);
            case EventData.STREET -> venueData.put(EventField.STREET, text);
            case EventData.POSTCODE -> venueData.put(EventField.POSTCODE, text);
            case EventData.CITY -> venueData.put(EventField.CITY, text);
            case EventData.COUNTRY -> venueData.put(EventField.COUNTRY, text);
            case EventData.TENTATIVE, EventData.WAITLISTED, EventData.WITHDRAWN -> {
              statusLists.put(name, value(arg.value()).strip());
              statusListsAt = arg.at();
            }
            default -> eventExtra.put(name, text);
          }
          continue;
        }
        EventField field = profile.eventFieldForParameter(name);
        if (field == null) {
          eventExtra.put(name, text);
          continue;
        }
        eventField(field, text, arg.at());
      }
    }

    // ================================================================ lines

    private void line(Line l, int index) {
      lineMarkup = l.text();
      Inline inline = resolveInline(l.text());
      String text = inline.text();
      String stripped = text.strip();
      if (stripped.isEmpty()) {
        // categories, behaviour switches, translation tags: the page's metadata, not its content
        unmapped(
            UnmappedReason.U101_MARKUP_WITHOUT_TEXT,
            l.at(),
            raw(l.at()),
            "markup without visible text");
        chrome.set(l.at().start(), l.at().end());
        return;
      }
      if (isChrome(stripped, index)) {
        unmapped(UnmappedReason.U102_SITE_CHROME, l.at(), stripped, "site chrome");
        chrome.set(l.at().start(), l.at().end());
        chromeLine = l.at().line();
        return;
      }
      if (NAV_LINE.matcher(stripped).matches()) {
        unmapped(
            UnmappedReason.U102_SITE_CHROME, l.at(), stripped, "site chrome (a line of links)");
        chrome.set(l.at().start(), l.at().end());
        return;
      }
      if (chromeLine > 0
          && l.at().line() == chromeLine + 1
          && TOC_ENTRY.matcher(stripped).matches()) {
        // the numbered entries of a table of contents under its title
        unmapped(UnmappedReason.U102_SITE_CHROME, l.at(), stripped, "table of contents");
        chrome.set(l.at().start(), l.at().end());
        chromeLine = l.at().line();
        return;
      }
      if (!seenSection
          && headingTitle == null
          && !explicitHeadings
          && stripped.length() <= 100
          && index + 1 < blocks.size()
          && ((l.alone()
                  && blocks.get(index + 1) instanceof Line next
                  && resolveInline(next.text()).text().strip().startsWith(stripped + " "))
              || captionOf(index + 1))) {
        // the page's name as a line of its own, then the lead sentence that starts with it, or an
        // infobox under it
        headingTitle = stripped;
        factAt.add(l.at());
        mark(l.at());
        return;
      }
      if (IMAGE_NAME.matcher(stripped).matches() && !hasIcon(stripped)) {
        unmapped(
            UnmappedReason.U101_MARKUP_WITHOUT_TEXT,
            l.at(),
            stripped,
            "image file name standing alone (a picture on the page)");
        return;
      }
      if (statusLine(stripped, l.at())) {
        return;
      }
      if (isHeadingLine(l, stripped)) {
        PageSection s = profile.sectionForHeading(headingText(stripped));
        if (s != null) {
          openSection(s, 0, l.at(), headingText(stripped));
          headings.pop();
          return;
        }
      }
      if (isTopicStart(index, stripped)) {
        closeTopic();
        draft = new Draft(clean(stripped), l.at());
        listTopicDepth = 0;
        mark(l.at());
        return;
      }
      if (draft != null
          && (hasIcon(stripped)
              || (draft.inReview && labels(stripped, false).isEmpty())
              || isVote(stripped))) {
        // in a review block every line is an entry: with an icon, signed without one, or unsigned;
        // anywhere
        // in a topic, a signed line opened by a vote word ("+1 [[User:Kai|Kai]] 09:12, …") is a
        // vote
        review(draft, stripped, l.at());
        return;
      }
      if (!explicitHeadings && l.alone() && looksLikeHeading(stripped)) {
        // rendered text shows a heading as a short line alone between blank lines
        textHeading(stripped, index, l.at());
        return;
      }
      List<LabelHit> hits = labels(stripped, true);
      if (!hits.isEmpty()) {
        labelled(hits, stripped, l.at(), inline);
        return;
      }
      if (draft != null && draft.current != null) {
        continueField(draft, stripped, 0, l.at());
        return;
      }
      if (section == PageSection.LINKS) {
        link(inline, l.at());
        return;
      }
      if (section != null && section.attendeeStatus() != null) {
        if (looksLikeName(stripped)) {
          attendee(inline, section.attendeeStatus(), l.at());
        } else {
          keep(l.at(), stripped, "");
        }
        return;
      }
      if (section == PageSection.SCHEDULE
          || (scheduleDay != null && section == PageSection.TOPICS)) {
        if (session(stripped, l.at())) {
          return;
        }
      }
      if (section == null
          || section == PageSection.WHEN_AND_WHERE
          || section == PageSection.SCHEDULE) {
        if (when(inline, l.at())) {
          return;
        }
      }
      if (section == PageSection.TOPICS && draft == null && leadingBold(inline) != null) {
        listTopic(inline, 1, l.at());
        return;
      }
      if (draft != null) {
        // text under a topic's heading, outside its fields, describes it
        draft.description.add(new Piece(stripped, false));
        mark(l.at());
        return;
      }
      keep(l.at(), stripped, "");
    }

    /**
     * Site chrome: the profile's chrome lines, and the page's title repeated in a footer
     * ("Page/Name (last modified ...)").
     */
    private boolean isChrome(String text, int index) {
      String title = outline.pageTitle();
      return profile.isIgnoredLine(text)
          || (index > 0
              && title != null
              && text.startsWith(title)
              && (text.length() == title.length() || text.startsWith(" (", title.length())));
    }

    /**
     * Whether block {@code index} begins an infobox (a picture, then a table; or a table) that a
     * line above names.
     */
    private boolean captionOf(int index) {
      Block b = blocks.get(index);
      if (b instanceof Table t) {
        // an infobox right under its caption line
        return t.at().line() == blocks.get(index - 1).at().line() + 1;
      }
      if (b instanceof Line l && IMAGE_NAME.matcher(l.text().text().strip()).matches()) {
        return index + 1 < blocks.size() && blocks.get(index + 1) instanceof Table;
      }
      return false;
    }

    /**
     * Whether a line reads as a heading: short, no sentence or label, starting with a capital or a
     * number.
     */
    private boolean looksLikeHeading(String text) {
      if (text.length() > 60
          || text.indexOf('\t') >= 0
          || !hasLetter(text)
          || ".:;,!".indexOf(text.charAt(text.length() - 1)) >= 0
          || !labels(text, true).isEmpty()
          || IMAGE_NAME.matcher(text).matches()
          || hasIcon(text)) {
        return false;
      }
      int c = text.codePointAt(0);
      return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c);
    }

    /**
     * A heading of rendered text the profile does not know: a topic under topics, the page's name
     * in the lead, else a section of its own.
     */
    private void textHeading(String text, int index, Position at) {
      LocalDate day =
          section == null
                  || section == PageSection.SCHEDULE
                  || section == PageSection.WHEN_AND_WHERE
                  || section == PageSection.TOPICS
              ? dayIn(headingText(text))
              : null;
      if (day != null) {
        // a day of the programme: "Saturday 4 May"
        closeTopic();
        scheduleDay = day;
        if (section == null) {
          section = PageSection.SCHEDULE;
        }
        mark(at);
        return;
      }
      if (section == PageSection.TOPICS && contentFollows(index)) {
        closeTopic();
        draft = new Draft(headingText(text), at);
        listTopicDepth = 0;
        mark(at);
        return;
      }
      if (!seenSection && headingTitle == null && isName(headingText(text))) {
        headingTitle = headingText(text);
        factAt.add(at);
        mark(at);
        return;
      }
      closeTopic();
      seenSection = true;
      section = null;
      scheduleDay = null;
      heading(headingText(text), at, false);
    }

    /**
     * Whether the block after {@code index} is content (a line that is no heading, an item, a
     * table).
     */
    private boolean contentFollows(int index) {
      if (index + 1 >= blocks.size()) {
        return false;
      }
      Block next = blocks.get(index + 1);
      if (next instanceof Line l) {
        String t = resolveInline(l.text()).text().strip();
        return !(l.alone() && looksLikeHeading(t));
      }
      return next instanceof Item || next instanceof Table;
    }

    /**
     * Reads "Maybe: Finn Murphy, Hana Sato": a line whose label names a list of attendees (a
     * heading the profile knows for one) and whose value names people, each an attendee of that
     * list's status. Whether the line was one.
     */
    private boolean statusLine(String text, Position at) {
      int colon = text.indexOf(':');
      if (draft != null
          || colon <= 0
          || colon > MAX_HEADING
          || text.substring(colon + 1).isBlank()) {
        return false;
      }
      PageSection s = profile.sectionForHeading(headingText(text.substring(0, colon)));
      if (s == null || s.attendeeStatus() == null || !labels(text, false).isEmpty()) {
        return false; // a known label ("RSVP: on the event page") is that field's
      }
      List<Person> people = people(text.substring(colon + 1));
      // names only: each starts with a capital ("RSVP: on the event page" names nobody); otherwise
      // the
      // line is read as a labelled line (kept in extra with a warning)
      if (people.isEmpty()
          || !people.stream()
              .allMatch(
                  p ->
                      looksLikeName(p.name())
                          && Character.isUpperCase(p.name().codePointAt(0))
                          && p.name().split(" ").length <= 4)) {
        return false;
      }
      for (Person p : people) {
        attendees.add(
            new Attendee(shared(p.name()), sharedOrNull(p.affiliation()), s.attendeeStatus()));
        attendeeAt.add(at);
      }
      mark(at);
      return true;
    }

    private boolean isHeadingLine(Line l, String text) {
      int colon = text.indexOf(':');
      if (colon >= 0 && !text.substring(colon + 1).isBlank()) {
        return false; // a heading has no value after a colon: "Maybe: Finn Murphy" is a list, see
        // statusLine
      }
      return (l.alone() || section == null || draft == null)
          && text.length() <= MAX_HEADING
          && !text.endsWith(".")
          && labels(text, false).isEmpty()
          && !hasIcon(text)
          && profile.sectionForHeading(headingText(text)) != null
          && (l.alone() || text.length() <= 40);
    }

    private static String headingText(String text) {
      String s = SECTION_NUMBER.matcher(text.strip()).replaceFirst("");
      while (!s.isEmpty() && "?:!".indexOf(s.charAt(s.length() - 1)) >= 0) {
        s = s.substring(0, s.length() - 1).strip();
      }
      return s;
    }

    /**
     * Whether block {@code i} is a topic's title: followed by a line that starts with a topic
     * field's label.
     */
    private boolean isTopicStart(int i, String text) {
      // inside a topic, an unknown "Label: value" among its fields is a field; a title stands alone
      boolean alone = blocks.get(i) instanceof Line line && line.alone();
      if (text.length() > 200 || hasIcon(text) || !labels(text, !alone).isEmpty()) {
        return false;
      }
      if (i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Line next)) {
        return false;
      }
      List<LabelHit> hits = labels(resolveInline(next.text()).text().strip(), false);
      if (hits.isEmpty()
          || hits.get(0).field() == null
          || hits.get(0).field() == TopicField.REVIEW
          || hits.get(0).field() == TopicField.TITLE) {
        return false;
      }
      if (text.contains("://")) {
        return false;
      }
      Draft open = draft;
      if (open == null) {
        // outside a topics section a title needs a block of fields under it, not one stray label
        return section == PageSection.TOPICS || topicFieldsFollow(i + 1) >= 2;
      }
      TopicField nextField = hits.get(0).field();
      return open.seen.contains(nextField)
          || (open.current != null && open.current.field == nextField)
          || open.inReview
          || open.current == null
          || ((Line) blocks.get(i)).alone();
    }

    /** How many lines in a row from block {@code from} start with a topic field's label. */
    private int topicFieldsFollow(int from) {
      int n = 0;
      for (int k = from;
          k < blocks.size() && k < from + 3 && blocks.get(k) instanceof Line l;
          k++) {
        List<LabelHit> hits = labels(resolveInline(l.text()).text().strip(), false);
        if (hits.isEmpty() || hits.get(0).field() == null) {
          break;
        }
        n++;
      }
      return n;
    }

    // ================================================================ labelled fields

    /**
     * A label found in a line: the topic or event field (or neither), its text and where its value
     * is.
     */
    private record LabelHit(
        @Nullable TopicField field,
        @Nullable EventField eventField,
        String label,
        int start,
        int valueStart,
        int valueEnd) {}

    /**
     * The labels in a line: a label at its start (known, or any short {@code Label:} when {@code
     * unknown} is allowed), then known labels after {@code ;}. Empty when the line starts with
     * none.
     */
    private List<LabelHit> labels(String line, boolean unknown) {
      if (line.isEmpty()) {
        return List.of();
      }
      Map<String, List<LabelHit>> memo = unknown ? labelsWithUnknown : labelsKnown;
      List<LabelHit> hits = memo.get(line);
      if (hits == null) {
        hits = findLabels(line, unknown);
        memo.put(line, hits);
      }
      return hits;
    }

    private List<LabelHit> findLabels(String line, boolean unknown) {
      LabelHit first = known(line, 0, true);
      if (first == null && unknown) {
        first = unknownLabel(line);
      }
      if (first == null) {
        return List.of();
      }
      List<LabelHit> hits = new ArrayList<>();
      List<Integer> ends = new ArrayList<>();
      hits.add(first);
      for (int k = line.indexOf(';', first.valueStart()); k >= 0; k = line.indexOf(';', k + 1)) {
        int p = k + 1;
        while (p < line.length() && line.charAt(p) == ' ') {
          p++;
        }
        LabelHit hit = known(line, p, false);
        if (hit != null) {
          ends.add(k);
          hits.add(hit);
          k = hit.valueStart() - 1;
        }
      }
      ends.add(line.length());
      List<LabelHit> out = new ArrayList<>(hits.size());
      for (int h = 0; h < hits.size(); h++) {
        LabelHit hit = hits.get(h);
        out.add(
            new LabelHit(
                hit.field(),
                hit.eventField(),
                hit.label(),
                hit.start(),
                Math.min(hit.valueStart(), ends.get(h)),
                ends.get(h)));
      }
      return out;
    }

    private @Nullable LabelHit known(String line, int at, boolean lineStart) {
      for (ProfileIndex.LabelEntry entry : profile.labelsAt(line, at)) {
        String label = entry.label();
        if (!line.regionMatches(true, at, label, 0, label.length())) {
          continue;
        }
        int p = at + label.length();
        while (p < line.length() && line.charAt(p) == ' ') {
          p++;
        }
        TopicField tf = entry.field();
        EventField ef = entry.eventField();
        if (p < line.length() && line.charAt(p) == ':') {
          int v = p + 1;
          while (v < line.length() && line.charAt(v) == ' ') {
            v++;
          }
          return new LabelHit(
              tf, ef, line.substring(at, at + label.length()), at, v, line.length());
        }
        if (lineStart && p == line.length() && (tf == TopicField.REVIEW)) {
          return new LabelHit(tf, ef, line.substring(at, at + label.length()), at, p, p);
        }
        // a flattened infobox row: the label glued to its value ("Dates02. to 04. September 2011")
        if (lineStart
            && ef != null
            && p == at + label.length()
            && p < line.length()
            && (Character.isDigit(line.charAt(p)) || Character.isUpperCase(line.charAt(p)))
            && Character.isLowerCase(line.charAt(p - 1))) {
          return new LabelHit(tf, ef, line.substring(at, p), at, p, line.length());
        }
      }
      return null;
    }

    private @Nullable LabelHit unknownLabel(String line) {
      Matcher m = UNKNOWN_LABEL.matcher(line);
      if (!m.lookingAt()) {
        return null;
      }
      String label = m.group(1).strip();
      if (label.isEmpty()
          || label.split(" ").length > MAX_LABEL_WORDS
          || facts.hours(line) != null
          || Dates.findRange(label, 2000) != null
          || hasIcon(line)) {
        return null;
      }
      int v = m.end() + 1;
      while (v < line.length() && line.charAt(v) == ' ') {
        v++;
      }
      return new LabelHit(null, null, label, 0, Math.min(v, line.length()), line.length());
    }

    private void labelled(List<LabelHit> hits, String text, Position at, Inline inline) {
      LabelHit first = hits.get(0);
      // the same text with its links kept together, for a list of people (text is inline's,
      // stripped)
      int lead = inline.text().indexOf(text);
      String linksKept =
          lead < 0
              ? text
              : linksKeptTogether(inline.text(), inline.marks())
                  .substring(lead, lead + text.length());
      boolean topicLine = first.field() != null && (draft != null || section == PageSection.TOPICS);
      if (first.field() == TopicField.TITLE && topicLine) {
        closeTopic();
        String title = clean(text.substring(first.valueStart(), first.valueEnd()));
        draft = new Draft(title.isEmpty() ? null : title, at);
        listTopicDepth = 0;
        mark(at);
        for (int h = 1; h < hits.size(); h++) {
          topicLabel(draft, hits.get(h), text, linksKept, at);
        }
        return;
      }
      if (topicLine && draft != null) {
        mark(at);
        for (LabelHit hit : hits) {
          topicLabel(draft, hit, text, linksKept, at);
        }
        return;
      }
      if (first.field() == null && first.eventField() == null && draft != null) {
        mark(at);
        topicLabel(draft, first, text, linksKept, at);
        return;
      }
      boolean outside = false;
      for (LabelHit hit : hits) {
        String value = clean(text.substring(hit.valueStart(), hit.valueEnd()));
        EventField ef = hit.eventField();
        if (ef != null) {
          mark(at);
          firstFact(at);
          if (value.isEmpty()) {
            if (ef == EventField.VENUE || ef == EventField.ADDRESS) {
              addressOpen = true;
              pendingIntro = at;
            }
            continue;
          }
          if (profile.isFiller(value)) {
            dropped(at);
            unmapped(UnmappedReason.U104_EMPTY_FIELD, at, text.strip(), "filler: absent");
            continue;
          }
          eventField(ef, value, at);
        } else if (hit.field() == null) {
          if (value.isEmpty()) {
            unmapped(UnmappedReason.U104_EMPTY_FIELD, at, text.strip(), "label without a value");
            continue;
          }
          mark(at);
          kept.set(at.start(), at.end());
          eventExtra.put(hit.label(), value);
          factAt.add(at);
          problem(
              PageProblem.P109_UNKNOWN_FIELD,
              at,
              "field '" + hit.label() + "' kept in the event's extra");
        } else if (!outside) {
          outside = true;
          unmapped(
              UnmappedReason.U105_INCOMPLETE_ENTRY,
              at,
              text.strip(),
              "topic field outside any topic");
        }
      }
    }

    private void eventField(EventField field, String value, Position at) {
      firstFact(at);
      switch (field) {
        case TITLE -> stated.putIfAbsent(EventField.TITLE, value);
        case DATES -> {
          Dates.DateRange r = facts.range(value, yearHint(), warnings(at));
          String bare = BRACKETS.matcher(value).replaceAll(" ");
          if ((r == null || r.start().equals(r.end())) && !bare.equals(value)) {
            // "Sunday 8 September (arrival) to Saturday 14 September 2019 (departure)"
            Dates.DateRange b = facts.range(clean(bare), yearHint(), Warnings.IGNORE);
            if (b != null && !b.start().equals(b.end())) {
              r = new Dates.DateRange(b.start(), b.end(), 0, 0);
              value = clean(bare);
            }
          }
          if (r == null) {
            LocalDate d = dayIn(value);
            r = d == null ? null : new Dates.DateRange(d, d, 0, value.length());
          }
          if (r != null
              && range != null
              && r.start().equals(r.end())
              && range.start().equals(range.end())
              && r.start().isAfter(range.start())
              && !r.start().isAfter(range.start().plusDays(31))) {
            // a start date and an end date stated apart ({{Infobox|start=…|end=…}}, "From:", "To:")
            range = new Dates.DateRange(range.start(), r.start(), 0, 0);
            return;
          }
          if (r == null) {
            eventExtra.put("dates", value);
            problem(
                PageProblem.P105_UNREADABLE_VALUE,
                at,
                "dates: expected a date or date range, found '" + value + "'; kept in extra");
            return;
          }
          setRange(r, at);
          hoursIn(value.substring(r.to()));
          placeAround(value, r);
        }
        case HOURS -> {
          Hours.TimeRange h = facts.hours(value);
          if (h != null && weekdayHours(value)) {
            return;
          }
          if (h != null) {
            generalHours = h;
          } else {
            eventExtra.put("hours", value);
            problem(
                PageProblem.P105_UNREADABLE_VALUE,
                at,
                "hours: expected a time range such as 10:00-18:00, found '"
                    + value
                    + "'; kept in extra");
          }
        }
        case VENUE, ADDRESS -> {
          Matcher inner = BRACKETS.matcher(value);
          if (inner.find() && inner.group().indexOf(',') > 0) {
            // "Brno, Czech Republic (Red Kite Coworking, Purkyňova 99, 612 00 Brno)"
            eventField(field, value.substring(inner.start() + 1, inner.end() - 1), at);
            value = clean(value.substring(0, inner.start()) + " " + value.substring(inner.end()));
          }
          Venue v = facts.place(value);
          if (v == null) {
            return;
          }
          if (field == EventField.VENUE
              && ((value.indexOf(',') < 0 && !Places.isCountry(value))
                  || (v.city() == null
                      && v.country() == null
                      && v.street() == null
                      && v.postcode() == null))) {
            stated.putIfAbsent(EventField.VENUE, value);
          } else {
            venues.add(new Place(v, 0));
          }
        }
        case STREET -> stated.putIfAbsent(EventField.STREET, value);
        case POSTCODE -> stated.putIfAbsent(EventField.POSTCODE, value);
        case CITY -> stated.putIfAbsent(EventField.CITY, value);
        case COUNTRY -> stated.putIfAbsent(EventField.COUNTRY, value);
        case TIME_ZONE -> stated.putIfAbsent(EventField.TIME_ZONE, value);
      }
    }

    /**
     * The hours a line states after the dates: ranges per weekday, or a start and an end in words
     * ({@code We start at 10:00 every day and leave by 19:00; Sunday ends at 15:00}).
     */
    private void hoursIn(String text) {
      if (weekdayHours(text) || generalHours != null) {
        return;
      }
      String[] clauses = text.split("[;.]");
      for (String clause : clauses) {
        Hours.TimeRange both = Hours.findStartAndEnd(clause);
        if (both != null && generalHours == null) {
          generalHours = both;
          continue;
        }
        Hours.TimeRange end = Hours.findEnd(clause);
        if (end != null && generalHours != null) {
          for (String word : WORDS.split(clause.substring(0, end.from()))) {
            java.time.DayOfWeek wd = word.isEmpty() ? null : facts.weekday(word);
            if (wd != null && end.opens().isAfter(generalHours.opens())) {
              dayHours.put(
                  wd, new Hours.TimeRange(generalHours.opens(), end.opens(), end.from(), end.to()));
            }
          }
        }
      }
    }

    /**
     * Hours per weekday ({@code Friday 16:00-23:00, Saturday and Sunday 10:00-22:00}): each part
     * names weekdays before its hours; a part without weekdays gives the general hours. Whether any
     * part named a weekday.
     */
    private boolean weekdayHours(String value) {
      boolean any = false;
      int from = 0;
      while (from < value.length()) {
        Hours.TimeRange h = facts.hours(value.substring(from));
        if (h == null) {
          break;
        }
        boolean named = false;
        for (String word : WORDS.split(value.substring(from, from + h.from()))) {
          java.time.DayOfWeek wd = word.isEmpty() ? null : facts.weekday(word);
          if (wd != null) {
            dayHours.put(wd, h);
            named = true;
          }
        }
        if (!named && generalHours == null) {
          generalHours = h;
        }
        any |= named;
        from += Math.max(1, h.to());
      }
      return any;
    }

    // ================================================================ when and where

    /** Dates, hours, a place or the event's name in running text; whether anything was found. */
    private boolean when(Inline inline, Position at) {
      String text = inline.text().strip();
      boolean any = false;
      boolean lead = !seenSection;
      // the text's first dates, read once; their doubts are reported only where they are used as
      // the event's dates
      Warnings.Recorded dateDoubts = new Warnings.Recorded();
      Dates.DateRange dates = facts.range(text, yearHint(), dateDoubts);
      if (boldTitle == null && lead) {
        String bold = firstBold(inline);
        if (bold != null && bold.length() > 2) {
          boldTitle = bold;
          any = true;
          factAt.add(at);
        }
      }
      if (sentenceTitle == null && (lead || section == PageSection.WHEN_AND_WHERE)) {
        Matcher m = TITLE_SENTENCE.matcher(text);
        if (m.find()) {
          sentenceTitle =
              ARTICLE.matcher(clean(m.group(1) != null ? m.group(1) : m.group(2))).replaceFirst("");
          any = true;
          factAt.add(at);
          if (dates == null) {
            // "We confirmed the Summit in Dublin, Ireland.": a place without dates
            Matcher in = LAST_IN.matcher(text.substring(m.group(1) != null ? m.end(1) : m.end(2)));
            Venue v = in.matches() ? facts.place(in.group(1)) : null;
            if (v != null) {
              venues.add(new Place(v, 2));
            }
          }
        }
      }
      if (subjectTitle == null && lead && boldTitle == null) {
        Matcher m = SUBJECT_IS.matcher(text);
        if (m.find() && isName(m.group(1))) {
          subjectTitle = ARTICLE.matcher(clean(m.group(1))).replaceFirst("");
          any = true;
          factAt.add(at);
        }
      }
      Dates.DateRange spanning = dates;
      Hours.DayHours dh =
          spanning != null && !spanning.start().equals(spanning.end())
              ? null
              : facts.dayLine(text, yearHint(), warnings(at));
      if (dh != null && dh.date() == null && dh.hours().closes() != null) {
        LocalDate day = dayIn(text.substring(0, dh.hours().from()));
        if (day != null) {
          dh = new Hours.DayHours(java.time.MonthDay.from(day), day, dh.hours());
        }
      }
      if (dh != null && dh.date() != null && dh.hours().closes() != null) {
        listedDays.put(dh.date(), EventDay.of(dh.date(), dh.hours().opens(), dh.hours().closes()));
        dayAt.put(dh.date(), at);
        if (spanning != null) {
          placeAround(text, spanning);
        }
        mark(at);
        firstFact(at);
        return true;
      }
      Dates.DateRange r = dates;
      dateDoubts.replay(warnings(at));
      if (r != null) {
        if (range == null) {
          setRange(r, at);
          hoursIn(text.substring(r.to()));
          placeAround(text, r);
        } else if (r.start().equals(range.start()) && r.end().equals(range.end())) {
          hoursIn(text.substring(r.to()));
          placeAround(text, r);
        } else {
          if (r.start().equals(r.end())
              && !r.start().isBefore(range.start())
              && !r.start().isAfter(range.end())) {
            listedDays.putIfAbsent(r.start(), new EventDay(r.start(), null, null));
          } else {
            problem(
                PageProblem.P112_SECOND_DATES,
                at,
                "other dates stated (another event's?); the statement on line "
                    + (rangeAt == null ? 0 : rangeAt.line())
                    + " was used; the line is kept in extra");
            keep(at, text, "");
            return true;
          }
        }
        mark(at);
        firstFact(at);
        return true;
      }
      if (dh != null
          && dh.hours().closes() != null
          && section == PageSection.WHEN_AND_WHERE
          && generalHours == null) {
        generalHours = dh.hours();
        mark(at);
        return true;
      }
      if (any) {
        firstFact(at);
        if (sentenceTitle == null || !TITLE_SENTENCE.matcher(text).find()) {
          // the lead sentence that names the event: the name is the title, the sentence is kept
          keep(at, text, "");
        } else {
          mark(at);
        }
        return true;
      }
      if (section == PageSection.WHEN_AND_WHERE || addressOpen) {
        if (text.indexOf('\n') > 0 && text.length() < 300) {
          // an address written as lines ("Name<br>Street<br>Postcode City<br>Country")
          Venue v = facts.address(List.of(text.split("\\s*\n\\s*")));
          if (v != null && (v.city() != null || v.country() != null)) {
            venues.add(new Place(v, 1));
            mark(at);
            firstFact(at);
            return true;
          }
        }
        if (text.length() <= 80
            && !text.endsWith(":")
            && !text.endsWith("!")
            && !text.endsWith("?")
            && (pending.isEmpty() || pendingEnd + 1 == at.line())) {
          // one line of an address written on its own lines; placed when the block ends
          pending.add(new Pending(text, at));
          pendingEnd = at.line();
          return true;
        }
        if (text.endsWith(":") && text.length() <= 80) {
          // "It is hosted at:" introduces an address block on the following lines
          pendingIntro = at;
          return true;
        }
        Venue v = facts.placeIn(text);
        if (v != null && v.country() != null && Places.isCountry(v.country())) {
          venues.add(new Place(v, 2));
          mark(at);
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a sentence's subject reads as an event's name: more than one capitalised word, or a
     * year.
     */
    private static boolean isName(String subject) {
      String[] words = subject.strip().split(" ");
      int capitals = 0;
      for (String w : words) {
        if (!w.isEmpty()
            && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
          capitals++;
        }
      }
      return words.length >= 2 && capitals >= 2;
    }

    /**
     * Places the lines collected as a possible address block: a venue when they name a city or
     * country.
     */
    private void flushAddress() {
      if (pending.isEmpty()) {
        return;
      }
      List<Pending> lines = List.copyOf(pending);
      pending.clear();
      addressOpen = false;
      Position intro = pendingIntro;
      pendingIntro = null;
      Venue v =
          lines.size() == 1
              ? facts.placeIn(lines.get(0).text())
              : facts.address(lines.stream().map(Pending::text).toList());
      if (v != null
          && (v.city() != null || (v.country() != null && Places.isCountry(v.country())))) {
        venues.add(new Place(v, 1));
        lines.forEach(l -> mark(l.at()));
        lines.forEach(l -> factAt.add(l.at()));
        if (intro != null) {
          mark(intro);
        }
        firstFact(lines.get(0).at());
        return;
      }
      for (Pending l : lines) {
        keep(l.at(), l.text(), "");
      }
      if (intro != null) {
        unmapped(
            UnmappedReason.U103_NOT_IN_PROFILE,
            intro,
            raw(intro),
            "text the profile does not place");
      }
    }

    private void setRange(Dates.DateRange r, Position at) {
      if (range == null) {
        range = r;
        rangeAt = at;
      }
    }

    /**
     * The place stated in the sentence of the dates: after them ("... 2019 at Betahaus, Berlin"),
     * else before.
     */
    private void placeAround(String text, Dates.DateRange r) {
      Matcher end = SENTENCE_END.matcher(text);
      if (end.find(r.to())) {
        // the place is stated in the sentence of the dates, not in the next one
        text = text.substring(0, end.start() + 1);
      }
      Matcher in = PLACE_AFTER_DATES.matcher(text.substring(r.to()));
      Venue after = in.matches() ? facts.place(in.group(1)) : null;
      if (after != null
          && (after.city() != null || after.country() != null || after.street() != null)) {
        // "... for May 16-17, 2013 in Dublin, Ireland.": the rest of the sentence is the place
        venues.add(new Place(after, 2));
        Venue before = facts.placeIn(text.substring(0, r.from()));
        if (before != null && (before.city() != null || before.country() != null)) {
          venues.add(new Place(before, 2));
        }
        return;
      }
      for (String side : new String[] {text.substring(r.to()), text.substring(0, r.from())}) {
        Venue v = facts.placeIn(side);
        if (v != null && (v.city() != null || v.country() != null)) {
          venues.add(new Place(v, 2));
        }
      }
    }

    private @Nullable Integer yearHint() {
      if (range != null) {
        return range.start().getYear();
      }
      if (!listedDays.isEmpty()) {
        return listedDays.keySet().iterator().next().getYear();
      }
      return pageYear;
    }

    /** A single day named in short text (a schedule heading, a day cell), or {@code null}. */
    private @Nullable LocalDate dayIn(String text) {
      if (text.length() > 80) {
        return null;
      }
      Dates.DateRange r = facts.range(text, yearHint(), Warnings.IGNORE);
      if (r != null) {
        return r.start().equals(r.end()) ? r.start() : null;
      }
      LocalDate first = firstDay();
      if (first == null) {
        return null;
      }
      LocalDate last = lastDay();
      Matcher n = DAY_NUMBER.matcher(text);
      if (n.find()) {
        LocalDate d = first.plusDays(Integer.parseInt(n.group(1)) - 1L);
        return d.isAfter(last) ? null : d;
      }
      for (String word : WORDS.split(text)) {
        java.time.DayOfWeek wd = word.isEmpty() ? null : facts.weekday(word);
        if (wd != null) {
          return Facts.onOrAfter(first, last, wd);
        }
      }
      return null;
    }

    /** The first day the page states so far, or {@code null}. */
    private @Nullable LocalDate firstDay() {
      LocalDate first = range == null ? null : range.start();
      if (!listedDays.isEmpty()) {
        LocalDate listed = listedDays.keySet().iterator().next();
        first = first == null || listed.isBefore(first) ? listed : first;
      }
      return first;
    }

    private LocalDate lastDay() {
      LocalDate last = range == null ? null : range.end();
      for (LocalDate d : listedDays.keySet()) {
        last = last == null || d.isAfter(last) ? d : last;
      }
      LocalDate first = firstDay();
      return last == null ? (first == null ? LocalDate.MIN : first.plusDays(6)) : last;
    }

    // ================================================================ list items

    private void item(Item it, int index) {
      lineMarkup = it.text();
      Inline inline = resolveInline(it.text());
      String text = inline.text().strip();
      if (text.isEmpty()) {
        unmapped(UnmappedReason.U101_MARKUP_WITHOUT_TEXT, it.at(), raw(it.at()), "empty list item");
        return;
      }
      if (isChrome(text, index)) {
        unmapped(UnmappedReason.U102_SITE_CHROME, it.at(), text, "site chrome");
        chrome.set(it.at().start(), it.at().end());
        return;
      }
      if (draft != null
          && draft.current != null
          && draft.current.field.isLongText()
          && listTopicDepth == 0) {
        continueField(draft, text, it.depth(), it.at());
        return;
      }
      if (draft != null && isVote(text)) {
        // "* +1 [[User:Kai|Kai]] 09:12, 3 October 2019 (UTC)" in a topic: a vote for it
        review(draft, text, it.at());
        return;
      }
      if (draft != null && listTopicDepth > 0 && it.depth() > listTopicDepth) {
        // "** Skills: Python" under a list item's topic: a field of that topic, not a line of its
        // description
        List<LabelHit> field = it.depth() == listTopicDepth + 1 ? labels(text, false) : List.of();
        if (field.size() == 1
            && field.get(0).start() == 0
            && field.get(0).field() != null
            && field.get(0).field() != TopicField.TITLE
            && field.get(0).field() != TopicField.REVIEW
            && !field.get(0).field().isLongText()
            && !draft.seen.contains(field.get(0).field())) {
          mark(it.at());
          int lead = inline.text().indexOf(text);
          String linksKept =
              lead < 0
                  ? text
                  : linksKeptTogether(inline.text(), inline.marks())
                      .substring(lead, lead + text.length());
          topicLabel(draft, field.get(0), text, linksKept, it.at());
          return;
        }
        draft.description.add(
            new Piece("  ".repeat(it.depth() - listTopicDepth - 1) + "- " + text, true));
        mark(it.at());
        return;
      }
      List<LabelHit> hits = labels(text, false);
      if (!hits.isEmpty()
          && (hits.get(0).eventField() != null || (draft != null && hits.get(0).field() != null))) {
        labelled(hits, text, it.at(), inline);
        return;
      }
      if (draft != null && listTopicDepth == 0 && hits.isEmpty()) {
        List<LabelHit> any = labels(text, true);
        if (!any.isEmpty()) {
          // "* '''Size:''' 350 hours" under a topic's heading: a field of that topic
          labelled(any, text, it.at(), inline);
          return;
        }
      }
      if (section != null && section.attendeeStatus() != null) {
        attendee(inline, section.attendeeStatus(), it.at());
        return;
      }
      if (section == PageSection.LINKS) {
        link(inline, it.at());
        return;
      }
      if (section == PageSection.SCHEDULE
          || ((section == PageSection.TOPICS || section == PageSection.WHEN_AND_WHERE)
              && startsWithTime(text))) {
        if (session(text, it.at())) {
          return;
        }
      }
      if (section == null && seenSection && hasContactLabel(text)) {
        // "Idea - lead: Name" under a heading the profile does not know is a topic
        listTopic(inline, it.depth(), it.at());
        return;
      }
      if (section == PageSection.TOPICS || section == PageSection.SCHEDULE) {
        // an agenda without times lists topics
        listTopic(inline, it.depth(), it.at());
        return;
      }
      if (section == null || section == PageSection.WHEN_AND_WHERE) {
        if (when(inline, it.at())) {
          return;
        }
        List<LabelHit> any = labels(text, true);
        if (!any.isEmpty() && any.get(0).field() == null) {
          labelled(any, text, it.at(), inline);
          return;
        }
      }
      if (!hits.isEmpty()
          && hits.get(0).field() == null
          && hits.get(0).eventField() == null
          && section == null) {
        labelled(hits, text, it.at(), inline);
        return;
      }
      keep(it.at(), text, "  ".repeat(it.depth() - 1) + "- ");
    }

    // ================================================================ attendees

    /**
     * An attendee entry: the name (a user link's label when the entry starts with one), then an
     * affiliation or a note; a signature (a later user link, a time stamp) is no part of it. Struck
     * through at its start, or with a note that says so, the person withdrew.
     */
    private void attendee(Inline inline, AttendeeStatus sectionStatus, Position at) {
      String t = inline.text();
      int lead = 0;
      while (lead < t.length() && Character.isWhitespace(t.charAt(lead))) {
        lead++;
      }
      List<Mark> users = inline.marks(Mark.Kind.USER);
      Mark first = users.isEmpty() ? null : users.get(0);
      boolean linked = first != null && first.from() <= lead + 1;
      int end = t.length();
      for (Mark u : users) {
        if (u != first || !linked) {
          // a user link after the entry's start signs it: the entry ends before it
          if (u.from() > lead + 1) {
            end = Math.min(end, u.from());
            break;
          }
        }
      }
      int dashes = t.indexOf(" --", lead);
      if (dashes > lead) {
        end = Math.min(end, dashes);
      }
      String name = linked && first != null ? clean(t.substring(first.from(), first.to())) : null;
      int restFrom =
          linked && first != null ? Math.min(first.to(), end) : lead; // linked: first is not null
      String rest = t.substring(restFrom, Math.max(end, restFrom));
      if (rest.indexOf(':') >= 0) {
        // a signature's time stamp ("12:04, 3 May 2019 (UTC)") is no part of the entry
        for (Signatures.Signature sig : Signatures.findAll(rest)) {
          rest =
              rest.substring(0, Math.max(0, sig.from()))
                  + " "
                  + rest.substring(Math.min(rest.length(), sig.to()));
          break;
        }
      }
      rest = clean(rest);
      while (rest.endsWith("-") || rest.endsWith("\u2014") || rest.endsWith("~")) {
        rest = rest.substring(0, rest.length() - 1).strip();
      }
      // trailing remarks: "(cancelled)", "cancelled", "(maybe)" after the entry
      String remark = null;
      for (boolean more = true; more; ) {
        more = false;
        int open = rest.lastIndexOf('(');
        if (rest.endsWith(")") && open > 0 && isNote(rest.substring(open + 1, rest.length() - 1))) {
          remark = rest.substring(open + 1, rest.length() - 1).strip();
          rest = rest.substring(0, open).strip();
          more = true;
          continue;
        }
        // the last three, two or one words after at least one other, words being what split(" ")
        // gives
        // (found by index: rest is tidy, without runs of spaces)
        int len = rest.length();
        while (len > 0 && rest.charAt(len - 1) == ' ') {
          len--;
        }
        for (int k = 3; k >= 1; k--) {
          int cut = len;
          for (int j = 0; j < k && cut >= 0; j++) {
            cut = rest.lastIndexOf(' ', cut - 1);
          }
          if (cut < 0) {
            continue;
          }
          String tail = rest.substring(cut + 1, len);
          if (!tail.isEmpty()
              && !Character.isUpperCase(tail.codePointAt(0))
              && profile.statusForWord(tail) != null) {
            remark = tail;
            rest = rest.substring(0, cut).strip();
            more = true;
            break;
          }
        }
      }
      while (remark != null
          && (rest.endsWith("-") || rest.endsWith("\u2013") || rest.endsWith("\u2014"))) {
        // "Oskar Lind – can't make it": the dash before the remark is no part of the name
        rest = rest.substring(0, rest.length() - 1).strip();
      }
      Parsed p =
          linked && !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))
              ? new Parsed(null, null, rest)
              : splitAffiliation(rest, !linked);
      if (remark != null && p.note() == null) {
        p = new Parsed(p.name(), p.affiliation(), remark);
      }
      if (name == null) {
        name = p.name();
      }
      String affiliation = p.affiliation();
      AttendeeStatus status = sectionStatus;
      AttendeeStatus said = p.note() == null ? null : noteStatus(p.note());
      if (said == null
          && affiliation != null
          && noteStatus(affiliation) != null
          && isNote(affiliation)) {
        said = noteStatus(affiliation);
        affiliation = null;
      }
      if (said == AttendeeStatus.WITHDRAWN
          || (said == AttendeeStatus.TENTATIVE && status == AttendeeStatus.CONFIRMED)) {
        status = said;
      }
      if (struckAtStart(inline)) {
        status = AttendeeStatus.WITHDRAWN;
      }
      if (name == null
          || name.isBlank()
          || !hasLetter(name)
          || name.split(" ").length > MAX_NAME_WORDS + 2) {
        unmapped(
            UnmappedReason.U105_INCOMPLETE_ENTRY, at, clean(t), "attendee entry without a name");
        return;
      }
      attendees.add(new Attendee(shared(name), sharedOrNull(affiliation), status));
      attendeeAt.add(at);
      mark(at);
      String note = p.note();
      if (note != null && !note.isBlank() && noteStatus(note) == null && !profile.isFiller(note)) {
        // "Aiko Tanaka – remote": an attendee has no note in the model; kept per person in the
        // event's extra
        addLine(AttendeeData.NOTES, AttendeeData.personLine(name, note.strip()));
      }
    }

    /**
     * The status a note after an attendee's name states ("maybe, depends on work", "cancelled,
     * sorry!"), or {@code null}. A status word of three letters or fewer ("no", "ja", "oui") counts
     * only as a clause of its own: "(no wiki account yet)" states no status.
     */
    private @Nullable AttendeeStatus noteStatus(String note) {
      if (profile.statusForWord(note) == null) {
        return null;
      }
      for (String clause : NOTE_CLAUSES.split(note)) {
        List<String> words = Norm.words(clause);
        ProfileIndex.Words.Match<AttendeeStatus> m = profile.index().statuses.match(words);
        if (m == null) {
          continue;
        }
        boolean shortWord = m.to() - m.from() == 1 && words.get(m.from()).length() <= 3;
        if (!shortWord || words.size() == 1) {
          return m.value();
        }
      }
      return null;
    }

    /** A name, an affiliation and a note read from an attendee or contact entry. */
    private record Parsed(
        @Nullable String name, @Nullable String affiliation, @Nullable String note) {}

    private Parsed splitAffiliation(String text, boolean withName) {
      String s = clean(text);
      while (!s.isEmpty() && ",;:-\u2013\u2014".indexOf(s.charAt(0)) >= 0) {
        s = s.substring(1).strip();
      }
      // "Name, Org", "Name (Org)", "Name - Org", "Name (Org), remote", "Name (Org) - note"
      String name = s;
      String affiliation = null;
      String note = null;
      String tail = null;
      Matcher dash = AFFILIATION_DASH.matcher(s);
      int last = -1;
      int lastEnd = -1;
      // the pattern's search is only needed for a text with a dash
      boolean hasDash = s.indexOf('-') >= 0 || s.indexOf('\u2013') >= 0 || s.indexOf('\u2014') >= 0;
      while (hasDash && dash.find()) {
        last = dash.start();
        lastEnd = dash.end();
      }
      if (last >= 0 && s.indexOf(',') < 0) {
        tail = s.substring(lastEnd).strip();
        name = s.substring(0, last).strip();
      }
      int comma = name.indexOf(',');
      if (comma >= 0) {
        String after = name.substring(comma + 1).strip();
        name = name.substring(0, comma).strip();
        if (isRemark(after)) {
          note =
              after.isEmpty() ? null : after; // "Name," with nothing after the comma states no note
        } else if (!after.isEmpty()) {
          affiliation = after;
        }
      }
      int open = name.indexOf('(');
      if (name.endsWith(")") && open >= 0) {
        String inner = name.substring(open + 1, name.length() - 1).strip();
        name = name.substring(0, open).strip();
        if (isNote(inner)) {
          note = note == null ? inner : note;
        } else if (affiliation == null) {
          affiliation = inner;
        } else {
          note = note == null ? inner : note;
        }
      }
      if (tail != null && !tail.isEmpty()) {
        if (affiliation != null || isNote(tail) || tail.split(" ").length > 5) {
          note = note == null ? tail : note;
        } else {
          affiliation = tail;
        }
      }
      if (!withName) {
        // the name came from a link: the rest holds an affiliation or a note
        String n = name;
        if (!n.isEmpty() && isNote(n)) {
          // "[[User:Kai|Kai]] – maybe, depends on work": the words after the name are a note, all
          // of them
          if (affiliation != null && isNote(affiliation)) {
            note = note == null ? n + ", " + affiliation : note;
            affiliation = null;
          } else {
            note = note == null ? n : note;
          }
        } else if (affiliation == null && !n.isEmpty()) {
          affiliation = n;
        }
        return new Parsed(null, blankToNull(affiliation), note);
      }
      return new Parsed(name.isEmpty() ? null : name, blankToNull(affiliation), note);
    }

    /**
     * Whether words after a comma are a remark: a note or status word of the profile, or a filler.
     */
    private boolean isRemark(String text) {
      String t = text.strip();
      return t.isEmpty()
          || profile.isAttendeeNote(t)
          || (profile.statusForWord(t) != null && !Character.isUpperCase(t.codePointAt(0)))
          || profile.isFiller(t);
    }

    /**
     * Whether words after a name are a remark ("remote", "maybe", a sentence) rather than an
     * affiliation.
     */
    private boolean isNote(String text) {
      String t = text.strip();
      return t.isEmpty()
          || profile.isAttendeeNote(t)
          || profile.statusForWord(t) != null
          || profile.isFiller(t)
          || (t.split(" ").length > 2 && Character.isLowerCase(t.codePointAt(0)));
    }

    /** The text without its struck-through parts. */
    private static String unstruck(Inline inline) {
      List<Mark> struck = inline.marks(Mark.Kind.STRUCK);
      if (struck.isEmpty()) {
        return inline.text();
      }
      StringBuilder sb = new StringBuilder();
      String t = inline.text();
      for (int i = 0; i < t.length(); i++) {
        boolean in = false;
        for (Mark m : struck) {
          if (i >= m.from() && i < m.to()) {
            in = true;
            break;
          }
        }
        if (!in) {
          sb.append(t.charAt(i));
        }
      }
      return sb.toString();
    }

    /** Whether the entry's first words are struck through: the person withdrew. */
    private static boolean struckAtStart(Inline inline) {
      String t = inline.text();
      int lead = 0;
      while (lead < t.length() && Character.isWhitespace(t.charAt(lead))) {
        lead++;
      }
      for (Mark m : inline.marks(Mark.Kind.STRUCK)) {
        if (m.from() <= lead && m.to() > lead) {
          return true;
        }
      }
      return false;
    }

    private boolean looksLikeName(String text) {
      if (text.endsWith(":")
          || text.endsWith(".")
          || text.length() > 120
          || text.indexOf('?') >= 0
          || text.indexOf('!') >= 0
          || (!Signatures.findAll(text).isEmpty() && text.indexOf(" --") >= 0)) {
        return false;
      }
      String head = text;
      int cut = indexOfAny(head, ",(\u2013\u2014");
      if (cut > 0) {
        head = head.substring(0, cut);
      }
      return head.strip().split(" ").length <= MAX_NAME_WORDS;
    }

    private static boolean hasLetter(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isLetter(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private static int indexOfAny(String s, String chars) {
      for (int i = 0; i < s.length(); i++) {
        if (chars.indexOf(s.charAt(i)) >= 0) {
          return i;
        }
      }
      return -1;
    }

    private void link(Inline inline, Position at) {
      for (Mark m : inline.marks()) {
        if (m.kind() == Mark.Kind.EXTERNAL || m.kind() == Mark.Kind.LINK) {
          String label = clean(inline.text().substring(m.from(), m.to()));
          String target = m.target() == null ? label : m.target();
          if (m.kind() == Mark.Kind.EXTERNAL && label.endsWith("(" + target + ")")) {
            label = clean(label.substring(0, label.length() - target.length() - 2));
          }
          links.add(new Link(target, label.isEmpty() || label.equals(target) ? null : label));
          linkAt.add(at);
          mark(at);
          return;
        }
      }
      String text = clean(inline.text());
      if (!explicitHeadings && !text.isEmpty() && text.length() <= 200) {
        // rendered text shows a link as its label only: the item names the page
        links.add(new Link(text, null));
        linkAt.add(at);
        mark(at);
        return;
      }
      unmapped(UnmappedReason.U105_INCOMPLETE_ENTRY, at, text, "list item without a link");
    }

    // ================================================================ topics

    /** A topic being collected. */
    private static final class Draft {
      @Nullable String title;
      final Position at;
      final Topic.Builder builder = Topic.builder();
      final Set<TopicField> seen = EnumSet.noneOf(TopicField.class);
      final Set<TopicField> cleared = EnumSet.noneOf(TopicField.class);
      final List<Comment> comments = new ArrayList<>();
      final List<Person> contacts = new ArrayList<>();
      final Map<String, String> extra = new LinkedHashMap<>();
      final List<Piece> description = new ArrayList<>();

      /**
       * Whether values come from template parameters, which keep their inner spacing as written.
       */
      boolean exact;

      /** Whether the draft is one call of the topic template. */
      boolean template;

      @Nullable Buffer current;
      boolean inReview;
      @Nullable String id;
      @Nullable LocalDate slotDate;
      Hours.@Nullable TimeRange slotTime;
      @Nullable String room;
      @Nullable Position slotAt;

      /** Where the draft ends so far, where its title and fields were stated, and its comments. */
      int end;

      Position titleAt;
      final Map<TopicField, Position> fieldAt = new EnumMap<>(TopicField.class);
      final List<Position> commentAt = new ArrayList<>();

      Draft(@Nullable String title, Position at) {
        this.title = title;
        this.at = at;
        this.titleAt = at;
        this.end = at.end();
      }

      void comment(Comment c, Position where) {
        comments.add(c);
        commentAt.add(where);
      }
    }

    /** A long-text field being collected. */
    private static final class Buffer {
      final TopicField field;
      final String label;
      final Position at;
      final List<Piece> pieces = new ArrayList<>();

      Buffer(TopicField field, String label, Position at) {
        this.field = field;
        this.label = label;
        this.at = at;
      }
    }

    /**
     * One line of a long text: its text, whether it is a list item, and whether it begins a
     * paragraph.
     */
    private record Piece(String text, boolean item, boolean paragraph) {
      Piece(String text, boolean item) {
        this(text, item, false);
      }
    }

    /**
     * A labelled field of a topic; {@code linksKept} is {@code text} with its links kept together.
     */
    private void topicLabel(Draft d, LabelHit hit, String text, String linksKept, Position at) {
      closeField(d);
      String value = text.substring(hit.valueStart(), hit.valueEnd());
      TopicField field = hit.field();
      if (field == TopicField.REVIEW) {
        d.inReview = true;
        if (!value.isBlank()) {
          review(d, value, at);
        }
        return;
      }
      d.inReview = false;
      if (field == null) {
        String label = hit.label();
        if (hit.eventField() != null) {
          eventField(hit.eventField(), clean(value), at);
          return;
        }
        if (d.extra.containsKey(label)) {
          problem(
              PageProblem.P110_DUPLICATE_FIELD,
              at,
              "field '" + label + "' stated twice in one topic");
        }
        d.extra.put(label, clean(value));
        kept.set(at.start(), at.end());
        problem(
            PageProblem.P109_UNKNOWN_FIELD, at, "field '" + label + "' kept in the topic's extra");
        return;
      }
      if (field.isLongText()) {
        Buffer b = new Buffer(field, hit.label(), at);
        if (!value.isBlank()) {
          b.pieces.add(new Piece(value.strip(), false));
        }
        d.current = b;
        return;
      }
      String v = clean(value);
      if (v.isEmpty()) {
        return;
      }
      // a filler word in nowiki is the word itself: the wikitext writer shields values that way
      if (profile.isFiller(field, v) && !raw(at).contains("<nowiki>")) {
        d.cleared.add(field);
        Position part = sub(at, text, hit.start(), hit.valueEnd());
        dropped(part);
        unmapped(
            UnmappedReason.U104_EMPTY_FIELD,
            part,
            hit.label() + ": " + v,
            "template filler for " + field.key() + ": absent");
        return;
      }
      if (field == TopicField.CONTACTS) {
        // the writer's contact templates, else its lines (<br>) name a person each; a link's label
        // is one person
        List<Person> stated = contactCalls(hit);
        d.contacts.addAll(
            stated != null
                ? stated
                : people(linksKept.substring(hit.valueStart(), hit.valueEnd())));
        d.seen.add(field);
        d.fieldAt.putIfAbsent(field, at);
        return;
      }
      if (d.seen.contains(field)) {
        d.extra.put(hit.label(), v);
        problem(
            PageProblem.P110_DUPLICATE_FIELD,
            at,
            "field '" + hit.label() + "' stated twice in one topic; kept in extra");
        return;
      }
      setField(d, field, hit.label(), v, at);
    }

    private void continueField(Draft d, String text, int depth, Position at) {
      Buffer b = d.current;
      if (b == null) {
        return;
      }
      String piece = depth > 0 ? "  ".repeat(depth - 1) + "- " + text : text;
      b.pieces.add(new Piece(piece, depth > 0, depth == 0 && blankBefore(at)));
      mark(at);
    }

    private void closeField(Draft d) {
      Buffer b = d.current;
      d.current = null;
      if (b == null) {
        return;
      }
      String value = longText(b.pieces);
      if (value.isEmpty()) {
        return;
      }
      if (profile.isFiller(b.field, value)) {
        d.cleared.add(b.field);
        dropped(b.at);
        unmapped(
            UnmappedReason.U104_EMPTY_FIELD,
            b.at,
            b.label + ": " + value,
            "template filler for " + b.field.key() + ": absent");
        return;
      }
      setField(d, b.field, b.label, value, b.at);
    }

    /**
     * A value stripped of its edges, except the indent of a nested list item it starts with ({@code
     * " - nested"}, read from {@code |x=** nested}): the indent is the item's depth.
     */
    private static String stripKeepingItem(String value) {
      String text = value.strip();
      if (text.startsWith("- ")) {
        String lead = value.substring(0, value.indexOf("- "));
        int line = lead.lastIndexOf('\n');
        String indent = lead.substring(line + 1);
        if (!indent.isEmpty() && indent.isBlank() && indent.chars().allMatch(c -> c == ' ')) {
          return indent + text;
        }
      }
      return text;
    }

    /**
     * Joins long-text lines: items on their own lines, a text line after a list as a new paragraph.
     */
    private static String longText(List<Piece> pieces) {
      StringBuilder sb = new StringBuilder();
      boolean lastItem = false;
      for (Piece p : pieces) {
        if (sb.length() > 0) {
          sb.append((lastItem && !p.item()) || p.paragraph() ? "\n\n" : "\n");
        }
        sb.append(p.item() ? p.text() : p.text().strip());
        lastItem = p.item();
      }
      return sb.toString().strip();
    }

    private void setField(Draft d, TopicField field, String shown, String value, Position at) {
      FieldSpec spec = profile.fields().get(field);
      // values kept in extra go under the template's parameter name, whichever syntax the page came
      // in
      String label = spec != null && spec.parameter() != null ? spec.parameter() : shown;
      d.seen.add(field);
      d.fieldAt.putIfAbsent(field, at);
      if (field == TopicField.TITLE) {
        d.titleAt = at;
      }
      Topic.Builder b = d.builder;
      // a template parameter's value keeps its spacing; text read from prose is tidied
      String v = shared(d.exact ? value.strip() : clean(value));
      switch (field) {
        case TITLE -> d.title = v;
        case INSERTED_ON -> {
          String text = clean(value);
          LocalDate date = Dates.parseNumeric(text, warnings(at));
          if (date == null) {
            Dates.DateRange r = Dates.findRange(text, null);
            date =
                r != null
                        && r.start().equals(r.end())
                        && r.from() == 0
                        && r.to() >= text.length() - 1
                    ? r.start()
                    : null;
          }
          if (date != null) {
            b.insertedOn(date);
          } else {
            d.extra.put(label, text);
            problem(
                PageProblem.P105_UNREADABLE_VALUE,
                at,
                label
                    + ": expected a date such as 29/04/2013, found '"
                    + text
                    + "'; kept in extra");
          }
        }
        case VERIFIED -> b.verified(v);
        case GSOC -> {
          Gsoc g = profile.gsoc(clean(value));
          if (g != null) {
            b.gsoc(g);
          } else {
            d.extra.put(label, clean(value));
            problem(
                PageProblem.P105_UNREADABLE_VALUE,
                at,
                label
                    + ": expected a GSoC answer (yes, no, N/A), found '"
                    + clean(value)
                    + "'; kept in extra");
          }
        }
        case CONTACTS -> d.contacts.addAll(people(value));
        case MAILING_LIST -> b.mailingList(v);
        case IRC_CHANNEL -> b.ircChannel(v);
        case DIFFICULTY -> b.difficulty(v);
        case SKILLS -> b.skills(v);
        case DESCRIPTION -> b.description(withoutReviews(d, value, at));
        case OUTCOMES -> b.outcomes(withoutReviews(d, value, at));
        case REVIEW -> review(d, value, at);
      }
    }

    /** Long text with its vote and comment lines (templates inside it) read as review entries. */
    private String withoutReviews(Draft d, String value, Position at) {
      if (!hasIcon(value)) {
        return value.strip();
      }
      StringBuilder rest = new StringBuilder();
      for (String line : value.split("\n", -1)) {
        if (hasIcon(line)) {
          review(d, line.strip(), at);
        } else {
          rest.append(rest.length() == 0 ? "" : "\n").append(line);
        }
      }
      return rest.toString().strip();
    }

    private void listTopic(Inline inline, int depth, Position at) {
      String text = clean(inline.text());
      List<Mark> external = inline.marks(Mark.Kind.EXTERNAL);
      if (depth == 1
          && (URL_ONLY.matcher(text).matches()
              || (external.size() == 1
                  && clean(inline.text().substring(0, external.get(0).from()))
                      .matches("[^:]{0,40}:?")))) {
        // "Etherpad: https://..." is a link of the event, not a topic
        link(inline, at);
        return;
      }
      if (draft != null && listTopicDepth > 0 && depth > listTopicDepth) {
        draft.description.add(
            new Piece("  ".repeat(depth - listTopicDepth - 1) + "- " + text, true));
        mark(at);
        return;
      }
      closeTopic();
      String title = leadingBold(inline);
      String rest;
      String lead = null;
      if (title != null) {
        int end = inline.text().indexOf(title) + title.length();
        rest = clean(inline.text().substring(Math.min(end, inline.text().length())));
        int open = rest.lastIndexOf('(');
        if (open >= 0 && rest.endsWith(")") && rest.substring(open).indexOf(':') > 0) {
          String c = contactIn(rest.substring(open));
          if (c != null) {
            lead = c;
            rest = rest.substring(0, open).strip();
          }
        }
      } else {
        String body = text;
        // a trailing "(lead: X)" or "- X" names the contact, not part of the title
        int open = body.lastIndexOf('(');
        if (open > 0 && body.endsWith(")") && body.substring(open).indexOf(':') > 0) {
          String c = contactIn(body.substring(open));
          if (c != null) {
            lead = c;
            body = body.substring(0, open).strip();
          }
        }
        int cut = -1;
        Matcher dash = AFFILIATION_DASH.matcher(body);
        while (dash.find()) {
          cut = dash.start();
        }
        String tailText =
            cut > 0 ? body.substring(cut).replaceFirst("^\\s*[\u2013\u2014-]\\s*", "") : null;
        if (tailText != null
            && lead == null
            && (!hasLetter(tailText)
                || profile.isFiller(tailText)
                || (hasContactLabel(body) && contactIn(tailText) == null))) {
          // "Idea - ?": nobody yet
          body = body.substring(0, cut).strip();
        } else if (tailText != null && lead == null && contactIn(tailText) != null) {
          lead = contactIn(tailText);
          body = body.substring(0, cut).strip();
        }
        int paren = body.lastIndexOf('(');
        if (lead == null
            && paren > 0
            && body.endsWith(")")
            && namesOnly(body.substring(paren + 1, body.length() - 1))) {
          // "Timetable diff viewer (Lenart Žibert, Ilse Vandamme)": the people leading it
          lead = body.substring(paren + 1, body.length() - 1).strip();
          body = body.substring(0, paren).strip();
        }
        title = body;
        rest = "";
      }
      if (lead == null && !rest.isEmpty()) {
        // "description - Name" after a bold title
        Matcher tail = AFFILIATION_DASH.matcher(rest);
        int last = -1;
        int lastEnd = -1;
        while (tail.find()) {
          last = tail.start();
          lastEnd = tail.end();
        }
        if (last >= 0) {
          String c = contactIn(rest.substring(lastEnd).strip());
          if (c != null) {
            lead = c;
            rest = rest.substring(0, last).strip();
          }
        }
      }
      Draft d = new Draft(title, at);
      if (lead != null) {
        d.contacts.addAll(people(lead));
      }
      while (!rest.isEmpty() && ":\u2013\u2014-,".indexOf(rest.charAt(0)) >= 0) {
        rest = rest.substring(1).strip();
      }
      if (!rest.isEmpty()) {
        lead = contactIn(rest);
        if (lead != null) {
          d.contacts.addAll(people(lead));
          rest =
              clean(
                  rest.replace(lead, "")
                      .replaceAll("\\(\\s*[^()]*?:\\s*\\)", "")
                      .replaceAll("\\(\\s*\\)", ""));
          while (!rest.isEmpty() && ":\u2013\u2014-,".indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1).strip();
          }
          List<LabelHit> left = labels(rest, false);
          if (!left.isEmpty()
              && left.get(0).field() == TopicField.CONTACTS
              && rest.substring(left.get(0).valueStart()).isBlank()) {
            rest = ""; // "– lead: Name" once the name is taken: the label alone is no description
          }
        }
        if (!rest.isEmpty()) {
          d.description.add(new Piece(rest, false));
        }
      }
      draft = d;
      listTopicDepth = depth;
      mark(at);
    }

    /**
     * Whether an entry names its contact with a label after a dash or in brackets ({@code - lead:
     * X}, {@code (mentor: X)}).
     */
    private boolean hasContactLabel(String text) {
      Matcher dash = AFFILIATION_DASH.matcher(text);
      int last = -1;
      while (dash.find()) {
        last = dash.end();
      }
      int open = text.lastIndexOf('(');
      for (int at : new int[] {last, open + 1}) {
        if (at > 0 && at < text.length()) {
          List<LabelHit> hits = labels(text.substring(at).strip(), false);
          if (!hits.isEmpty() && hits.get(0).field() == TopicField.CONTACTS) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * The contact named in {@code (lead: X)}, {@code – X} or {@code mentor: X}, or {@code null}.
     */
    /**
     * Whether {@code text} is only people's names: one or more, separated by commas, {@code and} or
     * {@code &}, each two to four words that start with a capital letter (a lower-case particle
     * such as {@code van} or {@code de} between them).
     */
    private static boolean namesOnly(String text) {
      String t = text.strip();
      if (t.isEmpty() || t.length() > 200) {
        return false;
      }
      for (String part : NAME_SEPARATORS.split(t)) {
        String[] words = part.strip().split(" +");
        int capitals = 0;
        for (int i = 0; i < words.length; i++) {
          String w = words[i];
          if (PERSON_WORD.matcher(w).matches()) {
            capitals++;
          } else if (!(i > 0
              && i < words.length - 1
              && w.length() <= 3
              && w.chars().allMatch(Character::isLowerCase))) {
            return false;
          }
        }
        if (capitals < 2 || words.length > 4) {
          return false;
        }
      }
      return true;
    }

    private @Nullable String contactIn(String text) {
      String t = text.strip();
      if (t.isEmpty() || !hasLetter(t) || profile.isFiller(t)) {
        return null;
      }
      List<LabelHit> hits = labels(t, false);
      if (!hits.isEmpty() && hits.get(0).field() == TopicField.CONTACTS) {
        String v = t.substring(hits.get(0).valueStart(), hits.get(0).valueEnd()).strip();
        return v.isEmpty() || profile.isFiller(v) ? null : v;
      }
      if (t.startsWith("(") && t.endsWith(")")) {
        return contactIn(t.substring(1, t.length() - 1));
      }
      // a name, perhaps with its affiliation in brackets: "Olivia Grant (Toronto Public Library)"
      int open = t.indexOf('(');
      String head = open > 0 && t.endsWith(")") ? t.substring(0, open).strip() : t;
      if (head.split(" ").length <= 4
          && Character.isUpperCase(head.codePointAt(0))
          && !head.endsWith(".")
          && head.indexOf(':') < 0) {
        return t;
      }
      return null;
    }

    private void review(Draft d, String text, Position at) {
      String vote = profile.voteIcon();
      String comment = profile.commentIcon();
      int from = 0;
      List<int[]> icons = new ArrayList<>();
      while (from < text.length()) {
        int v = vote == null ? -1 : text.indexOf(vote, from);
        int c = comment == null ? -1 : text.indexOf(comment, from);
        if (v < 0 && c < 0) {
          break;
        }
        // v >= 0 only with a vote icon, c >= 0 only with a comment icon
        boolean isVote =
            v >= 0
                && (c < 0
                    || v < c
                    || (v == c
                        && vote != null
                        && comment != null
                        && vote.length() >= comment.length()));
        int start = isVote ? v : c;
        int end =
            start
                + java.util.Objects.requireNonNull(isVote ? vote : comment, "the icon found")
                    .length();
        icons.add(new int[] {start, end, isVote ? 1 : 0});
        from = end;
      }
      if (icons.isEmpty()) {
        // a wiki without vote templates or icons may open a vote with one of the profile's words
        // ("+1 [[User:…")
        String word = profile.voteWordAt(text);
        Signatures.Signed signed =
            Signatures.parse(word == null ? text : afterVoteWord(text, word));
        if (signed != null) {
          if (word == null
              && (profile.voteWords().isEmpty()
                  || profile.voteIcon() != null
                  || profile.voteTemplate() != null)) {
            // where votes are told by vote words alone, an entry without one is a comment by the
            // profile's rule, not a guess
            problem(
                PageProblem.P116_REVIEW_WITHOUT_ICON,
                at,
                "signed entry without a vote or comment icon; read as a comment");
          }
          d.comment(
              new Comment(
                  shared(signed.author()),
                  signed.postedAt(),
                  signed.text(),
                  word == null ? CommentKind.COMMENT : CommentKind.VOTE),
              at);
          mark(at);
        } else if (!text.isBlank()) {
          problem(PageProblem.P107_UNSIGNED_REVIEW, at, "review entry without a signature");
          dropped(at);
          unmapped(
              UnmappedReason.U105_INCOMPLETE_ENTRY,
              at,
              text.strip(),
              "review entry without a signature");
        }
        return;
      }
      mark(at);
      String head = text.substring(0, icons.get(0)[0]).strip();
      if (!head.isEmpty()) {
        dropped(sub(at, text, 0, icons.get(0)[0]));
        unmapped(
            UnmappedReason.U105_INCOMPLETE_ENTRY,
            at,
            head,
            "review text outside a vote or comment");
      }
      for (int k = 0; k < icons.size(); k++) {
        int[] icon = icons.get(k);
        int end = k + 1 < icons.size() ? icons.get(k + 1)[0] : text.length();
        String segment = text.substring(icon[1], end);
        CommentKind kind = icon[2] == 1 ? CommentKind.VOTE : CommentKind.COMMENT;
        Signatures.Signed signed = Signatures.parse(segment);
        if (signed == null) {
          problem(
              PageProblem.P107_UNSIGNED_REVIEW,
              at,
              "no signature after the " + kind.name().toLowerCase(Locale.ROOT) + " icon");
          dropped(sub(at, text, icon[0], end));
          unmapped(
              UnmappedReason.U105_INCOMPLETE_ENTRY,
              at,
              text.substring(icon[0], end).strip(),
              "review entry without a signature");
          continue;
        }
        d.comment(new Comment(shared(signed.author()), signed.postedAt(), signed.text(), kind), at);
      }
    }

    /** Whether {@code text} is a signed entry opened by one of the profile's vote words. */
    private boolean isVote(String text) {
      String word = profile.voteWordAt(text);
      return word != null && Signatures.parse(afterVoteWord(text, word)) != null;
    }

    /**
     * {@code text} after the vote word that opens it, and after a colon and spaces that follow the
     * word.
     */
    private static String afterVoteWord(String text, String word) {
      String t = text.stripLeading().substring(word.length());
      if (t.startsWith(":")) {
        t = t.substring(1);
      }
      return t.stripLeading();
    }

    /**
     * A topic id from its title, unique in the event with a numeric suffix as {@link Slugs#unique}
     * gives it; the next suffix per slug is remembered, so that a page with many topics of one
     * title takes linear time.
     */
    private String uniqueId(String title) {
      String base = Slugs.of(title);
      if (topicIds.add(base)) {
        return base;
      }
      int n = nextSuffix.getOrDefault(base, 2);
      while (!topicIds.add(base + "-" + n)) {
        n++;
      }
      nextSuffix.put(base, n + 1);
      return base + "-" + n;
    }

    private void closeTopic() {
      Draft d = draft;
      draft = null;
      listTopicDepth = 0;
      if (d == null) {
        return;
      }
      closeField(d);
      Topic.Builder b = d.builder;
      if (!d.description.isEmpty() && !d.seen.contains(TopicField.DESCRIPTION)) {
        b.description(longText(d.description));
      }
      FieldSpec ml = profile.fields().get(TopicField.MAILING_LIST);
      // a template's defaults show when the parameter is missing; a rendered page shows them as
      // lines
      if (d.exact
          && !d.seen.contains(TopicField.MAILING_LIST)
          && !d.cleared.contains(TopicField.MAILING_LIST)
          && ml != null
          && ml.defaultValue() != null) {
        b.mailingList(ml.defaultValue());
      }
      FieldSpec irc = profile.fields().get(TopicField.IRC_CHANNEL);
      if (d.exact
          && !d.seen.contains(TopicField.IRC_CHANNEL)
          && !d.cleared.contains(TopicField.IRC_CHANNEL)
          && irc != null
          && irc.defaultValue() != null) {
        b.ircChannel(irc.defaultValue());
      }
      if (d.slotDate != null && d.slotTime != null && d.slotTime.closes() != null) {
        b.slot(new Slot(d.slotDate, d.slotTime.opens(), d.slotTime.closes(), d.room));
      } else if (d.slotAt != null) {
        problem(PageProblem.P114_SLOT_NOT_PLACED, d.slotAt, "slot needs a date and a time range");
      }
      String title = d.title == null || d.title.isBlank() ? UNTITLED : d.title;
      if (d.title == null || d.title.isBlank()) {
        problem(PageProblem.P108_UNTITLED_TOPIC, d.at, "topic without a title");
      }
      b.title(title).contacts(d.contacts).comments(d.comments).extra(d.extra);
      if (d.id != null && !d.id.isBlank() && !topicIds.contains(d.id)) {
        topicIds.add(d.id);
        b.id(d.id);
      } else {
        b.id(uniqueId(title));
      }
      topicIndex.putIfAbsent(key(title), topics.size());
      topics.add(b.build());
      topicAt.add(
          traced
              ? new PageTrace.TopicTrace(
                  new Position(
                      d.at.start(), Math.max(d.end, d.at.end()), d.at.line(), d.at.column()),
                  d.template,
                  d.titleAt,
                  d.fieldAt,
                  d.commentAt,
                  List.of())
              : null);
    }

    // ================================================================ schedule

    /** A session read from a schedule: where it is and what it says. */
    private record Session(
        @Nullable LocalDate day,
        LocalTime start,
        @Nullable LocalTime end,
        @Nullable String room,
        String title,
        List<Person> speakers,
        Position at,
        Position place) {
      Session(
          @Nullable LocalDate day,
          LocalTime start,
          @Nullable LocalTime end,
          @Nullable String room,
          String title,
          List<Person> speakers,
          Position at) {
        this(day, start, end, room, title, speakers, at, at);
      }
    }

    private static boolean startsWithTime(String text) {
      return LEADING_TIME.matcher(text).lookingAt() && Character.isDigit(text.charAt(0));
    }

    /** A schedule line such as {@code 09:00 - 09:30 Opening}; whether it was one. */
    private boolean session(String text, Position at) {
      Hours.DayHours dh =
          startsWithTime(text) ? null : facts.dayLine(text, yearHint(), warnings(at));
      if (dh != null && dh.hours().closes() != null) {
        LocalDate date =
            dh.date() != null ? dh.date() : dayIn(text.substring(0, dh.hours().from()));
        if (date != null) {
          // "Friday 3 May: 16:00 - 21:00": the day's hours
          listedDays.put(date, EventDay.of(date, dh.hours().opens(), dh.hours().closes()));
          dayAt.put(date, at);
          scheduleDay = date;
          mark(at);
          return true;
        }
      }
      if (!startsWithTime(text)) {
        LocalDate day = dayIn(text.endsWith(":") ? text.substring(0, text.length() - 1) : text);
        if (day != null && section == PageSection.SCHEDULE) {
          scheduleDay = day;
          mark(at);
          return true;
        }
        return false;
      }
      Matcher m = LEADING_TIME.matcher(text);
      if (!m.lookingAt()) {
        return false;
      }
      Hours.TimeRange range = facts.hours(text.substring(0, m.end()));
      LocalTime start;
      LocalTime end = null;
      if (range != null) {
        start = range.opens();
        end = range.closes();
      } else {
        start = time(m.group(1));
        if (start == null) {
          return false;
        }
      }
      String title = clean(text.substring(m.end()));
      if (title.isEmpty()) {
        return false;
      }
      if (!hasLetter(title) || profile.isFiller(title)) {
        // "16:00 - 17:30 TBD": a slot nobody has taken
        mark(at);
        return true;
      }
      List<Person> speakers = new ArrayList<>();
      int open = title.lastIndexOf('(');
      if (open > 0 && title.endsWith(")")) {
        String who = title.substring(open + 1, title.length() - 1);
        String c = contactIn("(" + who + ")");
        if (c != null) {
          speakers.addAll(people(c));
          title = title.substring(0, open).strip();
        }
      } else {
        Matcher dash = AFFILIATION_DASH.matcher(title);
        if (dash.find() && title.substring(dash.end()).split(" ").length <= 4) {
          speakers.addAll(people(title.substring(dash.end())));
          title = title.substring(0, dash.start()).strip();
        }
      }
      sessions.add(new Session(scheduleDay, start, end, null, title, speakers, at));
      mark(at);
      return true;
    }

    private static @Nullable LocalTime time(String s) {
      Hours.TimeRange r = Hours.findRange(s);
      if (r != null) {
        return r.opens();
      }
      Matcher m = CLOCK.matcher(s.strip());
      if (!m.lookingAt()) {
        return null;
      }
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      String meridian = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      if (meridian.startsWith("p") && hour < 12) {
        hour += 12;
      } else if (meridian.startsWith("a") && hour == 12) {
        hour = 0;
      }
      return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    /**
     * Turns the schedule's sessions into slots: on a topic of the same title, or as topics of their
     * own.
     */
    private void placeSessions() {
      List<EventDay> eventDays = days();
      List<Session> sorted = new ArrayList<>(sessions.size());
      for (Session s : sessions) {
        // a one-day event's programme needs no day
        sorted.add(
            s.day() == null && eventDays.size() == 1
                ? new Session(
                    eventDays.get(0).date(),
                    s.start(),
                    s.end(),
                    s.room(),
                    s.title(),
                    s.speakers(),
                    s.at(),
                    s.place())
                : s);
      }
      for (int i = 0; i < sorted.size(); i++) {
        Session s = sorted.get(i);
        LocalTime end = s.end();
        if (end == null) {
          // the next session that day: schedules list a day's sessions together, so a bounded look
          // ahead finds it and keeps a hostile schedule of many thousands of rows linear
          for (int j = i + 1; j < sorted.size() && j <= i + MAX_LOOKAHEAD; j++) {
            Session n = sorted.get(j);
            if (java.util.Objects.equals(n.day(), s.day())
                && n.start().isAfter(s.start())
                && (java.util.Objects.equals(n.room(), s.room())
                    || n.room() == null
                    || s.room() == null)) {
              end = n.start();
              break;
            }
          }
        }
        if (end == null && s.day() != null) {
          EventDay day = dayFor(s.day());
          if (day != null && day.closes() != null && day.closes().isAfter(s.start())) {
            end = day.closes();
          }
        }
        Slot slot =
            s.day() != null && end != null && end.isAfter(s.start())
                ? new Slot(s.day(), s.start(), end, s.room())
                : null;
        if (slot == null) {
          problem(
              PageProblem.P114_SLOT_NOT_PLACED,
              s.at(),
              s.day() == null
                  ? "session '" + s.title() + "' has no day the page states"
                  : "session '" + s.title() + "' has no end time");
        }
        Integer at = topicIndex.get(key(s.title()));
        if (at != null && topics.get(at).slot() == null && !fromSchedule.contains(at)) {
          Topic t = topics.get(at);
          Topic.Builder b = t.toBuilder();
          if (slot != null && t.slot() == null) {
            b.slot(slot);
          }
          if (t.contacts().isEmpty() && !s.speakers().isEmpty()) {
            b.contacts(s.speakers());
          }
          topics.set(at, b.build());
          PageTrace.TopicTrace listed = topicAt.get(at);
          if (listed != null) {
            topicAt.set(at, listed.alsoAt(s.place()));
          }
        } else {
          Topic.Builder b = Topic.builder().title(s.title()).contacts(s.speakers()).slot(slot);
          b.id(uniqueId(s.title()));
          fromSchedule.add(topics.size());
          topics.add(b.build());
          topicAt.add(
              traced
                  ? new PageTrace.TopicTrace(
                      s.place(), false, s.at(), Map.of(), List.of(), List.of())
                  : null);
        }
      }
    }

    private @Nullable EventDay dayFor(LocalDate date) {
      for (EventDay d : days()) {
        if (d.date().equals(date)) {
          return d;
        }
      }
      return null;
    }

    // ================================================================ tables

    private void table(Table t) {
      closeTopic();
      List<Row> rows = t.rows();
      if (rows.isEmpty()) {
        unmapped(UnmappedReason.U101_MARKUP_WITHOUT_TEXT, t.at(), raw(t.at()), "empty table");
        return;
      }
      Row header = rows.get(0);
      int width = header.cells().size();
      List<String> heads = new ArrayList<>(width);
      for (Cell c : header.cells()) {
        heads.add(clean(c.text().text()));
      }
      Map<TopicField, Integer> topicCols = new EnumMap<>(TopicField.class);
      Map<AttendeeColumn, Integer> attendeeCols = new EnumMap<>(AttendeeColumn.class);
      Map<ScheduleColumn, Integer> scheduleCols = new EnumMap<>(ScheduleColumn.class);
      for (int c = 0; c < width; c++) {
        String h = heads.get(c);
        if (h.isEmpty()) {
          continue;
        }
        ScheduleColumn sc = profile.scheduleColumn(h);
        if (sc != null) {
          scheduleCols.putIfAbsent(sc, c);
        }
        AttendeeColumn ac = profile.attendeeColumn(h);
        if (ac != null) {
          attendeeCols.putIfAbsent(ac, c);
        }
        TopicField tf = profile.fieldForColumn(h);
        if (tf != null) {
          topicCols.putIfAbsent(tf, c);
        }
      }
      boolean timed =
          scheduleCols.containsKey(ScheduleColumn.TIME)
              || scheduleCols.containsKey(ScheduleColumn.START);
      boolean attendeeSection = section != null && section.attendeeStatus() != null;
      tableAt = t.at();
      if (timed) {
        mark(header.at());
        scheduleTable(rows, heads, scheduleCols, topicCols);
        placeTable();
      } else if (!attendeeSection
          && topicCols.containsKey(TopicField.TITLE)
          && (section == PageSection.TOPICS
              || !topicCols.get(TopicField.TITLE).equals(attendeeCols.get(AttendeeColumn.NAME)))) {
        mark(header.at());
        ideasTable(rows, heads, topicCols);
        placeTable();
      } else if (attendeeCols.containsKey(AttendeeColumn.NAME) || attendeeSection) {
        mark(header.at());
        attendeeTable(rows, heads, attendeeCols);
        placeTable();
      } else if (section == PageSection.WHEN_AND_WHERE || section == null) {
        tableAt = null;
        // a two-column table of labels and values (an infobox as a table)
        boolean any = false;
        for (Row r : rows) {
          if (r.cells().size() >= 2) {
            String label = clean(r.cells().get(0).text().text());
            String value = clean(r.cells().get(1).text().text());
            EventField ef = profile.eventFieldForLabel(headingText(label));
            if (ef != null && !value.isEmpty()) {
              eventField(ef, value, r.at());
              mark(r.at());
              any = true;
              continue;
            }
          }
          keep(r.at(), rowText(r), "");
        }
        if (!any) {
          return;
        }
      } else {
        for (Row r : rows) {
          keep(r.at(), rowText(r), "");
        }
        placeTable();
      }
    }

    /**
     * A row of a recognised table that was not placed: listed, and left out of the table's markup.
     */
    private void gap(Row r, String reason) {
      unmapped(UnmappedReason.U105_INCOMPLETE_ENTRY, r.at(), rowText(r), reason);
      tableGaps.set(r.at().start(), r.at().end());
    }

    /**
     * Places a recognised table's own markup (delimiters, row separators); its unplaced cells stay
     * out.
     */
    private void placeTable() {
      if (tableAt != null) {
        mapped.set(tableAt.start(), tableAt.end());
        mapped.andNot(tableGaps);
        tableGaps.clear();
        tableAt = null;
      }
    }

    private void ideasTable(List<Row> rows, List<String> heads, Map<TopicField, Integer> cols) {
      Set<Integer> used = new HashSet<>(cols.values());
      // called only for a table with a title column
      int titleCol =
          java.util.Objects.requireNonNull(
              cols.get(TopicField.TITLE), "an ideas table without a title column");
      for (int i = 1; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (r.isHeader()) {
          continue;
        }
        String title = cellText(r, titleCol);
        if (title.isEmpty() || profile.isFiller(title)) {
          gap(r, "table row without a title");
          continue;
        }
        Draft d = new Draft(title, r.at());
        for (Map.Entry<TopicField, Integer> e : cols.entrySet()) {
          if (e.getKey() == TopicField.TITLE) {
            continue;
          }
          Cell cell = r.cells().get(e.getValue());
          boolean people = e.getKey() == TopicField.CONTACTS;
          String value =
              people ? peopleText(cell.text()) : resolveInline(cell.text()).text().strip();
          if (value.isEmpty()) {
            continue;
          }
          if (profile.isFiller(e.getKey(), value)) {
            d.cleared.add(e.getKey());
            continue;
          }
          setField(
              d,
              e.getKey(),
              heads.get(e.getValue()),
              e.getKey().isLongText() || people ? value : clean(value),
              cell.at());
          mark(cell.at());
        }
        for (int c = 0; c < heads.size(); c++) {
          String value = c < r.cells().size() ? cellText(r, c) : "";
          if (!used.contains(c) && !heads.get(c).isEmpty() && !value.isEmpty()) {
            // a column the layout has no field for: kept in the topic's extra
            d.extra.put(heads.get(c), value);
            mark(r.cells().get(c).at());
          }
        }
        mark(r.cells().get(titleCol).at());
        d.titleAt = r.cells().get(titleCol).at();
        draft = d;
        closeTopic();
      }
    }

    private void attendeeTable(
        List<Row> rows, List<String> heads, Map<AttendeeColumn, Integer> cols) {
      int nameCol = cols.getOrDefault(AttendeeColumn.NAME, 0);
      Set<Integer> used = new HashSet<>(cols.values());
      used.add(nameCol);
      AttendeeStatus base =
          section != null && section.attendeeStatus() != null
              ? section.attendeeStatus()
              : AttendeeStatus.CONFIRMED;
      for (int i = 1; i < rows.size(); i++) {
        Row r = rows.get(i);
        Cell nameCell = r.cells().get(nameCol);
        String name = clean(resolveInline(nameCell.text()).text());
        if (!name.isEmpty() && (!hasLetter(name) || profile.isFiller(name))) {
          gap(r, "row without a name");
          continue;
        }
        if (name.isEmpty() || r.isHeader()) {
          if (!name.isEmpty()) {
            mark(r.at());
          }
          continue;
        }
        AttendeeStatus status = base;
        Integer sc = cols.get(AttendeeColumn.STATUS);
        if (sc != null) {
          AttendeeStatus s = profile.statusForWord(clean(unstruck(r.cells().get(sc).text())));
          if (s != null) {
            status = s;
            mark(r.cells().get(sc).at());
          }
        }
        if (struckAtStart(nameCell.text())) {
          status = AttendeeStatus.WITHDRAWN;
        }
        String affiliation = null;
        Integer ac = cols.get(AttendeeColumn.AFFILIATION);
        if (ac != null) {
          affiliation = cellText(r, ac);
          if (affiliation.isEmpty() || profile.isFiller(affiliation)) {
            affiliation = null;
          }
          mark(r.cells().get(ac).at());
        }
        List<Mark> users = nameCell.text().marks(Mark.Kind.USER);
        if (!users.isEmpty()) {
          Mark u = users.get(0);
          String label = clean(nameCell.text().text().substring(u.from(), u.to()));
          if (!label.isEmpty()) {
            name = label;
          }
        } else {
          Parsed p = splitAffiliation(name, true);
          if (p.name() != null) {
            name = p.name();
            if (affiliation == null) {
              affiliation = p.affiliation();
            }
          }
        }
        attendees.add(new Attendee(shared(name), sharedOrNull(affiliation), status));
        attendeeAt.add(r.at());
        mark(nameCell.at());
        for (int c = 0; c < heads.size(); c++) {
          String value = cellText(r, c);
          if (!used.contains(c) && !heads.get(c).isEmpty() && !value.isEmpty()) {
            // a column the model has no field for (arrival, accommodation): kept per person in the
            // event's extra
            addLine(heads.get(c), AttendeeData.personLine(name, value));
            mark(r.cells().get(c).at());
          }
        }
      }
      for (int c = 0; c < heads.size(); c++) {
        if (!used.contains(c) && !heads.get(c).isEmpty() && eventExtra.containsKey(heads.get(c))) {
          mark(rows.get(0).cells().get(c).at());
        }
      }
    }

    private void scheduleTable(
        List<Row> rows,
        List<String> heads,
        Map<ScheduleColumn, Integer> cols,
        Map<TopicField, Integer> topicCols) {
      // called only for a table with a time or start column
      int timeCol =
          java.util.Objects.requireNonNull(
              cols.containsKey(ScheduleColumn.TIME)
                  ? cols.get(ScheduleColumn.TIME)
                  : cols.get(ScheduleColumn.START),
              "a schedule table without a time column");
      Integer endCol = cols.get(ScheduleColumn.END);
      Integer dayCol = cols.get(ScheduleColumn.DAY);
      Integer titleCol =
          cols.containsKey(ScheduleColumn.TITLE)
              ? cols.get(ScheduleColumn.TITLE)
              : topicCols.get(TopicField.TITLE);
      Integer speakerCol =
          cols.containsKey(ScheduleColumn.SPEAKER)
              ? cols.get(ScheduleColumn.SPEAKER)
              : topicCols.get(TopicField.CONTACTS);
      Integer roomCol = cols.get(ScheduleColumn.ROOM);
      // columns that name rooms: without a title column, every other column with a header
      List<Integer> roomCols = new ArrayList<>();
      if (titleCol == null) {
        for (int c = 0; c < heads.size(); c++) {
          if (c != timeCol
              && !java.util.Objects.equals(c, endCol)
              && !java.util.Objects.equals(c, dayCol)
              && !heads.get(c).isEmpty()) {
            roomCols.add(c);
          }
        }
      }
      boolean hoursOnly = titleCol == null && roomCols.isEmpty() && dayCol != null;
      Map<Cell, Integer> cellSession = new java.util.IdentityHashMap<>();
      for (int i = 1; i < rows.size(); i++) {
        Row r = rows.get(i);
        String timeText = cellText(r, timeCol);
        if (hoursOnly) {
          // a table of days and their hours ("Friday | 18:00 - 22:00")
          LocalDate d = dayIn(cellText(r, dayCol));
          Hours.TimeRange h = facts.hours(timeText);
          if (d != null && h != null && h.closes() != null) {
            listedDays.put(d, EventDay.of(d, h.opens(), h.closes()));
            dayAt.put(d, r.at());
            mark(r.at());
          } else {
            gap(r, "row without a day and hours");
          }
          continue;
        }
        LocalDate day = scheduleDay;
        if (dayCol != null) {
          LocalDate d = dayIn(cellText(r, dayCol));
          if (d != null) {
            day = d;
            mark(r.cells().get(dayCol).at());
          }
        }
        if (timeText.isEmpty() && r.isHeader()) {
          LocalDate d = dayIn(rowText(r));
          if (d != null) {
            scheduleDay = d;
            mark(r.at());
          } else {
            gap(r, "schedule row without a time");
          }
          continue;
        }
        Hours.TimeRange range = facts.hours(timeText);
        LocalTime start = range != null ? range.opens() : time(timeText);
        LocalTime end =
            range != null ? range.closes() : endCol == null ? null : time(cellText(r, endCol));
        if (start == null) {
          LocalDate d = dayIn(rowText(r));
          if (d != null) {
            scheduleDay = d;
            mark(r.at());
          } else {
            gap(r, "schedule row without a time");
          }
          continue;
        }
        mark(r.cells().get(timeCol).at());
        if (endCol != null) {
          mark(r.cells().get(endCol).at());
        }
        if (titleCol != null) {
          String title = cellText(r, titleCol);
          if (title.isEmpty() || !hasLetter(title) || profile.isFiller(title)) {
            continue;
          }
          List<Person> speakers =
              speakerCol == null || speakerCol >= r.cells().size()
                  ? List.of()
                  : people(peopleText(r.cells().get(speakerCol).text()));
          if (speakerCol != null) {
            mark(r.cells().get(speakerCol).at());
          }
          String room = roomCol == null ? null : blankToNull(cellText(r, roomCol));
          if (roomCol != null) {
            mark(r.cells().get(roomCol).at());
          }
          sessions.add(
              new Session(
                  day, start, end, room, title, speakers, r.cells().get(titleCol).at(), r.at()));
          mark(r.cells().get(titleCol).at());
        } else {
          for (int c : roomCols) {
            Cell cell = r.cells().get(c);
            String title = clean(resolveInline(cell.text()).text());
            if (title.isEmpty() || !hasLetter(title) || profile.isFiller(title)) {
              continue;
            }
            Integer placed = cellSession.get(cell);
            if (placed != null) {
              // a cell spanning rows: its session ends with the last row it covers
              Session was = sessions.get(placed);
              if (end != null && (was.end() == null || end.isAfter(was.end()))) {
                sessions.set(
                    placed,
                    new Session(
                        was.day(),
                        was.start(),
                        end,
                        was.room(),
                        was.title(),
                        was.speakers(),
                        was.at()));
              }
              continue;
            }
            cellSession.put(cell, sessions.size());
            boolean spans = roomCols.stream().filter(k -> r.cells().get(k) == cell).count() > 1;
            sessions.add(
                new Session(
                    day, start, end, spans ? null : heads.get(c), title, List.of(), cell.at()));
            mark(cell.at());
          }
        }
      }
    }

    private String cellText(Row r, @Nullable Integer col) {
      if (col == null || col >= r.cells().size()) {
        return "";
      }
      return clean(resolveInline(r.cells().get(col).text()).text());
    }

    private String rowText(Row r) {
      StringBuilder sb = new StringBuilder();
      Cell prev = null;
      for (Cell c : r.cells()) {
        if (c == prev) {
          continue;
        }
        prev = c;
        if (sb.length() > 0) {
          sb.append(" | ");
        }
        sb.append(clean(c.text().text()));
      }
      return sb.toString();
    }

    // ================================================================ text helpers

    /**
     * {@code s}, or the equal string this reading met before: a page repeats its short values
     * (names, affiliations, channels, levels) in topic after topic, and a large page's event holds
     * each once. Only values of at most {@link #SHARED_MAX_CHARS} characters are shared, and at
     * most {@link #SHARED_MAX_VALUES} of them, so that a page of unique values pays little for the
     * table.
     */
    private @Nullable String sharedOrNull(@Nullable String s) {
      return s == null ? null : shared(s);
    }

    /** {@link #sharedOrNull} for a value that is there. */
    private String shared(String s) {
      if (s.length() > SHARED_MAX_CHARS) {
        return s;
      }
      String known = sharedValues.get(s);
      if (known != null) {
        return known;
      }
      if (sharedValues.size() < SHARED_MAX_VALUES) {
        sharedValues.put(s, s);
      }
      return s;
    }

    private Person shared(Person p) {
      return new Person(
          shared(p.name()),
          sharedOrNull(p.email()),
          sharedOrNull(p.affiliation()),
          sharedOrNull(p.note()));
    }

    /**
     * People named in a contacts value; its lines (a {@code <br>}, a line break, a list item) each
     * name their own.
     */
    private List<Person> people(String text) {
      String s = clean(text);
      while (!s.isEmpty() && ",;".indexOf(s.charAt(0)) >= 0) {
        s = s.substring(1).strip();
      }
      while (!s.isEmpty() && ",;".indexOf(s.charAt(s.length() - 1)) >= 0) {
        s = s.substring(0, s.length() - 1).strip();
      }
      if (s.isEmpty() || profile.isFiller(s)) {
        return List.of();
      }
      List<Person> people = new ArrayList<>();
      for (Person p : Contacts.parse(text)) {
        String note = p.note();
        // "Name (Org)": a short bracketed phrase after a name is the person's affiliation
        if (p.affiliation() == null
            && note != null
            && note.split(" ").length <= 5
            && !profile.isAttendeeNote(note)
            && profile.statusForWord(note) == null
            && note.indexOf(':') < 0
            && !note.isEmpty()
            && Character.isUpperCase(note.charAt(0))) {
          people.add(shared(new Person(p.name(), p.email(), note, null)));
        } else if (!profile.isFiller(p.name()) && hasLetter(p.name())) {
          people.add(shared(p));
        }
      }
      return people;
    }

    /**
     * {@code text} with each link's label kept together when it is read as a list of people: {@code
     * [[User:Lima|Lima, Ana]]} is one person, not two.
     */
    private static String linksKeptTogether(String text, List<Mark> marks) {
      String out = text;
      for (Mark m : marks) {
        if (m.kind() == Mark.Kind.LINK
            || m.kind() == Mark.Kind.USER
            || m.kind() == Mark.Kind.EXTERNAL) {
          out = Contacts.keepTogether(out, m.from(), m.to());
        }
      }
      return out;
    }

    /** The text of a list of people in a table cell: its lines kept, its links kept together. */
    private String peopleText(Inline cell) {
      Inline resolved = resolveInline(cell);
      return linksKeptTogether(resolved.text(), resolved.marks()).strip();
    }

    /** Contacts from a template argument: the writer's contact templates, then prose. */
    private List<Person> contacts(Inline value) {
      List<Person> people = new ArrayList<>();
      String text = linksKeptTogether(value.text(), value.marks());
      int from = 0;
      for (Call c : value.calls()) {
        if (sameTemplate(c.name(), EventData.CONTACT_TEMPLATE)) {
          people.addAll(people(text.substring(from, Math.min(c.at(), text.length()))));
          from = Math.min(c.at(), text.length());
          Argument name = c.arg("1");
          String n = name == null ? "" : name.value().text().strip();
          if (n.isEmpty()) {
            problem(
                PageProblem.P105_UNREADABLE_VALUE, c.position(), "contact template without a name");
            continue;
          }
          people.add(
              shared(
                  new Person(
                      n, argText(c, "email"), argText(c, "affiliation"), argText(c, "note"))));
        }
      }
      List<Call> others = new ArrayList<>();
      for (Call c : shifted(value.calls(), from)) {
        if (!sameTemplate(c.name(), EventData.CONTACT_TEMPLATE)) {
          others.add(c);
        }
      }
      people.addAll(people(resolve(new Inline(text.substring(from), List.of(), others))));
      return people;
    }

    /**
     * The people of a labelled contacts line that holds the writer's contact templates ({@code
     * Contact: {{Contact|Ana|email=…|affiliation=…}}, Bo}), read as a template argument is; {@code
     * null} when the line has none, or a template call stands before the value (the line's text
     * then no longer lines up with its markup).
     */
    private @Nullable List<Person> contactCalls(LabelHit hit) {
      Inline markup = lineMarkup;
      if (markup == null
          || markup.calls().stream()
              .noneMatch(c -> sameTemplate(c.name(), EventData.CONTACT_TEMPLATE))) {
        return null;
      }
      // the label's text is the line's, stripped: no call stands before the value
      int lead = markup.text().length() - markup.text().stripLeading().length();
      for (Call c : markup.calls()) {
        if (c.at() < lead + hit.valueStart()) {
          return null;
        }
      }
      int from = Math.min(lead + hit.valueStart(), markup.text().length());
      return contacts(
          new Inline(markup.text().substring(from), List.of(), shifted(markup.calls(), from)));
    }

    private static List<Call> shifted(List<Call> calls, int from) {
      List<Call> out = new ArrayList<>();
      for (Call c : calls) {
        if (c.at() >= from) {
          out.add(new Call(c.name(), c.at() - from, c.args(), c.position()));
        }
      }
      return out;
    }

    private static @Nullable String argText(Call c, String key) {
      Argument a = c.arg(key);
      return a == null ? null : a.value().text().strip();
    }

    /** A template argument's text with its calls resolved. */
    private String value(Inline value) {
      return resolve(value);
    }

    private Inline resolveInline(Inline inline) {
      if (inline.calls().isEmpty()) {
        return inline;
      }
      String text = resolve(inline);
      return new Inline(
          text, inline.calls().isEmpty() ? inline.marks() : shiftMarks(inline, text), List.of());
    }

    private static List<Mark> shiftMarks(Inline inline, String resolved) {
      // calls insert text; marks after a call move by what it inserted
      List<Mark> out = new ArrayList<>();
      int grown = resolved.length() - inline.text().length();
      for (Mark m : inline.marks()) {
        int shift = 0;
        for (Call c : inline.calls()) {
          if (c.at() <= m.from()) {
            shift = grown;
          }
        }
        int from = Math.min(resolved.length(), m.from() + shift);
        out.add(
            new Mark(
                m.kind(),
                from,
                Math.min(resolved.length(), Math.max(from, m.to() + shift)),
                m.target()));
      }
      return out;
    }

    /**
     * The text with each template call replaced by what it stands for in this profile: the "not
     * applicable" text, a vote or comment as its icon and signature (as a browser shows it), the
     * writer's contact template as its name; other templates give nothing and are reported.
     */
    private String resolve(Inline inline) {
      if (inline.calls().isEmpty()) {
        return inline.text();
      }
      String text = inline.text();
      StringBuilder sb = new StringBuilder(text.length() + 32);
      int from = 0;
      for (Call c : inline.calls()) {
        int at = Math.min(c.at(), text.length());
        sb.append(text, from, at);
        from = at;
        String name = c.name();
        if (profile.notApplicableTemplate() != null
            && sameTemplate(name, profile.notApplicableTemplate())) {
          sb.append(profile.notApplicableText() == null ? "" : profile.notApplicableText());
        } else if ((profile.voteTemplate() != null
                && sameTemplate(name, profile.voteTemplate())
                && profile.voteIcon() != null)
            || (profile.commentTemplate() != null
                && sameTemplate(name, profile.commentTemplate())
                && profile.commentIcon() != null)) {
          boolean vote =
              profile.voteTemplate() != null && sameTemplate(name, profile.voteTemplate());
          Argument sig = c.arg("1");
          String signature = sig == null ? "" : PlainText.clean(sig.value().text());
          if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
          }
          sb.append(vote ? profile.voteIcon() : profile.commentIcon())
              .append(' ')
              .append(signature);
          if (!signature.endsWith(":")) {
            sb.append(':');
          }
          int next = from;
          while (next < text.length() && text.charAt(next) == ' ') {
            next++;
          }
          if (next < text.length() && text.charAt(next) == ':') {
            from = next + 1;
          }
        } else if (sameTemplate(name, EventData.CONTACT_TEMPLATE)) {
          Argument n = c.arg("1");
          sb.append(n == null ? "" : PlainText.clean(n.value().text()));
        } else if (!reportedCalls.get(c.position().start())) {
          reportedCalls.set(c.position().start());
          dropped(c.position());
          problem(
              PageProblem.P106_TEMPLATE_NOT_EXPANDED,
              c.position(),
              "template {{" + name + "}} is not expanded; its text is not in the model");
          unmapped(
              UnmappedReason.U103_NOT_IN_PROFILE,
              c.position(),
              raw(c.position()),
              "template not expanded");
        }
      }
      sb.append(text, from, text.length());
      return sb.toString();
    }

    private @Nullable String leadingBold(Inline inline) {
      String text = inline.text();
      int lead = 0;
      while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
        lead++;
      }
      for (Mark m : inline.marks(Mark.Kind.BOLD)) {
        if (m.from() <= lead && m.to() > lead) {
          String s = clean(text.substring(lead, m.to()));
          while (!s.isEmpty() && ":".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
          }
          return s.isEmpty() ? null : s;
        }
      }
      return null;
    }

    /** The first bold phrase of a line that is no label ({@code '''When:'''}), or {@code null}. */
    private static @Nullable String firstBold(Inline inline) {
      String text = inline.text();
      for (Mark m : inline.marks(Mark.Kind.BOLD)) {
        String b = clean(text.substring(m.from(), Math.min(m.to(), text.length())));
        int after = m.to();
        while (after < text.length() && text.charAt(after) == ' ') {
          after++;
        }
        if (b.length() > 2
            && !b.endsWith(":")
            && (after >= text.length() || text.charAt(after) != ':')
            && Character.isLetterOrDigit(b.codePointAt(0))) {
          return b;
        }
      }
      return null;
    }

    private boolean hasIcon(String text) {
      return (profile.voteIcon() != null && text.contains(profile.voteIcon()))
          || (profile.commentIcon() != null && text.contains(profile.commentIcon()));
    }

    /**
     * Whether two template names are one: trimmed, underscores as spaces, the first letter in
     * either case. Compared in place, as every call of every value is compared with the profile's
     * names.
     */
    private static boolean sameTemplate(String a, String b) {
      int aFrom = stripStart(a);
      int bFrom = stripStart(b);
      int n = stripEnd(a, aFrom) - aFrom;
      if (n != stripEnd(b, bFrom) - bFrom) {
        return false;
      }
      if (n == 0) {
        return true;
      }
      if (Character.toUpperCase(unscored(a.charAt(aFrom)))
          != Character.toUpperCase(unscored(b.charAt(bFrom)))) {
        return false;
      }
      for (int i = 1; i < n; i++) {
        if (unscored(a.charAt(aFrom + i)) != unscored(b.charAt(bFrom + i))) {
          return false;
        }
      }
      return true;
    }

    /** The index of the first character of {@code s} that {@link String#strip} keeps. */
    private static int stripStart(String s) {
      int i = 0;
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i;
    }

    /**
     * The index after the last character of {@code s} that {@link String#strip} keeps, not before
     * {@code from}.
     */
    private static int stripEnd(String s, int from) {
      int i = s.length();
      while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
        i--;
      }
      return i;
    }

    private static char unscored(char c) {
      return c == '_' ? ' ' : c;
    }

    private static String key(String title) {
      return PlainText.clean(title).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code s} needs no tidying: no space at its edges, no run of spaces, no line break or
     * special space.
     */
    private static boolean isTidy(String s) {
      int n = s.length();
      if (n == 0) {
        return true;
      }
      char prev = ' ';
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c == '\n'
            || c == '\r'
            || (c == ' ' && prev == ' ')
            || (c >= 0x80 && PlainText.isSpace(c))) {
          return false;
        }
        prev = c;
      }
      return s.charAt(n - 1) != ' ' && s.charAt(n - 1) != '\t' && s.charAt(0) != '\t';
    }

    /**
     * Text tidied for the model: edges trimmed (no-break spaces too), runs of spaces and line
     * breaks as one space; tabs are kept, as a value's own characters.
     */
    private static String clean(String s) {
      if (isTidy(s)) {
        return s;
      }
      String t =
          PlainText.collapse(
              s, c -> c != '\t' && (PlainText.isSpace((char) c) || c == '\r' || c == '\n'));
      int end = t.length();
      while (end > 0 && t.charAt(end - 1) == '\t') {
        end--;
      }
      int start = 0;
      while (start < end && t.charAt(start) == '\t') {
        start++;
      }
      return t.substring(start, end);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
      return s == null || s.isBlank() ? null : s;
    }

    // ================================================================ the event

    private List<EventDay> days() {
      Map<LocalDate, EventDay> days = new TreeMap<>();
      // days listed one by one from the range's first to its last are the event's days (a day
      // between
      // them that is not listed is none); otherwise the range gives every day in it
      boolean listedSpan =
          range != null
              && listedDays.size() >= 2
              && listedDays.containsKey(range.start())
              && listedDays.containsKey(range.end());
      if (range != null && !listedSpan) {
        for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
          Hours.TimeRange h = dayHours.getOrDefault(d.getDayOfWeek(), generalHours);
          days.put(
              d, h == null ? new EventDay(d, null, null) : new EventDay(d, h.opens(), h.closes()));
        }
      }
      for (EventDay d : listedDays.values()) {
        EventDay general = days.get(d.date());
        if (d.opens() == null && general != null) {
          continue;
        }
        days.put(d.date(), d);
      }
      Hours.TimeRange general = generalHours;
      if (range == null && general != null) {
        days.replaceAll(
            (date, d) ->
                d.opens() == null ? new EventDay(date, general.opens(), general.closes()) : d);
      }
      return new ArrayList<>(days.values());
    }

    private Event assemble() {
      // each joined value replaces its lines at once: a large page's lines are not held twice
      for (var it = extraLines.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        eventExtra.put(e.getKey(), e.getValue().toString());
        it.remove();
      }
      placeSessions();
      Event.Builder b = Event.builder();
      String pageTitle =
          source != null && source.page() != null ? source.page() : outline.pageTitle();
      String title =
          firstNonBlank(
              stated.get(EventField.TITLE),
              boldTitle,
              sentenceTitle,
              subjectTitle,
              headingTitle,
              pageTitle,
              outline.source());
      b.title(title);
      if (statedId != null && !statedId.isBlank()) {
        b.id(statedId);
      }
      Source src = source;
      if (src == null && outline.site() != null && outline.pageTitle() != null) {
        src = Source.page(outline.site(), outline.pageTitle());
      }
      b.source(src);
      Venue venue = venue();
      b.venue(venue);
      Position at =
          firstFactAt != null
              ? firstFactAt
              : blocks.isEmpty() ? new Position(0, 0, 1, 1) : blocks.get(0).at();
      String zoneText = stated.get(EventField.TIME_ZONE);
      ZoneId zone = zoneText == null ? null : zoneId(zoneText);
      if (zone != null) {
        b.timeZone(zone);
      } else {
        if (zoneText != null) {
          eventExtra.put(EventData.TIME_ZONE, zoneText);
          problem(
              PageProblem.P105_UNREADABLE_VALUE,
              at,
              "time zone: expected a zone id such as Europe/Dublin, found '"
                  + zoneText
                  + "'; kept in extra");
        }
        Places.ZoneGuess guess = facts.inferZone(venue);
        if (guess != null) {
          b.timeZone(guess.zone());
          problem(PageProblem.P103_TIME_ZONE_INFERRED, at, guess.reason());
        } else {
          problem(
              PageProblem.P104_TIME_ZONE_UNKNOWN,
              at,
              venue == null
                  ? "the page states no place and no time zone"
                  : "no single time zone for "
                      + (venue.city() != null ? "the city '" + venue.city() + "'" : "no city")
                      + (venue.country() != null ? " or the country '" + venue.country() + "'" : "")
                      + "; state one");
        }
      }
      List<EventDay> days = days();
      if (days.isEmpty()) {
        problem(PageProblem.P111_NO_DATES, at, "the page states no event dates");
      }
      if (days.isEmpty() && topics.isEmpty() && attendees.isEmpty()) {
        problem(
            PageProblem.P115_NO_EVENT_FOUND,
            at,
            "no days, topics or attendees found with profile '" + profile.name() + "'");
      }
      List<Attendee> all =
          statusLists.isEmpty()
              ? attendees
              : AttendeeData.merge(
                  attendees,
                  statusLists,
                  (key, value) -> {
                    eventExtra.put(key, value);
                    problem(
                        PageProblem.P105_UNREADABLE_VALUE,
                        statusListsAt == null ? at : statusListsAt,
                        key
                            + ": expected one attendee per line such as '3. Name, Affiliation'; kept in extra");
                  });
      b.days(days).links(links).topics(topics).attendees(all).extra(eventExtra);
      List<@Nullable Position> allAt = new ArrayList<>(all.size());
      if (all == attendees) {
        allAt.addAll(attendeeAt);
      } else {
        // attendees merged from an infobox's lists have no entry of their own
        Map<Attendee, Position> listedAt = new java.util.IdentityHashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
          listedAt.put(attendees.get(i), attendeeAt.get(i));
        }
        all.forEach(a -> allAt.add(listedAt.get(a)));
      }
      List<@Nullable Position> daysAt = new ArrayList<>();
      days.forEach(d -> daysAt.add(dayAt.get(d.date())));
      trace = new PageTrace(topicAt, allAt, daysAt, linkAt, range == null ? null : rangeAt, factAt);
      return b.build();
    }

    /**
     * The venue: stated parts first (a template's or a label's venue name, street, postcode, city,
     * country), then the fullest of the places the page states (labelled addresses, address
     * blocks), then the others, then the place in the dates sentence.
     */
    /**
     * A zone id as written ({@code Europe/Dublin}, {@code SystemV/AST4ADT}), else a zone the text
     * states.
     */
    private @Nullable ZoneId zoneId(String text) {
      try {
        return ZoneId.of(text.strip());
      } catch (DateTimeException e) {
        return facts.statedZone(text);
      }
    }

    private @Nullable Venue venue() {
      if (!venueData.isEmpty()) {
        return new Venue(
            venueData.get(EventField.VENUE),
            venueData.get(EventField.STREET),
            venueData.get(EventField.POSTCODE),
            venueData.get(EventField.CITY),
            venueData.get(EventField.COUNTRY));
      }
      List<Place> places = new ArrayList<>(venues);
      places.sort(
          (a, b) ->
              a.rank() != b.rank()
                  ? Integer.compare(a.rank(), b.rank())
                  : Integer.compare(parts(b.venue()), parts(a.venue())));
      List<Venue> found = new ArrayList<>();
      places.forEach(p -> found.add(p.venue()));
      if (sentenceVenue != null) {
        found.add(sentenceVenue);
      }
      String name = stated.get(EventField.VENUE);
      String street = stated.get(EventField.STREET);
      String postcode = stated.get(EventField.POSTCODE);
      String city = stated.get(EventField.CITY);
      String country = stated.get(EventField.COUNTRY);
      for (Venue v : found) {
        name = name != null ? name : v.name();
        street = street != null ? street : v.street();
        postcode = postcode != null ? postcode : v.postcode();
        city = city != null ? city : v.city();
        country = country != null ? country : v.country();
      }
      if (name == null && street == null && postcode == null && city == null && country == null) {
        return null;
      }
      return new Venue(name, street, postcode, city, country);
    }

    private static int parts(Venue v) {
      int n = 0;
      for (String part : new String[] {v.name(), v.street(), v.postcode(), v.city(), v.country()}) {
        n += part == null ? 0 : 1;
      }
      return n;
    }

    private static String firstNonBlank(@Nullable String... values) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
      return "Untitled event";
    }

    // ================================================================ report

    private void firstFact(Position at) {
      if (firstFactAt == null) {
        firstFactAt = at;
      }
      factAt.add(at);
    }

    private Warnings warnings(Position at) {
      return (kind, offset, message) -> {
        ProblemCode code =
            switch (kind) {
              case AMBIGUOUS_DATE -> PageProblem.P101_AMBIGUOUS_DATE;
              case MONTH_FIRST_DATE -> PageProblem.P102_MONTH_FIRST_DATE;
              case ZONE_INFERRED -> PageProblem.P103_TIME_ZONE_INFERRED;
              case ZONE_UNKNOWN -> PageProblem.P104_TIME_ZONE_UNKNOWN;
              default ->
                  kind.name().startsWith("YEAR")
                      ? PageProblem.P113_YEAR_INFERRED
                      : PageProblem.P105_UNREADABLE_VALUE;
            };
        problem(code, at, message);
      };
    }

    private void problem(ProblemCode code, Position at, String message) {
      found.add(
          new ImportProblem(
              code,
              new dev.hackathonkit.io.Location(outline.source(), at.line(), at.column()),
              message));
    }

    private void unmapped(UnmappedReason code, Position at, String text, String reason) {
      if (forScore) {
        return;
      }
      String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
      report.unmapped(code, at.line(), at.column(), shown, reason);
    }

    private void mark(Position at) {
      mapped.set(at.start(), at.end());
      reach(at);
    }

    private void dropped(Position at) {
      dropped.set(at.start(), at.end());
      reach(at);
    }

    /** Extends the open topic over what was read into it. */
    private void reach(Position at) {
      Draft d = draft;
      if (d != null && at.start() >= d.at.start()) {
        d.end = Math.max(d.end, at.end());
      }
    }

    /**
     * The position of {@code text[from, to)} when {@code text} is the block's input as written (the
     * rendered-text front end), else the whole block's position.
     */
    private Position sub(Position at, String text, int from, int to) {
      int len = at.end() - at.start();
      int lead = 0;
      while (at.start() + lead < at.end()
          && Character.isWhitespace(input.charAt(at.start() + lead))) {
        lead++;
      }
      if (len < text.length() || !input.startsWith(text, at.start() + lead)) {
        return at;
      }
      int start = at.start() + lead + from;
      return new Position(start, at.start() + lead + to, at.line(), at.column() + lead + from);
    }

    /** Whether a blank line stands right before the line of {@code at}: it begins a paragraph. */
    private boolean blankBefore(Position at) {
      int i = at.start() - 1;
      while (i >= 0 && input.charAt(i) != '\n') {
        i--;
      }
      if (i <= 0) {
        return false;
      }
      for (int k = i - 1; k >= 0 && input.charAt(k) != '\n'; k--) {
        char c = input.charAt(k);
        if (c != ' ' && c != '\t' && c != '\r' && !PlainText.isSpace(c)) {
          return false;
        }
      }
      return true;
    }

    private String raw(Position at) {
      return input.substring(at.start(), Math.min(at.end(), input.length())).strip();
    }
  }

  /**
   * A place the page states, and how much to trust it: 0 from a template or a label, 1 from an
   * address block, 2 from prose.
   */
  private record Place(Venue venue, int rank) {}

  /** A short line that may belong to an address block. */
  private record Pending(String text, Position at) {}

  /** A heading still open while walking the page, and the section its content belongs to. */
  private record Open(int level, @Nullable PageSection section) {}
}
