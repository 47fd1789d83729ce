package dk.samarbejdsmodel.core.outcome.stats;

/**
 * Alternativ hypotese: which side of the null hypothesis a test's p-value is for.
 *
 * <pre>{@code
 * double p = SignTest.pValue(26, 54, Alternative.TWO_SIDED);   // 0.892…
 * }</pre>
 */
public enum Alternative {
  /** Either direction (the default everywhere in the SDK, as in R and SciPy). */
  TWO_SIDED,
  /** More improved than worsened (W+ or the number of improvements large). */
  GREATER,
  /** More worsened than improved. */
  LESS
}
