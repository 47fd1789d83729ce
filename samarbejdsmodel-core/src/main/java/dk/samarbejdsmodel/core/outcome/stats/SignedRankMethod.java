package dk.samarbejdsmodel.core.outcome.stats;

/**
 * Metode for Wilcoxons test: how the p-value of the Wilcoxon signed-rank test is computed.
 *
 * <pre>{@code
 * SignedRankTest t = SignedRankTest.of(ZeroDifferences.WILCOX, SignedRankMethod.NORMAL, Alternative.TWO_SIDED);
 * }</pre>
 */
public enum SignedRankMethod {
  /**
   * R's default: {@link #EXACT} when fewer than 50 non-zero differences, no ties and no zero differences;
   * otherwise {@link #NORMAL_CORRECTED}. (SciPy's default differs: exact up to 50 differences without ties
   * or zeros, a permutation test up to 13 with ties, else the normal approximation without correction.)
   */
  AUTO,
  /** The exact null distribution of W+ (needs the non-zero differences' absolute values untied). */
  EXACT,
  /** The normal approximation with the exact null mean Σr/2 and variance Σr²/4, no continuity correction. */
  NORMAL,
  /** As {@link #NORMAL}, with a continuity correction of ½ towards the mean (R's {@code correct = TRUE}). */
  NORMAL_CORRECTED
}
