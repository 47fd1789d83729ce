package dk.samarbejdsmodel.core.outcome;

/**
 * Udvikling: a young person's change on one dimension from the first to the latest response — S0's
 * "tilbagegang / status quo / fremgang", S1's "Faldet / Status quo / Steget".
 *
 * <pre>{@code
 * ChangeClass c = ChangeClassifier.DEFAULT.classify(2, 4, Polarity.HIGHER_IS_BETTER);  // PROGRESS
 * }</pre>
 */
public enum ChangeClass {
  /** Worse by at least the threshold (tilbagegang). */
  DECLINE,
  /** Changed by less than the threshold (status quo). */
  STATUS_QUO,
  /** Better by at least the threshold (fremgang). */
  PROGRESS
}
