package dk.samarbejdsmodel.core.outcome.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Afrunding: the rounding rules the published evaluations print with — whole percent and means to one decimal,
 * both half-up — applied only when rendering; results keep full precision.
 *
 * <pre>{@code
 * Rounding.percent(44, 71);                      // 62
 * Rounding.oneDecimal(3.25, Labels.DANISH);      // "3,3"
 * }</pre>
 */
public final class Rounding {

  private Rounding() {}

  /** {@code count / n} as a whole percent, half-up, computed exactly; {@code n} must be positive. */
  public static int percent(long count, long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive");
    }
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).intValueExact();
  }

  /** {@code sum / n} rounded half-up to one decimal, computed exactly. */
  public static BigDecimal oneDecimal(long sum, long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive");
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
  }

  /** A value rounded half-up to {@code decimals} places (the decimal expansion of the double is used). */
  public static BigDecimal round(double value, int decimals) {
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** A number printed with the locale's decimal separator ("3,9" in Danish, "3.9" in English). */
  public static String format(BigDecimal value, Locale locale) {
    DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
    f.setMinimumFractionDigits(value.scale() < 0 ? 0 : value.scale());
    f.setMaximumFractionDigits(value.scale() < 0 ? 0 : value.scale());
    f.setGroupingUsed(false);
    return f.format(value);
  }

  /** A value rounded half-up to one decimal and printed for the locale. */
  public static String oneDecimal(double value, Locale locale) {
    return format(round(value, 1), locale);
  }
}
