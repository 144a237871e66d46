package dev.hackathonkit.model;

/** Whether an attendee has confirmed or was only granted an invitation. */
public enum AttendeeStatus {
  /** Listed among the confirmed attendees. */
  CONFIRMED,
  /** Granted an invite but not yet confirmed. */
  INVITED
}
