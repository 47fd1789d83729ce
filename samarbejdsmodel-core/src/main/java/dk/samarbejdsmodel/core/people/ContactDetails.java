package dk.samarbejdsmodel.core.people;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kontaktoplysninger: phone, e-mail and address — personal data that never prints itself.
 *
 * <pre>{@code
 * ContactDetails c = ContactDetails.builder().phone("+45 12 34 56 78").email("a@b.dk").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ContactDetails {

  /** Telefon. */
  public abstract Optional<String> phone();

  /** E-mail. */
  public abstract Optional<String> email();

  /** Adresse. */
  public abstract Optional<String> address();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContactDetails}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableContactDetails.Builder {}

  /** Always {@code ContactDetails[***]}. */
  @Override
  public String toString() {
    return "ContactDetails[***]";
  }
}
