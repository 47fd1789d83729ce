package dk.samarbejdsmodel.core;

/** Alvorlighed: the severity of a rule finding. */
public enum Severity {
  /** Fejl: the course breaks a binding rule. */
  ERROR,
  /** Advarsel: the course departs from the model's recommended practice. */
  WARNING,
  /** Information: worth knowing, nothing to fix. */
  INFO
}
