package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.validation.Problem;
import dk.samarbejdsmodel.validation.SamValidationSettings;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The Hibernate Validator extras; loaded only when Hibernate Validator is on the class path. Internal. */
final class HibernateSupport {

  private HibernateSupport() {}

  static boolean enrich(ConstraintValidatorContext context, Problem p) {
    HibernateConstraintValidatorContext h;
    try {
      h = context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (RuntimeException e) {
      return false;
    }
    h.addMessageParameter("code", p.code());
    h.addMessageParameter("where", p.where());
    h.addMessageParameter("messageDa", p.messageDa());
    h.addMessageParameter("messageEn", p.messageEn());
    for (int i = 0; i < p.args().size(); i++) {
      h.addMessageParameter("arg" + i, p.args().get(i));
    }
    h.withDynamicPayload(p);
    return true;
  }

  static SamValidationSettings settings(ConstraintValidatorContext context) {
    try {
      SamValidationSettings s = context.unwrap(HibernateConstraintValidatorContext.class)
          .getConstraintValidatorPayload(SamValidationSettings.class);
      return s;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
