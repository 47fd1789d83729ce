package dk.samarbejdsmodel.core.rules;

/**
 * Trinstatus: where a start-up step stands (S0 §3.2).
 *
 * <pre>{@code
 * report.steps().get(0).status(); // DONE
 * }</pre>
 */
public enum StepStatus {
  /** Udført. */
  DONE,
  /** Tilbudt og afslået (the young person's adult may be declined). */
  DECLINED,
  /** Næste: the first step in the recommended order that is not done. */
  NEXT,
  /** Mangler: not done, after the next step in the recommended order. */
  MISSING,
  /** Ikke relevant: the programme does not use the element (e.g. the young person's adult in MENTAL_HEALTH). */
  NOT_APPLICABLE
}
