package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Netværksoverblik: the team and the mapped network with their roles, in one list; contact details live on the
 * persons themselves.
 */
@Value.Immutable
public abstract class NetworkOverview {

  /** Opdateret. */
  public abstract LocalDate updatedAt();

  /** The persons and their roles. */
  public abstract List<NetworkOverviewEntry> entries();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link NetworkOverview}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableNetworkOverview.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.uniqueIdsOf("entries", entries(), NetworkOverviewEntry::personId, "personId");
    v.throwIfAny("NetworkOverview");
  }
}
