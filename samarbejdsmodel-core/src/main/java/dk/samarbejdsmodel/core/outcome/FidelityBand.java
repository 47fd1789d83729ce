package dk.samarbejdsmodel.core.outcome;

/**
 * Fidelitetsniveau: S1's bands of a mean fidelity score on the 1–5 scale (O-16).
 *
 * <pre>{@code
 * FidelityBand.of(4.25);   // HIGH
 * FidelityBand.of(4.0);    // SOME_DEGREE
 * }</pre>
 */
public enum FidelityBand {
  /** Score above 4: "høj grad af fidelitet". */
  HIGH,
  /** Score from 3 to 4 inclusive: "i nogen grad". */
  SOME_DEGREE,
  /** Score below 3 (not observed in S1; the SDK's extension). */
  LOW;

  /** The band of a score. */
  public static FidelityBand of(double score) {
    return score > 4 ? HIGH : score >= 3 ? SOME_DEGREE : LOW;
  }
}
