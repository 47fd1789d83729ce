package dk.samarbejdsmodel.core.housing;

/** Beslutning om videre støtte efter bostøtten (R-HOUSE-08). */
public enum FollowOnDecision {
  /** Bostøtte efter SEL § 85. */
  SEL_85_HOUSING_SUPPORT,
  /** Mentor. */
  MENTOR,
  /** Ingen videre støtte. */
  NONE,
  /** Andet. */
  OTHER
}
