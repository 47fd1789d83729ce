package dk.samarbejdsmodel.core.tools;

/** Hvem har givet samtykke. */
public enum SignatoryKind {
  /** Den unge. */
  YOUNG_PERSON,
  /** Forældremyndighedsindehaver. */
  CUSTODY_HOLDER
}
