package dk.samarbejdsmodel.core.leadergroup;

import dk.samarbejdsmodel.core.people.PersonName;
import java.util.Optional;
import org.immutables.value.Value;

/** Medlem af ledergruppen: a leader representing an area. */
@Value.Immutable
public abstract class LeaderGroupMember {

  /** Område. */
  public abstract LeaderArea area();

  /** Organisation id. */
  public abstract Optional<String> organisationId();

  /** Navn (personal data). */
  @Value.Redacted
  public abstract Optional<PersonName> name();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LeaderGroupMember}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableLeaderGroupMember.Builder {}
}
