package dk.samarbejdsmodel.core.outcome;

import java.util.Objects;

/**
 * Fidelitetsscore: one project's mean fidelity score on the 1–5 scale and its band (O-16, S1). The score is
 * the mean over responses of each response's mean item score.
 *
 * <pre>{@code
 * FidelityScore s = Measures.fidelity("S1_FIDELITY", Grouping.MUNICIPALITY).of(records).groups().get("101");
 * s.band();   // HIGH
 * }</pre>
 *
 * @param group the project (group) key
 * @param responses responses with at least one assessed item
 * @param score the mean of the per-response means (NaN when there are none)
 * @param band the band of the score (LOW when there are no responses)
 */
public record FidelityScore(String group, long responses, double score, FidelityBand band) {

  /** Checks for nulls. */
  public FidelityScore {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(band, "band");
  }
}
