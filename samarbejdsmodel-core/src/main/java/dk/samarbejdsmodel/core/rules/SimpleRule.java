package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A built-in rule: metadata, messages from the bundle, and a check function. */
final class SimpleRule implements Rule {

  /** Collects the findings of one check. */
  static final class Out {
    private final Rule rule;
    private final List<Finding> found = new ArrayList<>();

    Out(Rule rule) {
      this.rule = rule;
    }

    void add(String path, Object... args) {
      found.add(Finding.of(rule, path, args));
    }

    void addAbout(String courseId, String path, Object... args) {
      found.add(Finding.of(rule, path, args).about(courseId));
    }
  }

  /** A course check. */
  @FunctionalInterface
  interface CourseCheck {
    void check(Course course, LocalDate date, Out out);
  }

  /** A caseload check. */
  @FunctionalInterface
  interface CaseloadCheck {
    void check(List<Course> courses, LocalDate date, Out out);
  }

  /** A leader-group check. */
  @FunctionalInterface
  interface LeaderGroupCheck {
    void check(LeaderGroup group, LocalDate date, Out out);
  }

  private final String id;
  private final String code;
  private final Severity severity;
  private final RuleScope scope;
  private final String seed;
  private final CourseCheck courseCheck;
  private final CaseloadCheck caseloadCheck;
  private final LeaderGroupCheck leaderGroupCheck;
  private final String templateEn;
  private final String templateDa;

  private SimpleRule(String id, String code, Severity severity, RuleScope scope, String seed,
      CourseCheck courseCheck, CaseloadCheck caseloadCheck, LeaderGroupCheck leaderGroupCheck) {
    this.id = id;
    this.code = code;
    this.severity = severity;
    this.scope = scope;
    this.seed = seed;
    this.courseCheck = courseCheck;
    this.caseloadCheck = caseloadCheck;
    this.leaderGroupCheck = leaderGroupCheck;
    // read once (and fail fast if a message is missing)
    this.templateEn = Messages.template(code, Locale.ENGLISH);
    this.templateDa = Messages.template(code, dk.samarbejdsmodel.core.Labels.DANISH);
  }

  static SimpleRule course(String id, String code, Severity severity, String seed, CourseCheck check) {
    return new SimpleRule(id, code, severity, RuleScope.COURSE, seed, check, null, null);
  }

  static SimpleRule caseload(String id, String code, Severity severity, String seed, CaseloadCheck check) {
    return new SimpleRule(id, code, severity, RuleScope.CASELOAD, seed, null, check, null);
  }

  static SimpleRule leaderGroup(String id, String code, Severity severity, String seed, LeaderGroupCheck check) {
    return new SimpleRule(id, code, severity, RuleScope.LEADER_GROUP, seed, null, null, check);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public RuleScope scope() {
    return scope;
  }

  @Override
  public String seed() {
    return seed;
  }

  @Override
  public String legalBasis() {
    return BuiltInRules.LEGAL_BASIS.getOrDefault(id, "");
  }

  @Override
  public String messageTemplate(Locale locale) {
    return "da".equals(locale.getLanguage()) ? templateDa : templateEn;
  }

  @Override
  public List<Finding> evaluate(Course course, LocalDate date) {
    if (courseCheck == null) {
      return List.of();
    }
    Out out = new Out(this);
    courseCheck.check(course, date, out);
    return List.copyOf(out.found);
  }

  @Override
  public List<Finding> evaluateCaseload(List<Course> courses, LocalDate date) {
    if (caseloadCheck == null) {
      return List.of();
    }
    Out out = new Out(this);
    caseloadCheck.check(courses, date, out);
    return List.copyOf(out.found);
  }

  @Override
  public List<Finding> evaluateLeaderGroup(LeaderGroup group, LocalDate date) {
    if (leaderGroupCheck == null) {
      return List.of();
    }
    Out out = new Out(this);
    leaderGroupCheck.check(group, date, out);
    return List.copyOf(out.found);
  }

  @Override
  public String toString() {
    return code + " " + id;
  }
}
