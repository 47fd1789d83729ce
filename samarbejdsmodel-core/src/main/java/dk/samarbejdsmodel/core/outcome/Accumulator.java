package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Akkumulator: a mergeable aggregation — add units, merge partial aggregations, read the result.
 *
 * <p>Implementations guarantee that for any split of the input into parts, adding each part to its own
 * accumulator and merging them in any order gives the same {@link #result()} as adding everything to one.
 *
 * <pre>{@code
 * Accumulator<CohortRecord, ?, Distribution> a = Measures.ageAtStart().accumulator();
 * records.forEach(a::add);
 * Distribution d = a.result();
 * // or, in parallel:
 * Distribution same = records.parallelStream().collect(Accumulator.collector(Measures.ageAtStart()::accumulator));
 * }</pre>
 *
 * @param <T> the unit type
 * @param <A> the accumulator's own type
 * @param <R> the result type
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> {

  /** Adds one unit. */
  void add(T unit);

  /** Adds everything {@code other} has seen to this accumulator and returns this. */
  A merge(A other);

  /** The result of everything added so far. */
  R result();

  /** A collector (usable with parallel streams) that runs fresh accumulators from {@code supplier}. */
  static <T, A extends Accumulator<T, A, R>, R> Collector<T, A, R> collector(Supplier<A> supplier) {
    return Collector.of(supplier, Accumulator::add, Accumulator::merge, Accumulator::result,
        Collector.Characteristics.UNORDERED);
  }
}
