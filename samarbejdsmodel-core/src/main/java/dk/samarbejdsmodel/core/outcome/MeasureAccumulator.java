package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import java.util.Objects;

/**
 * Målakkumulator: the {@link Accumulator} of a {@link Measure} — a {@link Tally} filled by the measure.
 *
 * <pre>{@code
 * MeasureAccumulator<Distribution> left = Measures.ageAtStart().accumulator();
 * MeasureAccumulator<Distribution> right = Measures.ageAtStart().accumulator();
 * firstHalf.forEach(left::add);
 * secondHalf.forEach(right::add);
 * Distribution d = left.merge(right).result();
 * }</pre>
 *
 * @param <R> the result type
 */
public final class MeasureAccumulator<R> implements Accumulator<CohortRecord, MeasureAccumulator<R>, R> {

  private final Measure<R> measure;
  private final Tally tally = new Tally();

  MeasureAccumulator(Measure<R> measure) {
    this.measure = Objects.requireNonNull(measure, "measure");
  }

  @Override
  public void add(CohortRecord unit) {
    measure.contribute(unit, tally);
  }

  @Override
  public MeasureAccumulator<R> merge(MeasureAccumulator<R> other) {
    tally.merge(other.tally);
    return this;
  }

  @Override
  public R result() {
    return measure.finish(tally);
  }

  /** The tally so far (a live view; for distributed runs that ship tallies between workers). */
  public Tally tally() {
    return tally;
  }
}
