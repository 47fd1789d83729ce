package dk.samarbejdsmodel.core.rules;

/**
 * Status for et fast møde (R-MEET-03): held, due (not yet overdue — includes meetings still ahead), overdue
 * (past the tolerance, still worth holding) or missed.
 *
 * <pre>{@code
 * schedule.dueMeetings().stream().filter(m -> m.status() == DueMeetingStatus.OVERDUE).count();
 * }</pre>
 */
public enum DueMeetingStatus {
  /** Afholdt: a fixed network meeting was held inside the tolerance window. */
  HELD,
  /** Forestående: not held, and the due date plus the late tolerance has not passed. */
  DUE,
  /** Overskredet: not held, late tolerance passed, not yet missed. */
  OVERDUE,
  /** Ikke afholdt: not held by the missed limit, or the course ended without it. */
  MISSED
}
