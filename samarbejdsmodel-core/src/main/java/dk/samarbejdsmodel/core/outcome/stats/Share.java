package dk.samarbejdsmodel.core.outcome.stats;

import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;
import org.immutables.value.Value;

/**
 * Andel: {@code count} of {@code n}, with a 95% Wilson score interval (Apache Commons Statistics), the
 * exclusions and the method. Full precision in the data; {@link #text()} rounds half-up to whole percent.
 *
 * <pre>{@code
 * Share s = Share.of(44, 71, "in education at the latest registration");
 * s.text();            // "62%"
 * s.lower(); s.upper(); // 0.5034…, 0.7237…
 * }</pre>
 */
@Value.Immutable
public abstract class Share {

  /** Units with the property. */
  public abstract long count();

  /** The denominator (after exclusions). */
  public abstract long n();

  /** Units left out of {@link #n()}, by reason. */
  public abstract List<Exclusion> exclusions();

  /** How the share was computed (numerator, denominator, source). */
  public abstract String method();

  /** A share without exclusions. */
  public static Share of(long count, long n, String method) {
    return builder().count(count).n(n).method(method).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableShare.Builder {}

  /** {@code count / n} at full precision ({@code NaN} when n is 0). */
  @Value.Derived
  public double proportion() {
    return n() == 0 ? Double.NaN : (double) count() / n();
  }

  /** Lower bound of the 95% Wilson score interval ({@code NaN} when n is 0); computed on first use. */
  @Value.Lazy
  public double lower() {
    return n() == 0 ? Double.NaN : wilson().getLowerBound();
  }

  /** Upper bound of the 95% Wilson score interval ({@code NaN} when n is 0); computed on first use. */
  @Value.Lazy
  public double upper() {
    return n() == 0 ? Double.NaN : wilson().getUpperBound();
  }

  private Interval wilson() {
    return BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate((int) n(), (int) count(), 0.05);
  }

  /** Whole percent, half-up (an exact computation, no floating point). */
  public int percent() {
    return Rounding.percent(count(), n());
  }

  /** The share as printed: {@code "62%"}, or {@code "–"} when n is 0. */
  public String text() {
    return n() == 0 ? "–" : percent() + "%";
  }

  /** The share as a percentage with {@code decimals} decimals, half-up, e.g. {@code "51,5%"} (S1 prints one). */
  public String text(int decimals, Locale locale) {
    if (n() == 0) {
      return "–";
    }
    return Rounding.format(java.math.BigDecimal.valueOf(count()).multiply(java.math.BigDecimal.valueOf(100))
        .divide(java.math.BigDecimal.valueOf(n()), decimals, java.math.RoundingMode.HALF_UP), locale) + "%";
  }

  /** The interval as printed for the locale, e.g. {@code "50,3–72,4%"} in Danish. */
  public String intervalText(Locale locale) {
    return n() == 0 ? "–" : Rounding.oneDecimal(lower() * 100, locale) + "–"
        + Rounding.oneDecimal(upper() * 100, locale) + "%";
  }

  @Value.Check
  void check() {
    if (n() < 0 || count() < 0 || count() > n()) {
      throw new IllegalArgumentException("a share needs 0 <= count <= n");
    }
    if (n() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("n is too large for the interval computation");
    }
  }
}
