package dev.hackathonkit.io.text;

import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.AttendeeItems;
import dev.hackathonkit.io.internal.Contacts;
import dev.hackathonkit.io.internal.Dates;
import dev.hackathonkit.io.internal.Hours;
import dev.hackathonkit.io.internal.Places;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.io.internal.Signatures;
import dev.hackathonkit.io.internal.Warnings;
import dev.hackathonkit.io.page.FieldSpec;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.page.PageSection;
import dev.hackathonkit.io.page.TopicField;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Comment;
import dev.hackathonkit.model.CommentKind;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Gsoc;
import dev.hackathonkit.model.Person;
import dev.hackathonkit.model.Slugs;
import dev.hackathonkit.model.Source;
import dev.hackathonkit.model.Topic;
import dev.hackathonkit.model.Venue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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

/** One reading of one page: the line-by-line state machine behind {@link RenderedPageReader}. */
final class PageReading {
  private static final Pattern IMAGE_NAME = Pattern.compile(
      "[\\p{L}\\p{N}][^/\\\\:]{0,200}\\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNKNOWN_LABEL = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{N}'()/&.?\\- ]{0,29}?)\\s*:(?=\\s|$)");
  private static final Pattern PLACE_AFTER = Pattern.compile(
      "^[\\s,]*(?:in|at)\\s+([^.;!?()]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "\\b(?:in|at)\\s+([^.;!?()]+?)[\\s,]*(?:\\b(?:on|from|for)\\s*)?$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_LABEL_WORDS = 4;

  private final PageProfile profile;
  private final ReadLimits limits;
  private final @Nullable Integer yearHint;
  private final CharSequence input;
  private final ImportReport.Builder report;
  private final List<String> lines;
  private final List<Label> labels = new ArrayList<>();
  private long unmappedChars;
  private final List<Found> problems = new ArrayList<>();
  private int droppedProblems;
  private final List<Found> unmapped = new ArrayList<>();

  private @Nullable String pageTitle;
  private @Nullable String site;
  private @Nullable PageSection section;
  private final List<TopicDraft> topics = new ArrayList<>();
  private @Nullable TopicDraft topic;
  private final List<Attendee> attendees = new ArrayList<>();
  private final Map<String, String> eventExtra = new LinkedHashMap<>();
  private Dates.@Nullable DateRange dates;
  private int datesLine;
  private @Nullable Venue venue;
  private int venueLine;
  private int venueColumn;
  private final List<DayLine> dayLines = new ArrayList<>();

  /** A known field label of the profile. */
  private record Label(TopicField field, String text) {}

  /** A label found in a line: the field (null when unknown), its text and where it and its value are. */
  private record LabelHit(@Nullable TopicField field, String label, int start, int valueStart, int valueEnd) {}

  /** One line (or line part) of a field value. */
  private record Piece(String text, int line, int column, int blanksBefore) {}

  /** A problem or unmapped part, kept until the report is built in input order. */
  private record Found(int line, int column, int seq, @Nullable TextProblem code, String message, @Nullable String text) {}

  /** A day line kept until the event's year is known. */
  private record DayLine(String text, int line, int column) {}

  /** A field being collected. */
  private static final class FieldBuffer {
    final @Nullable TopicField field;
    final String label;
    final int line;
    final int column;
    final String head;
    final List<Piece> pieces = new ArrayList<>();

    FieldBuffer(@Nullable TopicField field, String label, int line, int column, String head) {
      this.field = field;
      this.label = label;
      this.line = line;
      this.column = column;
      this.head = head;
    }
  }

  /** A topic being collected. */
  private static final class TopicDraft {
    final String title;
    final int line;
    final Topic.Builder builder = Topic.builder();
    final Set<TopicField> seen = EnumSet.noneOf(TopicField.class);
    final List<Comment> comments = new ArrayList<>();
    final Map<String, String> extra = new LinkedHashMap<>();
    @Nullable FieldBuffer current;
    boolean inReview;
    int lastCommentLine = -1;

    TopicDraft(String title, int line) {
      this.title = title;
      this.line = line;
    }
  }

  PageReading(PageProfile profile, ReadLimits limits, @Nullable Integer yearHint, String source, CharSequence input) {
    this.profile = profile;
    this.limits = limits;
    this.yearHint = yearHint;
    this.input = input;
    this.report = ImportReport.builder(source).maxProblems(limits.maxProblems());
    this.lines = PlainText.lines(input);
    for (Map.Entry<TopicField, FieldSpec> e : profile.fields().entrySet()) {
      String label = e.getValue().label();
      if (label != null) {
        labels.add(new Label(e.getKey(), label.strip()));
      }
    }
    labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
  }

  ImportResult read() {
    int i = header();
    int blanks = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      int n = i + 1;
      if (line.isBlank()) {
        blanks++;
        continue;
      }
      readLine(i, n, line, blanks);
      blanks = 0;
    }
    closeTopic();
    return new ImportResult(buildEvent(), finishReport());
  }

