package dk.samarbejdsmodel.core.outcome.stats;

import dk.samarbejdsmodel.core.outcome.Measures;
/**
 * Nul-differencer: the declared convention for pairs whose difference is zero in the paired tests (O-15).
 * The sign test always drops zero differences (and reports them as an exclusion).
 *
 * <pre>{@code
 * Map<String, PairedTest> t = Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.WILCOX).of(records);
 * }</pre>
 */
public enum ZeroDifferences {
  /** Wilcoxon's convention: zero differences are discarded before ranking (R's and SciPy's default). */
  WILCOX,
  /** Pratt's convention: zeros are ranked with the others, then their ranks are dropped from the sums. */
  PRATT
}
