package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.CourseState;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.StartUpStep;
import dk.samarbejdsmodel.core.course.StartUpStepRecord;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** STARTING → ACTIVE → ENDED, the refused updates, and the start-up report. */
class CourseLifecycleTest {

  /** The state by the definition in docs/domain.md §5, computed independently of {@link Course#state}. */
  static CourseState expectedState(Course c, LocalDate d) {
    if (c.end().isPresent() && !c.end().get().date().isAfter(d)) {
      return CourseState.ENDED;
    }
    boolean meeting = c.meetings().stream().anyMatch(m -> m.kind() == MeetingKind.NETWORK && !m.date().isAfter(d));
    boolean form = c.formRevisions().stream().anyMatch(f -> !f.updatedAt().isAfter(d));
    return meeting && form ? CourseState.ACTIVE : CourseState.STARTING;
  }

  static Course starting() {
    return ImmutableCourse.copyOf(Fixtures.aftercare()).withFormRevisions(List.of()).withMeetings(List.of())
        .withResponses(List.of());
  }

  @Test
  void the_transition_table_leads_forward_only() {
    assertTrue(CourseLifecycle.allowed(CourseState.STARTING, CourseState.ACTIVE));
    assertTrue(CourseLifecycle.allowed(CourseState.STARTING, CourseState.ENDED));
    assertTrue(CourseLifecycle.allowed(CourseState.ACTIVE, CourseState.ENDED));
    assertFalse(CourseLifecycle.allowed(CourseState.ACTIVE, CourseState.STARTING));
    assertFalse(CourseLifecycle.allowed(CourseState.ENDED, CourseState.ACTIVE));
    assertFalse(CourseLifecycle.allowed(CourseState.ENDED, CourseState.ENDED));
    CourseStateException e = assertThrows(CourseStateException.class,
        () -> CourseLifecycle.requireAllowed(CourseState.ENDED, CourseState.ACTIVE));
    assertEquals(CourseStateException.Reason.ILLEGAL_TRANSITION, e.reason());
    assertEquals("a course cannot go from ENDED to ACTIVE", e.getMessage());
    assertEquals("et forløb kan ikke gå fra ENDED til ACTIVE", e.message(Labels.DANISH));
  }

  @Test
  void the_history_dates_each_state() {
    Course c = Fixtures.aftercare().end(CourseEnd.builder().date(LocalDate.of(2026, 5, 15)).kind(EndKind.PLANNED)
        .reason(EndReason.GOALS_ACHIEVED).build());
    assertEquals(List.of(StateChange.of(CourseState.STARTING, Fixtures.START),
        StateChange.of(CourseState.ACTIVE, Fixtures.MEETINGS.get(0)),
        StateChange.of(CourseState.ENDED, LocalDate.of(2026, 5, 15))), CourseLifecycle.history(c));
    assertEquals(CourseState.STARTING, c.state(Fixtures.MEETINGS.get(0).minusDays(1)));
    assertEquals(CourseState.ACTIVE, c.state(Fixtures.MEETINGS.get(0)));
    assertEquals(CourseState.ENDED, c.state(LocalDate.of(2026, 5, 15)));
    assertEquals(List.of(StateChange.of(CourseState.STARTING, Fixtures.START)), CourseLifecycle.history(starting()));
  }

  @Test
  void a_planned_end_needs_an_active_course_and_an_unplanned_one_does_not() {
    CourseStateException e = assertThrows(CourseStateException.class, () -> starting().end(
        CourseEnd.builder().date(LocalDate.of(2025, 6, 1)).kind(EndKind.PLANNED).build()));
    assertEquals(CourseStateException.Reason.PLANNED_END_NOT_ACTIVE, e.reason());
    assertEquals("a planned end on 2025-06-01 needs an active course, but the course is STARTING then",
        e.getMessage());
    Course declined = starting().end(CourseEnd.builder().date(LocalDate.of(2025, 6, 1)).kind(EndKind.UNPLANNED)
        .reason(EndReason.DECLINED).build());
    assertEquals(CourseState.ENDED, declined.state(LocalDate.of(2025, 6, 1)));
  }