  /**
   * Reads the title and site lines; returns the index of the next line. The first line is the title
   * when the site line follows it, or else when it is no heading, field, topic title or list item.
   */
  private int header() {
    int first = nextNonBlank(0);
    if (first < 0) {
      return lines.size();
    }
    String line = lines.get(first);
    int next = nextNonBlank(first + 1);
    String name = next >= 0 ? profile.siteName(lines.get(next)) : null;
    if (name == null && (isTopicStart(first) || isHeading(first) != null || !splitLabels(line, true).isEmpty()
        || isImageName(line) || isBullet(line) || profile.isIgnoredLine(line))) {
      return 0;
    }
    pageTitle = PlainText.clean(line);
    if (name != null) {
      site = name;
      return next + 1;
    }
    return first + 1;
  }

  private void readLine(int i, int n, String line, int blanks) {
    int col = PlainText.indent(line) + 1;
    String text = line.strip();
    if (profile.isIgnoredLine(line)) {
      unmapped(n, col, text, "site chrome");
      return;
    }
    if (isImageName(text) && !hasIcon(text)) {
      unmapped(n, col, text, "image file name standing alone (a picture on the page)");
      return;
    }
    if (isTopicStart(i)) {
      closeTopic();
      topic = new TopicDraft(PlainText.clean(text), n);
      return;
    }
    List<LabelHit> titled = splitLabels(line, false);
    if (!titled.isEmpty() && titled.get(0).field() == TopicField.TITLE) {
      LabelHit hit = titled.get(0);
      String title = PlainText.clean(line.substring(hit.valueStart(), hit.valueEnd()));
      if (!title.isEmpty()) {
        closeTopic();
        topic = new TopicDraft(title, n);
        if (titled.size() > 1) {
          int rest = hit.valueEnd() + 1;
          topicText(topic, n, " ".repeat(rest) + line.substring(rest), 0);
        }
        return;
      }
    }
    PageSection heading = isHeading(i);
    if (heading != null) {
      closeTopic();
      section = heading;
      return;
    }
    if (topic != null) {
      topicLine(n, line, blanks);
      return;
    }
    if (section == null || section == PageSection.WHEN_AND_WHERE) {
      whenLine(n, line);
    } else if (section.attendeeStatus() != null) {
      attendeeLine(n, line, section.attendeeStatus());
    } else {
      unmapped(n, col, text, "text in the topics section outside any topic");
    }
  }

  // ---- structure -------------------------------------------------------------------------------

