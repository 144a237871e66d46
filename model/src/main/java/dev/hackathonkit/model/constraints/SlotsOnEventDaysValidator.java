package dev.hackathonkit.model.constraints;

import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.EventDay;
import dev.hackathonkit.model.Slot;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Reports every topic slot that is not on one of the event's days, or outside that day's hours, on
 * {@code topics[i].slot}.
 */
public final class SlotsOnEventDaysValidator
    implements ConstraintValidator<SlotsOnEventDays, Event> {
  /** Used by the validation provider. */
  public SlotsOnEventDaysValidator() {}

  @Override
  public boolean isValid(@Nullable Event event, ConstraintValidatorContext context) {
    if (event == null) {
      return true;
    }
    boolean valid = true;
    for (int i = 0; i < event.topics().size(); i++) {
      Slot slot = event.topics().get(i).slot();
      if (slot != null && !fits(slot, event)) {
        valid = false;
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("topics")
            .addPropertyNode("slot")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }

  private static boolean fits(Slot slot, Event event) {
    for (EventDay day : event.days()) {
      if (day.date().equals(slot.date())) {
        LocalTimeRange hours = LocalTimeRange.of(day);
        return hours == null || hours.contains(slot);
      }
    }
    return false;
  }

  private record LocalTimeRange(java.time.LocalTime opens, java.time.LocalTime closes) {
    static @Nullable LocalTimeRange of(EventDay day) {
      return day.opens() != null && day.closes() != null
          ? new LocalTimeRange(day.opens(), day.closes())
          : null;
    }

    boolean contains(Slot slot) {
      return !slot.start().isBefore(opens) && (slot.end() == null || !slot.end().isAfter(closes));
    }
  }
}
