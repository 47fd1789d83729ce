package dk.samarbejdsmodel.core.housing;

/** Undergruppe (S4 §1.3). */
public enum HousingSubgroup {
  /** Hjemløs: in a homelessness situation and with social problems. */
  HOMELESS,
  /** I risiko for hjemløshed: several of the seven risk factors. */
  AT_RISK
}
