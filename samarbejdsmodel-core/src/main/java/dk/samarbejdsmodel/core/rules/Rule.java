package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.Programme;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Regel: one checkable rule — its rule ID in the domain specification, its stable finding code, default
 * severity, scope, seed citation and message templates — as a pure function from (course, date) to findings.
 * A rule never throws for a breach; it returns findings. Implementations must be immutable and thread-safe.
 *
 * <p>Vendors add rules through {@link RuleProvider}; the easiest way to write one is {@link SimpleRule#builder},
 * which also checks the rule's code and message templates when it is built. A minimal hand-written vendor rule:
 *
 * <pre>{@code
 * public final class NeedsSchoolContact implements Rule {
 *   public String id() { return "dk.aarhus:R-SCHOOL-01"; }
 *   public String code() { return "dk.aarhus:SCHOOL-01"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public RuleScope scope() { return RuleScope.COURSE; }
 *   public String seed() { return "Aarhus practice guide 2026"; }
 *   public String messageTemplate(Locale l) {
 *     return Labels.isDanish(l) ? "Ingen skolekontakt i teamet" : "No school contact in the team";
 *   }
 *   public List<Finding> evaluate(Course course, LocalDate date) {
 *     boolean has = course.teamMemberships().stream()
 *         .anyMatch(t -> t.role().equals(ParticipantRole.SCHOOL_REPRESENTATIVE) && t.covers(date));
 *     return has ? List.of() : List.of(Finding.of(this, "teamMemberships"));
 *   }
 * }
 * }</pre>
 */
public interface Rule {

  /** The rule ID, e.g. {@code R-GOAL-01}; vendors use {@code namespace:R-…}. */
  String id();

  /** The stable finding code, {@code SAM-nnnn} for built-ins, {@code namespace:CODE} for vendors. */
  String code();

  /** The severity unless the programme overrides it. */
  Severity defaultSeverity();

  /** What the rule looks at. */
  RuleScope scope();

  /**
   * Where the rule comes from in the source reports (key, section and page, e.g. {@code S0 Fig 6.3 p. 33};
   * docs/domain.md §0 lists the reports by title and year).
   */
  String seed();

  /**
   * The current legal section behind the rule, where a legal duty stands behind it (e.g.
   * {@code barnets lov § 111}); empty when the rule is the model's practice only.
   */
  default String legalBasis() {
    return "";
  }

  /**
   * The {@link java.text.MessageFormat} template in the locale's language (Danish for {@code da}, English
   * otherwise); arguments are those the rule passes to {@link Finding#of}.
   */
  String messageTemplate(Locale locale);

  /** The findings for one course on a date ({@link RuleScope#COURSE} rules). */
  List<Finding> evaluate(Course course, LocalDate date);

  /**
   * The core elements the rule belongs to: it runs only for programmes that use every one of them (leaving
   * {@code FIXED_MEETINGS} out of a programme switches the fixed-meeting rules off). None by default.
   */
  default Set<CoreElement> elements() {
    return Set.of();
  }

  /**
   * Whether the rule runs for courses of a programme (a rule of one municipality's programme returns
   * {@code programme.id().equals("dk.aarhus:JOB")}); every programme by default. The programme's own
   * {@link Programme#disabledRules()} and {@link #elements()} are checked besides.
   */
  default boolean appliesTo(Programme programme) {
    return true;
  }

  /**
   * What the course must do next so that this rule does not fire — the rule's due items on the date
   * ({@link DueItems}); none by default. A rule whose findings can appear merely because time passes should
   * announce them here, with its own {@link DueItemKind} (for a vendor, {@code DueItemKind.of("namespace:KIND")}).
   */
  default List<DueItem> dueItems(Course course, LocalDate date) {
    return List.of();
  }

  /** The findings for a set of courses on a date ({@link RuleScope#CASELOAD} rules); none by default. */
  default List<Finding> evaluateCaseload(List<Course> courses, LocalDate date) {
    return List.of();
  }

  /** The findings for a leader group on a date ({@link RuleScope#LEADER_GROUP} rules); none by default. */
  default List<Finding> evaluateLeaderGroup(LeaderGroup group, LocalDate date) {
    return List.of();
  }

  /**
   * The findings for a leader group that oversees the given programmes — those of its programmes that run this
   * rule, empty when the group names none — so that a rule can follow their settings (R-LEAD-01 takes the
   * shortest {@link Programme#leaderGroupMaxMonthsBetweenMeetings()}). By default
   * {@link #evaluateLeaderGroup(LeaderGroup, LocalDate)}.
   */
  default List<Finding> evaluateLeaderGroup(LeaderGroup group, List<Programme> programmes, LocalDate date) {
    return evaluateLeaderGroup(group, date);
  }
}
