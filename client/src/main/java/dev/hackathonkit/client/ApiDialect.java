package dev.hackathonkit.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of revision requests and answers a wiki understands, by its MediaWiki version (the
 * {@code generator} of {@code meta=siteinfo}):
 *
 * <ul>
 *   <li>{@link #SLOTS}, 1.32 and later: {@code rvslots=main}, the text at {@code
 *       revisions[0].slots.main.content} ({@code formatversion=2}; Multi-Content Revisions);
 *   <li>{@link #CONTENT}, 1.25 to 1.31: no {@code rvslots} (it would be an unrecognised parameter),
 *       the text at {@code revisions[0].content} ({@code formatversion=2} exists since 1.25);
 *   <li>{@link #LEGACY}, before 1.25: no {@code formatversion} at all, so the answer is format
 *       version 1 (the text under {@code "*"}, flags as empty strings, pages keyed by id), and
 *       {@code continue=} asks for the continuation that 1.26 made the default.
 * </ul>
 *
 * A generator that names no MediaWiki version is taken as current.
 */
enum ApiDialect {
  SLOTS(2),
  CONTENT(2),
  LEGACY(1);

  private static final Pattern VERSION = Pattern.compile("MediaWiki\\s+(\\d{1,4})\\.(\\d{1,4})");

  private final int formatVersion;

  ApiDialect(int formatVersion) {
    this.formatVersion = formatVersion;
  }

  /** The {@code formatversion} to send: 2, or 1 (sent as no parameter, the API's default). */
  int formatVersion() {
    return formatVersion;
  }

  /** The dialect of the wiki whose siteinfo {@code generator} is {@code generator}. */
  static ApiDialect of(String generator) {
    Matcher m = VERSION.matcher(generator);
    if (!m.find()) {
      return SLOTS;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major > 1 || minor >= 32) {
      return SLOTS;
    }
    return minor >= 25 ? CONTENT : LEGACY;
  }
}
