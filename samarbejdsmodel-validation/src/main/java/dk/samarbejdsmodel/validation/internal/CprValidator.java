package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.validation.Cpr;
import dk.samarbejdsmodel.validation.Problem;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** {@link Cpr} on text. Internal. */
public final class CprValidator extends ProblemValidator<Cpr, CharSequence> {

  @Override
  String defaultMessage() {
    return "{dk.samarbejdsmodel.validation.Cpr.message}";
  }

  @Override
  String message(Cpr a) {
    return a.message();
  }

  @Override
  List<Problem> problems(CharSequence value, ConstraintValidatorContext context) {
    if (dk.samarbejdsmodel.core.people.Cpr.isValid(value.toString())) {
      return List.of();
    }
    return List.of(Problem.of(Violation.of("", StructuralCode.INVALID_FORMAT,
        "a CPR number DDMMYYSSSS or DDMMYY-SSSS with a valid date")));
  }
}
