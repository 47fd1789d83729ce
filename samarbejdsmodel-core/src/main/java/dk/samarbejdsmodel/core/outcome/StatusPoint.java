package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
/**
 * Måletidspunkt: which status registration a status measure reads (O-04).
 *
 * <pre>{@code
 * Distribution atStart = Measures.employment(StatusPoint.START).of(records);
 * }</pre>
 */
public enum StatusPoint {
  /** The first registration within the start window (default three months from the course start). */
  START,
  /** The latest registration up to the reference date. */
  LATEST
}
