package dk.samarbejdsmodel.core.outcome.stats;

/**
 * Eksklusionsårsag: why a course (or a checklist, a response, a pair) was left out of a measure's denominator.
 *
 * <pre>{@code
 * Exclusion e = Exclusion.of(ExclusionReason.ONE_RESPONSE_ONLY, 12);
 * }</pre>
 */
public enum ExclusionReason {
  /** No response to the instrument at all. */
  NO_RESPONSE,
  /** Only one response, so no change can be computed. */
  ONE_RESPONSE_ONLY,
  /** The dimension was marked "not assessed" in the response used. */
  NOT_ASSESSED,
  /** No status registration within the start window. */
  NO_REGISTRATION_AT_START,
  /** The status in question (education, employment or housing) was never registered. */
  NOT_REGISTERED,
  /** The checklist does not answer the item or field. */
  NOT_ANSWERED,
  /** The course has no meeting checklist. */
  NO_CHECKLIST,
  /** No coordinator is assigned on the reference date. */
  NO_COORDINATOR,
  /** The course is not active on the reference date or in the period. */
  NOT_ACTIVE,
  /** The course has not ended, so there is no end status. */
  NOT_ENDED,
  /** The course belongs to a programme without housing support. */
  NO_HOUSING_SUPPORT,
  /** A paired difference of zero, dropped under the declared zero-difference convention. */
  ZERO_DIFFERENCE,
  /** The course has no network meeting and no meeting checklist. */
  NO_NETWORK_MEETING,
  /** The course has no fixed meeting due yet. */
  NO_FIXED_MEETING_DUE
}
