package dev.hackathonkit.model;

/** What a review entry on a topic is: a "will attend" vote or a comment. */
public enum CommentKind {
  /** The vote icon: the author will attend or supports the topic. */
  VOTE,
  /** The speech-bubble icon: a review comment. */
  COMMENT
}
