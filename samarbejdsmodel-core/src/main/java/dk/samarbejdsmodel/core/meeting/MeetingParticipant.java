package dk.samarbejdsmodel.core.meeting;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import org.immutables.value.Value;

/** Mødedeltager: a person invited to a meeting, whether they attended, and whether they took active part. */
@Value.Immutable
public abstract class MeetingParticipant {

  /** Person id. */
  @Value.Parameter
  public abstract String personId();

  /** Rolle at the meeting. */
  @Value.Parameter
  public abstract ParticipantRole role();

  /** Deltog. */
  @Value.Parameter
  public abstract boolean attended();

  /** Deltog aktivt. */
  @Value.Parameter
  public abstract boolean active();

  /** A participant. */
  public static MeetingParticipant of(String personId, ParticipantRole role, boolean attended, boolean active) {
    return ImmutableMeetingParticipant.of(personId, role, attended, active);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("personId", personId());
    if (active() && !attended()) {
      v.add("active", StructuralCode.INCONSISTENT, "active participation requires attendance");
    }
    v.throwIfAny("MeetingParticipant");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingParticipant}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableMeetingParticipant.Builder {}
}
