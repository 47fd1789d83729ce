package dk.samarbejdsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import org.junit.jupiter.api.Test;

/** The realistic course has the size issue 8 specifies. */
class FixturesTest {

  @Test
  void the_realistic_course_has_the_specified_size() {
    Course c = Fixtures.realisticCourse();
    assertEquals(12, c.meetings().stream().filter(m -> m.kind() == MeetingKind.NETWORK).count());
    assertEquals(12, c.checklists().size());
    assertEquals(12, c.responses().size());
    assertEquals(4, c.formRevisions().size());
    assertEquals(10, c.latestForm().orElseThrow().goals().size());
    assertEquals(30, c.latestForm().orElseThrow().agreements().size());
    assertEquals(Fixtures.realisticCourse(), c);
  }
}
