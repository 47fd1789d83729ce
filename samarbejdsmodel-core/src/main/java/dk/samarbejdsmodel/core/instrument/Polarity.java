package dk.samarbejdsmodel.core.instrument;

/** Retning: whether a higher score is better or worse for the young person. */
public enum Polarity {
  /** Højere er bedre (the dialogue form: 5 = doing well). */
  HIGHER_IS_BETTER,
  /** Lavere er bedre (S1's self-harm and suicidal-behaviour dimensions). */
  LOWER_IS_BETTER
}
