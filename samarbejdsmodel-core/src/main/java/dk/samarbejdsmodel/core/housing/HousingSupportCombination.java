package dk.samarbejdsmodel.core.housing;

/** Kombination af Samarbejdsmodellen (SM) og bostøtte (S4). */
public enum HousingSupportCombination {
  /** Kun Samarbejdsmodellen — only for young people at risk (R-HOUSE-01). */
  SM_ONLY,
  /** Samarbejdsmodellen med CTI — both subgroups (R-HOUSE-02). */
  SM_WITH_CTI,
  /** Samarbejdsmodellen med ICM — only for homeless young people (R-HOUSE-03). */
  SM_WITH_ICM
}
