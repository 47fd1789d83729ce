package dk.samarbejdsmodel.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.DueMeetingStatus;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import dk.samarbejdsmodel.testkit.SamGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One schedule expansion: O-11 (fixed-meeting completion) over a cohort equals the sum of the per-course
 * {@link MeetingSchedule}s the rules use, on any date.
 */
class FixedMeetingSchedulePropertyTest {

  @Test
  void o11_over_a_cohort_is_the_sum_of_the_per_course_schedules() {
    qt().withExamples(60).forAll(SamGen.cohorts(25), integers().between(0, 6 * 365)).checkAssert((courses, days) -> {
      LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(days);
      List<CohortRecord> records = CohortRecord.from(courses, asOf);
      MeetingCompletion o11 = Measures.fixedMeetingCompletion().of(records);
      long held = 0;
      long expected = 0;
      for (Course c : courses) {
        if (c.startDate().isAfter(asOf)) {
          continue;
        }
        MeetingSchedule s = MeetingSchedule.of(c, asOf);
        held += s.withStatus(DueMeetingStatus.HELD).size();
        expected += s.expectedCount();
        CohortRecord r = CohortRecord.from(c, asOf);
        assertEquals(s.expectedCount(), r.fixedMeetingsDue(), c.id());
        assertEquals(s.heldCount(), r.fixedMeetingsHeld(), c.id());
      }
      assertEquals(held, o11.overall().count());
      assertEquals(expected, o11.overall().n());
    });
  }
}
