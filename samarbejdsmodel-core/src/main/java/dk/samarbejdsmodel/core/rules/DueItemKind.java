package dk.samarbejdsmodel.core.rules;

/**
 * Hvad der skal ske: the kinds of due items, each tied to the rule (or spec section) that creates it.
 *
 * <pre>{@code
 * DueItems.of(course, today).stream().filter(i -> i.kind() == DueItemKind.FIXED_MEETING).findFirst();
 * }</pre>
 */
public enum DueItemKind {
  /** Fast netværksmøde (R-MEET-03). */
  FIXED_MEETING,
  /** Next fixed meeting to keep the rolling minimum per 12 months (R-MEET-03, HOMELESSNESS). */
  ROLLING_MINIMUM,
  /** Next network meeting before the gap limit (R-MEET-04). */
  MEETING_GAP,
  /** Det aftalte næste møde (R-MEET-05). */
  NEXT_AGREED_MEETING,
  /** Den unges eget samtykke ved 18 år (R-CONSENT-02). */
  YOUNG_PERSONS_CONSENT,
  /** Næste dialogskema (docs/domain.md §4.4: at start, then every programme cadence). */
  DIALOGUE,
  /** Frist for en aftale (R-GOAL-05). */
  AGREEMENT_DEADLINE,
  /** Opfølgning på en aftale (R-GOAL-01). */
  AGREEMENT_FOLLOW_UP,
  /** Vurdering af indsatser efter 23 år (R-COURSE-03). */
  ASSESSMENT_BEFORE_AGE,
  /** Forløbet skal slutte før programmets aldersgrænse (R-COURSE-02). */
  COURSE_END_BY_AGE,
  /** CTI slutter efter 9 måneder (R-HOUSE-05). */
  CTI_END,
  /** Beslutning om videre støtte efter bostøtten (R-HOUSE-08). */
  FOLLOW_ON_DECISION,
  /** Ny koordinator, when the current assignment ends without a successor (R-COURSE-01). */
  COORDINATOR,
  /** Ungeplan, at the latest 3 months after the 16th birthday (barnets lov § 108, stk. 3; docs/domain.md §5). */
  YOUTH_PLAN,
  /** Afgørelse om ungestøtte, at the latest at 17½ — 6 months before 18 (barnets lov § 111, stk. 1). */
  CONTINUED_SUPPORT_DECISION,
  /** Voksenområdet med i teamet ved 17½ (R-COURSE-05; S0 p. 5). */
  ADULT_SERVICES,
  /** Dialogskema ved afslutning, at the latest on the last day before the programme's end age (§4.4). */
  END_DIALOGUE_FORM
}
