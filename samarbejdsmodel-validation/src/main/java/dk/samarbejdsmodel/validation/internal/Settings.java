package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.validation.SamValidationSettings;
import jakarta.validation.ConstraintValidatorContext;

/** The settings handed to the validator factory, or the defaults. Internal. */
public final class Settings {

  private static final boolean HIBERNATE = present();

  private Settings() {}

  private static boolean present() {
    try {
      Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
          Settings.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The settings of this validation. */
  public static SamValidationSettings of(ConstraintValidatorContext context) {
    SamValidationSettings s = HIBERNATE ? HibernateSupport.settings(context) : null;
    return s == null ? SamValidationSettings.defaults() : s;
  }
}
