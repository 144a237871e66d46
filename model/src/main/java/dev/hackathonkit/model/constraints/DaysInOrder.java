package dev.hackathonkit.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On an event: its days are in strictly increasing date order (sorted, no date twice). */
@Documented
@Constraint(validatedBy = DaysInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DaysInOrder {
  /** The message template. */
  String message() default "{dev.hackathonkit.model.DaysInOrder.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
