package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Tilbageholdt oplysning: an item left out of a sharing view, where it is and why. The path uses ids, never
 * content: {@code goals[g2]}, {@code agreements[a1]}, {@code youngPerson.cpr}, {@code statusRegistrations[3].housing}.
 *
 * <pre>{@code
 * for (Withheld w : SharingView.course(course, recipient, date).withheld()) {
 *   System.out.println(w.path() + " " + w.reason() + " " + w.categories() + " " + w.consentReason());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Withheld {

  /** Where in the course or form. */
  public abstract String path();

  /** Why. */
  public abstract WithheldReason reason();

  /** The information categories of the item (empty for identifiers and unclassified items). */
  public abstract Set<InformationCategory> categories();

  /** For {@link WithheldReason#NOT_COVERED_BY_CONSENT}: why consent did not cover the first denied category. */
  public abstract Optional<ConsentReason> consentReason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Withheld}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableWithheld.Builder {}

  /** An item withheld for a reason other than consent. */
  public static Withheld of(String path, WithheldReason reason) {
    return builder().path(path).reason(reason).build();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.notBlank("path", path());
    if (dk.samarbejdsmodel.core.Redaction.containsCprLike(path())) {
      v.add("path", dk.samarbejdsmodel.core.StructuralCode.INVALID_FORMAT, "a path of ids, never a CPR number");
    }
    if (reason() == WithheldReason.NOT_COVERED_BY_CONSENT && consentReason().isEmpty()) {
      v.add("consentReason", dk.samarbejdsmodel.core.StructuralCode.REQUIRED);
    }
    v.throwIfAny("Withheld");
  }
}
