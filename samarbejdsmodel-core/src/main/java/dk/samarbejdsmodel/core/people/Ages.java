package dk.samarbejdsmodel.core.people;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * Aldersberegning: age arithmetic for the model's milestones (15, 16, 17½, 18, 18½, 23 …).
 *
 * <p>The rule for 29 February: a milestone that falls on a 29 February in a year without one is reached on
 * 1 March (the day after 28 February), so a young person born on 29 February 2008 turns 18 on 1 March 2026.
 * Half-year milestones count months from the birth date: 18 years 6 months after 31 August is 28 February
 * (or 29 February in a leap year) — {@code LocalDate.plusMonths} clamps to the month's last day.
 */
public final class Ages {

  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  private Ages() {}

  /** The date a person born on {@code birthDate} reaches {@code age}. */
  public static LocalDate dateAtAge(LocalDate birthDate, Period age) {
    LocalDate d = birthDate.plus(age);
    if (MonthDay.from(birthDate).equals(LEAP_DAY) && age.getMonths() == 0 && age.getDays() == 0
        && !d.isLeapYear()) {
      return d.plusDays(1);
    }
    return d;
  }

  /** Whole years of age on {@code date}. */
  public static int ageOn(LocalDate birthDate, LocalDate date) {
    int years = Period.between(birthDate, date).getYears();
    if (years > 0 && dateAtAge(birthDate, Period.ofYears(years)).isAfter(date)) {
      years--;
    }
    return years;
  }
}
