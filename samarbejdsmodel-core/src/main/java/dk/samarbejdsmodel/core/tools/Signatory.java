package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import org.immutables.value.Value;

/** Underskriver: who signed a consent — the young person or a custody holder — by person id. */
@Value.Immutable
public abstract class Signatory {

  /** Young person or custody holder. */
  @Value.Parameter
  public abstract SignatoryKind kind();

  /** Person id. */
  @Value.Parameter
  public abstract String personId();

  /** A signatory. */
  public static Signatory of(SignatoryKind kind, String personId) {
    return ImmutableSignatory.of(kind, personId);
  }

  @Value.Check
  void check() {
    new Violations().id("personId", personId()).throwIfAny("Signatory");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Signatory}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableSignatory.Builder {}
}
