package dev.hackathonkit.model.constraints;

import dev.hackathonkit.model.Slot;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Reports a slot whose end is not after its start (a slot without an end is in order), on {@code
 * end}.
 */
public final class SlotInOrderValidator implements ConstraintValidator<SlotInOrder, Slot> {
  /** Used by the validation provider. */
  public SlotInOrderValidator() {}

  @Override
  public boolean isValid(@Nullable Slot slot, ConstraintValidatorContext context) {
    if (slot == null || slot.end() == null || slot.end().isAfter(slot.start())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("end")
        .addConstraintViolation();
    return false;
  }
}
