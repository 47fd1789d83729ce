package dk.samarbejdsmodel.validation;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;

/** Reads the problem from Hibernate Validator's dynamic payload when Hibernate Validator is present. Internal. */
final class HibernatePayload {

  private static final boolean PRESENT = present();

  private HibernatePayload() {}

  private static boolean present() {
    try {
      Class.forName("org.hibernate.validator.engine.HibernateConstraintViolation", false,
          HibernatePayload.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static Optional<Problem> problem(ConstraintViolation<?> violation) {
    return PRESENT ? Hv.problem(violation) : Optional.empty();
  }

  private static final class Hv {
    static Optional<Problem> problem(ConstraintViolation<?> violation) {
      try {
        @SuppressWarnings("unchecked")
        org.hibernate.validator.engine.HibernateConstraintViolation<Object> h =
            violation.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class);
        return Optional.ofNullable(h.getDynamicPayload(Problem.class));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
