package dev.hackathonkit.model;

/** Whether a topic is suitable for Google Summer of Code, as the page states it. */
public enum Gsoc {
  /** Suitable for GSoC. */
  YES,
  /** Not suitable for GSoC. */
  NO,
  /** The page says explicitly that the question does not apply ({@code N/A}). */
  NOT_APPLICABLE
}
