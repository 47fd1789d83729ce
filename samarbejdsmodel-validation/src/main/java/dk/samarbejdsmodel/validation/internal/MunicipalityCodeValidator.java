package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.validation.MunicipalityCode;
import dk.samarbejdsmodel.validation.Problem;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** {@link MunicipalityCode} on text: the check of {@link Municipality} itself. Internal. */
public final class MunicipalityCodeValidator extends ProblemValidator<MunicipalityCode, CharSequence> {

  @Override
  String defaultMessage() {
    return "{dk.samarbejdsmodel.validation.MunicipalityCode.message}";
  }

  @Override
  String message(MunicipalityCode a) {
    return a.message();
  }

  @Override
  List<Problem> problems(CharSequence value, ConstraintValidatorContext context) {
    try {
      Municipality.of(value.toString(), "-");
      return List.of();
    } catch (StructuralViolationException e) {
      return e.violations().stream().filter(v -> v.path().equals("code"))
          .map(v -> new dk.samarbejdsmodel.core.Violation("", v.code(), v.args())).map(Problem::of).toList();
    }
  }
}
