package dk.samarbejdsmodel.core.outcome.stats;

import java.util.List;
import java.util.Objects;

/**
 * Parret test: first versus latest response on one dimension — the Wilcoxon signed-rank test
 * ({@link SignedRankTest}, with its zero-difference convention, method and alternative declared) and the exact
 * sign test ({@link SignTest}, zeros dropped) (O-15).
 *
 * <pre>{@code
 * PairedTest t = Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.WILCOX).of(records).get("CRIME");
 * t.wilcoxonP(); t.signP(); t.smallN(); t.wilcoxon().methodUsed();
 * }</pre>
 *
 * @param dimension the dimension code
 * @param pairs pairs (young people with two assessed responses)
 * @param improved pairs with a positive (polarity-adjusted) difference
 * @param worsened pairs with a negative difference
 * @param zeros pairs with a zero difference
 * @param first mean of the first responses over the pairs
 * @param latest mean of the latest responses over the pairs
 * @param test the Wilcoxon test's settings (zero differences, method, alternative)
 * @param wilcoxon the Wilcoxon test's result
 * @param signP p-value of the exact sign test under the test's alternative, zeros dropped (NaN when no
 *     non-zero pairs)
 * @param smallN fewer than 20 non-zero pairs: interpret with care
 * @param exclusions pairs or courses left out, by reason
 * @param method the method text
 */
public record PairedTest(String dimension, long pairs, long improved, long worsened, long zeros, Mean first,
    Mean latest, SignedRankTest test, SignedRankTest.Result wilcoxon, double signP, boolean smallN,
    List<Exclusion> exclusions, String method) {

  /** Copies the list. */
  public PairedTest {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(wilcoxon, "wilcoxon");
    exclusions = List.copyOf(exclusions);
  }

  /** The zero-difference convention of the Wilcoxon test. */
  public ZeroDifferences convention() {
    return test.zeroDifferences();
  }

  /** The Wilcoxon W+ statistic (NaN when no non-zero pairs). */
  public double wilcoxonStatistic() {
    return wilcoxon.statistic();
  }

  /** The Wilcoxon p-value (NaN when no non-zero pairs). */
  public double wilcoxonP() {
    return wilcoxon.pValue();
  }
}
