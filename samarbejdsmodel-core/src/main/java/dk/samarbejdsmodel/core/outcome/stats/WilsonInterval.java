package dk.samarbejdsmodel.core.outcome.stats;

/**
 * Wilson-interval: the Wilson score interval for a proportion {@code k / n} (Wilson 1927), the interval every
 * share in the SDK carries.
 *
 * <p>With z the standard normal quantile for the confidence level (1.959963984540054 for 95%) and p̂ = k/n:
 * {@code (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)}, clipped to [0, 1]. No continuity correction.
 * This is R's {@code prop.test(k, n, correct = FALSE)$conf.int} and SciPy's
 * {@code binomtest(k, n).proportion_ci(method="wilson")}; the reference table in the tests checks it.
 *
 * <pre>{@code
 * WilsonInterval.lower(44, 71);   // 0.5037…
 * WilsonInterval.upper(44, 71);   // 0.7236…
 * }</pre>
 */
public final class WilsonInterval {

  /** The 97.5% standard normal quantile (two-sided 95%). */
  public static final double Z95 = 1.959963984540054;

  private WilsonInterval() {}

  /** Lower bound of the 95% interval (NaN when n is 0). */
  public static double lower(long k, long n) {
    return bound(k, n, Z95, -1);
  }

  /** Upper bound of the 95% interval (NaN when n is 0). */
  public static double upper(long k, long n) {
    return bound(k, n, Z95, 1);
  }

  /** A bound for the normal quantile {@code z}; {@code sign} −1 for the lower, +1 for the upper bound. */
  public static double bound(long k, long n, double z, int sign) {
    if (n < 0 || k < 0 || k > n) {
      throw new IllegalArgumentException("an interval needs 0 <= k <= n");
    }
    if (n == 0) {
      return Double.NaN;
    }
    if (sign < 0 && k == 0) {
      return 0.0;
    }
    if (sign > 0 && k == n) {
      return 1.0;
    }
    double nn = n;
    double p = k / nn;
    double z2 = z * z;
    double centre = p + z2 / (2 * nn);
    double half = z * Math.sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    double b = (centre + Math.signum(sign) * half) / (1 + z2 / nn);
    return Math.max(0.0, Math.min(1.0, b));
  }
}
