package dk.samarbejdsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import org.junit.jupiter.api.Test;

/** B6 counts what one course holds and leaves out what all courses share. */
class FootprintTest {

  private static Course read() {
    return SamJson.defaults().reader().read(CourseDocument.bytes(), DocumentKind.COURSE).orElseThrow();
  }

  @Test
  void shared_constants_are_not_counted_and_the_marginal_cost_is_stable() {
    Course c = read();
    long retained = Footprint.retained(c);
    long marginal = Footprint.retained(c, read());
    assertTrue(marginal > 10_000, "a realistic course holds tens of kilobytes: " + marginal);
    assertTrue(marginal <= retained, "a twin shares at most what the JDK caches");
    assertTrue(retained < Footprint.reachable(c), "the programme catalogue and enum constants are shared");
    assertEquals(marginal, Footprint.retained(c, read()), "deterministic");
    Course built = Fixtures.realisticCourse();
    assertEquals(Footprint.retained(built, Fixtures.realisticCourse()),
        Footprint.retained(Fixtures.realisticCourse(), built));
  }
}
