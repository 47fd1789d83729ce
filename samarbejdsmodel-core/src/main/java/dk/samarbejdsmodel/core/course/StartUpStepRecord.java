package dk.samarbejdsmodel.core.course;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A start-up step recorded by hand — for the steps that leave no other trace (informed, expectations aligned,
 * adult offered and declined). Steps that leave a trace (consent, network card, team …) are derived.
 */
@Value.Immutable
public abstract class StartUpStepRecord {

  /** Trinnet. */
  @Value.Parameter
  public abstract StartUpStep step();

  /** Dato. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The young person declined (for {@code ADULT_CHOSEN}: offered but declined). */
  @Value.Parameter
  public abstract boolean declined();

  /** A step done on a date. */
  public static StartUpStepRecord done(StartUpStep step, LocalDate date) {
    return ImmutableStartUpStepRecord.of(step, date, false);
  }

  /** A step offered and declined on a date. */
  public static StartUpStepRecord declined(StartUpStep step, LocalDate date) {
    return ImmutableStartUpStepRecord.of(step, date, true);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StartUpStepRecord}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableStartUpStepRecord.Builder {}
}
