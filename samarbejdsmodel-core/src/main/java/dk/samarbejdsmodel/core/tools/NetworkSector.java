package dk.samarbejdsmodel.core.tools;

/** Netværkskortets sektor (S0 §3.2). */
public enum NetworkSector {
  /** Familie. */
  FAMILY,
  /** Venner. */
  FRIENDS,
  /** Skole, arbejde og fritid. */
  SCHOOL_WORK_LEISURE,
  /** Fagpersoner. */
  PROFESSIONALS
}
