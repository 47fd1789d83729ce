package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.Instruments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rapportindstillinger: options for a cohort report — the minimum cell size for aggregated output (counts
 * from 1 to k − 1 are suppressed with their percentages and intervals; 0 turns suppression off), the programme
 * reported on (all by default) and the instrument whose baseline and change are reported (the dialogue form by
 * default; a plugin's own instrument, with its dimensions' own labels and question order).
 *
 * <pre>{@code
 * ReportOptions o = ReportOptions.builder().minimumCellSize(5).build();
 * ReportOptions job = ReportOptions.builder().programme("dk.aarhus:UNGE_I_JOB").instrument(JOB_CHECK).build();
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

  /** Only courses of this programme (by id); every course when empty. */
  public abstract Optional<String> programme();

  /**
   * The instrument whose baseline means and change the report shows (O-01, O-02/03): rows in the instrument's
   * question order, labelled with each dimension's own Danish and English label.
   */
  @Value.Default
  public Instrument instrument() {
    return Instruments.DIALOGUE_FORM;
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
