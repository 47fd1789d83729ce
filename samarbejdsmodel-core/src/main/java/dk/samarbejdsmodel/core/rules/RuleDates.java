package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.Ages;
import java.time.LocalDate;
import java.time.Period;

/**
 * Regeldatoer: the date helpers the built-in rules use, for plugin rules that should judge a course the same way.
 * A course is judged as it stands on the date, and once it has ended on its end date (docs/rules.md).
 *
 * <pre>{@code
 * LocalDate d = RuleDates.judgedOn(course, date);   // the date, or the end date once the course has ended
 * int revision = RuleDates.latestFormRevision(course, d);
 * LocalDate eighteen = RuleDates.dateAtAge(course, Period.ofYears(18));
 * }</pre>
 */
public final class RuleDates {

  private RuleDates() {}

  /** The date a course is judged on: the date, or the end date once the course has ended on or before it. */
  public static LocalDate judgedOn(Course course, LocalDate date) {
    return BuiltInRules.effective(course, date);
  }

  /** Whether the course has ended on or before the date. */
  public static boolean endedOn(Course course, LocalDate date) {
    return BuiltInRules.endedOn(course, date);
  }

  /** The index in {@code formRevisions} of the latest revision updated on or before the date, or -1 for none. */
  public static int latestFormRevision(Course course, LocalDate date) {
    return BuiltInRules.formIndex(course, date);
  }

  /** The date the young person reaches an age (29 February birthdays handled as everywhere in the SDK). */
  public static LocalDate dateAtAge(Course course, Period age) {
    return Ages.dateAtAge(course.youngPerson().birthDate(), age);
  }
}