  private int nextNonBlank(int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private int blanksBefore(int i) {
    int b = 0;
    for (int j = i - 1; j >= 0 && lines.get(j).isBlank(); j--) {
      b++;
    }
    return b;
  }

  private static boolean isBullet(String line) {
    int at = PlainText.indent(line);
    if (at >= line.length()) {
      return false;
    }
    char c = line.charAt(at);
    if (c == '*' || c == '-' || c == '#') {
      return at + 1 < line.length() && line.charAt(at + 1) == ' ';
    }
    return AttendeeItems.isBullet(c);
  }

  private static boolean isImageName(String line) {
    return IMAGE_NAME.matcher(line.strip()).matches();
  }

  private boolean hasIcon(String line) {
    return line.contains(icon(profile.voteIcon())) || line.contains(icon(profile.commentIcon()));
  }

  /** The section a heading line opens: a stand-alone line that starts with one of its headings. */
  private @Nullable PageSection isHeading(int i) {
    String line = lines.get(i);
    if (isBullet(line) || line.length() > 200 || !splitLabels(line, false).isEmpty()) {
      return null;
    }
    boolean alone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
    return alone ? profile.sectionForHeading(line) : null;
  }

  /** Whether line {@code i} is a topic's title: followed, after blank lines, by a known field label. */
  private boolean isTopicStart(int i) {
    String line = lines.get(i);
    if (line.isBlank() || isBullet(line) || hasIcon(line) || isImageName(line) || !splitLabels(line, false).isEmpty()) {
      return false;
    }
    int j = nextNonBlank(i + 1);
    if (j < 0) {
      return false;
    }
    List<LabelHit> hits = splitLabels(lines.get(j), false);
    if (hits.isEmpty() || hits.get(0).field() == null || hits.get(0).field() == TopicField.REVIEW
        || hits.get(0).field() == TopicField.TITLE) {
      return false;
    }
    TopicDraft open = topic;
    if (open == null) {
      return true;
    }
    TopicField next = hits.get(0).field();
    FieldBuffer current = open.current;
    if (open.seen.contains(next) || (current != null && current.field == next)) {
      return true;
    }
    if (j == i + 1) {
      return false;
    }
    return blanksBefore(i) >= 2 || open.inReview || current == null;
  }

  /**
   * The labels in a line: a label at its start (known, or any short {@code Label:} when {@code
   * unknown} is allowed), then known labels after {@code ;}. Empty when the line starts with none.
   */
  private List<LabelHit> splitLabels(String line, boolean unknown) {
    int start = PlainText.indent(line);
    if (start >= line.length() || isBullet(line)) {
      return List.of();
    }
    List<LabelHit> hits = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    LabelHit first = known(line, start, true);
    if (first == null && unknown) {
      first = unknownLabel(line, start);
    }
    if (first == null) {
      return List.of();
    }
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
      out.add(new LabelHit(hit.field(), hit.label(), hit.start(), Math.min(hit.valueStart(), ends.get(h)), ends.get(h)));
    }
    return out;
  }

  private @Nullable LabelHit known(String line, int at, boolean lineStart) {
    for (Label l : labels) {
      String label = l.text();
      if (!line.regionMatches(true, at, label, 0, label.length())) {
        continue;
      }
      int p = at + label.length();
      while (p < line.length() && line.charAt(p) == ' ') {
        p++;
      }
      if (p < line.length() && line.charAt(p) == ':') {
        int v = p + 1;
        while (v < line.length() && line.charAt(v) == ' ') {
          v++;
        }
        return new LabelHit(l.field(), line.substring(at, at + label.length()), at, v, line.length());
      }
      if (lineStart && p == line.length() && l.field() == TopicField.REVIEW) {
        return new LabelHit(l.field(), line.substring(at, at + label.length()), at, p, p);
      }
    }
    return null;
  }

  private @Nullable LabelHit unknownLabel(String line, int at) {
    Matcher m = UNKNOWN_LABEL.matcher(line);
    m.region(at, line.length());
    if (!m.lookingAt()) {
      return null;
    }
    String label = m.group(1).strip();
    if (label.isEmpty() || label.split(" ").length > MAX_LABEL_WORDS || Hours.findRange(line) != null
        || Dates.findRange(label, 2000) != null) {
      return null;
    }
    int v = m.end() + 1;
    while (v < line.length() && line.charAt(v) == ' ') {
      v++;
    }
    return new LabelHit(null, label, at, Math.min(v, line.length()), line.length());
  }

  // ---- when and where --------------------------------------------------------------------------

  private void whenLine(int n, String line) {
    int col = PlainText.indent(line) + 1;
    String text = AttendeeItems.stripBullet(line);
    int textCol = line.indexOf(text) + 1;
    if (Hours.findRange(text) != null) {
      dayLines.add(new DayLine(text, n, textCol));
      return;
    }
    Dates.DateRange range = Dates.findRange(text, yearHint);
    if (range != null) {
      if (dates != null) {
        problem(TextProblem.T112_SECOND_DATES, n, textCol + range.from(),
            "dates stated again; the statement on line " + datesLine + " was used");
        unmapped(n, col, line.strip(), "second statement of the event's dates");
        return;
      }
      dates = range;
      datesLine = n;
      place(n, textCol, text, range);
      return;
    }
    List<LabelHit> hits = splitLabels(line, true);
    if (!hits.isEmpty() && hits.get(0).field() == null) {
      LabelHit hit = hits.get(0);
      eventExtra.put(hit.label(), PlainText.clean(line.substring(hit.valueStart())));
      problem(TextProblem.T102_UNKNOWN_FIELD, n, hit.start() + 1, "field '" + hit.label() + "' kept in the event's extra");
      return;
    }
    unmapped(n, col, line.strip(), section == null
        ? "text before any recognised section or field" : "text in the when-and-where section that states no date, hours or place");
  }

