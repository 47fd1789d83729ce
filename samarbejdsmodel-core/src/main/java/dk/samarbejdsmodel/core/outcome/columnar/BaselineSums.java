package dk.samarbejdsmodel.core.outcome.columnar;

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

  private static final long serialVersionUID = 1L;

  final long[] n;
  final long[] sum;
  final long[] notAssessed;
  final boolean[] seen;
  long noResponse;

  BaselineSums(int dimensions) {
    this.n = new long[dimensions];
    this.sum = new long[dimensions];
    this.notAssessed = new long[dimensions];
    this.seen = new boolean[dimensions];
  }

  /** Adds the other partition's sums to these and returns these. */
  public BaselineSums plus(BaselineSums other) {
    if (other.seen.length != seen.length) {
      throw new IllegalArgumentException("sums of different columns");
    }
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

  /** The tally the record-based measure builds for the same records (same table names, same counters). */
  Tally toTally(String instrumentId, List<String> dimensions) {
    String table = "O-01/" + instrumentId;
    Tally t = new Tally();
    t.exclude(table, ExclusionReason.NO_RESPONSE, noResponse);
    for (int d = 0; d < seen.length; d++) {
      if (!seen[d]) {
        continue;
      }
      String dim = dimensions.get(d);
      t.add(table + "/n", dim, n[d]);
      t.add(table + "/sum", dim, sum[d]);
      t.exclude(table + "/" + dim, ExclusionReason.NOT_ASSESSED, notAssessed[d]);
    }
    return t;
  }
}
