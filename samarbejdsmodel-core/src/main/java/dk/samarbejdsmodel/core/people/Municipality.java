package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import org.immutables.value.Value;

/**
 * Kommune: a Danish municipality, by its three-digit municipality code and name.
 *
 * <pre>{@code
 * Municipality aarhus = Municipality.of("751", "Aarhus");
 * }</pre>
 */
@Value.Immutable
public abstract class Municipality {

  /** Kommunenummer, three digits, e.g. {@code 751}. */
  @Value.Parameter
  public abstract String code();

  /** Navn. */
  @Value.Parameter
  public abstract String name();

  /** A municipality. */
  public static Municipality of(String code, String name) {
    return ImmutableMunicipality.of(code, name);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!code().matches("\\d{3}")) {
      v.add("code", StructuralCode.INVALID_FORMAT, "three digits");
    }
    v.notBlank("name", name());
    v.throwIfAny("Municipality");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Municipality}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableMunicipality.Builder {}
}
