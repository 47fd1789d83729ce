package dk.samarbejdsmodel.core.tools;

/** Aftalestatus. */
public enum AgreementStatus {
  /** Aftalt. */
  AGREED,
  /** I gang. */
  IN_PROGRESS,
  /** Udført. */
  DONE,
  /** Ikke udført. */
  NOT_DONE,
  /** Annulleret. */
  CANCELLED;

  /** True for {@code DONE}, {@code NOT_DONE} and {@code CANCELLED}. */
  public boolean isClosed() {
    return this == DONE || this == NOT_DONE || this == CANCELLED;
  }
}
