package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.validation.Problem;
import dk.samarbejdsmodel.validation.SamSource;
import dk.samarbejdsmodel.validation.SamValid;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link SamValid}: builder violations of a {@link SamSource}, and rule findings of a course. Internal. */
public final class SamValidValidator extends ProblemValidator<SamValid, Object> {

  private boolean rules;
  private Severity minSeverity;

  @Override
  String defaultMessage() {
    return "{dk.samarbejdsmodel.validation.SamValid.message}";
  }

  @Override
  String message(SamValid a) {
    return a.message();
  }

  @Override
  void init(SamValid a) {
    rules = a.rules();
    minSeverity = a.minSeverity();
  }

  @Override
  List<Problem> problems(Object value, ConstraintValidatorContext context) {
    Object sdk = value;
    if (value instanceof SamSource<?> source) {
      try {
        sdk = source.toSam();
      } catch (StructuralViolationException e) {
        // missing required fields included: the builders report them as REQUIRED violations, all at once
        return e.violations().stream().map(Problem::of).toList();
      }
    }
    List<Problem> out = new ArrayList<>();
    if (sdk instanceof Course course) {
      // what the course's own build() cannot know: its programme and instruments are in the catalogue
      Settings.of(context).json().catalogue().check(course).forEach(v -> out.add(Problem.of(v)));
      if (rules && out.isEmpty()) {
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        Settings.of(context).rules().evaluate(course, today).stream()
            .filter(f -> f.severity().compareTo(minSeverity) <= 0)
            .forEach(f -> out.add(Problem.of(f)));
      }
    } else if (sdk instanceof dk.samarbejdsmodel.core.instrument.InstrumentResponse response) {
      Settings.of(context).json().catalogue().check(response).forEach(v -> out.add(Problem.of(v)));
    }
    return out;
  }
}
