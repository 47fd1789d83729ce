package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Samtykkeafgørelse: the answer to "may this recipient receive this information category about the young
 * person on this date?" — permitted or denied, the reason, and the consents relied on.
 *
 * <p>For a permission, {@link #reliedOn()} holds the consents that together carry it: one consent, or under 18
 * with the default policy possibly two (one signed by the young person, one by a custody holder). For a denial
 * it holds the consents that came closest to permitting (for example the withdrawn one), so a caseworker can
 * see which consent to renew; it is empty when no consent names the recipient.
 *
 * <pre>{@code
 * ConsentDecision d = ConsentEvaluator.evaluate(course, Recipient.of(course, "p-uu"),
 *     InformationCategory.EDUCATION, LocalDate.of(2026, 3, 1));
 * if (d.permitted()) {
 *   send(d.reliedOnIds());   // record in the audit log which consents carried the disclosure
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ConsentDecision {

  /** Modtageren. */
  public abstract Recipient recipient();

  /** Oplysningskategorien. */
  public abstract InformationCategory category();

  /** Datoen for delingen. */
  public abstract LocalDate date();

  /** Begrundelsen. */
  public abstract ConsentReason reason();

  /** The consents relied on (permitted) or that came closest (denied). */
  public abstract List<Consent> reliedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ConsentDecision}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableConsentDecision.Builder {}

  /** Whether sharing is permitted. */
  public boolean permitted() {
    return reason() == ConsentReason.PERMITTED;
  }

  /** The ids of the consents relied on. */
  public List<String> reliedOnIds() {
    return reliedOn().stream().map(Consent::id).collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (permitted() && reliedOn().isEmpty()) {
      v.add("reliedOn", StructuralCode.INCONSISTENT, "a permission relies on at least one consent");
    }
    v.throwIfAny("ConsentDecision");
  }
}
