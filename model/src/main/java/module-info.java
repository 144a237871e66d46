/**
 * hackathon-kit's domain model: events, days, topics, people and their Jakarta Validation
 * constraints, checked by {@link dev.hackathonkit.model.EventValidator} with Hibernate Validator.
 *
 * <p>The model's packages are open for reflection: Hibernate Validator reads the records' fields
 * and Jackson (in {@code dev.hackathonkit.io}) binds them.
 */
module dev.hackathonkit.model {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.jspecify;

  exports dev.hackathonkit.model;
  exports dev.hackathonkit.model.constraints;

  opens dev.hackathonkit.model;
  opens dev.hackathonkit.model.constraints;
}
