package dev.hackathonkit.model.constraints;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Reports the first day whose date is not after the previous day's, on {@code days[i].date}. */
public final class DaysInOrderValidator implements ConstraintValidator<DaysInOrder, Event> {
  /** Used by the validation provider. */
  public DaysInOrderValidator() {}

  @Override
  public boolean isValid(@Nullable Event event, ConstraintValidatorContext context) {
    if (event == null) {
      return true;
    }
    boolean valid = true;
    EventDay previous = null;
    for (int i = 0; i < event.days().size(); i++) {
      EventDay day = event.days().get(i);
      if (previous != null && !day.date().isAfter(previous.date())) {
        valid = false;
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("days")
            .addPropertyNode("date")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
      previous = day;
    }
    return valid;
  }
}
