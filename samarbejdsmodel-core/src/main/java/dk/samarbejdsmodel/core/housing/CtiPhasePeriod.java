package dk.samarbejdsmodel.core.housing;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A CTI phase and when it ran. */
@Value.Immutable
public abstract class CtiPhasePeriod {

  /** Fase. */
  @Value.Parameter
  public abstract CtiPhase phase();

  /** Start. */
  @Value.Parameter
  public abstract LocalDate start();

  /** Slut. */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /** A phase still running. */
  public static CtiPhasePeriod started(CtiPhase phase, LocalDate start) {
    return ImmutableCtiPhasePeriod.of(phase, start, Optional.empty());
  }

  /** A completed phase. */
  public static CtiPhasePeriod completed(CtiPhase phase, LocalDate start, LocalDate end) {
    return ImmutableCtiPhasePeriod.of(phase, start, Optional.of(end));
  }

  @Value.Check
  void check() {
    new Violations().period("end", start(), end()).throwIfAny("CtiPhasePeriod");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CtiPhasePeriod}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableCtiPhasePeriod.Builder {}
}
