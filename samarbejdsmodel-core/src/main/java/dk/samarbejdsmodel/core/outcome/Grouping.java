package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Share;
/**
 * Gruppering: the unit a grouped measure reports per (O-08 model fidelity index, O-16 fidelity scores).
 *
 * <pre>{@code
 * Grouped<Share> perMunicipality = Measures.modelFidelityIndex(Grouping.MUNICIPALITY).of(records);
 * }</pre>
 */
public enum Grouping {
  /** Per course. */
  COURSE,
  /** Per (pseudonymous) coordinator. */
  COORDINATOR,
  /** Per municipality. */
  MUNICIPALITY,
  /** Per programme. */
  PROGRAMME,
  /** The whole cohort as one group. */
  COHORT;

  /** The group key of a record. */
  public String key(CohortRecord r) {
    switch (this) {
      case COURSE:
        return r.courseId();
      case COORDINATOR:
        return r.coordinatorId().orElse("-");
      case MUNICIPALITY:
        return r.municipalityCode();
      case PROGRAMME:
        return r.programmeId();
      default:
        return "COHORT";
    }
  }

  /** The printed name of the group of a record. */
  public String label(CohortRecord r) {
    return this == MUNICIPALITY ? r.municipalityName() : key(r);
  }
}