  private void place(int n, int col, String text, Dates.DateRange range) {
    String after = text.substring(range.to());
    Matcher m = PLACE_AFTER.matcher(after);
    String place = null;
    int at = 0;
    if (m.find()) {
      place = m.group(1);
      at = range.to() + m.start(1);
    } else {
      Matcher b = PLACE_BEFORE.matcher(text.substring(0, range.from()));
      if (b.find()) {
        place = b.group(1);
        at = b.start(1);
      }
    }
    if (place == null) {
      return;
    }
    Venue v = Places.parseVenue(place);
    if (v != null) {
      venue = v;
      venueLine = n;
      venueColumn = col + at;
    }
  }

  // ---- attendees -------------------------------------------------------------------------------

  private void attendeeLine(int n, String line, AttendeeStatus status) {
    int col = PlainText.indent(line) + 1;
    if (!isBullet(line)) {
      List<LabelHit> hits = splitLabels(line, true);
      if (!hits.isEmpty() && hits.get(0).field() == null) {
        eventExtra.put(hits.get(0).label(), PlainText.clean(line.substring(hits.get(0).valueStart())));
        problem(TextProblem.T102_UNKNOWN_FIELD, n, col, "field '" + hits.get(0).label() + "' kept in the event's extra");
        return;
      }
      unmapped(n, col, line.strip(), "text in an attendee section that is not a list item");
      return;
    }
    Attendee a = AttendeeItems.parse(line, status);
    if (a == null) {
      unmapped(n, col, line.strip(), "list item without a name");
    } else {
      attendees.add(a);
    }
  }

  // ---- topics ----------------------------------------------------------------------------------

  private void topicLine(int n, String line, int blanks) {
    TopicDraft t = topic;
    if (t == null) {
      return;
    }
    List<int[]> icons = icons(line);
    String head = icons.isEmpty() ? line : line.substring(0, icons.get(0)[0]);
    if (!head.isBlank()) {
      topicText(t, n, head, blanks);
    }
    for (int k = 0; k < icons.size(); k++) {
      int[] icon = icons.get(k);
      int end = k + 1 < icons.size() ? icons.get(k + 1)[0] : line.length();
      String segment = line.substring(icon[1], end);
      Signatures.Signed signed = Signatures.parse(segment);
      CommentKind kind = icon[2] == 1 ? CommentKind.VOTE : CommentKind.COMMENT;
      if (signed == null) {
        problem(TextProblem.T109_UNSIGNED_REVIEW, n, icon[0] + 1, "no signature after the " + kind.name().toLowerCase(Locale.ROOT) + " icon");
        unmapped(n, icon[0] + 1, line.substring(icon[0], end).strip(), "review entry without a signature");
        continue;
      }
      t.comments.add(new Comment(signed.author(), signed.postedAt(), signed.text(), kind));
      t.lastCommentLine = n;
    }
    if (!icons.isEmpty()) {
      t.inReview = t.current == null || t.inReview;
    }
  }

  /** An icon's alt text; for a profile without one, two non-characters that no text contains. */
  private static String icon(@Nullable String alt) {
    return alt == null ? "\uFFFF\uFFFF" : alt;
  }

  /** The icons in a line, in order: start, end, 1 for a vote or 0 for a comment. */
  private List<int[]> icons(String line) {
    List<int[]> found = new ArrayList<>();
    String vote = icon(profile.voteIcon());
    String comment = icon(profile.commentIcon());
    int from = 0;
    while (from < line.length()) {
      int v = line.indexOf(vote, from);
      int c = line.indexOf(comment, from);
      if (v < 0 && c < 0) {
        break;
      }
      boolean isVote;
      if (v >= 0 && c >= 0) {
        isVote = v < c || (v == c && vote.length() >= comment.length());
      } else {
        isVote = v >= 0;
      }
      int start = isVote ? v : c;
      int end = start + (isVote ? vote : comment).length();
      found.add(new int[] {start, end, isVote ? 1 : 0});
      from = end;
    }
    return found;
  }

