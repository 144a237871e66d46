package dev.hackathonkit.io.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Receives the doubtful readings of a conversion. Not API.
 *
 * <p>{@code offset} is a 0-based index into the string passed to the conversion; readers add it to
 * the string's own position to report a line and column.
 */
@FunctionalInterface
public interface Warnings {
  /** The kinds of doubt a conversion reports. */
  enum Kind {
    /** A numeric date that reads both day-first and month-first; day-first was taken. */
    AMBIGUOUS_DATE,
    /** A numeric date that only reads month-first ({@code 01/20/2014}). */
    MONTH_FIRST_DATE,
    /** A time zone inferred from the venue's city. */
    ZONE_INFERRED,
    /** No time zone could be inferred from the venue. */
    ZONE_UNKNOWN,
    /** A value was partly understood; the rest was kept as text or dropped. */
    PARTLY_READ,
    /** A date written without a year took the year the reader was given (the page's event year). */
    YEAR_INFERRED
  }

  /** Ignores every warning. */
  Warnings IGNORE = (kind, offset, message) -> {};

  /**
   * Reports one doubtful reading.
   *
   * @param kind what kind of doubt
   * @param offset where in the converted string, 0-based
   * @param message what was read and why it is doubtful
   */
  void warn(Kind kind, int offset, String message);

  /**
   * Warnings kept to be reported later, or not: for a reading whose result is looked at before the
   * reader knows whether it uses it (and so whether its doubts are to be reported).
   */
  final class Recorded implements Warnings {
    private record Doubt(Kind kind, int offset, String message) {}

    private final List<Doubt> doubts = new ArrayList<>(0);

    @Override
    public void warn(Kind kind, int offset, String message) {
      doubts.add(new Doubt(kind, offset, message));
    }

    /** Reports the warnings kept to {@code to}, in the order they came. */
    public void replay(Warnings to) {
      for (Doubt d : doubts) {
        to.warn(d.kind(), d.offset(), d.message());
      }
    }
  }

  /** Warnings that reach this one with {@code delta} added to every offset. */
  default Warnings shifted(int delta) {
    Warnings self = this;
    return (kind, offset, message) -> self.warn(kind, offset + delta, message);
  }
}
