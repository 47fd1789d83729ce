package dk.samarbejdsmodel.core.rules;

import static dk.samarbejdsmodel.core.rules.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.ImmutableCoordinatorAssignment;
import dk.samarbejdsmodel.core.people.YoungPerson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What must happen next, and by when. */
class DueItemsTest {

  static List<String> summary(List<DueItem> items) {
    return items.stream().map(i -> i.dueDate() + " " + i.kind() + " " + i.ruleId()
        + (i.args().isEmpty() ? "" : " " + String.join(",", i.args()))).toList();
  }

  @Test
  void the_aftercare_course_lists_its_due_items_by_date() {
    assertEquals(List.of(
        "2026-06-29 NEXT_AGREED_MEETING R-MEET-05 m5",
        "2026-07-02 YOUTH_PLAN §5 16",
        "2026-07-06 MEETING_GAP R-MEET-04",
        "2026-07-06 DIALOGUE §4.4 DIALOGUE_FORM",
        "2026-09-01 AGREEMENT_DEADLINE R-GOAL-05 a1",
        "2026-10-01 AGREEMENT_DEADLINE R-GOAL-05 a2",
        "2027-10-02 FIXED_MEETING R-MEET-03 17½",
        "2027-10-02 CONTINUED_SUPPORT_DECISION §5 17½",
        "2027-10-02 ADULT_SERVICES R-COURSE-05 17½",
        "2028-10-02 FIXED_MEETING R-MEET-03 18½",
        "2033-04-01 ASSESSMENT_BEFORE_AGE R-COURSE-03 23",
        "2033-04-01 COURSE_END_BY_AGE R-COURSE-02 23",
        "2033-04-01 END_DIALOGUE_FORM §4.4 DIALOGUE_FORM"), summary(DueItems.of(Fixtures.aftercare(), D)));
  }

  @Test
  void consent_given_only_by_the_parents_makes_the_young_persons_own_consent_due_at_18() {
    Course c = Fixtures.aftercare(b -> b.consents(List.of(Fixtures.consent("k1", Fixtures.START, Fixtures.MOTHER))));
    assertTrue(summary(DueItems.of(c, D)).contains("2028-04-02 YOUNG_PERSONS_CONSENT R-CONSENT-02"));
    // a 29 February birthday turns 18 on 1 March in a year without 29 February
    Course leap = Fixtures.aftercare(b -> b.youngPerson(YoungPerson.builder().id("yp")
        .birthDate(LocalDate.of(2008, 2, 29)).build()).startDate(LocalDate.of(2023, 5, 1))
        .consents(List.of(Fixtures.consent("k1", Fixtures.START, Fixtures.MOTHER))));
    assertTrue(summary(DueItems.of(leap, LocalDate.of(2025, 12, 1)))
        .contains("2026-03-01 YOUNG_PERSONS_CONSENT R-CONSENT-02"));
    // a consent the young person signed covers the 18th birthday
    assertTrue(DueItems.of(Fixtures.aftercare(), D).stream()
        .noneMatch(i -> i.kind() == DueItemKind.YOUNG_PERSONS_CONSENT));
  }

  @Test
  void a_running_cti_course_ends_after_nine_months_with_a_follow_on_decision() {
    List<String> s = summary(DueItems.of(Fixtures.runningCti("c-cti"), D));
    assertTrue(s.contains("2026-10-10 CTI_END R-HOUSE-05 p-cti"), s::toString);
    assertTrue(s.contains("2026-10-10 FOLLOW_ON_DECISION R-HOUSE-08"), s::toString);
    assertTrue(s.contains("2026-09-01 FIXED_MEETING R-MEET-03 #4"), s::toString);
    assertTrue(s.contains("2026-11-16 ROLLING_MINIMUM R-MEET-03 3"), s::toString);
  }

  @Test
  void a_coordinator_assignment_ending_without_a_successor_is_due() {
    Course c = Fixtures.aftercare(b -> b.coordinatorAssignments(List.of(ImmutableCoordinatorAssignment.of(
        "p-koord", Fixtures.START, Optional.of(LocalDate.of(2026, 8, 31))))));
    assertTrue(summary(DueItems.of(c, D)).contains("2026-09-01 COORDINATOR R-COURSE-01 p-koord"));
  }

  @Test
  void an_ended_course_has_nothing_due() {
    Course c = Fixtures.aftercare().end(CourseEnd.builder().date(D).kind(EndKind.UNPLANNED)
        .reason(EndReason.MOVED).build());
    assertEquals(List.of(), DueItems.of(c, D));
    // the day before the end: the same items as the open course, except the fixed meetings after the end
    assertEquals(10, DueItems.of(c, D.minusDays(1)).size());
    assertTrue(DueItems.of(c, D.minusDays(1)).stream().noneMatch(i -> i.kind() == DueItemKind.FIXED_MEETING));
  }
}
