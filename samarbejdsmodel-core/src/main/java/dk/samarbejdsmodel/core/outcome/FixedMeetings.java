package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import java.time.LocalDate;

/**
 * Faste møder: the fixed meetings due and held for a course (O-11), read from the rules' {@link MeetingSchedule}
 * — one schedule, so O-11 and the R-MEET-03 findings never disagree. Definitions in docs/outcomes.md.
 */
final class FixedMeetings {

  private FixedMeetings() {}

  /** {@code [due, held]} as of {@code asOf}: the schedule's expected and held counts. */
  static int[] tally(Course course, LocalDate asOf) {
    MeetingSchedule s = MeetingSchedule.of(course, asOf);
    return new int[] {s.expectedCount(), s.heldCount()};
  }
}
