package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.core.outcome.stats.Rounding;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Celle: one report cell — the full-precision value (a proportion 0–1, a mean, a count) and its rendered text
 * in Danish and English. A cell suppressed by the minimum cell size has no value.
 *
 * <pre>{@code
 * Cell c = Cell.percent(share);
 * c.value();                  // 0.6197…
 * c.text(Labels.DANISH);      // "62%"
 * }</pre>
 */
@Value.Immutable
public abstract class Cell {

  /** The full-precision value; empty for text cells and suppressed cells. */
  public abstract OptionalDouble value();

  /** Rendered in Danish. */
  public abstract String textDa();

  /** Rendered in English. */
  public abstract String textEn();

  /** Suppressed because a count is below the minimum cell size. */
  @Value.Default
  public boolean suppressed() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableCell.Builder {}

  /** The rendered text for the locale. */
  public String text(Locale locale) {
    return "da".equals(locale.getLanguage()) ? textDa() : textEn();
  }

  /** A text cell. */
  public static Cell text(Text t) {
    return builder().textDa(t.da()).textEn(t.en()).build();
  }

  /** A share's percentage (value = proportion; text whole percent, half-up). */
  public static Cell percent(Share s) {
    return builder().value(n(s) ? OptionalDouble.empty() : OptionalDouble.of(s.proportion())).textDa(s.text())
        .textEn(s.text()).build();
  }

  /** A share's 95% Wilson interval (value = lower bound). */
  public static Cell interval(Share s) {
    return builder().value(n(s) ? OptionalDouble.empty() : OptionalDouble.of(s.lower()))
        .textDa(s.intervalText(java.util.Locale.forLanguageTag("da"))).textEn(s.intervalText(Locale.ENGLISH)).build();
  }

  /** A mean (text to one decimal, half-up). */
  public static Cell mean(Mean m) {
    return builder().value(m.n() == 0 ? OptionalDouble.empty() : OptionalDouble.of(m.value()))
        .textDa(m.text(java.util.Locale.forLanguageTag("da"))).textEn(m.text(Locale.ENGLISH)).build();
  }

  /** A count. */
  public static Cell count(long count) {
    return builder().value(count).textDa(Long.toString(count)).textEn(Long.toString(count)).build();
  }

  /** A number with a fixed number of decimals. */
  public static Cell number(double value, int decimals) {
    return builder().value(value)
        .textDa(Rounding.format(Rounding.round(value, decimals), java.util.Locale.forLanguageTag("da")))
        .textEn(Rounding.format(Rounding.round(value, decimals), Locale.ENGLISH)).build();
  }

  /** A cell suppressed by the minimum cell size {@code k}. */
  public static Cell suppressed(int k) {
    return builder().textDa("<" + k).textEn("<" + k).suppressed(true).build();
  }

  private static boolean n(Share s) {
    return s.n() == 0;
  }
}
