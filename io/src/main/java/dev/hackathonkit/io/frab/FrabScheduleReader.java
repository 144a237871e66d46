package dev.hackathonkit.io.frab;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.EventReader;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ReadLimits;
import dev.hackathonkit.io.internal.BoundedText;
import dev.hackathonkit.io.internal.ReportBuilder;
import dev.hackathonkit.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a frab / c3voc schedule, {@code schedule.xml} or {@code schedule.json} as frab, pretalx and
 * this library's {@link FrabScheduleWriter} publish them, into an event. The syntax is told by the
 * content: a first non-blank character {@code <} is XML, <code>{</code> JSON ({@link #isSchedule}).
 *
 * <p>Mapping: the conference's {@code title} is the title, its {@code acronym} the id (underscores
 * as hyphens, trailing padding dropped), {@code time_zone_name} (or {@code meta.time_zone_name})
 * the time zone, its {@code url} a link; each {@code day} is an event day with the hours from its
 * start to its end (none when it runs from midnight to midnight; left out, with {@link
 * FrabProblem#F113_DAY_PAST_MIDNIGHT}, when it ends on a later date, as frab days that run into the
 * night do); each entry ({@code event}) is a topic with a slot on the local date and time of its
 * {@code date} (else the day's date and its {@code start}) in the event's zone, ending at its JSON
 * {@code end} or after its {@code duration} ({@code 00:00}: no end), in its {@code room}. The
 * topic's id is its {@code slug} after {@code acronym-} when there is one, else made from its
 * title; {@code abstract} and {@code description} are the description, {@code persons} the
 * contacts, each link an extra field named by its title ({@code Link} without one) holding its URL,
 * and {@code type} (other than {@code other}), {@code track}, {@code subtitle}, {@code language}
 * and {@code url} extras of the same names. Other fields are kept in extra ({@link
 * FrabProblem#F116_FIELD_IN_EXTRA}); media fields (logo, attachments, video), track colours and
 * text the mapper did not place are listed in {@link ImportReport#unmapped()} with their line and
 * column. The day index, version, generator and derived values (start, end, days of the conference)
 * are bookkeeping: neither placed nor counted in coverage.
 *
 * <p>What the schedule says about identity and places is kept in extras for {@link
 * FrabScheduleWriter} to write back: the entry's {@code guid} (topic extra {@code GUID}, unless it
 * is the one the writer derives from the event and topic ids), its {@code id} ({@code Entry id})
 * and {@code code} ({@code Code}), {@code feedback_url}, {@code origin_url}, {@code
 * recording_license} and a true {@code do_not_record} (XML {@code <recording>}; false is the
 * default and not kept); every text field of a person object but its name as {@code Person FIELD
 * (NAME)} ({@code Person guid (Dolores Vega)}; persons may also be plain strings); every text field
 * of a room (the conference's {@code rooms}, a {@code room} element's attributes) but its name as
 * the event's {@code Room FIELD (NAME)} ({@code Room capacity (Atrium)}); {@code base_url} as
 * {@code Base URL}. A second, different value for one of these is reported ({@link
 * FrabProblem#F118_CONFLICTING_VALUE}). An entry dated after the day it is listed under (frab days
 * run past midnight) whose date is no day adds that date as a day without hours ({@link
 * FrabProblem#F119_ENTRY_AFTER_MIDNIGHT}).
 *
 * <p>XML is read with the JDK's StAX parser with DTDs and external entities off; JSON with
 * Jackson's streaming parser. Input that is not well-formed, not a schedule, or beyond the {@link
 * ReadLimits} (size, nesting) throws {@link EventFormatException} with the line and column.
 *
 * <pre>{@code
 * ImportResult result = FrabScheduleReader.standard().read(Path.of("schedule.xml"));
 * result.report().problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FrabScheduleReader implements EventReader {
  private final ReadLimits limits;

  private FrabScheduleReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** A reader with {@link ReadLimits#DEFAULT}. */
  public static FrabScheduleReader standard() {
    return new FrabScheduleReader(ReadLimits.DEFAULT);
  }

  /** A copy with other limits (input size in octets, nesting depth, problems kept). */
  public FrabScheduleReader withLimits(ReadLimits limits) {
    return new FrabScheduleReader(requireNonNull(limits, "limits"));
  }

  /**
   * Whether {@code head} (the start of an input) looks like a frab schedule: an XML document whose
   * first element is {@code <schedule>}, or a JSON object with a {@code "schedule"} key before any
   * other object opens.
   */
  public static boolean isSchedule(String head) {
    requireNonNull(head, "head");
    String s = head.startsWith("\uFEFF") ? head.substring(1) : head;
    s = s.stripLeading();
    if (s.startsWith("<")) {
      return s.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "")
          .stripLeading()
          .startsWith("<schedule");
    }
    if (s.startsWith("{")) {
      return s.matches(
          "(?s)\\{\\s*(\"[^\"]*\"\\s*:\\s*(\"[^\"]*\"|[^{\\[\",]*)\\s*,\\s*|\"generator\"\\s*:\\s*\\{[^{}]*\\}\\s*,\\s*)*\"schedule\"\\s*:.*");
    }
    return false;
  }

  /**
   * Reads a schedule from UTF-8 bytes (a byte-order mark is skipped).
   *
   * @param bytes the file's bytes
   * @param sourceName the input's name, for locations
   * @throws EventFormatException if the input is not a well-formed schedule or exceeds the limits
   */
  public ImportResult read(byte[] bytes, String sourceName) throws EventFormatException {
    requireNonNull(bytes, "bytes");
    requireNonNull(sourceName, "sourceName");
    if (bytes.length > limits.maxInputChars()) {
      throw new EventFormatException(
          FrabProblem.F101_TOO_LARGE,
          new Location(sourceName, 0, 0),
          "expected at most " + limits.maxInputChars() + " octets, found " + bytes.length);
    }
    int first = 0;
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xEF
            && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF;
    if (bom) {
      first = 3;
    }
    while (first < bytes.length && Character.isWhitespace(bytes[first])) {
      first++;
    }
    if (first == bytes.length || (bytes[first] != '<' && bytes[first] != '{')) {
      throw new EventFormatException(
          FrabProblem.F100_NOT_A_SCHEDULE,
          new Location(sourceName, 1, 1),
          "expected schedule XML (<schedule>) or JSON ({\"schedule\": ...}), found "
              + (first == bytes.length
                  ? "no content"
                  : "'"
                      + new String(
                              bytes,
                              first,
                              Math.min(20, bytes.length - first),
                              StandardCharsets.UTF_8)
                          .strip()
                      + "'"));
    }
    ReportBuilder report = ReportBuilder.of(sourceName).maxProblems(limits.maxProblems());
    ScheduleMapper mapper = new ScheduleMapper(sourceName, report);
    Tree.Node root;
    Event event;
    if (bytes[first] == '<') {
      byte[] body = bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
      root = TreeParsers.xml(body, sourceName, limits);
      if (!root.name.equals("schedule")) {
        throw new EventFormatException(
            FrabProblem.F100_NOT_A_SCHEDULE,
            new Location(sourceName, root.line, root.column),
            "expected a <schedule> element, found <" + root.name + ">");
      }
      event = mapper.map(root, root.node("conference"), root.list("day"));
    } else {
      root = TreeParsers.json(bytes, sourceName, limits);
      Tree.Node schedule = root.node("schedule");
      if (schedule == null) {
        throw new EventFormatException(
            FrabProblem.F100_NOT_A_SCHEDULE,
            new Location(sourceName, root.line, root.column),
            "expected an object with a \"schedule\" object, found keys " + root.fields.keySet());
      }
      Tree.Node conference = schedule.node("conference");
      event =
          mapper.map(
              schedule, conference, conference != null ? conference.list("days") : List.of());
    }
    mapper.finish(root);
    return new ImportResult(event, report.build());
  }

  /**
   * Reads a schedule from text.
   *
   * @throws EventFormatException if the input is not a well-formed schedule or exceeds the limits
   */
  @Override
  public ImportResult read(String text, String sourceName) throws EventFormatException {
    requireNonNull(text, "text");
    if (text.length() > limits.maxInputChars()) {
      throw new EventFormatException(
          FrabProblem.F101_TOO_LARGE,
          new Location(sourceName, 0, 0),
          "expected at most " + limits.maxInputChars() + " characters, found " + text.length());
    }
    return read(text.getBytes(StandardCharsets.UTF_8), sourceName);
  }

  /**
   * Reads a schedule from a stream, which stays open; reads at most the size limit plus one octet.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not a well-formed schedule or exceeds the limits
   */
  @Override
  public ImportResult read(InputStream in, String sourceName)
      throws IOException, EventFormatException {
    requireNonNull(in, "in");
    long max = Math.min(limits.maxInputChars(), Integer.MAX_VALUE - 16L);
    return read(in.readNBytes((int) max + 1), sourceName);
  }

  /**
   * Reads a schedule from a character stream, which stays open; at most the limit's characters are
   * read.
   *
   * @param sourceName the input's name, for locations
   * @throws IOException if reading fails
   * @throws EventFormatException as {@link #read(String, String)}
   */
  @Override
  public ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException {
    requireNonNull(in, "in");
    return read(BoundedText.read(in, limits.maxInputChars()), sourceName);
  }

  /**
   * Reads a {@code schedule.xml} or {@code schedule.json} file; its path, as given, is the source
   * name.
   *
   * @throws IOException if reading fails
   * @throws EventFormatException if the input is not a well-formed schedule or exceeds the limits
   */
  @Override
  public ImportResult read(Path file) throws IOException, EventFormatException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }
}
