package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Lovgrundlag: the legal basis of an intervention, as free text (e.g. "barnets lov § 32, stk. 1, nr. 3" for a contact person) with an
 * optional code from the vendor's catalogue.
 */
@Value.Immutable
public abstract class LegalBasis {

  /** The text, e.g. "barnets lov § 114" (ungestøtte) (free text, hidden in {@code toString()}). */
  @Value.Parameter
  @Value.Redacted
  public abstract String text();

  /** A code from a catalogue, e.g. a KL/FKK code. */
  @Value.Parameter
  public abstract Optional<String> code();

  /** A legal basis without a code. */
  public static LegalBasis of(String text) {
    return ImmutableLegalBasis.of(text, Optional.empty());
  }

  @Value.Check
  void check() {
    new Violations().notBlank("text", text()).throwIfAny("LegalBasis");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LegalBasis}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableLegalBasis.Builder {}
}
