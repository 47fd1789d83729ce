package dk.samarbejdsmodel.core.housing;

/** Boligsituation (S4 outcomes). */
public enum HousingStatus {
  /** I egen bolig. */
  IN_HOUSING,
  /** Hjemløs. */
  HOMELESS,
  /** Andet (e.g. institution, treatment). */
  OTHER
}
