package dk.samarbejdsmodel.core.outcome.report;

import org.immutables.value.Value;

/**
 * Rapportindstillinger: options for a cohort report — the minimum cell size for aggregated output (counts
 * from 1 to k − 1 are suppressed with their percentages and intervals; 0 turns suppression off).
 *
 * <pre>{@code
 * ReportOptions o = ReportOptions.builder().minimumCellSize(5).build();
 * CohortReport r = CohortReport.of(records, asOf, o);
 * }</pre>
 */
@Value.Immutable
public abstract class ReportOptions {

  /** No suppression. */
  public static final ReportOptions DEFAULT = builder().build();

  /** Minimum cell size k (0 = off). */
  @Value.Default
  public int minimumCellSize() {
    return 0;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableReportOptions.Builder {}

  /** Whether a count must be suppressed. */
  public boolean suppress(long count) {
    return count > 0 && count < minimumCellSize();
  }

  @Value.Check
  void check() {
    if (minimumCellSize() < 0) {
      throw new IllegalArgumentException("the minimum cell size is not negative");
    }
  }
}
