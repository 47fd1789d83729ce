package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.validation.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * A validator that finds SDK problems and reports each as its own violation — unless the vendor gave the
 * constraint its own message, then the problems collapse into the one default violation. Internal.
 *
 * @param <A> the constraint
 * @param <T> the validated type
 */
abstract class ProblemValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

  private boolean ownMessage;

  /** The default message template of the constraint. */
  abstract String defaultMessage();

  /** The vendor's message template. */
  abstract String message(A annotation);

  /** The problems of a non-null value. */
  abstract List<Problem> problems(T value, ConstraintValidatorContext context);

  void init(A annotation) {}

  @Override
  public final void initialize(A annotation) {
    ownMessage = !defaultMessage().equals(message(annotation));
    init(annotation);
  }

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Problem> problems = problems(value, context);
    if (ownMessage) {
      return problems.isEmpty();
    }
    return Reporter.report(context, problems);
  }
}
