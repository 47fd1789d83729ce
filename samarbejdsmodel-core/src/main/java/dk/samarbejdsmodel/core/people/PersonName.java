package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.Violations;
import org.immutables.value.Value;

/**
 * Navn: a person's name — personal data that never prints itself.
 *
 * <pre>{@code
 * PersonName name = PersonName.of("Mads", "Jensen");
 * name.toString(); // "PersonName[***]"
 * }</pre>
 */
@Value.Immutable
public abstract class PersonName {

  /** Fornavn(e). */
  public abstract String givenName();

  /** Efternavn. */
  public abstract String familyName();

  /** A name from given and family name. */
  public static PersonName of(String givenName, String familyName) {
    return PersonName.builder().givenName(givenName).familyName(familyName).build();
  }

  /** Given and family name joined by a space. */
  public String fullName() {
    return (givenName() + " " + familyName()).trim();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (givenName().isBlank() && familyName().isBlank()) {
      v.add("", dk.samarbejdsmodel.core.StructuralCode.BLANK);
    }
    v.range("givenName.length", givenName().length(), 0, 200);
    v.range("familyName.length", familyName().length(), 0, 200);
    v.throwIfAny("PersonName");
  }

  /** Always {@code PersonName[***]}. */
  @Override
  public String toString() {
    return "PersonName[***]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PersonName}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutablePersonName.Builder {}
}
