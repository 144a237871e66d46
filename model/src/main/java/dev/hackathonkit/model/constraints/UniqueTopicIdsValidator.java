package dev.hackathonkit.model.constraints;

import dev.hackathonkit.model.Event;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reports every topic whose id an earlier topic already has, on {@code topics[i].id}. */
public final class UniqueTopicIdsValidator implements ConstraintValidator<UniqueTopicIds, Event> {
  /** Used by the validation provider. */
  public UniqueTopicIdsValidator() {}

  @Override
  public boolean isValid(@Nullable Event event, ConstraintValidatorContext context) {
    if (event == null) {
      return true;
    }
    Set<String> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < event.topics().size(); i++) {
      if (!seen.add(event.topics().get(i).id())) {
        valid = false;
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("topics")
            .addPropertyNode("id")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
