package dk.samarbejdsmodel.core.tools;

/** Målstatus. */
public enum GoalStatus {
  /** Aktivt. */
  ACTIVE,
  /** Opnået. */
  ACHIEVED,
  /** Ikke opnået. */
  NOT_ACHIEVED,
  /** Trukket tilbage. */
  WITHDRAWN;

  /** True for every status but {@code ACTIVE}. */
  public boolean isClosed() {
    return this != ACTIVE;
  }
}
