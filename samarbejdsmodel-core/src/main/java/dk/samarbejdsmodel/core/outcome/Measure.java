package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.course.Course;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collector;

/**
 * Resultatmål: one outcome measure (O-01 … O-16) as a pure, mergeable aggregation over cohort records.
 *
 * <p>A measure contributes integer counters for one record to a {@link Tally} and computes its result from a
 * tally; because tallies merge exactly, {@link #of} on a sequential or parallel stream, or a distributed
 * aggregation over the same tally, give identical results.
 *
 * <pre>{@code
 * Measure<Distribution> m = Measures.ageAtStart();
 * Distribution d = m.of(records);
 * Distribution p = records.parallelStream().collect(m.collector());
 * }</pre>
 *
 * @param <R> the result type
 */
public interface Measure<R> {

  /** The measure's id in the domain specification, e.g. {@code "O-05"}. */
  String id();

  /**
   * The tables this measure owns in a {@link Tally}: {@link #contribute} writes only into them and below them
   * ({@link TableKey#within}), so measures whose tables do not overlap can share one tally. By default the one
   * table named by the measure's id.
   */
  default Set<TableKey> tables() {
    return Set.of(TableKey.of(id()));
  }

  /**
   * Adds the counters of one record, only into {@link #tables()} and below. Must only add integers; must not
   * depend on other records.
   */
  void contribute(CohortRecord record, Tally tally);

  /** The result computed from a (merged) tally. Must depend only on the tally's counters. */
  R finish(Tally tally);

  /** A fresh accumulator. */
  default MeasureAccumulator<R> accumulator() {
    return new MeasureAccumulator<>(this);
  }

  /** A collector for (parallel) streams of records. */
  default Collector<CohortRecord, MeasureAccumulator<R>, R> collector() {
    return Accumulator.collector(this::accumulator);
  }

  /** The result over the records. */
  default R of(Collection<CohortRecord> records) {
    MeasureAccumulator<R> a = accumulator();
    records.forEach(a::add);
    return a.result();
  }

  /** The result over courses, each turned into a record as of {@code asOf}. */
  default R ofCourses(Collection<Course> courses, LocalDate asOf) {
    return of(CohortRecord.from(courses, asOf));
  }
}
