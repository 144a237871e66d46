package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.ProblemCode;

/**
 * Why a value of an event is not carried by a written or edited page ({@code L1xx}, the layout's
 * side): the kind of {@link Unplaced}, whose {@code reason} says which rule of the layout or
 * profile stands in the way. {@link WikitextWriter#writePage} finds {@code L101} and {@code L102}
 * by reading the written page back with the same profile; {@link PageEditor#edit} reports the
 * others.
 */
public enum UnplacedReason implements ProblemCode {
  /**
   * The layout has no place for the value: the page read back has nothing there (no value, an empty
   * list).
   */
  L101_NO_PLACE,
  /**
   * The value is written but reads back as another value (or another value's text reads back
   * there).
   */
  L102_READS_BACK_OTHERWISE,
  /** The editor found no place in the page's markup to make the change. */
  L103_EDIT_NOT_PLACED,
  /** The edited page would read differently from the event asked for; the change is not made. */
  L104_EDIT_READS_DIFFERENTLY,
  /** The edit would change a line that no part of the change stands on: nothing is written. */
  L105_EDIT_WOULD_LOSE_LINE,
  /** The written page does not read back at all (beyond a read limit): nothing of it is checked. */
  L106_PAGE_DOES_NOT_READ_BACK;
}
