package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.validation.Problem;
import dk.samarbejdsmodel.validation.SamId;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** {@link SamId} on text. Internal. */
public final class SamIdValidator extends ProblemValidator<SamId, CharSequence> {

  @Override
  String defaultMessage() {
    return "{dk.samarbejdsmodel.validation.SamId.message}";
  }

  @Override
  String message(SamId a) {
    return a.message();
  }

  @Override
  List<Problem> problems(CharSequence value, ConstraintValidatorContext context) {
    return new Violations().id("", value.toString()).list().stream().map(Problem::of).toList();
  }
}
