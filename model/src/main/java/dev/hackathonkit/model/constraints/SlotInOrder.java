package dev.hackathonkit.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On a slot: it ends after it starts. */
@Documented
@Constraint(validatedBy = SlotInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface SlotInOrder {
  /** The message template. */
  String message() default "{dev.hackathonkit.model.SlotInOrder.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
