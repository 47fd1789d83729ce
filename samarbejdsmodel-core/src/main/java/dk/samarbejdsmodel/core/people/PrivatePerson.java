package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Privat person: someone from the young person's private network (parent, sibling, friend, the young
 * person's adult). Name, relation and contact details are hidden in {@code toString()}.
 *
 * <pre>{@code
 * PrivatePerson mum = PrivatePerson.builder().id("pp-mor").role(ParticipantRole.PARENT_WITH_CUSTODY)
 *     .custodyHolder(true).relation("mor").build();
 * }</pre>
 */
@Value.Immutable
public abstract class PrivatePerson {

  /** Id. */
  public abstract String id();

  /** Rolle, normally {@code PARENT_WITH_CUSTODY}, {@code YOUNG_PERSONS_ADULT} or {@code PRIVATE_OTHER}. */
  public abstract ParticipantRole role();

  /** Forældremyndighedsindehaver: holds custody of the young person (matters for consent under 18). */
  @Value.Default
  public boolean custodyHolder() {
    return false;
  }

  /** Relation to the young person in words, e.g. "moster". */
  @Value.Redacted
  public abstract Optional<String> relation();

  /** Navn (personal data). */
  @Value.Redacted
  public abstract Optional<PersonName> name();

  /** Kontaktoplysninger (personal data). */
  @Value.Redacted
  public abstract Optional<ContactDetails> contact();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PrivatePerson}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutablePrivatePerson.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.throwIfAny("PrivatePerson");
  }
}
