package dk.samarbejdsmodel.core.programme;

import dk.samarbejdsmodel.core.people.Ages;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mødekadence: when a programme's fixed network meetings are due (R-MEET-03). {@link #expand} is the one place
 * a cadence becomes due dates; the rules' {@code MeetingSchedule} and the fixed-meeting completion measure (O-11)
 * both use it (through {@code MeetingSchedule}).
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

  /** Bound on the number of meetings one expansion lists (a cadence of days over centuries stays finite). */
  int MAX_DUE_MEETINGS = 2000;

  /**
   * A fixed meeting the cadence asks for, before any matching.
   *
   * @param dueDate when it is due
   * @param label an age ({@code 16}, {@code 17½}) or {@code #n} for the n-th meeting of a yearly or rolling cadence
   * @param ageMilestone whether it is tied to an age
   */
  record ScheduledMeeting(LocalDate dueDate, String label, boolean ageMilestone) {
    /** Checks for nulls. */
    public ScheduledMeeting {
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * The cadence's due meetings for a young person born on {@code birthDate} whose course starts on
   * {@code start}, in the order the cadence defines them (not yet sorted or cut to the course):
   * age milestones on the date each age is reached ({@link Ages#dateAtAge}); a yearly cadence every 12/n months
   * from the start while before the age, then the extra ages; a rolling cadence every window/n from the start up
   * to {@code horizon}.
   *
   * @param horizon the last date a rolling cadence schedules (age-based cadences list all their meetings)
   */
  List<ScheduledMeeting> expand(LocalDate birthDate, LocalDate start, LocalDate horizon);

  /** The k-th step of {@code perPeriod} meetings in {@code months} months from the start. */
  private static LocalDate step(LocalDate start, int months, int perPeriod, int k) {
    if (months % perPeriod == 0) {
      return start.plusMonths((long) k * (months / perPeriod));
    }
    return start.plusDays(Math.round(k * months * 365.25 / 12.0 / perPeriod));
  }

  /** {@code 16}, {@code 17½}, or {@code 17y3m}. */
  private static String ageLabel(Period age) {
    int years = (int) age.toTotalMonths() / 12;
    int months = (int) age.toTotalMonths() % 12;
    if (months == 0) {
      return Integer.toString(years);
    }
    if (months == 6) {
      return years + "½";
    }
    return years + "y" + months + "m";
  }

  private static void addAges(List<ScheduledMeeting> out, LocalDate birthDate, List<Period> ages) {
    for (Period age : ages) {
      out.add(new ScheduledMeeting(Ages.dateAtAge(birthDate, age), ageLabel(age), true));
    }
  }

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
    }

    @Override
    public List<ScheduledMeeting> expand(LocalDate birthDate, LocalDate start, LocalDate horizon) {
      List<ScheduledMeeting> out = new ArrayList<>();
      addAges(out, birthDate, ages);
      return out;
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
    }

    @Override
    public List<ScheduledMeeting> expand(LocalDate birthDate, LocalDate start, LocalDate horizon) {
      List<ScheduledMeeting> out = new ArrayList<>();
      LocalDate until = Ages.dateAtAge(birthDate, Period.ofYears(untilAge));
      for (int k = 1; k <= MAX_DUE_MEETINGS; k++) {
        LocalDate due = step(start, 12, perYear, k);
        if (!due.isBefore(until)) {
          break;
        }
        out.add(new ScheduledMeeting(due, "#" + k, false));
      }
      addAges(out, birthDate, extraAges);
      return out;
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

    @Override
    public List<ScheduledMeeting> expand(LocalDate birthDate, LocalDate start, LocalDate horizon) {
      List<ScheduledMeeting> out = new ArrayList<>();
      int months = (int) window.toTotalMonths();
      for (int k = 1; k <= MAX_DUE_MEETINGS; k++) {
        LocalDate due = months > 0 ? step(start, months, atLeast, k)
            : start.plusDays((long) k * Math.max(1, window.getDays() / atLeast));
        if (due.isAfter(horizon)) {
          break;
        }
        out.add(new ScheduledMeeting(due, "#" + k, false));
      }
      return out;
    }
  }
}
