package dk.samarbejdsmodel.core.programme;

/** Samtykkeregel: who must sign a consent for it to cover sharing (R-CONSENT-01). */
public enum ConsentPolicy {
  /**
   * S2's rule and the default: always the young person, and under 18 also a custody holder ("altid samtykke fra
   * den unge og fra forældrene, hvis den unge er under 18 år").
   */
  YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18,
  /** S0's variant: a custody holder or the young person ("fra forældrene eller fra den unge"); 18+ the young person. */
  CUSTODY_HOLDER_OR_YOUNG_PERSON
}