  private void topicText(TopicDraft t, int n, String text, int blanks) {
    List<LabelHit> hits = splitLabels(text, true);
    if (!hits.isEmpty()) {
      closeField(t);
      t.inReview = false;
      for (LabelHit hit : hits) {
        closeField(t);
        if (hit.field() == TopicField.REVIEW) {
          t.inReview = true;
          String rest = text.substring(hit.valueStart(), hit.valueEnd());
          if (!rest.isBlank()) {
            reviewText(t, n, rest, hit.valueStart() + 1, 0);
          }
          continue;
        }
        String head = text.substring(hit.start(), hit.valueEnd()).strip();
        FieldBuffer f = new FieldBuffer(hit.field(), hit.label(), n, hit.start() + 1, head);
        String value = text.substring(hit.valueStart(), hit.valueEnd());
        f.pieces.add(new Piece(value, n, hit.valueStart() + 1, 0));
        t.current = f;
      }
      return;
    }
    if (t.inReview) {
      reviewText(t, n, text, PlainText.indent(text) + 1, blanks);
      return;
    }
    FieldBuffer f = t.current;
    if (f != null) {
      f.pieces.add(new Piece(text, n, 1, blanks));
      return;
    }
    unmapped(n, PlainText.indent(text) + 1, text.strip(), "text in a topic before its first field");
  }

  private void reviewText(TopicDraft t, int n, String text, int col, int blanks) {
    Signatures.Signed signed = Signatures.parse(text);
    if (signed != null) {
      problem(TextProblem.T110_REVIEW_WITHOUT_ICON, n, col, "signed entry without a vote or comment icon, read as a comment");
      t.comments.add(new Comment(signed.author(), signed.postedAt(), signed.text(), CommentKind.COMMENT));
      t.lastCommentLine = n;
      return;
    }
    if (blanks == 0 && t.lastCommentLine == n - 1 && !t.comments.isEmpty()) {
      Comment last = t.comments.remove(t.comments.size() - 1);
      String joined = last.text().isEmpty() ? PlainText.clean(text) : last.text() + "\n\n" + PlainText.clean(text);
      t.comments.add(new Comment(last.author(), last.postedAt(), joined, last.kind()));
      t.lastCommentLine = n;
      return;
    }
    problem(TextProblem.T109_UNSIGNED_REVIEW, n, col, "review text without a signature");
    unmapped(n, col, text.strip(), "text in the review block that is not a signed entry");
  }

  private void closeTopic() {
    TopicDraft t = topic;
    if (t == null) {
      return;
    }
    closeField(t);
    topics.add(t);
    topic = null;
  }

  private void closeField(TopicDraft t) {
    FieldBuffer f = t.current;
    t.current = null;
    if (f == null) {
      return;
    }
    String value = format(f);
    int valueCol = f.pieces.get(0).column();
    TopicField field = f.field;
    if (field == null) {
      if (value.isEmpty()) {
        unmappedField(f, "empty field '" + f.label + "'");
        return;
      }
      putExtra(t, f.label, value);
      problem(TextProblem.T102_UNKNOWN_FIELD, f.line, f.column, "field '" + f.label + "' kept in the topic's extra");
      return;
    }
    if (value.isEmpty()) {
      unmappedField(f, "empty field: " + f.label + " is absent");
      return;
    }
    if (profile.isFiller(field, value)) {
      unmappedField(f, "template filler: " + f.label + " is absent");
      return;
    }
    if (t.seen.contains(field)) {
      putExtra(t, f.label, value);
      problem(TextProblem.T108_DUPLICATE_FIELD, f.line, f.column, f.label + " stated again; the second value is kept in extra");
      return;
    }
    Warnings warnings = (kind, offset, message) -> warn(kind, f.line, valueCol + offset, message);
    switch (field) {
      case TITLE -> t.builder.putExtra(f.label, value);
      case INSERTED_ON -> {
        LocalDate d = Dates.parseNumeric(value, warnings);
        if (d == null) {
          Dates.DateRange r = Dates.findRange(value, null);
          d = r != null && r.start().equals(r.end()) && r.to() - r.from() == value.length() ? r.start() : null;
        }
        if (d == null) {
          badValue(t, f, value, "a date such as 29/04/2013");
          return;
        }
        t.builder.insertedOn(d);
      }
      case VERIFIED -> t.builder.verified(value);
      case GSOC -> {
        Gsoc g = profile.gsoc(value);
        if (g == null) {
          badValue(t, f, value, "one of the profile's GSoC answers");
          return;
        }
        t.builder.gsoc(g);
      }
      case CONTACTS -> {
        List<Person> people = Contacts.parse(value);
        if (people.isEmpty()) {
          badValue(t, f, value, "names of contacts");
          return;
        }
        t.builder.contacts(people);
      }
      case MAILING_LIST -> t.builder.mailingList(value);
      case IRC_CHANNEL -> t.builder.ircChannel(value);
      case DIFFICULTY -> t.builder.difficulty(value);
      case SKILLS -> t.builder.skills(value);
      case DESCRIPTION -> t.builder.description(value);
      case OUTCOMES -> t.builder.outcomes(value);
      case REVIEW -> putExtra(t, f.label, value);
      default -> putExtra(t, f.label, value);
    }
    t.seen.add(field);
  }

