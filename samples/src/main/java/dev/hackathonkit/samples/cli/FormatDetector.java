package dev.hackathonkit.samples.cli;

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
  private static final Pattern CSV_HEADER =
      Pattern.compile("\"?[A-Za-z][\\w. ]*\"?([,;\t]\"?[A-Za-z][\\w. ]*\"?)+");
  private static final Pattern WIKI_MARKUP =
      Pattern.compile("(?m)\\{\\{|\\[\\[|^=+[^=\\n]+=+\\s*$|'''|^\\{\\|");

  private FormatDetector() {}

  /**
   * The format of {@code input}; {@code forced} wins when not null. A name ending {@code .xml.gz} or
   * {@code .xml.bz2} names a dump; another compressed file is a dump when it holds one.
   */
  static Format detect(Path input, @Nullable Format forced) throws IOException {
    if (forced != null) {
      return forced;
    }
    if (Files.isDirectory(input)) {
      return Format.CSV;
    }
    String name = input.getFileName() == null ? "" : input.getFileName().toString();
    Format byName = Format.byExtension(Format.withoutCompression(name));
    if (byName != null && (byName == Format.XML || name.equals(Format.withoutCompression(name)))) {
      return byName;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(input)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (InputCheck.isCompressed(head) || InputCheck.isSevenZ(head)) {
      // only a dump is read compressed: tell it by what it holds (wiki.xml.bz2, or a name without extension)
      byte[] inner = InputCheck.decompressedHead(input);
      if (stated(inner) == Format.XML) {
        return Format.XML;
      }
      return byName != null ? byName : byContent(head);
    }
    return byName != null ? byName : byContent(head);
  }

  /**
   * The format the first bytes state without doubt, or {@code null}: a JSON object (an opening
   * brace followed by a quoted name or a closing brace; {@code {{} starts wikitext), an iCalendar
   * stream ({@code BEGIN:VCALENDAR}), a Special:Export dump ({@code <mediawiki}).
   */
  static @Nullable Format stated(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") && (trimmed.length() == 1 || trimmed.substring(1).stripLeading().startsWith("\"")
        || trimmed.substring(1).stripLeading().startsWith("}"))) {
      return Format.JSON;
    }
    if (trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      return Format.ICS;
    }
    if (trimmed.startsWith("<mediawiki") || (trimmed.startsWith("<?xml") && text.contains("<mediawiki"))) {
      return Format.XML;
    }
    return null;
  }

  /** The format the first bytes of an input suggest; rendered text when nothing else matches. */
  static Format byContent(byte[] head) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Format.CSV; // a zip of CSV tables
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{")) {
      return Format.JSON;
    }
    if (trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      return Format.ICS;
    }
    if (trimmed.startsWith("<mediawiki") || (trimmed.startsWith("<?xml") && text.contains("<mediawiki"))) {
      return Format.XML;
    }
    if (WIKI_MARKUP.matcher(text).find()) {
      return Format.WIKI;
    }
    int nl = trimmed.indexOf('\n');
    String firstLine = (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    if (CSV_HEADER.matcher(firstLine).matches()) {
      return Format.CSV;
    }
    return Format.TEXT;
  }
}
