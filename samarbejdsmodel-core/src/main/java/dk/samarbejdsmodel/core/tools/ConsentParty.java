package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import org.immutables.value.Value;

/**
 * Part: an organisation or a named professional that a consent allows information to be exchanged with.
 *
 * <pre>{@code
 * ConsentParty.organisation("org-jc");
 * ConsentParty.professional("p-uu");
 * }</pre>
 */
@Value.Immutable
public abstract class ConsentParty {

  /** Organisation or professional. */
  @Value.Parameter
  public abstract PartyKind kind();

  /** The organisation id or professional id. */
  @Value.Parameter
  public abstract String id();

  /** An organisation party. */
  public static ConsentParty organisation(String organisationId) {
    return ImmutableConsentParty.of(PartyKind.ORGANISATION, organisationId);
  }

  /** A named professional. */
  public static ConsentParty professional(String professionalId) {
    return ImmutableConsentParty.of(PartyKind.PROFESSIONAL, professionalId);
  }

  @Value.Check
  void check() {
    new Violations().id("id", id()).throwIfAny("ConsentParty");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ConsentParty}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableConsentParty.Builder {}
}
