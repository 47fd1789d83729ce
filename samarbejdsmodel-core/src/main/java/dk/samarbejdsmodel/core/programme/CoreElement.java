package dk.samarbejdsmodel.core.programme;

/** Bærende element: the seven core elements of Samarbejdsmodellen (S0 §2, §3.1). */
public enum CoreElement {
  /** 1. Ansvarlig tværgående koordinator. */
  RESPONSIBLE_COORDINATOR,
  /** 2. Tværfagligt team omkring den enkelte unge. */
  CROSS_DISCIPLINARY_TEAM,
  /** 3. Faste tværfaglige møder, hvor den unge deltager. */
  FIXED_MEETINGS,
  /** 4. Forpligtende aftaler om mål og handlinger. */
  BINDING_AGREEMENTS,
  /** 5. Den unges voksne (S0 only). */
  YOUNG_PERSONS_ADULT,
  /** 6. Løbende dokumentation af resultater. */
  ONGOING_DOCUMENTATION,
  /** 7. Tværgående ledergruppe. */
  LEADER_GROUP
}
