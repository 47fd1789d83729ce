package dk.samarbejdsmodel.core.housing;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** ICM-forløb: Intensive Case Management — no time limit and no phases; starts after visitation. */
@Value.Immutable
public abstract class IcmSupport {

  /** ICM-medarbejder (person id). */
  public abstract String workerId();

  /** Visiteret. */
  public abstract LocalDate visitationAt();

  /** Start. */
  public abstract LocalDate start();

  /** Slut. */
  public abstract Optional<LocalDate> end();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link IcmSupport}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableIcmSupport.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("workerId", workerId());
    v.period("end", start(), end());
    v.throwIfAny("IcmSupport");
  }
}
