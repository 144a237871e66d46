package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks events against the model's constraints, on Hibernate Validator.
 *
 * <pre>{@code
 * List<Violation> violations = EventValidator.validate(event);                  // the model's rules
 * List<Violation> forCalendar = EventValidator.validate(event, Publishable.class); // and what a calendar needs
 * forCalendar.forEach(v -> System.out.println(v.path() + ": " + v.code().code() + " " + v.message()));
 * }</pre>
 *
 * <p>The validator is built on first use and shared; it is thread-safe. Messages are interpolated
 * with Hibernate Validator's {@link ParameterMessageInterpolator}, so no Jakarta Expression
 * Language implementation is needed at run time.
 */
public final class EventValidator {
  private EventValidator() {}

  /**
   * The violations of {@code event}, sorted by path then message; empty when it is valid.
   *
   * @param event the event to check
   * @param groups the groups to check, such as {@link Publishable}; none means the default group
   */
  public static List<Violation> validate(Event event, Class<?>... groups) {
    requireNonNull(event, "event");
    requireNonNull(groups, "groups");
    return Holder.VALIDATOR.validate(event, groups).stream()
        .map(EventValidator::toViolation)
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .toList();
  }

  private static Violation toViolation(ConstraintViolation<Event> v) {
    var constraint = v.getConstraintDescriptor();
    return new Violation(
        ViolationCode.of(constraint.getAnnotation().annotationType(), v.getMessageTemplate()),
        v.getPropertyPath().toString(),
        v.getMessage(),
        v.getInvalidValue());
  }

  /** Builds the factory on first use only: Hibernate Validator takes a while to start. */
  private static final class Holder {
    static final Validator VALIDATOR;

    static {
      ValidatorFactory factory =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory();
      VALIDATOR = factory.getValidator();
    }
  }
}
