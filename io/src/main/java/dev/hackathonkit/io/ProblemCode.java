package dev.hackathonkit.io;

/**
 * A stable code for a kind of input problem, such as {@code P104}. Each format defines its codes as
 * an enum implementing this interface, whose constants are named {@code CODE_WHAT} ({@code
 * P104_TIME_ZONE_UNKNOWN}); tests and tools branch on codes, never on message text.
 *
 * <p>Codes are unique across formats ({@code J} JSON, {@code W} markup, {@code T} the rendered-text
 * front end, {@code H} HTML, {@code P1xx} the page core, {@code P2xx} page profiles, {@code C} CSV,
 * {@code I} iCalendar, {@code F} frab schedules, {@code E} errors of every reader ({@link
 * ReadError}), {@code U} input not placed in the model ({@link UnmappedReason}), {@code L} values a
 * page layout has no place for). In most families {@code 1xx} are warnings and {@code 2xx} errors,
 * the codes of {@link EventFormatException#code()}. Their descriptions live in one place, the
 * {@code dev/hackathonkit/io/problems.properties} resource; the model's constraint violations have
 * their own {@code V} codes ({@code dev.hackathonkit.model.ViolationCode}).
 */
public interface ProblemCode {
  /** The constant's name ({@code P104_TIME_ZONE_UNKNOWN}); enums provide it. */
  String name();

  /** The stable code: the constant's name up to its first underscore, such as {@code P104}. */
  default String code() {
    String name = name();
    int underscore = name.indexOf('_');
    return underscore < 0 ? name : name.substring(0, underscore);
  }

  /**
   * Whether a problem of this kind only notes how the input was read, with nothing of it left out
   * or guessed (a blank row skipped, the separator a sheet uses); tools show the others first.
   */
  default boolean isNote() {
    return false;
  }

  /** A short description of the kind of problem, from {@code problems.properties}. */
  default String description() {
    return ProblemDescriptions.of(code());
  }
}