  private void putExtra(TopicDraft t, String label, String value) {
    String key = label;
    for (int k = 2; t.extra.containsKey(key); k++) {
      key = label + " (" + k + ")";
    }
    t.extra.put(key, value);
  }

  private void badValue(TopicDraft t, FieldBuffer f, String value, String expected) {
    putExtra(t, f.label, value);
    problem(TextProblem.T103_BAD_VALUE, f.line, f.pieces.get(0).column(),
        f.label + ": expected " + expected + ", found '" + value + "'; kept in extra");
  }

  private void unmappedField(FieldBuffer f, String reason) {
    unmapped(f.line, f.column, f.head, reason);
    for (int k = 1; k < f.pieces.size(); k++) {
      Piece p = f.pieces.get(k);
      if (!p.text().isBlank()) {
        unmapped(p.line(), PlainText.indent(p.text()) + 1, p.text().strip(), reason);
      }
    }
  }

  /**
   * A field's value as the model's plain text: paragraphs split by a blank line, list items {@code
   * - item} nested by two spaces per level, a list following its intro line with one line break.
   */
  private String format(FieldBuffer f) {
    StringBuilder sb = new StringBuilder();
    Deque<Integer> indents = new ArrayDeque<>();
    boolean warned = false;
    for (Piece p : f.pieces) {
      String raw = p.text();
      if (raw.isBlank()) {
        continue;
      }
      if (isBullet(raw)) {
        int indent = PlainText.indent(raw);
        while (!indents.isEmpty() && indents.peek() > indent) {
          indents.pop();
        }
        if (indents.isEmpty() || indents.peek() < indent) {
          indents.push(indent);
        }
        int level = indents.size() - 1;
        if (level >= limits.maxDepth()) {
          level = limits.maxDepth() - 1;
          if (!warned) {
            problem(TextProblem.T114_TOO_DEEP, p.line(), indent + 1, "list deeper than " + limits.maxDepth() + " levels, flattened");
            warned = true;
          }
        }
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append("  ".repeat(level)).append("- ").append(PlainText.clean(AttendeeItems.stripBullet(raw)));
      } else {
        indents.clear();
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(PlainText.clean(raw));
      }
    }
    return sb.toString();
  }

  // ---- the event -------------------------------------------------------------------------------

  private Event buildEvent() {
    String title = pageTitle;
    if (title == null || title.isBlank()) {
      title = report.source();
      problem(TextProblem.T101_NO_PAGE_TITLE, 1, 1, "no page title line; the event is titled '" + title + "'");
    }
    Event.Builder e = Event.builder().title(title);
    if (pageTitle != null || site != null) {
      e.source(new Source(site, pageTitle, null, null, null));
    }
    if (pageTitle == null) {
      e.id(Slugs.of(title));
    }
    e.days(days());
    e.venue(venue);
    e.timeZone(zone());
    Set<String> taken = new HashSet<>();
    for (TopicDraft t : topics) {
      Topic.Builder b = t.builder.title(t.title).id(Slugs.unique(t.title, taken)).comments(t.comments);
      t.extra.forEach(b::putExtra);
      e.addTopic(b.build());
    }
    e.attendees(attendees);
    e.extra(eventExtra);
    return e.build();
  }

  private @Nullable ZoneId zone() {
    Venue v = venue;
    if (v == null) {
      return null;
    }
    Places.ZoneGuess guess = Places.inferZone(v);
    if (guess == null) {
      problem(TextProblem.T107_ZONE_UNKNOWN, venueLine, venueColumn,
          "no time zone database id names the place '" + v.displayName() + "'; the event has no time zone");
      return null;
    }
    problem(TextProblem.T106_ZONE_INFERRED, venueLine, venueColumn, guess.reason());
    return guess.zone();
  }

