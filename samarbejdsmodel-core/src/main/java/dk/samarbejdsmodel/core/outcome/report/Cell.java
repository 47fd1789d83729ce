package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Text;

import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.core.outcome.stats.Rounding;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Celle: one report cell — its kind, the full-precision value (a proportion 0–1, a mean, a count, a p-value),
 * for shares the 95% Wilson interval as two numbers, and the rendered text in Danish and English. A cell
 * suppressed by the small-cell rule has no value and no bounds.
 *
 * <pre>{@code
 * Cell c = Cell.percent(share);
 * c.value();                  // 0.6197…
 * c.lower(); c.upper();       // 0.5037…, 0.7236…
 * c.text(Labels.DANISH);      // "62%"
 * }</pre>
 */
@Value.Immutable
public abstract class Cell {

  /** What a cell holds. */
  public enum Kind {
    /** Text only. */
    TEXT,
    /** A whole count. */
    COUNT,
    /** A share: value = proportion, lower/upper = its 95% Wilson interval. */
    PERCENT,
    /** A share's 95% Wilson interval only (lower/upper). */
    INTERVAL,
    /** A mean. */
    MEAN,
    /** A number (a statistic). */
    NUMBER,
    /** A p-value. */
    P_VALUE
  }

  private static final Locale DA = Locale.forLanguageTag("da");

  /** The kind. */
  @Value.Default
  public Kind kind() {
    return Kind.TEXT;
  }

  /** The full-precision value; empty for text, interval-only and suppressed cells. */
  public abstract OptionalDouble value();

  /** The lower bound of the 95% Wilson interval of a share. */
  public abstract OptionalDouble lower();

  /** The upper bound of the 95% Wilson interval of a share. */
  public abstract OptionalDouble upper();

  /** Rendered in Danish. */
  public abstract String textDa();

  /** Rendered in English. */
  public abstract String textEn();

  /** Suppressed by the small-cell rule. */
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
    return Labels.isDanish(locale) ? textDa() : textEn();
  }

  /** A text cell. */
  public static Cell text(Text t) {
    return builder().textDa(t.da()).textEn(t.en()).build();
  }

  /** A share's percentage (whole percent, half-up) carrying its proportion and Wilson bounds. */
  public static Cell percent(Share s) {
    return share(s, false);
  }

  /** A share's percentage with its interval in the text, e.g. {@code "62% (50,4–72,4)"}. */
  public static Cell percentWithInterval(Share s) {
    return share(s, true);
  }

  private static Cell share(Share s, boolean withInterval) {
    Builder b = builder().kind(Kind.PERCENT);
    if (s.n() == 0) {
      return b.textDa("–").textEn("–").build();
    }
    return b.value(s.proportion()).lower(s.lower()).upper(s.upper())
        .textDa(s.text() + (withInterval ? " (" + bounds(s, DA) + ")" : ""))
        .textEn(s.text() + (withInterval ? " (" + bounds(s, Locale.ENGLISH) + ")" : "")).build();
  }

  /** A share's 95% Wilson interval (lower and upper as numbers; text e.g. "50,4–72,4%"). */
  public static Cell interval(Share s) {
    Builder b = builder().kind(Kind.INTERVAL);
    if (s.n() == 0) {
      return b.textDa("–").textEn("–").build();
    }
    return b.lower(s.lower()).upper(s.upper()).textDa(s.intervalText(DA)).textEn(s.intervalText(Locale.ENGLISH))
        .build();
  }

  private static String bounds(Share s, Locale locale) {
    return Rounding.oneDecimal(s.lower() * 100, locale) + "–" + Rounding.oneDecimal(s.upper() * 100, locale);
  }

  /** A mean (text to one decimal, half-up). */
  public static Cell mean(Mean m) {
    return builder().kind(Kind.MEAN).value(m.n() == 0 ? OptionalDouble.empty() : OptionalDouble.of(m.value()))
        .textDa(m.text(DA)).textEn(m.text(Locale.ENGLISH)).build();
  }

  /** A count. */
  public static Cell count(long count) {
    return builder().kind(Kind.COUNT).value(count).textDa(Long.toString(count)).textEn(Long.toString(count)).build();
  }

  /** A number with a fixed number of decimals ("–" for NaN). */
  public static Cell number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return builder().kind(Kind.NUMBER).textDa("–").textEn("–").build();
    }
    return builder().kind(Kind.NUMBER).value(value)
        .textDa(Rounding.format(Rounding.round(value, decimals), DA))
        .textEn(Rounding.format(Rounding.round(value, decimals), Locale.ENGLISH)).build();
  }

  /** A p-value: three decimals, "&lt;0,001" below 0.001, "–" for NaN; the value keeps full precision. */
  public static Cell pValue(double p) {
    if (Double.isNaN(p)) {
      return builder().kind(Kind.P_VALUE).textDa("–").textEn("–").build();
    }
    String da = p < 0.001 ? "<0,001" : Rounding.format(Rounding.round(p, 3), DA);
    String en = p < 0.001 ? "<0.001" : Rounding.format(Rounding.round(p, 3), Locale.ENGLISH);
    return builder().kind(Kind.P_VALUE).value(p).textDa(da).textEn(en).build();
  }

  /** A cell of the given kind suppressed by the minimum cell size {@code k}. */
  public static Cell suppressed(Kind kind, int k) {
    return builder().kind(kind).textDa("<" + k).textEn("<" + k).suppressed(true).build();
  }

  /** A count cell suppressed by the minimum cell size {@code k}. */
  public static Cell suppressed(int k) {
    return suppressed(Kind.COUNT, k);
  }
}
