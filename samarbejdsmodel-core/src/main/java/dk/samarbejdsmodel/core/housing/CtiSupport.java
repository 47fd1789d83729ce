package dk.samarbejdsmodel.core.housing;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CTI-forløb: Critical Time Intervention for one young person — the worker, when housing was allocated, the
 * start, the phases and the end. Timing rules (start after housing, 9 months, phase order) are R-HOUSE-05.
 */
@Value.Immutable
public abstract class CtiSupport {

  /** CTI-medarbejder (person id). */
  public abstract String workerId();

  /** Bolig anvist / lejekontrakt underskrevet. */
  public abstract Optional<LocalDate> housingAllocatedAt();

  /** Start. */
  public abstract LocalDate start();

  /** Faserne, in the order run. */
  public abstract List<CtiPhasePeriod> phases();

  /** Slut. */
  public abstract Optional<LocalDate> end();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CtiSupport}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableCtiSupport.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("workerId", workerId());
    v.period("end", start(), end());
    v.throwIfAny("CtiSupport");
  }
}
