package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Teammedlemskab: a person's membership of the young person's team, with role and period. */
@Value.Immutable
@SuppressWarnings("immutables:from") // the attribute "from" is a date; the builder's copy-from method is not needed
public abstract class TeamMembership {

  /** Person id (a professional, or a private person). */
  @Value.Parameter
  public abstract String personId();

  /** Rolle. */
  @Value.Parameter
  public abstract ParticipantRole role();

  /** Fra. */
  @Value.Parameter
  public abstract LocalDate from();

  /** Til og med; empty while current. */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /** An open-ended membership. */
  public static TeamMembership of(String personId, ParticipantRole role, LocalDate from) {
    return ImmutableTeamMembership.of(personId, role, from, Optional.empty());
  }

  /** Whether the membership covers a date. */
  public boolean covers(LocalDate date) {
    return !from().isAfter(date) && until().map(u -> !u.isBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    new Violations().id("personId", personId()).period("until", from(), until()).throwIfAny("TeamMembership");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TeamMembership}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableTeamMembership.Builder {}
}
