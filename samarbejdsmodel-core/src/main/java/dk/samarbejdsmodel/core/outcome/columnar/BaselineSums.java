package dk.samarbejdsmodel.core.outcome.columnar;

import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.TableKey;
import dk.samarbejdsmodel.core.outcome.Tally;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import java.io.Serializable;
import java.util.List;

/**
 * Udgangssummer: the sums behind the baseline means (O-01) of some records — per dimension column the number of
 * first responses that scored it, their sum and the first responses that did not assess it; records without a
 * response. Partitions' sums merge exactly by addition ({@link #plus}); mutable while a partition is summed,
 * then handed on. Not thread-safe.
 *
 * <pre>{@code
 * BaselineSums all = columns.baselineSums(0, half).plus(columns.baselineSums(half, columns.records()));
 * Map<String, Mean> means = columns.finish(all);
 * }</pre>
 */
public final class BaselineSums implements Serializable {

  private static final long serialVersionUID = 2L;

  /** Whose columns these are: the instrument and the column names, in column order. */
  final String instrumentId;
  final List<String> columns;
  final long[] n;
  final long[] sum;
  final long[] notAssessed;
  final boolean[] seen;
  long noResponse;

  BaselineSums(String instrumentId, List<String> columns) {
    this.instrumentId = instrumentId;
    this.columns = columns;
    int dimensions = columns.size();
    this.n = new long[dimensions];
    this.sum = new long[dimensions];
    this.notAssessed = new long[dimensions];
    this.seen = new boolean[dimensions];
  }

  /**
   * Adds the other partition's sums to these and returns these.
   *
   * @throws IllegalArgumentException if the other sums are of another instrument or other columns (another
   *     {@code ScoreColumns} whose records held other dimensions): column {@code d} would not be the same dimension
   */
  public BaselineSums plus(BaselineSums other) {
    requireSame(other.instrumentId, other.columns);
    for (int d = 0; d < seen.length; d++) {
      n[d] += other.n[d];
      sum[d] += other.sum[d];
      notAssessed[d] += other.notAssessed[d];
      seen[d] |= other.seen[d];
    }
    noResponse += other.noResponse;
    return this;
  }

  /** The number of first responses that scored column {@code d}. */
  public long n(int d) {
    return n[d];
  }

  /** The sum of their scores. */
  public long sum(int d) {
    return sum[d];
  }

  /**
   * The tally the record-based measure builds for the same records (same tables, same counters): the measure's
   * own table for the young people without a response, {@code n} and {@code sum} per dimension, and
   * {@code dimension/<d>} for the first responses that did not assess it.
   */
  /** Refuses (with an {@code IllegalArgumentException}) to be merged with or finished by other columns. */
  void requireSame(String otherInstrument, List<String> otherColumns) {
    if (!otherInstrument.equals(instrumentId) || !otherColumns.equals(columns)) {
      throw new IllegalArgumentException("sums of different columns: " + instrumentId + " " + columns + " and "
          + otherInstrument + " " + otherColumns);
    }
  }

  Tally toTally() {
    TableKey table = Measures.baselineMeans(instrumentId).tables().iterator().next();
    Tally t = new Tally();
    t.exclude(table, ExclusionReason.NO_RESPONSE, noResponse);
    for (int d = 0; d < seen.length; d++) {
      if (!seen[d]) {
        continue;
      }
      String dim = columns.get(d);
      t.add(table.sub("n"), dim, n[d]);
      t.add(table.sub("sum"), dim, sum[d]);
      t.exclude(table.sub("dimension", dim), ExclusionReason.NOT_ASSESSED, notAssessed[d]);
    }
    return t;
  }
}
