package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.samarbejdsmodel.core.people.Ages;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Age arithmetic for milestones, including 29 February and half years. */
class AgesTest {

  @Test
  void a_leap_day_birthday_is_reached_on_1_march_in_other_years() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertEquals(LocalDate.of(2026, 3, 1), Ages.dateAtAge(born, Period.ofYears(18)));
    assertEquals(LocalDate.of(2024, 2, 29), Ages.dateAtAge(born, Period.ofYears(16)));
    assertEquals(17, Ages.ageOn(born, LocalDate.of(2026, 2, 28)));
    assertEquals(18, Ages.ageOn(born, LocalDate.of(2026, 3, 1)));
  }

  @Test
  void eighteen_and_a_half_is_eighteen_years_six_months() {
    assertEquals(LocalDate.of(2027, 2, 28), Ages.dateAtAge(LocalDate.of(2008, 8, 31), Period.of(18, 6, 0)));
    assertEquals(LocalDate.of(2026, 11, 2), Ages.dateAtAge(LocalDate.of(2008, 5, 2), Period.of(18, 6, 0)));
  }

  @Test
  void age_turns_exactly_on_the_milestone_date() {
    qt().withExamples(1000).forAll(integers().between(0, 40_000), integers().between(0, 30))
        .checkAssert((days, years) -> {
          LocalDate born = LocalDate.of(1980, 1, 1).plusDays(days);
          LocalDate at = Ages.dateAtAge(born, Period.ofYears(years));
          assertEquals(years, Ages.ageOn(born, at));
          if (years > 0) {
            assertEquals(years - 1, Ages.ageOn(born, at.minusDays(1)));
          }
        });
  }
}
