package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.ImmutableGoal;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Missing required fields and nulls handed to a builder are structural violations, all at once. */
class MissingFieldsTest {

  @Test
  void aBuilderMissingTwoFieldsReportsBoth() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> Goal.builder().id("g1").lifeArea(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT).build());
    assertEquals("Goal", e.type());
    assertEquals(List.of("description", "horizon"), e.violations().stream().map(Violation::path).toList());
    e.violations().forEach(v -> assertEquals(StructuralCode.REQUIRED, v.code()));
    assertEquals("skal udfyldes", e.violations().get(0).message(Locale.forLanguageTag("da")));
    assertEquals("Goal is structurally invalid (2 violations): description: is required; horizon: is required",
        e.getMessage());
  }

  @Test
  void anEmptyBuilderReportsEveryRequiredField() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> Goal.builder().build());
    assertEquals(List.of("id", "lifeArea", "description", "horizon"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void aNullHandedToABuilderIsARequiredViolationAtThatField() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> Goal.builder().description(null));
    assertEquals("Goal", e.type());
    assertEquals(List.of(Violation.of("description", StructuralCode.REQUIRED)), e.violations());

    StructuralViolationException element = assertThrows(StructuralViolationException.class,
        () -> Goal.builder().addStatusHistory((StatusChange<GoalStatus>) null));
    assertEquals("statusHistory[]", element.violations().get(0).path());

    ImmutableGoal goal = ImmutableGoal.builder().id("g1").lifeArea(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT).description("Starte på HF")
        .horizon(GoalHorizon.SHORT)
        .addStatusHistory(StatusChange.of(LocalDate.of(2025, 1, 1), GoalStatus.ACTIVE)).build();
    StructuralViolationException with = assertThrows(StructuralViolationException.class,
        () -> goal.withDescription(null));
    assertEquals("Goal", with.type());
    assertEquals("description", with.violations().get(0).path());
  }

  @Test
  void theMessageNamesFieldsOnlyNeverValues() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> Professional.builder().id("150808-4123").build());
    assertEquals("Professional", e.type());
    assertFalse(e.getMessage().contains("150808"));
  }
}
