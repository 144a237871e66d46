package dev.hackathonkit.model;

import dev.hackathonkit.model.constraints.DaysInOrder;
import dev.hackathonkit.model.constraints.HoursInOrder;
import dev.hackathonkit.model.constraints.SlotInOrder;
import dev.hackathonkit.model.constraints.SlotsOnEventDays;
import dev.hackathonkit.model.constraints.UniqueTopicIds;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a {@link Violation}: one stable code per constraint of the model ({@code V1xx} the
 * model's own rules, {@code V2xx} what the {@link Publishable} group adds), so that tools and tests
 * branch on the code rather than on the message. Each constant names the constraint it stands for:
 * a Jakarta Validation built-in ({@code jakarta.validation.constraints}, Jakarta Validation 3.1) or
 * one of the model's own ({@code dev.hackathonkit.model.constraints}). The letter {@code V} is
 * unique among the problem codes of the io module's readers.
 */
public enum ViolationCode {
  /** {@link NotNull} on a component: a required value is missing. */
  V101_MISSING(NotNull.class, null, "required value missing"),
  /** {@link NotBlank}: a required text is empty or blank. */
  V102_BLANK(NotBlank.class, null, "required text blank"),
  /** {@link Email} (with a dot in the domain required): not an e-mail address. */
  V103_EMAIL(Email.class, null, "not an e-mail address"),
  /**
   * {@link Pattern} with the slug message: an id that is not lower-case letters and digits joined
   * by hyphens.
   */
  V104_SLUG(Pattern.class, "{dev.hackathonkit.model.Slug.message}", "id is not a slug"),
  /**
   * {@link Pattern} with the IRC channel message: not a channel name in the shape of RFC 2812
   * section 1.3 ({@code #} or {@code &} first, then no spaces, commas, colons or BEL).
   */
  V105_IRC_CHANNEL(
      Pattern.class, "{dev.hackathonkit.model.IrcChannel.message}", "not an IRC channel"),
  /**
   * {@link Pattern} with the recurrence message: not an RFC 5545 {@code RRULE:}, {@code RDATE:} or
   * {@code EXDATE:} line.
   */
  V106_RECURRENCE(
      Pattern.class, "{dev.hackathonkit.model.Recurrence.message}", "not a recurrence line"),
  /** {@link DaysInOrder}: the event's days are not in date order, or a date is there twice. */
  V110_DAYS_ORDER(DaysInOrder.class, null, "days out of order or twice"),
  /** {@link HoursInOrder}: a day closes before it opens, or closes without opening. */
  V111_HOURS_ORDER(HoursInOrder.class, null, "closing time not after opening time"),
  /** {@link SlotInOrder}: a slot ends before it starts. */
  V112_SLOT_ORDER(SlotInOrder.class, null, "slot ends before it starts"),
  /** {@link SlotsOnEventDays}: a slot outside the event's days or their hours. */
  V113_SLOT_OFF_DAYS(SlotsOnEventDays.class, null, "slot outside the event's days"),
  /** {@link UniqueTopicIds}: two topics with one id. */
  V114_DUPLICATE_TOPIC_ID(UniqueTopicIds.class, null, "topic id used twice"),
  /** {@link NotNull} in the {@link Publishable} group: a calendar needs the event's time zone. */
  V201_NO_TIME_ZONE(
      NotNull.class,
      "{dev.hackathonkit.model.Publishable.timeZone.message}",
      "no time zone to publish"),
  /** {@link NotEmpty} in the {@link Publishable} group: a calendar needs at least one day. */
  V202_NO_DAYS(
      NotEmpty.class, "{dev.hackathonkit.model.Publishable.days.message}", "no days to publish");

  private final Class<? extends Annotation> constraint;
  private final @Nullable String template;
  private final String meaning;

  ViolationCode(Class<? extends Annotation> constraint, @Nullable String template, String meaning) {
    this.constraint = constraint;
    this.template = template;
    this.meaning = meaning;
  }

  /** The stable code: the constant's name up to its first underscore, such as {@code V105}. */
  public String code() {
    String name = name();
    return name.substring(0, name.indexOf('_'));
  }

  /** A short meaning, such as {@code not an IRC channel}. */
  public String meaning() {
    return meaning;
  }

  /**
   * The code of a constraint: the one for its annotation type and message template, else the one
   * for its annotation type with the default message.
   *
   * @throws IllegalStateException for a constraint the model does not declare (a code is missing
   *     here)
   */
  static ViolationCode of(
      Class<? extends Annotation> annotation, @Nullable String messageTemplate) {
    ViolationCode plain = null;
    for (ViolationCode c : values()) {
      if (c.constraint.equals(annotation)) {
        if (Objects.equals(c.template, messageTemplate)) {
          return c;
        }
        if (c.template == null) {
          plain = c;
        }
      }
    }
    if (plain == null) {
      throw new IllegalStateException(
          "no violation code for @" + annotation.getSimpleName() + " " + messageTemplate);
    }
    return plain;
  }
}
