package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Statusregistrering: the young person's education, employment and/or housing status on a date.
 *
 * <pre>{@code
 * StatusRegistration.builder().date(d).education(EducationStatus.inEducation(EducationType.VOCATIONAL))
 *     .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION).build();
 * }</pre>
 */
@Value.Immutable
public abstract class StatusRegistration {

  /** Dato. */
  public abstract LocalDate date();

  /** Uddannelse. */
  public abstract Optional<EducationStatus> education();

  /** Beskæftigelse. */
  public abstract Optional<EmploymentStatus> employment();

  /** Bolig. */
  public abstract Optional<HousingStatus> housing();

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

  /** Builder for {@link StatusRegistration}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableStatusRegistration.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (education().isEmpty() && employment().isEmpty() && housing().isEmpty()) {
      v.add("", StructuralCode.INCONSISTENT, "a registration holds education, employment or housing status");
    }
    recordedBy().ifPresent(r -> v.id("recordedBy", r));
    v.throwIfAny("StatusRegistration");
  }
}
