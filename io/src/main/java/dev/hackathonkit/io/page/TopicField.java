package dev.hackathonkit.io.page;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a topic that a page profile can place: one per named component of {@code Topic}
 * that a page states. Fields a profile does not know end up in the topic's {@code extra}.
 */
public enum TopicField {
  /** The topic's title. */
  TITLE("title"),
  /** When the topic was added (a date). */
  INSERTED_ON("insertedOn"),
  /** When or whether the topic was last verified. */
  VERIFIED("verified"),
  /** Suitability for Google Summer of Code. */
  GSOC("gsoc"),
  /** The technical contacts. */
  CONTACTS("contacts"),
  /** The mailing list or forum. */
  MAILING_LIST("mailingList"),
  /** The IRC channel. */
  IRC_CHANNEL("ircChannel"),
  /** How hard the work is. */
  DIFFICULTY("difficulty"),
  /** The skills needed. */
  SKILLS("skills"),
  /** What the topic is about (long text). */
  DESCRIPTION("description"),
  /** What the topic should produce (long text). */
  OUTCOMES("outcomes"),
  /** Review votes and comments. */
  REVIEW("review");

  private final String key;

  TopicField(String key) {
    this.key = key;
  }

  /** The field's name in profile JSON files, as the {@code Topic} component: {@code insertedOn}. */
  public String key() {
    return key;
  }

  /** Whether the field holds long text (paragraphs and lists) rather than one line. */
  public boolean isLongText() {
    return this == DESCRIPTION || this == OUTCOMES;
  }

  /**
   * The field with the given JSON key ({@code insertedOn}) or constant name ({@code INSERTED_ON}),
   * ignoring case; {@code null} if there is none.
   */
  public static @Nullable TopicField forKey(String key) {
    for (TopicField f : values()) {
      if (f.key.equalsIgnoreCase(key) || f.name().equalsIgnoreCase(key)) {
        return f;
      }
    }
    return null;
  }
}
