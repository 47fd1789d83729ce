package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.programme.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Regelevaluering: runs a {@link RuleCatalogue} over a course, a caseload or a leader group on a date and
 * returns the findings. Pure and thread-safe; never throws for a rule breach, and a rule that throws (a
 * faulty plugin) becomes finding {@code SAM-0000} instead of stopping the evaluation.
 *
 * <p>A rule runs for a course when its programme uses every core element the rule belongs to
 * ({@link Rule#elements()}), the rule applies to the programme ({@link Rule#appliesTo}), and the programme has not
 * switched it off ({@link Programme#disabledRules()}, by rule ID or code). The programme changes severities
 * ({@link Programme#severityOverrides()}, keyed by code or rule ID; the code wins).
 *
 * <pre>{@code
 * RuleEvaluator rules = Catalogue.standard().evaluator();    // or RuleEvaluator.of(catalogue.rules())
 * List<Finding> findings = rules.evaluate(course, LocalDate.of(2026, 3, 1));
 * List<Finding> all = rules.evaluateCaseload(courses, LocalDate.of(2026, 3, 1)); // + CTI/ICM caps
 * }</pre>
 */
public final class RuleEvaluator {

  private final RuleCatalogue catalogue;

  private RuleEvaluator(RuleCatalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** An evaluator of a given rule catalogue, for example {@code catalogue.rules()}. */
  public static RuleEvaluator of(RuleCatalogue catalogue) {
    return new RuleEvaluator(catalogue);
  }

  /** The catalogue evaluated. */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /** The findings of every course-scope rule for one course on a date, in catalogue order. */
  public List<Finding> evaluate(Course course, LocalDate date) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : catalogue.rules()) {
      if (rule.scope() == RuleScope.COURSE && enabled(rule, course.programme())) {
        for (Finding f : run(rule, () -> rule.evaluate(course, date))) {
          out.add(adjust(f.about(course.id()), course.programme()));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The findings for a caseload: every course's own findings, then the caseload rules (CTI and ICM caps).
   * A caseload rule sees only the courses whose programme has not switched it off; each caseload finding names
   * the course it is about and follows that course's programme severity overrides.
   */
  public List<Finding> evaluateCaseload(Collection<Course> courses, LocalDate date) {
    List<Course> list = List.copyOf(courses);
    List<Finding> out = new ArrayList<>();
    for (Course c : list) {
      out.addAll(evaluate(c, date));
    }
    for (Rule rule : catalogue.rules()) {
      if (rule.scope() != RuleScope.CASELOAD) {
        continue;
      }
      List<Course> included = list.stream().filter(c -> enabled(rule, c.programme())).collect(Collectors.toList());
      for (Finding f : run(rule, () -> rule.evaluateCaseload(included, date))) {
        Finding adjusted = f;
        if (f.courseId().isPresent()) {
          String id = f.courseId().get();
          adjusted = included.stream().filter(c -> c.id().equals(id)).findFirst()
              .map(c -> adjust(f, c.programme())).orElse(f);
        }
        out.add(adjusted);
      }
    }
    return List.copyOf(out);
  }

  /** The findings of the leader-group rules for a group on a date (no programme overrides apply). */
  public List<Finding> evaluateLeaderGroup(LeaderGroup group, LocalDate date) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : catalogue.rules()) {
      if (rule.scope() == RuleScope.LEADER_GROUP) {
        out.addAll(run(rule, () -> rule.evaluateLeaderGroup(group, date)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The due items of a course on a date: the built-in ones ({@link DueItems#of}) of the rules that run for the
   * course's programme, followed by every running plugin rule's own ({@link Rule#dueItems}), sorted by due date,
   * kind and path. A plugin rule whose due items cannot be computed (it throws) contributes none.
   */
  public List<DueItem> dueItems(Course course, LocalDate date) {
    Programme p = course.programme();
    List<DueItem> out = new ArrayList<>();
    for (DueItem i : DueItems.of(course, date)) {
      if (dueItemEnabled(i, p)) {
        out.add(i);
      }
    }
    if (RuleDates.endedOn(course, date)) {
      return List.copyOf(out);
    }
    for (Rule rule : catalogue.rules()) {
      if (rule.scope() == RuleScope.COURSE && enabled(rule, p)) {
        try {
          List<DueItem> items = rule.dueItems(course, date);
          if (items != null) {
            out.addAll(items);
          }
        } catch (RuntimeException e) {
          // a faulty plugin's due items are left out; its findings report the fault (SAM-0000)
        }
      }
    }
    out.sort(DueItems.ORDER);
    return List.copyOf(out);
  }

  /** Whether a built-in due item's rule runs for the programme (by rule ID and core element). */
  private boolean dueItemEnabled(DueItem item, Programme p) {
    if (p.disabledRules().contains(item.ruleId())) {
      return false;
    }
    if (!p.elements().containsAll(CoreElementRules.of(item.ruleId(), ""))) {
      return false;
    }
    List<Rule> rules = catalogue.byId(item.ruleId());
    return rules.isEmpty() || rules.stream().anyMatch(r -> enabled(r, p));
  }

  /**
   * Whether the programme runs the rule: it uses the rule's core elements, the rule applies to it, and it has not
   * switched the rule off by rule ID or code.
   */
  @SuppressWarnings("PMD.AvoidCatchingGenericException")
  public static boolean enabled(Rule rule, Programme programme) {
    if (programme.disabledRules().contains(rule.id()) || programme.disabledRules().contains(rule.code())) {
      return false;
    }
    try {
      return programme.elements().containsAll(rule.elements()) && rule.appliesTo(programme);
    } catch (RuntimeException e) {
      return true; // a faulty plugin's scope: run it, so that its fault is reported as SAM-0000
    }
  }

  private static Finding adjust(Finding f, Programme programme) {
    Severity s = programme.severityOverrides().get(f.code());
    if (s == null) {
      s = programme.severityOverrides().get(f.ruleId());
    }
    return s == null || s == f.severity() ? f : f.withSeverityOverride(s);
  }

  @SuppressWarnings("PMD.AvoidCatchingGenericException")
  private static List<Finding> run(Rule rule, Supplier<List<Finding>> evaluation) {
    try {
      List<Finding> found = evaluation.get();
      return found == null ? List.of() : found;
    } catch (RuntimeException | StackOverflowError e) {
      // the exception's message may hold anything: only the rule's code and the exception type are reported
      Finding f = Finding.of(BuiltInRules.RULE_FAILED, "", safe(rule.code()), e.getClass().getSimpleName());
      return List.of(ImmutableFinding.copyOf(f).withRuleId(safe(rule.id())));
    }
  }

  private static String safe(String s) {
    return s == null || s.isBlank() ? "?" : s;
  }
}
