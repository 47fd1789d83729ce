package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Uddannelsesstatus: whether the young person is in education, and which type.
 *
 * <pre>{@code
 * EducationStatus.inEducation(EducationType.GRADE_10);
 * EducationStatus.notInEducation();
 * }</pre>
 */
@Value.Immutable
public abstract class EducationStatus {

  /** I uddannelse. */
  @Value.Parameter
  public abstract boolean inEducation();

  /** Uddannelsestype, only when in education (may be unknown). */
  @Value.Parameter
  public abstract Optional<EducationType> type();

  /** In education of a type. */
  public static EducationStatus inEducation(EducationType type) {
    return ImmutableEducationStatus.of(true, Optional.of(type));
  }

  /** In education of an unrecorded type. */
  public static EducationStatus inEducationUnknownType() {
    return ImmutableEducationStatus.of(true, Optional.empty());
  }

  /** Not in education. */
  public static EducationStatus notInEducation() {
    return ImmutableEducationStatus.of(false, Optional.empty());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!inEducation() && type().isPresent()) {
      v.add("type", StructuralCode.INCONSISTENT, "a type is given but the young person is not in education");
    }
    v.throwIfAny("EducationStatus");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EducationStatus}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableEducationStatus.Builder {}
}
