package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import org.immutables.value.Value;

/**
 * Dimension: one scored item or area of an instrument, with its scale and polarity.
 *
 * <pre>{@code
 * Dimension crime = Dimension.builder().code("CRIME").labelDa("Kriminalitet").labelEn("Crime")
 *     .scaleMin(1).scaleMax(5).polarity(Polarity.HIGHER_IS_BETTER).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Dimension {

  /** Kode (UPPER_SNAKE or namespace:CODE); for the dialogue form a {@link LifeArea} code. */
  public abstract String code();

  /** Dansk betegnelse. */
  public abstract String labelDa();

  /** English label. */
  public abstract String labelEn();

  /** Laveste værdi. */
  public abstract int scaleMin();

  /** Højeste værdi. */
  public abstract int scaleMax();

  /** Retning. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Dimension}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableDimension.Builder {}

  /** Whether a value lies on the scale. */
  public boolean accepts(int value) {
    return value >= scaleMin() && value <= scaleMax();
  }

  /**
   * The change from {@code first} to {@code latest} oriented so that a positive number is an improvement for
   * the young person, whatever the polarity.
   */
  public int improvement(int first, int latest) {
    return polarity() == Polarity.HIGHER_IS_BETTER ? latest - first : first - latest;
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!OpenCode.isValid(code())) {
      v.add("code", StructuralCode.INVALID_FORMAT, "UPPER_SNAKE or namespace:UPPER_SNAKE");
    }
    v.notBlank("labelDa", labelDa());
    v.notBlank("labelEn", labelEn());
    if (scaleMin() >= scaleMax()) {
      v.add("scaleMax", StructuralCode.INCONSISTENT, "scaleMax must be greater than scaleMin");
    }
    v.range("scaleMin", scaleMin(), -1000, 1000);
    v.range("scaleMax", scaleMax(), -1000, 1000);
    v.throwIfAny("Dimension");
  }
}
