package dk.samarbejdsmodel.core.tools;

/** Parttype: whether a consent party is an organisation or a named professional. */
public enum PartyKind {
  /** En organisation (all its professionals). */
  ORGANISATION,
  /** En navngiven fagperson. */
  PROFESSIONAL
}
