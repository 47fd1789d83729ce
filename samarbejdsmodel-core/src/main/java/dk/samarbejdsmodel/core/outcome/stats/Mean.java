package dk.samarbejdsmodel.core.outcome.stats;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Gennemsnit: the mean of {@code n} integer scores, kept as the exact sum and n; rendered half-up to one decimal.
 *
 * <pre>{@code
 * Mean m = Mean.of(624, 160, "first response per young person");
 * m.value();                  // 3.9
 * m.text(Labels.DANISH);      // "3,9"
 * }</pre>
 */
@Value.Immutable
public abstract class Mean {

  /** Exact sum of the scores. */
  public abstract long sum();

  /** Number of scores. */
  public abstract long n();

  /** Units left out, by reason. */
  public abstract List<Exclusion> exclusions();

  /** How the mean was computed. */
  public abstract String method();

  /** A mean without exclusions. */
  public static Mean of(long sum, long n, String method) {
    return builder().sum(sum).n(n).method(method).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableMean.Builder {}

  /** The mean at full precision ({@code NaN} when n is 0). */
  @Value.Derived
  public double value() {
    return n() == 0 ? Double.NaN : (double) sum() / n();
  }

  /** The mean as printed: half-up to one decimal with the locale's decimal separator, "–" when n is 0. */
  public String text(Locale locale) {
    return n() == 0 ? "–" : Rounding.format(Rounding.oneDecimal(sum(), n()), locale);
  }

  @Value.Check
  void check() {
    if (n() < 0) {
      throw new IllegalArgumentException("n is not negative");
    }
  }
}
