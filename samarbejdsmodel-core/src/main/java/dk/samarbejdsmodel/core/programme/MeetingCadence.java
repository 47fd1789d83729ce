package dk.samarbejdsmodel.core.programme;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Mødekadence: when a programme's fixed network meetings are due (R-MEET-03).
 *
 * <pre>{@code
 * new MeetingCadence.AgeMilestones(List.of(Period.ofYears(16), Period.of(17, 6, 0), Period.of(18, 6, 0)),
 *     Tolerance.standard());                                   // AFTERCARE
 * new MeetingCadence.PerYearUntilAge(4, 18, List.of(Period.of(18, 6, 0)), Tolerance.standard()); // MENTAL_HEALTH
 * new MeetingCadence.RollingWindow(3, Period.ofMonths(12), Tolerance.standard());                // HOMELESSNESS
 * }</pre>
 */
public sealed interface MeetingCadence {

  /** The tolerance window for due meetings. */
  Tolerance tolerance();

  /**
   * Fixed meetings at given ages (AFTERCARE: 16, 17½, 18½).
   *
   * @param ages the ages as periods from the birth date
   * @param tolerance the tolerance window
   */
  record AgeMilestones(List<Period> ages, Tolerance tolerance) implements MeetingCadence {
    /** Copies the list and checks it. */
    public AgeMilestones {
      ages = List.copyOf(ages);
      Objects.requireNonNull(tolerance, "tolerance");
      if (ages.isEmpty()) {
        throw new IllegalArgumentException("AgeMilestones needs at least one age");
      }
      checkAges("AgeMilestones", ages);
    }
  }

  /**
   * A number of meetings a year until an age, plus meetings at further ages (MENTAL_HEALTH: 4 a year until 18,
   * one at 18½).
   *
   * @param perYear meetings a year
   * @param untilAge the age (in years) at which the yearly cadence stops
   * @param extraAges further meetings at these ages
   * @param tolerance the tolerance window
   */
  record PerYearUntilAge(int perYear, int untilAge, List<Period> extraAges, Tolerance tolerance)
      implements MeetingCadence {
    /** Copies the list and checks the numbers. */
    public PerYearUntilAge {
      extraAges = List.copyOf(extraAges);
      Objects.requireNonNull(tolerance, "tolerance");
      if (perYear < 1 || perYear > 12 || untilAge < 1 || untilAge > 30) {
        throw new IllegalArgumentException("PerYearUntilAge needs 1–12 meetings a year and an age of 1–30");
      }
      checkAges("PerYearUntilAge", extraAges);
    }
  }

  /**
   * At least a number of meetings in every rolling window after the start (HOMELESSNESS: at least 3 a year).
   *
   * @param atLeast the minimum number of network meetings in each window
   * @param window the window length
   * @param tolerance the tolerance window
   */
  record RollingWindow(int atLeast, Period window, Tolerance tolerance) implements MeetingCadence {
    /** Checks the numbers. */
    public RollingWindow {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(tolerance, "tolerance");
      if (atLeast < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("RollingWindow needs at least one meeting in a positive window");
      }
    }
  }

  /** The oldest age a milestone may name, in years (the model's young people are 15–24; 30 as in untilAge). */
  int MAX_AGE_YEARS = 30;

  /**
   * Checks milestone ages: each a positive period (no negative part, not zero) of at most
   * {@value #MAX_AGE_YEARS} years, none given twice.
   */
  private static void checkAges(String cadence, List<Period> ages) {
    java.util.Set<Period> seen = new java.util.HashSet<>();
    for (Period age : ages) {
      Objects.requireNonNull(age, "age");
      if (age.isNegative() || age.isZero() || age.getDays() < 0 || age.getMonths() < 0
          || age.toTotalMonths() > 12L * MAX_AGE_YEARS || age.toTotalMonths() < 0) {
        throw new IllegalArgumentException(cadence + " needs ages that are positive periods of at most "
            + MAX_AGE_YEARS + " years");
      }
      if (!seen.add(age.normalized())) {
        throw new IllegalArgumentException(cadence + " names the same age twice");
      }
    }
  }
}
