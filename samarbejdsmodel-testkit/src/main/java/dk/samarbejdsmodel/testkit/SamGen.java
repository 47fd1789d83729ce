package dk.samarbejdsmodel.testkit;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.programme.Programme;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generatorer til egenskabstest: QuickTheories generators for whole, consistent courses and their parts, built
 * on {@link RandomCourses}. Reuse them in your own property tests:
 *
 * <pre>
 * import static org.quicktheories.QuickTheory.qt;
 *
 * &#64;Test
 * void every_course_round_trips() {
 *   qt().withExamples(500).forAll(SamGen.courses()).checkAssert(c -&gt; assertEquals(c, roundTrip(c)));
 * }
 * </pre>
 *
 * <p>Values are drawn from a seed, so a failing example is reproducible from the seed QuickTheories reports
 * ({@code RandomCourses.course(seed)}). QuickTheories shrinks the seed, not the course: a shrunk example is another
 * random course, not a smaller one.
 */
public final class SamGen {

  private SamGen() {}

  /** Seeds. */
  public static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  /** Whole, internally consistent courses in any built-in programme. */
  public static Gen<Course> courses() {
    return seeds().map(seed -> RandomCourses.course(seed));
  }

  /** Courses in one programme. */
  public static Gen<Course> courses(Programme programme) {
    return seeds().map(seed -> RandomCourses.course(seed, programme));
  }

  /** Cohorts of 0 to {@code maxSize} courses with distinct ids. */
  public static Gen<List<Course>> cohorts(int maxSize) {
    return seeds().zip(SourceDSL.integers().between(0, maxSize), RandomCourses::courses);
  }

  /** A generator of anything that can be made from a {@link SplittableRandom}. */
  public static <T> Gen<T> from(java.util.function.Function<SplittableRandom, T> factory) {
    return seeds().map(seed -> factory.apply(new SplittableRandom(seed)));
  }
}
