package dk.samarbejdsmodel.core.course;

/** Afslutningstype. */
public enum EndKind {
  /** Planlagt afslutning. */
  PLANNED,
  /** Ikke-planlagt afslutning (declined, moved, dropped out, other). */
  UNPLANNED
}
