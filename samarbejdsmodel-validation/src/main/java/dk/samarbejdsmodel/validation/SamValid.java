package dk.samarbejdsmodel.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.samarbejdsmodel.core.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Gyldig SDK-værdi: the SDK's own checks as one class-level (or field-level) constraint.
 *
 * <ul>
 *   <li>On a vendor class implementing {@link SamSource} (or a field of such a type): calls {@code toSam()} and
 *       reports every structural violation of the SDK's builders — same paths, same codes
 *       ({@code StructuralCode}), same Danish and English messages as the {@code StructuralViolationException}.</li>
 *   <li>On an SDK value (a {@code Course}, a form …; put it on the field, or on the class through
 *       {@link SamValidation#mapping()}): SDK values are structurally valid by construction; what remains is the
 *       catalogue's check (a {@code Course}'s programme and a response's instrument are known to the catalogue of
 *       the settings' {@code SamJson}), and with {@code rules = true}, the {@code RuleEvaluator} of the {@link SamValidationSettings} judges a
 *       {@code Course} on today's date (from the validator's {@code ClockProvider}), and each finding of at least
 *       {@link #minSeverity()} becomes a violation with the finding's code ({@code SAM-1012}) and path.</li>
 * </ul>
 *
 * <pre>{@code
 * public record CourseUpdate(@NotNull @SamValid(rules = true) Course course) {}
 *
 * @SamValid
 * public record AgreementRequest(String id, String action, List<String> goalIds) implements SamSource<Agreement> {
 *   public Agreement toSam() { return Agreement.builder().id(id).action(action).addAllGoalIds(goalIds).build(); }
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = dk.samarbejdsmodel.validation.internal.SamValidValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SamValid {

  /** The message; by default the SDK's own, keyed by each violation's code. */
  String message() default "{dk.samarbejdsmodel.validation.SamValid.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Also run the rule evaluator on a course and report its findings; false by default. */
  boolean rules() default false;

  /** With {@link #rules()}: the least severe finding reported; {@link Severity#ERROR} by default. */
  Severity minSeverity() default Severity.ERROR;
}
