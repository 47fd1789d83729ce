package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import org.immutables.value.Value;

/** En person på netværksoverblikket: a person and their role. */
@Value.Immutable
public abstract class NetworkOverviewEntry {

  /** Person id. */
  @Value.Parameter
  public abstract String personId();

  /** Rolle. */
  @Value.Parameter
  public abstract ParticipantRole role();

  /** An entry. */
  public static NetworkOverviewEntry of(String personId, ParticipantRole role) {
    return ImmutableNetworkOverviewEntry.of(personId, role);
  }

  @Value.Check
  void check() {
    new Violations().id("personId", personId()).throwIfAny("NetworkOverviewEntry");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link NetworkOverviewEntry}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableNetworkOverviewEntry.Builder {}
}
