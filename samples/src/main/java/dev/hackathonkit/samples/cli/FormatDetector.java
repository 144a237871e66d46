package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.EventFormat;
import dev.hackathonkit.io.frab.FrabScheduleReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells an input's format: from {@code --from} if given, else from the file extension, else from
 * the first bytes of the content. A folder is a set of CSV tables.
 */
final class FormatDetector {
  private static final int SNIFF_BYTES = 8192;

  /**
   * An HTML document's start: a doctype or the html element (after comments such as "saved from
   * url").
   */
  private static final Pattern HTML_DOCUMENT =
      Pattern.compile("(?is)^(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])");

  private FormatDetector() {}

  /**
   * The format of {@code input}; {@code forced} wins when not null. A name ending {@code .xml.gz}
   * or {@code .xml.bz2} names a dump; another compressed file is a dump when it holds one.
   */
  static Format detect(Path input, @Nullable Format forced) throws IOException {
    if (forced != null) {
      return forced;
    }
    if (Files.isDirectory(input)) {
      return Format.CSV;
    }
    String name = input.getFileName() == null ? "" : input.getFileName().toString();
    String plain = Format.withoutCompression(name);
    boolean compressedName = !plain.equals(name);
    Format byName = Format.byExtension(plain);
    if (byName == Format.XML && compressedName) {
      return byName; // wiki.xml.bz2: a dump
    }
    if (byName != null && !compressedName && byName != Format.XML && byName != Format.JSON) {
      return byName;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(input)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (InputCheck.isCompressed(head) || InputCheck.isSevenZ(head)) {
      // only a dump is read compressed: tell it by what it holds (wiki.xml.bz2, or a name without
      // extension)
      byte[] inner = InputCheck.decompressedHead(input);
      if (stated(inner) == Format.XML) {
        return Format.XML;
      }
      return byName != null ? byName : byContent(head);
    }
    Format schedule = schedule(head);
    if (schedule != null) {
      return schedule; // schedule.xml or schedule.json as frab and pretalx name them
    }
    return byName != null ? byName : byContent(head);
  }

  /**
   * {@link Format#FRAB_XML} or {@link Format#FRAB_JSON} when the first bytes open a frab schedule,
   * else {@code null}.
   */
  static @Nullable Format schedule(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (!FrabScheduleReader.isSchedule(text)) {
      return null;
    }
    return text.replace("\uFEFF", "").stripLeading().startsWith("<")
        ? Format.FRAB_XML
        : Format.FRAB_JSON;
  }

  /**
   * The format the first bytes state without doubt, or {@code null}: a JSON object (an opening
   * brace followed by a quoted name or a closing brace; <code>&#123;&#123;</code> starts wikitext),
   * an iCalendar stream ({@code BEGIN:VCALENDAR}), a Special:Export dump ({@code <mediawiki}), an
   * HTML document (a doctype or an {@code <html>} element).
   */
  static @Nullable Format stated(byte[] head) {
    Format schedule = schedule(head);
    if (schedule != null) {
      return schedule;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{")
        && (trimmed.length() == 1
            || trimmed.substring(1).stripLeading().startsWith("\"")
            || trimmed.substring(1).stripLeading().startsWith("}"))) {
      return Format.JSON;
    }
    if (trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      return Format.ICS;
    }
    if (trimmed.startsWith("<mediawiki")
        || (trimmed.startsWith("<?xml") && text.contains("<mediawiki"))) {
      return Format.XML;
    }
    if (HTML_DOCUMENT.matcher(trimmed).find()) {
      return Format.HTML;
    }
    return null;
  }

  /**
   * The format the first bytes of an input suggest ({@link EventFormat#byContent(byte[])}); a
   * Special:Export dump is {@link Format#XML}.
   */
  static Format byContent(byte[] head) {
    EventFormat f = EventFormat.byContent(head);
    if (f == null) {
      return Format.XML;
    }
    for (Format format : Format.values()) {
      if (format != Format.XML && Codecs.eventFormat(format) == f) {
        return format;
      }
    }
    throw new IllegalStateException("no command-line format for " + f);
  }
}
