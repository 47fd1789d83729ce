package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.util.Objects;

/**
 * Boligresultater: S4's outcomes at the end of the course (O-13): housing status, education or employment,
 * improved daily-life skills and finances. The measurement point is the course end: the latest registration
 * on or before the end date, and the first versus the latest response up to the end.
 *
 * <pre>{@code
 * HousingOutcomes h = Measures.housingOutcomes(daily, finances).of(records);
 * h.housing().share("IN_HOUSING").text();   // "73%"
 * }</pre>
 *
 * @param housing housing status at the end (IN_HOUSING / HOMELESS / OTHER)
 * @param educationOrEmployment in education or employment at the end (entered or retained)
 * @param dailyLifeImproved progress on the daily-life dimension, first to latest response
 * @param financesImproved progress on the finances dimension, first to latest response
 * @param measurementPoint the measurement point, in words
 */
public record HousingOutcomes(Distribution housing, Share educationOrEmployment, Share dailyLifeImproved,
    Share financesImproved, String measurementPoint) {

  /** Checks for nulls. */
  public HousingOutcomes {
    Objects.requireNonNull(housing, "housing");
    Objects.requireNonNull(educationOrEmployment, "educationOrEmployment");
    Objects.requireNonNull(dailyLifeImproved, "dailyLifeImproved");
    Objects.requireNonNull(financesImproved, "financesImproved");
    Objects.requireNonNull(measurementPoint, "measurementPoint");
  }
}
