package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** Indsatsoverblik: the interventions the young person already receives. */
@Value.Immutable
public abstract class InterventionOverview {

  /** Opdateret. */
  public abstract LocalDate updatedAt();

  /** Indsatserne. */
  public abstract List<Intervention> interventions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InterventionOverview}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableInterventionOverview.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.uniqueIds("interventions", interventions(), Intervention::id);
    v.throwIfAny("InterventionOverview");
  }
}