  private List<EventDay> days() {
    Dates.DateRange range = dates;
    Integer year = range != null ? Integer.valueOf(range.start().getYear()) : yearHint;
    TreeMap<LocalDate, EventDay> days = new TreeMap<>();
    Hours.TimeRange everyDay = null;
    for (DayLine d : dayLines) {
      Warnings w = (kind, offset, message) -> warn(kind, d.line(), d.column() + offset, message);
      Hours.DayHours dh = Hours.parseDayLine(d.text(), year, w);
      if (dh == null) {
        continue;
      }
      if (dh.date() != null) {
        LocalDate date = dh.date();
        if (range != null && (date.isBefore(range.start()) || date.isAfter(range.end()))) {
          problem(TextProblem.T113_DAY_NOT_PLACED, d.line(), d.column(),
              date + " is outside the event's dates " + range.start() + " to " + range.end() + "; added as a day");
        }
        days.put(date, EventDay.of(date, dh.hours().opens(), dh.hours().closes()));
      } else if (dh.day() == null && everyDay == null) {
        everyDay = dh.hours();
      } else {
        problem(TextProblem.T113_DAY_NOT_PLACED, d.line(), d.column(),
            "hours for a day the reader cannot date (no year stated or hinted)");
        unmapped(d.line(), d.column(), d.text(), "hours for a day without a known date");
      }
    }
    if (range != null) {
      for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
        if (!days.containsKey(d)) {
          days.put(d, everyDay != null
              ? EventDay.of(d, everyDay.opens(), everyDay.closes()) : new EventDay(d, null, null));
        }
      }
    } else if (everyDay != null) {
      problem(TextProblem.T113_DAY_NOT_PLACED, 0, 0, "hours stated without any event date");
    }
    if (days.isEmpty()) {
      problem(TextProblem.T111_NO_DATES, 0, 0, "the page states no event dates");
    }
    return new ArrayList<>(days.values());
  }

  // ---- report ----------------------------------------------------------------------------------

  private void warn(Warnings.Kind kind, int line, int col, String message) {
    TextProblem code = switch (kind) {
      case AMBIGUOUS_DATE -> TextProblem.T104_AMBIGUOUS_DATE;
      case MONTH_FIRST_DATE -> TextProblem.T105_MONTH_FIRST_DATE;
      case ZONE_INFERRED -> TextProblem.T106_ZONE_INFERRED;
      case ZONE_UNKNOWN -> TextProblem.T107_ZONE_UNKNOWN;
      case PARTLY_READ -> TextProblem.T103_BAD_VALUE;
      case YEAR_INFERRED -> TextProblem.T103_BAD_VALUE; // not yet given by the helpers this reader calls
    };
    problem(code, line, col, message);
  }

  private void problem(TextProblem code, int line, int col, String message) {
    if (problems.size() >= limits.maxProblems()) {
      droppedProblems++;
      return;
    }
    problems.add(new Found(Math.max(0, line), Math.max(0, col), problems.size(), code, message, null));
  }

  private void unmapped(int line, int col, String text, String reason) {
    unmapped.add(new Found(line, col, unmapped.size(), null, reason, text));
    unmappedChars += PlainText.nonBlank(text);
  }

  /** Builds the report with problems and unmapped input in input order (whole-input problems first). */
  private ImportReport finishReport() {
    Comparator<Found> order = Comparator.comparingInt(Found::line).thenComparingInt(Found::column)
        .thenComparingInt(Found::seq);
    problems.sort(order);
    unmapped.sort(order);
    for (Found p : problems) {
      report.problem(java.util.Objects.requireNonNull(p.code()), p.line(), p.column(), p.message());
    }
    for (int k = 0; k < droppedProblems; k++) {
      // the builder is full (it keeps maxProblems), so it only counts these
      report.problem(TextProblem.T103_BAD_VALUE, 0, 0, "dropped");
    }
    for (Found u : unmapped) {
      report.unmapped(u.line(), u.column(), java.util.Objects.requireNonNull(u.text()), u.message());
    }
    long total = PlainText.nonBlank(input);
    report.coverage(total, Math.max(0, total - unmappedChars));
    return report.build();
  }
}
