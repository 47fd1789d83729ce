package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Redaction;
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
      for (Finding f : run(rule, () -> rule.scope() == RuleScope.COURSE && enabled(rule, course.programme())
          ? rule.evaluate(course, date) : List.of())) {
        out.add(adjust(f.about(course.id()), course.programme()));
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
      for (Finding f : run(rule, () -> rule.scope() == RuleScope.CASELOAD
          ? rule.evaluateCaseload(list.stream().filter(c -> enabled(rule, c.programme()))
              .collect(Collectors.toList()), date)
          : List.of())) {
        Finding adjusted = f;
        if (f.courseId().isPresent()) {
          String id = f.courseId().get();
          adjusted = list.stream().filter(c -> c.id().equals(id)).findFirst()
              .map(c -> adjust(f, c.programme())).orElse(f);
        }
        out.add(adjusted);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The findings of every leader-group rule for a group on a date, as for a group whose programmes are not known
   * here (no programme switches a rule off or overrides a severity). When the programmes are known, use
   * {@link #evaluateLeaderGroup(LeaderGroup, Collection, LocalDate)} (or {@code Catalogue.evaluateLeaderGroup},
   * which looks the group's {@link LeaderGroup#programmeIds()} up).
   */
  public List<Finding> evaluateLeaderGroup(LeaderGroup group, LocalDate date) {
    return evaluateLeaderGroup(group, List.of(), date);
  }

  /**
   * The findings of the leader-group rules for a group that oversees the given programmes. A leader-group rule
   * runs when at least one of the programmes runs it ({@link #enabled}: the programme uses the rule's core
   * elements — {@code LEADER_GROUP} for R-LEAD-01 and R-LEAD-02 —, the rule applies to it, and the programme has
   * not switched it off); a group of programmes that all leave {@code LEADER_GROUP} out gets no leader-group
   * findings. A severity override applies when every programme that runs the rule gives the same one, and the
   * rule sees the programmes that run it ({@link Rule#evaluateLeaderGroup(LeaderGroup, List, LocalDate)}: R-LEAD-01
   * allows the shortest {@link Programme#leaderGroupMaxMonthsBetweenMeetings()} of them). With no programmes,
   * every leader-group rule runs with its defaults (6 months).
   */
  public List<Finding> evaluateLeaderGroup(LeaderGroup group, Collection<Programme> programmes, LocalDate date) {
    List<Programme> overseen = List.copyOf(programmes);
    List<Finding> out = new ArrayList<>();
    for (Rule rule : catalogue.rules()) {
      List<Programme> running = new ArrayList<>();
      for (Finding f : run(rule, () -> {
        if (rule.scope() != RuleScope.LEADER_GROUP) {
          return List.of();
        }
        overseen.stream().filter(p -> enabled(rule, p)).forEach(running::add);
        return overseen.isEmpty() || !running.isEmpty() ? rule.evaluateLeaderGroup(group, List.copyOf(running), date)
            : List.of();
      })) {
        out.add(adjust(f, running));
      }
    }
    return List.copyOf(out);
  }

  /** A finding with the severity override every programme gives it, if they agree; unchanged otherwise. */
  private static Finding adjust(Finding f, List<Programme> programmes) {
    if (programmes.isEmpty()) {
      return f;
    }
    Finding first = adjust(f, programmes.get(0));
    for (Programme p : programmes.subList(1, programmes.size())) {
      if (adjust(f, p).severity() != first.severity()) {
        return f;
      }
    }
    return first;
  }

  /**
   * The due items of a course on a date: the built-in ones ({@link DueItems#of}) of the rules that run for the
   * course's programme, followed by every running plugin rule's own ({@link Rule#dueItems}), sorted by due date,
   * kind and path. A plugin rule whose due items cannot be computed (it throws) contributes none.
   */
  @SuppressWarnings({"PMD.AvoidCatchingGenericException", "PMD.AvoidCatchingThrowable"})
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
      List<DueItem> items = new ArrayList<>();
      try {
        if (rule.scope() == RuleScope.COURSE && enabled(rule, p)) {
          List<DueItem> found = rule.dueItems(course, date);
          if (found != null) {
            found.stream().filter(java.util.Objects::nonNull).forEach(items::add);
          }
        }
      } catch (Throwable t) {
        rethrowIfFatal(t);
        // a faulty plugin's due items are left out (all of them); its findings report the fault (SAM-0000)
        items.clear();
      }
      out.addAll(items);
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

  /**
   * Runs one rule, totally: whatever the rule does, the evaluation of the other rules goes on. Every
   * {@code Throwable} the rule throws — runtime exceptions, errors such as {@code AssertionError},
   * {@code StackOverflowError}, {@code ExceptionInInitializerError} and other {@code LinkageError}s, and checked
   * exceptions thrown sneakily — becomes one {@code SAM-0000} finding naming the rule's code and the exception's
   * type (never its message, which may hold anything), and the rule's other findings are dropped. The only
   * exceptions passed on are those no caller can recover from: {@code OutOfMemoryError} and the JVM's other
   * {@link VirtualMachineError}s except {@code StackOverflowError} (the stack is unwound once it is caught),
   * and {@code ThreadDeath}. A {@code null} list counts as no findings; {@code null} elements are dropped and
   * reported by a {@code SAM-0000} of their own. Every finding's path, messages and arguments pass through the
   * CPR detector ({@link Redaction#maskCprLike}).
   */
  @SuppressWarnings({"PMD.AvoidCatchingGenericException", "PMD.AvoidCatchingThrowable"})
  private static List<Finding> run(Rule rule, Supplier<List<Finding>> evaluation) {
    List<Finding> out = new ArrayList<>();
    int nulls = 0;
    try {
      List<Finding> found = evaluation.get();
      if (found != null) {
        for (Finding f : found) {
          if (f == null) {
            nulls++;
          } else {
            out.add(masked(f));
          }
        }
      }
    } catch (Throwable t) {
      rethrowIfFatal(t);
      return List.of(failure(rule, t.getClass().getSimpleName()));
    }
    if (nulls > 0) {
      out.add(failure(rule, nulls == 1 ? "a null finding" : nulls + " null findings"));
    }
    return out;
  }

  /** The JVM's unrecoverable errors are passed on: every VirtualMachineError but StackOverflowError, ThreadDeath. */
  private static void rethrowIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError) || t instanceof ThreadDeath) {
      throw (Error) t;
    }
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  private static Finding failure(Rule rule, String what) {
    // the rule's own methods may throw as well: the finding names them only when they answer
    Finding f = Finding.of(BuiltInRules.RULE_FAILED, "", safe(rule::code), what.isEmpty() ? "Throwable" : what);
    return ImmutableFinding.copyOf(f).withRuleId(Redaction.maskCprLike(safe(rule::id)));
  }

  private static Finding masked(Finding f) {
    if (!Redaction.containsCprLike(f.path()) && !Redaction.containsCprLike(f.messageEn())
        && !Redaction.containsCprLike(f.messageDa()) && !Redaction.containsCprLike(f.ruleId())
        && f.args().stream().noneMatch(Redaction::containsCprLike)) {
      return f;
    }
    return ImmutableFinding.copyOf(f).withPath(Redaction.maskCprLike(f.path()))
        .withMessageEn(Redaction.maskCprLike(f.messageEn())).withMessageDa(Redaction.maskCprLike(f.messageDa()))
        .withRuleId(Redaction.maskCprLike(f.ruleId()))
        .withArgs(f.args().stream().map(Redaction::maskCprLike).toList());
  }

  @SuppressWarnings({"PMD.AvoidCatchingGenericException", "PMD.AvoidCatchingThrowable"})
  private static String safe(Supplier<String> s) {
    try {
      String v = s.get();
      return v == null || v.isBlank() ? "?" : v;
    } catch (Throwable t) {
      rethrowIfFatal(t);
      return "?";
    }
  }
}
