package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.CourseState;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The course aggregate: update operations return new courses and respect the lifecycle. */
class CourseTest {

  static final LocalDate D = StructuralValidationTest.D;

  @Test
  void updates_return_a_new_course_and_leave_the_old_one_unchanged() {
    Course c0 = StructuralValidationTest.course().build();
    Course c1 = c0.recordMeeting(StructuralValidationTest.network("m1", D.plusDays(5)));
    Course c2 = c1.reviseForm(StructuralValidationTest.form().meetingId("m1").updatedAt(D.plusDays(5)).build());
    assertNotSame(c0, c1);
    assertTrue(c0.meetings().isEmpty());
    assertEquals(CourseState.STARTING, c1.state(D.plusDays(6)));
    assertEquals(CourseState.ACTIVE, c2.state(D.plusDays(6)));
    assertEquals(CourseState.STARTING, c2.state(D.plusDays(4)));
    Course ended = c2.end(CourseEnd.builder().date(D.plusDays(30)).kind(EndKind.PLANNED).build());
    assertEquals(CourseState.ENDED, ended.state(D.plusDays(30)));
    assertEquals(CourseState.ACTIVE, ended.state(D.plusDays(29)));
  }

  @Test
  void a_network_meeting_after_the_end_is_refused_with_a_clear_error() {
    Course ended = StructuralValidationTest.course().build()
        .end(CourseEnd.builder().date(D.plusDays(10)).kind(EndKind.UNPLANNED).reason(EndReason.MOVED).build());
    CourseStateException e = assertThrows(CourseStateException.class,
        () -> ended.recordMeeting(StructuralValidationTest.network("m9", D.plusDays(11))));
    assertEquals(CourseStateException.Reason.AFTER_END, e.reason());
    assertEquals("the course ended on 2026-03-12; meeting m9 dated 2026-03-13 cannot be added", e.getMessage());
    assertEquals("forløbet sluttede 2026-03-12; meeting m9 dateret 2026-03-13 kan ikke tilføjes",
        e.message(Labels.DANISH));
    assertThrows(CourseStateException.class,
        () -> ended.end(CourseEnd.builder().date(D.plusDays(20)).kind(EndKind.PLANNED).build()));
    // a follow-up status registration after the end is allowed
    Course followUp = ended.registerStatus(StatusRegistration.builder().date(D.plusDays(90))
        .education(EducationStatus.notInEducation()).build());
    assertEquals(1, followUp.statusRegistrations().size());
  }

  @Test
  void the_end_cannot_precede_what_is_recorded() {
    Course c = StructuralValidationTest.course().build()
        .recordMeeting(StructuralValidationTest.network("m1", D.plusDays(20)));
    CourseStateException e = assertThrows(CourseStateException.class,
        () -> c.end(CourseEnd.builder().date(D.plusDays(10)).kind(EndKind.PLANNED).build()));
    assertEquals(CourseStateException.Reason.END_BEFORE_EVENT, e.reason());
  }

  @Test
  void a_new_coordinator_closes_the_current_assignment() {
    Course c = StructuralValidationTest.course()
        .addProfessionals(Professional.builder().id("p2").role(ParticipantRole.COORDINATOR).build()).build()
        .assignCoordinator("p2", D.plusDays(100));
    assertEquals(2, c.coordinatorAssignments().size());
    assertEquals("p1", c.coordinatorOn(D.plusDays(99)).orElseThrow().coordinatorId());
    assertEquals("p2", c.coordinatorOn(D.plusDays(100)).orElseThrow().coordinatorId());
    assertThrows(CourseStateException.class, () -> c.assignCoordinator("p1", D.plusDays(50)));
  }

  @Test
  void withdrawal_keeps_the_consent_and_its_history() {
    Course c = StructuralValidationTest.course().addConsents(StructuralValidationTest.consent().build()).build();
    Course w = c.withdrawConsent("k1", D.plusDays(40));
    assertEquals(1, w.consents().size());
    assertTrue(w.consents().get(0).isInForceOn(D.plusDays(39)));
    assertFalse(w.consents().get(0).isInForceOn(D.plusDays(40)));
    assertThrows(CourseStateException.class, () -> c.withdrawConsent("nope", D));
  }

  @Test
  void generated_courses_are_valid_deterministic_and_varied() {
    assertEquals(RandomCourses.course(99L), RandomCourses.course(99L));
    qt().withExamples(200).forAll(SamGen.courses()).checkAssert(c -> {
      assertEquals(c, Course.builder().from(c).build());
      assertTrue(c.coordinatorOn(c.startDate()).isPresent());
    });
    long ended = RandomCourses.courses(5L, 200).stream().filter(c -> c.end().isPresent()).count();
    assertTrue(ended > 20 && ended < 180, "ended: " + ended);
  }
}
