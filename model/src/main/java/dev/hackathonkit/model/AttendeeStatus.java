package dev.hackathonkit.model;

/**
 * Where a person stands on an event's attendee lists. Pages list people as confirmed or invited,
 * and also as "maybe", on a waiting list, or struck through when they cancelled; those are kept
 * with their status rather than dropped. Each constant names the iCalendar participation status
 * (RFC 5545 section 3.2.12, {@code PARTSTAT}) it corresponds to, where there is one.
 */
public enum AttendeeStatus {
  /** Listed among the confirmed attendees. iCalendar {@code PARTSTAT=ACCEPTED}. */
  CONFIRMED,
  /** Granted an invite but not yet confirmed. iCalendar {@code PARTSTAT=NEEDS-ACTION}. */
  INVITED,
  /** Might come: listed as "maybe" or "not sure yet". iCalendar {@code PARTSTAT=TENTATIVE}. */
  TENTATIVE,
  /**
   * On a waiting list for a place, for example when the venue is full. iCalendar has no
   * participation status for this.
   */
  WAITLISTED,
  /**
   * Was on a list and cancelled: struck through, or marked "can't make it". Kept so that the list
   * stays as the page had it. iCalendar {@code PARTSTAT=DECLINED}.
   */
  WITHDRAWN
}
