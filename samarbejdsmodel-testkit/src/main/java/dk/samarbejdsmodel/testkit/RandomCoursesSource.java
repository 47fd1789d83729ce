package dk.samarbejdsmodel.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Tilfældige forløb som testargumenter: a JUnit 5 source of seeded {@link RandomCourses} for a
 * {@code @ParameterizedTest}. The same seed gives the same courses on every run; the display name shows each
 * course's seed, so a failing one can be made again with {@code RandomCourses.course(seed)}.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;RandomCoursesSource(count = 50, seed = 7)
 * void every_course_round_trips(Course course) {
 *   assertEquals(course, roundTrip(course));
 * }
 *
 * &#64;ParameterizedTest
 * &#64;RandomCoursesSource(count = 20, programme = "HOMELESSNESS")
 * void housing_courses(Course course) { … }
 * </pre>
 *
 * <p>Needs {@code junit-jupiter-params} on the test class path (every JUnit 5 project has it through
 * {@code junit-jupiter}); the rest of the test kit needs no test framework.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(RandomCoursesProvider.class)
public @interface RandomCoursesSource {

  /** How many courses (default 20). */
  int count() default 20;

  /** The first seed; course {@code i} is {@code RandomCourses.course(seed + i)} (default 1). */
  long seed() default 1L;

  /** A built-in programme id ({@code AFTERCARE}, {@code MENTAL_HEALTH}, {@code HOMELESSNESS}); empty for any. */
  String programme() default "";
}
