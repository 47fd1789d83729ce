package dk.samarbejdsmodel.validation;

import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.validation.internal.SamConstraintViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Validation for the SDK: the constraint mapping for SDK values, the translation of a
 * {@link StructuralViolationException} into a {@link ConstraintViolationException}, and access to the SDK problem
 * (code, path or pointer, Danish and English messages) behind a {@link ConstraintViolation}.
 *
 * <p>Registration (plain Jakarta Validation; Hibernate Validator with Expressly, or its parameter interpolator):
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byDefaultProvider().configure()
 *     .addMapping(SamValidation.mapping())           // @SamValid(rules = true) on Course, without annotating core
 *     .buildValidatorFactory();                      // once, at application start
 * Set<ConstraintViolation<Course>> v = factory.getValidator().validate(course); // its ERROR findings
 * }</pre>
 *
 * <p>Messages come from the bundles {@code ContributorValidationMessages} (English, Danish) of this jar, one key per
 * code: {@code dk.samarbejdsmodel.structural.<StructuralCode>}, {@code dk.samarbejdsmodel.document.<ErrorCode>},
 * {@code dk.samarbejdsmodel.finding.<SAM-nnnn>}. Override any key in your own {@code ValidationMessages}
 * bundle; the parameters {@code {code}}, {@code {where}}, {@code {messageDa}}, {@code {messageEn}} and
 * {@code {arg0}}… are available (with Hibernate Validator).
 */
public final class SamValidation {

  /** The class-path resource of the constraint mapping. */
  public static final String MAPPING = "dk/samarbejdsmodel/validation/constraints.xml";

  private SamValidation() {}

  /**
   * The XML constraint mapping that puts {@link SamValid @SamValid(rules = true)} on {@code Course}, so that
   * {@code validator.validate(course)} reports the course's ERROR findings. Pass it to
   * {@code Configuration.addMapping}; the stream is closed by the provider.
   */
  public static InputStream mapping() {
    InputStream in = SamValidation.class.getClassLoader().getResourceAsStream(MAPPING);
    if (in == null) {
      throw new IllegalStateException(MAPPING + " is missing from the class path");
    }
    return in;
  }

  /**
   * The exception's structural violations as a {@link ConstraintViolationException}: one violation per SDK
   * violation, with the SDK path as property path, the code's bundle key as message template and the SDK's
   * message in the locale's language (Danish for {@code da}, English otherwise) as message. The invalid value is
   * never carried (it may be personal data).
   */
  public static ConstraintViolationException translate(StructuralViolationException e, Locale locale) {
    Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
    e.violations().forEach(v -> violations.add(new SamConstraintViolation(Problem.of(v), locale)));
    ConstraintViolationException out = new ConstraintViolationException(e.getMessage(), violations);
    out.initCause(e);
    return out;
  }

  /** {@link #translate(StructuralViolationException, Locale)} in the default locale. */
  public static ConstraintViolationException translate(StructuralViolationException e) {
    return translate(e, Locale.getDefault());
  }

  /**
   * The SDK problem behind a violation: from {@link #translate}, or from this module's constraints when the
   * provider is Hibernate Validator (its dynamic payload). Empty for other violations.
   */
  public static Optional<Problem> problem(ConstraintViolation<?> violation) {
    if (violation instanceof SamConstraintViolation s) {
      return Optional.of(s.problem());
    }
    return HibernatePayload.problem(violation);
  }

  /**
   * The SDK code of a violation made by this module ({@code UNKNOWN_REFERENCE}, {@code SAM-1012} …): from its
   * problem, else from its message template. Empty for other violations and for plugin findings without payload.
   */
  public static Optional<String> code(ConstraintViolation<?> violation) {
    return problem(violation).map(Problem::code)
        .or(() -> Optional.ofNullable(MessageKeys.codeOf(violation.getMessageTemplate())));
  }
}
