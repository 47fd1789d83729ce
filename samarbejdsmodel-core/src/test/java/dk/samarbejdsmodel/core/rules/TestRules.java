package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.Course;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A vendor's rule plugin, registered in the test resources: one rule that throws for course id "boom". */
public final class TestRules implements RuleProvider {

  /** Needs a young person's adult; throws (like a faulty plugin) for the course with id {@code boom}. */
  public static final class NeedsAdult implements Rule {
    @Override
    public String id() {
      return "dk.test:R-ADULT-01";
    }

    @Override
    public String code() {
      return "dk.test:ADULT-01";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public RuleScope scope() {
      return RuleScope.COURSE;
    }

    @Override
    public String seed() {
      return "test plugin";
    }

    @Override
    public String messageTemplate(Locale locale) {
      return Labels.isDanish(locale) ? "Ingen voksen valgt" : "No adult chosen";
    }

    @Override
    public List<Finding> evaluate(Course course, LocalDate date) {
      if (course.id().equals("boom")) {
        throw new IllegalStateException("vendor bug mentioning Frederikke Vestergaardsen");
      }
      return course.youngPersonsAdult().isPresent() ? List.of() : List.of(Finding.of(this, "youngPersonsAdult"));
    }
  }

  @Override
  public List<Rule> rules() {
    return List.of(new NeedsAdult());
  }
}
