package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Enkel regel: a rule made of its metadata, its Danish and English message templates and a check function —
 * how the SDK writes its own rules, and the easy way to write a plugin's. {@link #builder} checks the rule ID,
 * the code (a vendor's must be namespaced) and both templates when the rule is built, so a mistake is an
 * {@link IllegalArgumentException} at start-up, not a {@code SAM-0000} finding at evaluation time.
 *
 * <pre>{@code
 * Rule schoolContact = SimpleRule.builder("dk.aarhus:R-JOB-01", "dk.aarhus:JOB-01")
 *     .severity(Severity.WARNING).seed("Aarhus practice guide 2026")
 *     .messages("Ingen jobkonsulent i teamet pr. {0}", "No job consultant in the team on {0}")
 *     .appliesToProgrammes("dk.aarhus:JOB")
 *     .requires(CoreElement.CROSS_DISCIPLINARY_TEAM)
 *     .course((course, date, out) -> {
 *       LocalDate d = RuleDates.judgedOn(course, date);      // the end date once the course has ended
 *       if (course.teamMemberships().stream().noneMatch(t -> t.role().equals(JOB) && t.covers(d))) {
 *         out.add("teamMemberships", d);
 *       }
 *     })
 *     .dueItems((course, date) -> List.of(DueItem.of(DueItemKind.of("dk.aarhus:JOB_CONSULTANT"),
 *         "dk.aarhus:R-JOB-01", course.startDate().plusMonths(1), "teamMemberships")))
 *     .build();
 * }</pre>
 *
 * <p>Templates are {@link java.text.MessageFormat} patterns with arguments {@code {0}}, {@code {1}} …; an
 * apostrophe is written twice ({@code "didn''t"}), and a single apostrophe is refused when the rule is built
 * (MessageFormat would silently drop it: "didn't" would read "didnt").
 */
public final class SimpleRule implements Rule {

  /** Collects the findings of one check. */
  public static final class Out {
    private final Rule rule;
    private final List<Finding> found = new ArrayList<>();

    Out(Rule rule) {
      this.rule = rule;
    }

    /** Adds a finding at a path inside the course, with the message arguments (never personal data). */
    public void add(String path, Object... args) {
      found.add(Finding.of(rule, path, args));
    }

    /** Adds a finding at a path inside the course, with the message arguments (never personal data). */
    public void add(dk.samarbejdsmodel.core.PropertyPath path, Object... args) {
      add(path.toString(), args);
    }

    /** Adds a finding about one course of a caseload. */
    public void addAbout(String courseId, String path, Object... args) {
      found.add(Finding.of(rule, path, args).about(courseId));
    }
  }

  /** A course check. */
  @FunctionalInterface
  public interface CourseCheck {
    /** Adds the findings for a course on a date to {@code out}. */
    void check(Course course, LocalDate date, Out out);
  }

  /** A caseload check. */
  @FunctionalInterface
  public interface CaseloadCheck {
    /** Adds the findings for a caseload on a date to {@code out}. */
    void check(List<Course> courses, LocalDate date, Out out);
  }

  /** A leader-group check. */
  @FunctionalInterface
  public interface LeaderGroupCheck {
    /** Adds the findings for a leader group on a date to {@code out}. */
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
  private final ProgrammesLeaderGroupCheck programmesLeaderGroupCheck;
  private final String templateEn;
  private final String templateDa;
  /** A built-in rule: its templates are read from the SDK's bundles when asked for. */
  private final boolean builtInMessages;
  private final Set<CoreElement> elements;
  private final Predicate<Programme> appliesTo;
  private final BiFunction<Course, LocalDate, List<DueItem>> dueItems;

  private SimpleRule(Builder b) {
    this.id = b.id;
    this.code = b.code;
    this.severity = b.severity;
    this.scope = b.scope;
    this.seed = b.seed;
    this.courseCheck = b.courseCheck;
    this.caseloadCheck = b.caseloadCheck;
    this.leaderGroupCheck = b.leaderGroupCheck;
    this.programmesLeaderGroupCheck = b.programmesLeaderGroupCheck;
    this.templateDa = b.templateDa;
    this.templateEn = b.templateEn;
    this.builtInMessages = b.builtInMessages;
    this.elements = b.elements.isEmpty() ? Set.of() : Set.copyOf(b.elements);
    this.appliesTo = b.appliesTo;
    this.dueItems = b.dueItems;
  }

  private static SimpleRule builtIn(String id, String code, Severity severity, RuleScope scope, String seed,
      CourseCheck courseCheck, CaseloadCheck caseloadCheck, LeaderGroupCheck leaderGroupCheck) {
    Builder b = new Builder(id, code);
    b.severity = severity;
    b.scope = scope;
    b.seed = seed;
    b.courseCheck = courseCheck;
    b.caseloadCheck = caseloadCheck;
    b.leaderGroupCheck = leaderGroupCheck;
    // the templates stay in the SDK's message bundles until a message is made (a JVM's first read makes none;
    // docs/performance.md, B5); BuiltInRulesCheckTest shows every built-in rule has both
    b.builtInMessages = true;
    b.elements.addAll(CoreElementRules.of(id, code));
    return new SimpleRule(b);
  }

  static SimpleRule course(String id, String code, Severity severity, String seed, CourseCheck check) {
    return builtIn(id, code, severity, RuleScope.COURSE, seed, check, null, null);
  }

  static SimpleRule caseload(String id, String code, Severity severity, String seed, CaseloadCheck check) {
    return builtIn(id, code, severity, RuleScope.CASELOAD, seed, null, check, null);
  }

  static SimpleRule leaderGroup(String id, String code, Severity severity, String seed, LeaderGroupCheck check) {
    return builtIn(id, code, severity, RuleScope.LEADER_GROUP, seed, null, null, check);
  }

  /** A built-in leader-group check that follows the settings of the programmes the group oversees. */
  @FunctionalInterface
  interface ProgrammesLeaderGroupCheck {
    void check(LeaderGroup group, List<Programme> programmes, LocalDate date, Out out);
  }

  static SimpleRule leaderGroup(String id, String code, Severity severity, String seed,
      ProgrammesLeaderGroupCheck check) {
    Builder b = new Builder(id, code);
    b.severity = severity;
    b.scope = RuleScope.LEADER_GROUP;
    b.seed = seed;
    b.leaderGroupCheck = (g, d, out) -> check.check(g, List.of(), d, out);
    b.programmesLeaderGroupCheck = check;
    b.builtInMessages = true;
    b.elements.addAll(CoreElementRules.of(id, code));
    return new SimpleRule(b);
  }

  /**
   * A builder for a plugin's rule.
   *
   * @param id the rule ID, namespaced ({@code dk.aarhus:R-JOB-01})
   * @param code the finding code, namespaced ({@code dk.aarhus:JOB-01}); {@code SAM-nnnn} is reserved for the SDK
   */
  public static Builder builder(String id, String code) {
    return new Builder(id, code);
  }

  /** Builder for a {@link SimpleRule}; {@link #build()} checks everything and names every problem. */
  public static final class Builder {
    private final String id;
    private final String code;
    private Severity severity = Severity.WARNING;
    private RuleScope scope;
    private String seed = "";
    private CourseCheck courseCheck;
    private CaseloadCheck caseloadCheck;
    private LeaderGroupCheck leaderGroupCheck;
    private ProgrammesLeaderGroupCheck programmesLeaderGroupCheck;
    private String templateDa;
    private String templateEn;
    private boolean builtInMessages;
    private final Set<CoreElement> elements = EnumSet.noneOf(CoreElement.class);
    private Predicate<Programme> appliesTo = p -> true;
    private BiFunction<Course, LocalDate, List<DueItem>> dueItems = (c, d) -> List.of();

    private Builder(String id, String code) {
      this.id = id;
      this.code = code;
    }

    /** The default severity (a programme may override it); {@code WARNING} unless set. */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** Where the rule comes from (a guide, a law, a practice agreement). */
    public Builder seed(String seed) {
      this.seed = Objects.requireNonNull(seed, "seed");
      return this;
    }

    /** The message templates in Danish and English ({@link java.text.MessageFormat}, see the class comment). */
    public Builder messages(String danish, String english) {
      this.templateDa = danish;
      this.templateEn = english;
      return this;
    }

    /** The core elements the rule belongs to: it runs only for programmes that use all of them. */
    public Builder requires(CoreElement... elements) {
      this.elements.addAll(List.of(elements));
      return this;
    }

    /** Runs the rule only for programmes that pass the test (besides their own rule switches). */
    public Builder appliesTo(Predicate<Programme> programmes) {
      this.appliesTo = Objects.requireNonNull(programmes, "programmes");
      return this;
    }

    /** Runs the rule only for the programmes with these ids. */
    public Builder appliesToProgrammes(String... programmeIds) {
      Set<String> ids = Set.of(programmeIds);
      return appliesTo(p -> ids.contains(p.id()));
    }

    /** A rule about one course. */
    public Builder course(CourseCheck check) {
      this.scope = RuleScope.COURSE;
      this.courseCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /** A rule about a caseload (many courses together). */
    public Builder caseload(CaseloadCheck check) {
      this.scope = RuleScope.CASELOAD;
      this.caseloadCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /** A rule about a leader group. */
    public Builder leaderGroup(LeaderGroupCheck check) {
      this.scope = RuleScope.LEADER_GROUP;
      this.leaderGroupCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /** The rule's due items: what must happen, and by when, so that the rule does not fire. */
    public Builder dueItems(BiFunction<Course, LocalDate, List<DueItem>> dueItems) {
      this.dueItems = Objects.requireNonNull(dueItems, "dueItems");
      return this;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming every problem: an ID or code without a namespace, a reserved
     *     {@code SAM-} code, a missing or malformed template (a single apostrophe included), no check
     */
    public SimpleRule build() {
      List<String> problems = new ArrayList<>(RuleChecks.problems(id, code, seed, templateDa, templateEn, true));
      if (scope == null) {
        problems.add("no check: call course(…), caseload(…) or leaderGroup(…)");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("rule " + (code == null ? "?" : code) + ": " + String.join("; ", problems));
      }
      return new SimpleRule(this);
    }
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
    if (builtInMessages) {
      return Messages.template(code, locale);
    }
    return dk.samarbejdsmodel.core.Labels.isDanish(locale) ? templateDa : templateEn;
  }

  @Override
  public Set<CoreElement> elements() {
    return elements;
  }

  @Override
  public boolean appliesTo(Programme programme) {
    return appliesTo.test(programme);
  }

  @Override
  public List<DueItem> dueItems(Course course, LocalDate date) {
    List<DueItem> items = dueItems.apply(course, date);
    return items == null ? List.of() : List.copyOf(items);
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
  public List<Finding> evaluateLeaderGroup(LeaderGroup group, List<Programme> programmes, LocalDate date) {
    if (programmesLeaderGroupCheck == null) {
      return evaluateLeaderGroup(group, date);
    }
    Out out = new Out(this);
    programmesLeaderGroupCheck.check(group, List.copyOf(programmes), date, out);
    return List.copyOf(out.found);
  }

  @Override
  public String toString() {
    return code + " " + id;
  }
}
