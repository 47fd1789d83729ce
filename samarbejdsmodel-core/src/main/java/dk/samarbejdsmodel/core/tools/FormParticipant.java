package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Deltager på skemaet: a person named on the goal-and-agreement form — the young person, the adult,
 * professionals and private-network persons — so the form can be shared on its own.
 */
@Value.Immutable
public abstract class FormParticipant {

  /** Person id (the same id as in the course). */
  public abstract String personId();

  /** Rolle. */
  public abstract ParticipantRole role();

  /** Organisation id, for professionals. */
  public abstract Optional<String> organisationId();

  /** Navn (personal data). */
  @Value.Redacted
  public abstract Optional<PersonName> name();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FormParticipant}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableFormParticipant.Builder {}

  @Value.Check
  void check() {
    new Violations().id("personId", personId()).throwIfAny("FormParticipant");
  }
}
