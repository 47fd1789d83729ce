package dk.samarbejdsmodel.core.outcome.stats;

import dk.samarbejdsmodel.core.outcome.Measures;
import java.util.List;
import java.util.Objects;

/**
 * Parret test: first versus latest response on one dimension — Wilcoxon signed-rank test and sign test
 * (Apache Commons Statistics), with the zero-difference convention declared (O-15).
 *
 * <pre>{@code
 * PairedTest t = Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.WILCOX).of(records).get("CRIME");
 * t.wilcoxonP(); t.signP(); t.smallN();
 * }</pre>
 *
 * @param dimension the dimension code
 * @param pairs pairs (young people with two assessed responses)
 * @param improved pairs with a positive (polarity-adjusted) difference
 * @param worsened pairs with a negative difference
 * @param zeros pairs with a zero difference
 * @param first mean of the first responses over the pairs
 * @param latest mean of the latest responses over the pairs
 * @param convention the zero-difference convention used by the Wilcoxon test
 * @param wilcoxonStatistic the Wilcoxon W+ statistic (NaN when no usable pairs)
 * @param wilcoxonP two-sided p-value of the Wilcoxon test (NaN when no usable pairs)
 * @param signP two-sided exact binomial p-value of the sign test, zeros dropped (NaN when no non-zero pairs)
 * @param smallN fewer than {@value Measures#SMALL_N} non-zero pairs: interpret with care
 * @param exclusions pairs or courses left out, by reason
 * @param method the method text
 */
public record PairedTest(String dimension, long pairs, long improved, long worsened, long zeros, Mean first,
    Mean latest, ZeroDifferences convention, double wilcoxonStatistic, double wilcoxonP, double signP,
    boolean smallN, List<Exclusion> exclusions, String method) {

  /** Copies the list. */
  public PairedTest {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(convention, "convention");
    exclusions = List.copyOf(exclusions);
  }
}
