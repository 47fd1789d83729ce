package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Modtager: who would receive information — an organisation, a named professional, or a named professional
 * in an organisation. A consent party of kind {@code ORGANISATION} covers every recipient in that
 * organisation; a party of kind {@code PROFESSIONAL} covers that professional only.
 *
 * <pre>{@code
 * Recipient jobcentre = Recipient.organisation("org-jc");
 * Recipient counsellor = Recipient.professional("p-uu", "org-uu");
 * Recipient fromCourse = Recipient.of(course, "p-uu");   // organisation looked up in the course
 * }</pre>
 */
@Value.Immutable
public abstract class Recipient {

  /** The organisation id, if known. */
  public abstract Optional<String> organisationId();

  /** The professional id, if the recipient is a named professional. */
  public abstract Optional<String> professionalId();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Recipient}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableRecipient.Builder {}

  /** An organisation as a whole. */
  public static Recipient organisation(String organisationId) {
    return builder().organisationId(organisationId).build();
  }

  /** A named professional in an organisation. */
  public static Recipient professional(String professionalId, String organisationId) {
    return builder().professionalId(professionalId).organisationId(organisationId).build();
  }

  /** A named professional whose organisation is not known (only professional parties cover them). */
  public static Recipient professional(String professionalId) {
    return builder().professionalId(professionalId).build();
  }

  /**
   * The course's professional as a recipient, with the organisation recorded for them in the course.
   *
   * @throws IllegalArgumentException if the course has no professional with the id
   */
  public static Recipient of(Course course, String professionalId) {
    Professional p = course.professional(professionalId).orElseThrow(() -> new IllegalArgumentException(
        "the course has no professional with the id given"));
    return builder().professionalId(p.id()).organisationId(p.organisationId()).build();
  }

  /** Whether a consent party names this recipient or the recipient's organisation. */
  public boolean isCoveredBy(ConsentParty party) {
    Optional<String> own = party.kind() == PartyKind.ORGANISATION ? organisationId() : professionalId();
    return own.isPresent() && own.get().equals(party.id());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    organisationId().ifPresent(o -> v.id("organisationId", o));
    professionalId().ifPresent(p -> v.id("professionalId", p));
    if (organisationId().isEmpty() && professionalId().isEmpty()) {
      v.add("", StructuralCode.REQUIRED);
    }
    v.throwIfAny("Recipient");
  }
}
