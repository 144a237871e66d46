package dev.hackathonkit.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On an event: every scheduled topic slot falls on one of the event's days, within its hours when
 * the day has hours.
 */
@Documented
@Constraint(validatedBy = SlotsOnEventDaysValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface SlotsOnEventDays {
  /** The message template. */
  String message() default "{dev.hackathonkit.model.SlotsOnEventDays.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