  @Test
  void nothing_is_recorded_before_the_start_and_no_meeting_after_the_end() {
    CourseStateException before = assertThrows(CourseStateException.class,
        () -> starting().recordMeeting(Fixtures.network(1, Fixtures.START.minusDays(1), Fixtures.START.plusDays(60))));
    assertEquals(CourseStateException.Reason.BEFORE_START, before.reason());
    assertEquals("the course starts on 2025-05-01; meeting m1 dated 2025-04-30 cannot be added", before.getMessage());
    assertThrows(CourseStateException.class, () -> starting().reviseForm(
        dk.samarbejdsmodel.core.tools.ImmutableGoalAgreementForm.copyOf(Fixtures.form1())
            .withUpdatedAt(Fixtures.START.minusDays(2)).withMeetingId(Optional.empty())));
    assertThrows(CourseStateException.class, () -> starting().end(CourseEnd.builder()
        .date(Fixtures.START.minusDays(1)).kind(EndKind.UNPLANNED).reason(EndReason.MOVED).build()));
    Course ended = Fixtures.aftercare().end(CourseEnd.builder().date(Fixtures.D).kind(EndKind.PLANNED).build());
    CourseStateException after = assertThrows(CourseStateException.class,
        () -> ended.recordMeeting(Fixtures.network(9, Fixtures.D.plusDays(1), Fixtures.D.plusDays(60))));
    assertEquals(CourseStateException.Reason.AFTER_END, after.reason());
    assertThrows(CourseStateException.class,
        () -> ended.end(CourseEnd.builder().date(Fixtures.D.plusDays(3)).kind(EndKind.PLANNED).build()));
  }

  @Test
  void the_start_up_report_lists_done_next_and_missing_steps_in_the_recommended_order() {
    StartUpReport r = StartUpReport.of(Fixtures.aftercare(), Fixtures.D);
    assertEquals(List.of(StartUpStep.values()), r.steps().stream().map(StartUpStepState::step).toList());
    assertEquals(StepStatus.DONE, status(r, StartUpStep.COORDINATOR_APPOINTED));
    assertEquals(Optional.of("coordinatorAssignments[0]"), r.steps().get(0).evidence());
    assertEquals(StepStatus.NEXT, status(r, StartUpStep.INFORMED));
    assertEquals(StepStatus.DONE, status(r, StartUpStep.CONSENT));
    assertEquals(StepStatus.MISSING, status(r, StartUpStep.EXPECTATIONS_ALIGNED));
    assertEquals(StepStatus.DONE, status(r, StartUpStep.NETWORK_MAPPED));
    assertEquals(StepStatus.MISSING, status(r, StartUpStep.ADULT_CHOSEN));
    assertEquals(StepStatus.DONE, status(r, StartUpStep.TEAM_APPOINTED));
    assertEquals(StepStatus.MISSING, status(r, StartUpStep.NETWORK_OVERVIEW));
    assertEquals(StepStatus.DONE, status(r, StartUpStep.INITIAL_GOAL_DIALOGUE));
    assertEquals(Optional.of(StartUpStep.INFORMED), r.next());
    assertFalse(r.complete());

    Course recorded = Fixtures.aftercare(b -> b.addStartUpSteps(
        StartUpStepRecord.done(StartUpStep.INFORMED, Fixtures.START),
        StartUpStepRecord.done(StartUpStep.EXPECTATIONS_ALIGNED, Fixtures.START.plusDays(2)),
        StartUpStepRecord.declined(StartUpStep.ADULT_CHOSEN, Fixtures.START.plusDays(20))));
    StartUpReport r2 = StartUpReport.of(recorded, Fixtures.D);
    assertEquals(StepStatus.DECLINED, status(r2, StartUpStep.ADULT_CHOSEN));
    assertEquals(Optional.of(StartUpStep.NETWORK_OVERVIEW), r2.next());
    assertEquals(List.of(StartUpStep.NETWORK_OVERVIEW, StartUpStep.INTERVENTION_OVERVIEW), r2.outstanding());
    // on the start date only the coordinator is appointed (and consent given)
    StartUpReport first = StartUpReport.of(recorded, Fixtures.START);
    assertEquals(StepStatus.DONE, status(first, StartUpStep.CONSENT));
    assertEquals(StepStatus.NEXT, status(first, StartUpStep.EXPECTATIONS_ALIGNED));
    // MENTAL_HEALTH has no young person's adult
    StartUpReport mh = StartUpReport.of(Fixtures.aftercare(b -> b.programme(Programmes.MENTAL_HEALTH)), Fixtures.D);
    assertEquals(StepStatus.NOT_APPLICABLE, status(mh, StartUpStep.ADULT_CHOSEN));
  }

  static StepStatus status(StartUpReport r, StartUpStep step) {
    return r.steps().stream().filter(s -> s.step() == step).findFirst().orElseThrow().status();
  }
}
