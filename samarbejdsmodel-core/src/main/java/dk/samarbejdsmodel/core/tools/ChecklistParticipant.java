package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Deltager på mødetjeklisten: a role at the meeting, whether it attended and whether it took active part
 * (S0 Table 6.2). Active implies attended.
 */
@Value.Immutable
public abstract class ChecklistParticipant {

  /** Rolle. */
  public abstract ParticipantRole role();

  /** The person, when known. */
  public abstract Optional<String> personId();

  /** Deltog. */
  public abstract boolean attended();

  /** Deltog aktivt. */
  public abstract boolean active();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ChecklistParticipant}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableChecklistParticipant.Builder {}

  /** A role that attended, actively or not. */
  public static ChecklistParticipant attended(ParticipantRole role, boolean active) {
    return builder().role(role).attended(true).active(active).build();
  }

  /** A role that was expected but did not attend. */
  public static ChecklistParticipant absent(ParticipantRole role) {
    return builder().role(role).attended(false).active(false).build();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (active() && !attended()) {
      v.add("active", StructuralCode.INCONSISTENT, "active participation requires attendance");
    }
    v.throwIfAny("ChecklistParticipant");
  }
}
