package dev.hackathonkit.io.wikitext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Signatures as saved pages hold them: {@code [[User:Msw|Msw]] 22:15, 27 April 2013 (UTC)}. */
final class SignatureFormat {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("HH:mm, d MMMM uuuu '(UTC)'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private SignatureFormat() {}

  /** The signature inside a vote or comment template (a positional parameter). */
  static String write(String author, Instant postedAt) {
    String who =
        Markup.isLinkableUser(author)
            ? "[[User:" + author + "|" + author + "]]"
            : Markup.positional(author);
    return who + " " + STAMP.format(postedAt);
  }
}
