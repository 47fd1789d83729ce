package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Samtykkeerklæring: informed consent from the young person and/or custody holders to exchange information
 * between the professionals working with the young person (S0 §2), scoped by parties, information categories
 * and period. Withdrawal is recorded, never deleted.
 *
 * <pre>{@code
 * Consent c = Consent.builder().id("c1")
 *     .addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, "yp-1"))
 *     .givenAt(LocalDate.of(2026, 1, 5)).validFrom(LocalDate.of(2026, 1, 5))
 *     .addParties(ConsentParty.organisation("org-jc"))
 *     .addCategories(InformationCategory.EDUCATION, InformationCategory.EMPLOYMENT)
 *     .purpose("Samarbejde om uddannelse og job").build();
 * Consent withdrawn = c.withdraw(LocalDate.of(2026, 6, 1));
 * }</pre>
 */
@Value.Immutable
public abstract class Consent {

  /** Id. */
  public abstract String id();

  /** Who signed. */
  public abstract List<Signatory> signatories();

  /** Givet. */
  public abstract LocalDate givenAt();

  /** Gyldig fra. */
  public abstract LocalDate validFrom();

  /** Gyldig til (inclusive); empty for no end. */
  public abstract Optional<LocalDate> validUntil();

  /** Tilbagekaldt: effective from this date; history is kept. */
  public abstract Optional<LocalDate> withdrawnAt();

  /** The parties information may be exchanged with. */
  public abstract List<ConsentParty> parties();

  /** The information categories covered. */
  public abstract Set<InformationCategory> categories();

  /** Formål (free text, hidden in {@code toString()}). */
  @Value.Redacted
  public abstract String purpose();

  /**
   * Registreret af: the id of the participant who recorded it (optional; for vendors' audit trails). An id, never
   * a name.
   */
  public abstract Optional<String> recordedBy();

  /** Registreret den: the date it was recorded (optional; for vendors' audit trails). */
  public abstract Optional<LocalDate> recordedAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Consent}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableConsent.Builder {}

  /** This consent withdrawn from a date; an earlier withdrawal stands, a later recorded one is brought forward. */
  public Consent withdraw(LocalDate date) {
    if (withdrawnAt().isPresent() && !withdrawnAt().get().isAfter(date)) {
      return this;
    }
    return ImmutableConsent.copyOf(this).withWithdrawnAt(date);
  }

  /**
   * The first day the consent can count: the later of the day it was given and its valid-from date. A consent
   * never covers days before it was given, even when its valid-from date is earlier.
   */
  public LocalDate inForceFrom() {
    return givenAt().isAfter(validFrom()) ? givenAt() : validFrom();
  }

  /**
   * Whether the consent is in force on a date — the SDK's one definition, which the consent evaluator uses too:
   * on or after {@link #inForceFrom()} (given and valid), on or before {@link #validUntil()}, and before the
   * withdrawal date (a withdrawal takes effect from its date).
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(inForceFrom())
        && validUntil().map(u -> !date.isAfter(u)).orElse(true)
        && withdrawnAt().map(w -> date.isBefore(w)).orElse(true);
  }

  /** Whether a kind of signatory signed. */
  public boolean signedBy(SignatoryKind kind) {
    return signatories().stream().anyMatch(s -> s.kind() == kind);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notEmpty("signatories", signatories());
    v.notEmpty("parties", parties());
    v.notEmpty("categories", categories());
    v.notBlank("purpose", purpose());
    v.period("validUntil", validFrom(), validUntil());
    if (withdrawnAt().isPresent() && withdrawnAt().get().isBefore(givenAt())) {
      v.add("withdrawnAt", StructuralCode.INCONSISTENT, "a consent cannot be withdrawn before it was given");
    }
    recordedBy().ifPresent(r -> v.id("recordedBy", r));
    v.throwIfAny("Consent");
  }
}
