package dk.samarbejdsmodel.core.outcome.stats;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Wilcoxons parrede rangtest: the Wilcoxon signed-rank test on paired differences, with the zero-difference
 * convention, the p-value method and the alternative chosen by the caller (O-15).
 *
 * <p>Absolute differences are ranked with mid-ranks for ties. Under {@link ZeroDifferences#WILCOX} the zero
 * differences are dropped before ranking; under {@link ZeroDifferences#PRATT} they are ranked with the others
 * and their ranks then left out. The statistic is W+ = the sum of the ranks of the positive differences
 * (R's {@code V}). Conditional on the ranks, every non-zero rank r carries a + or − sign with probability ½
 * under the null hypothesis, so W+ has exact mean Σr/2 and variance Σr²/4 over the non-zero ranks. This
 * variance is the usual {@code n(n+1)(2n+1)/24 − Σ(t³ − t)/48} when zeros are dropped, and under Pratt it
 * leaves the zeros out of the tie correction (Cureton 1967); SciPy 1.17 agrees, Apache Commons Statistics 1.2
 * does not (its variance under Pratt is too small by (z³ − z)/48).
 *
 * <p>{@link SignedRankMethod#EXACT} uses the exact null distribution of W+ (by convolution over the ranks, in
 * double precision: only sums of positive terms), for up to {@value #EXACT_LIMIT} non-zero differences whose
 * absolute values are untied; the two-sided p-value is {@code min(1, 2·min(P(W ≤ w), P(W ≥ w)))}, as in R and
 * SciPy. The normal approximation uses the exact mean and variance above, with or without a continuity
 * correction of ½. The default, {@link #DEFAULT}, is R's: {@link SignedRankMethod#AUTO}, zeros dropped,
 * two-sided.
 *
 * <pre>{@code
 * SignedRankTest.Result r = SignedRankTest.DEFAULT.test(new double[] {1, 2, -3, 4, 5, 0});
 * r.statistic();   // W+ = 12
 * r.pValue();
 * r.methodUsed();  // EXACT (5 non-zero differences, no ties) — the zero was dropped
 * }</pre>
 *
 * @param zeroDifferences how zero differences are handled
 * @param method how the p-value is computed
 * @param alternative the alternative hypothesis
 */
public record SignedRankTest(ZeroDifferences zeroDifferences, SignedRankMethod method, Alternative alternative) {

  /** R's {@code wilcox.test} defaults: zeros dropped, exact below 50 without ties or zeros, else corrected normal. */
  public static final SignedRankTest DEFAULT =
      new SignedRankTest(ZeroDifferences.WILCOX, SignedRankMethod.AUTO, Alternative.TWO_SIDED);

  /** Largest number of non-zero differences for the exact distribution. */
  public static final int EXACT_LIMIT = 1000;

  /** The non-zero count below which AUTO uses the exact distribution (R: 50). */
  public static final int AUTO_EXACT_BELOW = 50;

  /** Checks for nulls. */
  public SignedRankTest {
    Objects.requireNonNull(zeroDifferences, "zeroDifferences");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(alternative, "alternative");
  }

  /** A test with the given settings. */
  public static SignedRankTest of(ZeroDifferences zeros, SignedRankMethod method, Alternative alternative) {
    return new SignedRankTest(zeros, method, alternative);
  }

  /**
   * Resultat: the outcome of one test.
   *
   * @param statistic W+, the sum of the ranks of the positive differences (NaN without non-zero differences)
   * @param nonZero non-zero differences
   * @param zeros zero differences
   * @param mean the null mean of W+ (Σr/2)
   * @param variance the null variance of W+ (Σr²/4)
   * @param z the normal deviate used (NaN for the exact method)
   * @param pValue the p-value (NaN without non-zero differences)
   * @param methodUsed EXACT, NORMAL or NORMAL_CORRECTED
   * @param ties whether some non-zero absolute differences are tied
   */
  public record Result(double statistic, long nonZero, long zeros, double mean, double variance, double z,
      double pValue, SignedRankMethod methodUsed, boolean ties) {}

  /** The test on differences (NaN differences are not allowed). */
  public Result test(double[] differences) {
    TreeMap<Double, long[]> byAbs = new TreeMap<>();
    long zeros = 0;
    for (double d : differences) {
      if (Double.isNaN(d)) {
        throw new IllegalArgumentException("a difference is NaN");
      }
      if (d == 0) {
        zeros++;
      } else {
        byAbs.computeIfAbsent(Math.abs(d), k -> new long[2])[d > 0 ? 0 : 1]++;
      }
    }
    return test(byAbs, zeros);
  }

  /** The test on a histogram of integer differences (difference → how many pairs), as tallies hold them. */
  public Result test(Map<Integer, Long> histogram) {
    TreeMap<Double, long[]> byAbs = new TreeMap<>();
    long zeros = 0;
    for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
      int d = e.getKey();
      long c = e.getValue();
      if (c < 0) {
        throw new IllegalArgumentException("a count is negative");
      }
      if (d == 0) {
        zeros += c;
      } else if (c > 0) {
        byAbs.computeIfAbsent((double) Math.abs((long) d), k -> new long[2])[d > 0 ? 0 : 1] += c;
      }
    }
    return test(byAbs, zeros);
  }

  private Result test(NavigableMap<Double, long[]> byAbs, long zeros) {
    // ranks: zeros first (under Pratt they occupy ranks 1..zeros), then tie groups in ascending order
    long next = zeroDifferences == ZeroDifferences.PRATT ? zeros : 0; // ranks used so far
    double w = 0;
    double sumR = 0;
    double sumR2 = 0;
    long nonZero = 0;
    boolean ties = false;
    for (long[] g : byAbs.values()) {
      long t = g[0] + g[1];
      double midrank = next + (t + 1) / 2.0;
      w += g[0] * midrank;
      sumR += t * midrank;
      sumR2 += t * midrank * midrank;
      next += t;
      nonZero += t;
      ties |= t > 1;
    }
    if (nonZero == 0) {
      return new Result(Double.NaN, 0, zeros, 0, 0, Double.NaN, Double.NaN, chosen(0, zeros, false), false);
    }
    double mean = sumR / 2;
    double variance = sumR2 / 4;
    SignedRankMethod used = chosen(nonZero, zeros, ties);
    if (used == SignedRankMethod.EXACT) {
      if (ties) {
        throw new IllegalArgumentException("the exact Wilcoxon distribution needs untied absolute differences; "
            + "use NORMAL or NORMAL_CORRECTED");
      }
      if (nonZero > EXACT_LIMIT) {
        throw new IllegalArgumentException("the exact Wilcoxon distribution is offered up to " + EXACT_LIMIT
            + " non-zero differences; use NORMAL or NORMAL_CORRECTED");
      }
      long offset = zeroDifferences == ZeroDifferences.PRATT ? zeros : 0;
      double p = exact((int) nonZero, offset, (long) w);
      return new Result(w, nonZero, zeros, mean, variance, Double.NaN, p, used, false);
    }
    double sd = Math.sqrt(variance);
    double diff = w - mean;
    double correction = 0;
    if (used == SignedRankMethod.NORMAL_CORRECTED) {
      correction = switch (alternative) {
        case TWO_SIDED -> 0.5 * Math.signum(diff);
        case GREATER -> 0.5;
        case LESS -> -0.5;
      };
    }
    double z = (diff - correction) / sd;
    double p = switch (alternative) {
      case GREATER -> upperNormal(z);
      case LESS -> upperNormal(-z);
      case TWO_SIDED -> Math.min(1.0, 2 * Math.min(upperNormal(z), upperNormal(-z)));
    };
    return new Result(w, nonZero, zeros, mean, variance, z, p, used, ties);
  }

  private SignedRankMethod chosen(long nonZero, long zeros, boolean ties) {
    if (method != SignedRankMethod.AUTO) {
      return method;
    }
    return nonZero < AUTO_EXACT_BELOW && !ties && zeros == 0 ? SignedRankMethod.EXACT
        : SignedRankMethod.NORMAL_CORRECTED;
  }

  /** P(Z ≥ z) for a standard normal Z, accurate in the far tail. */
  static double upperNormal(double z) {
    return 0.5 * Erfc.value(z / Math.sqrt(2));
  }

  /** The exact p-value of W+ = w for ranks offset+1 … offset+n, each signed with probability ½. */
  private double exact(int n, long offset, long w) {
    long total = 0;
    for (int i = 1; i <= n; i++) {
      total += offset + i;
    }
    double[] p = new double[(int) total + 1];
    p[0] = 1;
    long reach = 0;
    for (int i = 1; i <= n; i++) {
      int r = (int) (offset + i);
      reach += r;
      for (int s = (int) reach; s >= 0; s--) {
        p[s] = 0.5 * (p[s] + (s >= r ? p[s - r] : 0));
      }
    }
    double lower = 0; // P(W <= w)
    for (int s = 0; s <= w; s++) {
      lower += p[s];
    }
    double upper = 0; // P(W >= w)
    for (int s = (int) total; s >= w; s--) {
      upper += p[s];
    }
    return switch (alternative) {
      case GREATER -> Math.min(1.0, upper);
      case LESS -> Math.min(1.0, lower);
      case TWO_SIDED -> Math.min(1.0, 2 * Math.min(lower, upper));
    };
  }

  @Override
  public String toString() {
    return "SignedRankTest[" + zeroDifferences + ", " + method + ", " + alternative + "]";
  }
}
