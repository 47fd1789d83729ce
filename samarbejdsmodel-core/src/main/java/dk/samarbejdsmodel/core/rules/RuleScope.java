package dk.samarbejdsmodel.core.rules;

/**
 * Regelomfang: what a rule looks at — one course, a caseload (a set of courses, e.g. for the CTI and ICM
 * caps), or a leader group.
 *
 * <pre>{@code
 * if (rule.scope() == RuleScope.CASELOAD) { rule.evaluateCaseload(courses, date); }
 * }</pre>
 */
public enum RuleScope {
  /** Ét forløb. */
  COURSE,
  /** En sagsstamme: many courses together (caseload caps). */
  CASELOAD,
  /** En ledergruppe. */
  LEADER_GROUP
}
