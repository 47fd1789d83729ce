package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.Violations;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Svar: the score on one dimension, or "not assessed" (ikke vurderet) when the value is empty.
 *
 * <pre>{@code
 * Answer.of("CRIME", 5);
 * Answer.notAssessed("SUBSTANCE_USE");
 * }</pre>
 */
@Value.Immutable
public abstract class Answer {

  /** The dimension code. */
  @Value.Parameter
  public abstract String dimension();

  /** The score; empty means not assessed. */
  @Value.Parameter
  public abstract OptionalInt value();

  /** An assessed answer. */
  public static Answer of(String dimension, int value) {
    return ImmutableAnswer.of(dimension, OptionalInt.of(value));
  }

  /** An answer marked "not assessed". */
  public static Answer notAssessed(String dimension) {
    return ImmutableAnswer.of(dimension, OptionalInt.empty());
  }

  /** True when the dimension was scored. */
  public boolean isAssessed() {
    return value().isPresent();
  }

  @Value.Check
  void check() {
    new Violations().notBlank("dimension", dimension()).throwIfAny("Answer");
  }
}
