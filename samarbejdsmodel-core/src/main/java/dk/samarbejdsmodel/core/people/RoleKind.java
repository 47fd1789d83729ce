package dk.samarbejdsmodel.core.people;

/** Rolletype: whether a participant role is the young person, a private-network person or a professional. */
public enum RoleKind {
  /** Den unge. */
  YOUNG_PERSON,
  /** Privat netværk: family, friends, the young person's adult from the private network. */
  PRIVATE_NETWORK,
  /** Fagperson. */
  PROFESSIONAL
}
