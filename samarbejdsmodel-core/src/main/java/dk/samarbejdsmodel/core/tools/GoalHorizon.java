package dk.samarbejdsmodel.core.tools;

/** Tidshorisont for et mål. */
public enum GoalHorizon {
  /** Kort sigt. */
  SHORT,
  /** Mellemlangt sigt. */
  MEDIUM,
  /** Langt sigt. */
  LONG
}
