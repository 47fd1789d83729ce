package dk.samarbejdsmodel.json.tree;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept exactly: the {@code BigDecimal} holds every digit and the scale of the text it was read from
 * ({@code 1.50} stays {@code 1.50}, {@code 1E-400} stays {@code 1E-400}); an integer has scale 0 and is written
 * without a fraction. The one exception is a negative zero: {@code -0.0} is {@code 0.0} (a {@code BigDecimal} has no
 * sign on zero).
 *
 * @param value the number
 */
public record JsonNumber(BigDecimal value) implements JsonValue {

  /** A number. */
  public JsonNumber {
    Objects.requireNonNull(value, "value");
  }

  /** True when the number is written as an integer (scale 0). */
  public boolean isIntegral() {
    return value.scale() == 0;
  }

  /** Never the number (it may be personal data). */
  @Override
  public String toString() {
    return "JsonNumber[…]";
  }
}
