package dev.hackathonkit.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On an event day: opening hours are both present or both absent, and it closes after it opens. */
@Documented
@Constraint(validatedBy = HoursInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface HoursInOrder {
  /** The message template. */
  String message() default "{dev.hackathonkit.model.HoursInOrder.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
