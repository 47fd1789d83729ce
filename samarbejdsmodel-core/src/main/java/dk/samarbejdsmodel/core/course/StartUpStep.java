package dk.samarbejdsmodel.core.course;

/** Opstartstrin (S0 §3.2), in the recommended order; the order is recommended, not enforced. */
public enum StartUpStep {
  /** Koordinator udpeget. */
  COORDINATOR_APPOINTED,
  /** Den unge og forældrene informeret (pjece). */
  INFORMED,
  /** Samtykke. */
  CONSENT,
  /** Forventningsafstemning. */
  EXPECTATIONS_ALIGNED,
  /** Netværket kortlagt (netværkskort). */
  NETWORK_MAPPED,
  /** Den unges voksne valgt (tilbudt — kan afslås). */
  ADULT_CHOSEN,
  /** Team udpeget. */
  TEAM_APPOINTED,
  /** Netværksoverblik. */
  NETWORK_OVERVIEW,
  /** Indsatsoverblik. */
  INTERVENTION_OVERVIEW,
  /** Indledende måldialog. */
  INITIAL_GOAL_DIALOGUE
}
