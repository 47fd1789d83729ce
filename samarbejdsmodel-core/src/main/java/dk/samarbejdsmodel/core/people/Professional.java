package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Fagperson: a professional working with the young person (caseworker, UU counsellor, job centre consultant,
 * coordinator …). Name and contact details are personal data, hidden in {@code toString()}.
 *
 * <pre>{@code
 * Professional uu = Professional.builder().id("p-uu").role(ParticipantRole.UU_COUNSELLOR)
 *     .organisationId("org-uu").name(PersonName.of("Lene", "Holm")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Professional {

  /** Id. */
  public abstract String id();

  /** Rolle. */
  public abstract ParticipantRole role();

  /** Organisation (an {@link Organisation} id). */
  public abstract Optional<String> organisationId();

  /** Stillingsbetegnelse, e.g. "koordinator" or "myndighedskoordinator". */
  public abstract Optional<String> title();

  /** Myndighedskompetence: may take decisions on behalf of the authority (S4 coordinator requirement). */
  @Value.Default
  public boolean authorityCompetence() {
    return false;
  }

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

  /** Builder for {@link Professional}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableProfessional.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notBlank("title", title());
    v.throwIfAny("Professional");
  }
}
