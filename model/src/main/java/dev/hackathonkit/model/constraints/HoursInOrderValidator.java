package dev.hackathonkit.model.constraints;

import dev.hackathonkit.model.EventDay;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Reports a day with a closing time but no opening time, or closing not after opening, on {@code
 * closes}. An opening time without a closing time is in order (a start without a stated end).
 */
public final class HoursInOrderValidator implements ConstraintValidator<HoursInOrder, EventDay> {
  /** Used by the validation provider. */
  public HoursInOrderValidator() {}

  @Override
  public boolean isValid(@Nullable EventDay day, ConstraintValidatorContext context) {
    if (day == null || day.closes() == null) {
      return true;
    }
    if (day.opens() != null && day.closes() != null && day.closes().isAfter(day.opens())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("closes")
        .addConstraintViolation();
    return false;
  }
}
