package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Halvårsstatus til ledergruppen: what the cross-sector leader group receives every half year (O-12, S2 §4.3).
 *
 * <pre>{@code
 * HalfYearStatus s = Measures.halfYearStatus(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)).of(records);
 * s.enrolled();                                        // courses open at some point in the half year
 * s.educationAndJob().share("EDUCATION").text();       // "62%"
 * }</pre>
 *
 * @param from first day of the period
 * @param until last day of the period
 * @param enrolled courses open at some point in the period
 * @param started courses started in the period
 * @param ended courses ended in the period
 * @param education in education yes/no at the latest registration
 * @param educationTypes education types of those in education
 * @param employment employment status at the latest registration
 * @param educationAndJob in education, in a job, both (S2's 62 / 10 / 1 %)
 * @param meetingCompletion fixed meetings held of due
 */
public record HalfYearStatus(LocalDate from, LocalDate until, long enrolled, long started, long ended,
    Distribution education, Distribution educationTypes, Distribution employment, Distribution educationAndJob,
    Share meetingCompletion) {

  /** Checks for nulls. */
  public HalfYearStatus {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(education, "education");
    Objects.requireNonNull(educationTypes, "educationTypes");
    Objects.requireNonNull(employment, "employment");
    Objects.requireNonNull(educationAndJob, "educationAndJob");
    Objects.requireNonNull(meetingCompletion, "meetingCompletion");
  }
}
