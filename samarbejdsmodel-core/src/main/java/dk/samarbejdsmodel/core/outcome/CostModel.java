package dk.samarbejdsmodel.core.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Omkostningsmodel: S4's cost model (O-14) — hours per young person per year, course length, full-time
 * equivalents and caseload caps. The hourly rate is always an input: there is no default.
 *
 * <pre>{@code
 * CostModel sm = CostModel.samarbejdsmodellen();
 * sm.courseHours();                                  // 131 × 11.7 / 12 = 127.725
 * sm.coursesPerFullTimeCoordinator();                // 1 624 / 56 = 29.0
 * sm.costPerCourse(new BigDecimal("450"));           // the user's hourly rate in DKK
 * }</pre>
 */
@Value.Immutable
public abstract class CostModel {

  /** Default productive hours per full-time equivalent per year: 29 × 56 = 1 624, as S4 prints it. */
  public static final BigDecimal DEFAULT_PRODUCTIVE_HOURS = new BigDecimal("1624");

  /** Name of the model, e.g. "Samarbejdsmodellen". */
  public abstract String name();

  /** Hours per young person per year, all staff. */
  public abstract BigDecimal hoursPerYear();

  /** Of which the coordinator's (or the key worker's) hours per young person per year. */
  public abstract BigDecimal coordinatorHoursPerYear();

  /** Planned course length in months. */
  public abstract BigDecimal courseMonths();

  /** Productive hours per full-time equivalent per year. */
  @Value.Default
  public BigDecimal productiveHoursPerFte() {
    return DEFAULT_PRODUCTIVE_HOURS;
  }

  /** The caseload cap (young people per worker), when the model has one. */
  public abstract Optional<Integer> caseloadCap();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableCostModel.Builder {}

  /** S4: Samarbejdsmodellen, 131 hours a year of which 56 coordinator, 11.7 months, ~20 per coordinator. */
  public static CostModel samarbejdsmodellen() {
    return builder().name("Samarbejdsmodellen").hoursPerYear(new BigDecimal("131"))
        .coordinatorHoursPerYear(new BigDecimal("56")).courseMonths(new BigDecimal("11.7")).caseloadCap(20).build();
  }

  /** S4: Critical Time Intervention, 106 hours a year, 9 months, at most 10 per worker. */
  public static CostModel cti() {
    return builder().name("CTI").hoursPerYear(new BigDecimal("106")).coordinatorHoursPerYear(new BigDecimal("106"))
        .courseMonths(new BigDecimal("9")).caseloadCap(10).build();
  }

  /** S4: Intensive Case Management, 226 hours a year, 13 months, at most 8 per worker. */
  public static CostModel icm() {
    return builder().name("ICM").hoursPerYear(new BigDecimal("226")).coordinatorHoursPerYear(new BigDecimal("226"))
        .courseMonths(new BigDecimal("13")).caseloadCap(8).build();
  }

  /** Hours per course: annual hours × months / 12 (exact). */
  public BigDecimal courseHours() {
    return hoursPerYear().multiply(courseMonths()).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /** Full-time equivalents for {@code youngPeople} served for a year: hours / productive hours. */
  public BigDecimal fte(long youngPeople) {
    return hoursPerYear().multiply(BigDecimal.valueOf(youngPeople))
        .divide(productiveHoursPerFte(), 10, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Coordinator (key worker) full-time equivalents for {@code youngPeople}: coordinator hours / productive hours. */
  public BigDecimal coordinatorFte(long youngPeople) {
    return coordinatorHoursPerYear().multiply(BigDecimal.valueOf(youngPeople))
        .divide(productiveHoursPerFte(), 10, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Young people one full-time coordinator (key worker) can serve: productive hours / coordinator hours. */
  public BigDecimal coursesPerFullTimeCoordinator() {
    return productiveHoursPerFte().divide(coordinatorHoursPerYear(), 10, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Workers needed for {@code youngPeople} under the caseload cap (rounded up); empty without a cap. */
  public Optional<Long> workersNeeded(long youngPeople) {
    return caseloadCap().map(c -> (youngPeople + c - 1) / c);
  }

  /** Cost per young person per year at the user's hourly rate. */
  public BigDecimal costPerYear(BigDecimal hourlyRate) {
    return hoursPerYear().multiply(requireRate(hourlyRate));
  }

  /** Cost per course (course hours × the user's hourly rate). */
  public BigDecimal costPerCourse(BigDecimal hourlyRate) {
    return courseHours().multiply(requireRate(hourlyRate)).stripTrailingZeros();
  }

  private static BigDecimal requireRate(BigDecimal hourlyRate) {
    if (hourlyRate == null || hourlyRate.signum() <= 0) {
      throw new IllegalArgumentException("the hourly rate is a required, positive input (there is no default)");
    }
    return hourlyRate;
  }

  @Value.Check
  void check() {
    if (hoursPerYear().signum() <= 0 || coordinatorHoursPerYear().signum() <= 0 || courseMonths().signum() <= 0
        || productiveHoursPerFte().signum() <= 0) {
      throw new IllegalArgumentException("hours, months and productive hours are positive");
    }
    if (coordinatorHoursPerYear().compareTo(hoursPerYear()) > 0) {
      throw new IllegalArgumentException("coordinator hours are part of the hours per year");
    }
    caseloadCap().ifPresent(c -> {
      if (c < 1) {
        throw new IllegalArgumentException("a caseload cap is at least 1");
      }
    });
  }
}
