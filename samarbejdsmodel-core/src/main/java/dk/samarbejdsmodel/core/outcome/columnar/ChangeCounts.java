package dk.samarbejdsmodel.core.outcome.columnar;

import dk.samarbejdsmodel.core.outcome.ChangeClass;
import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.TableKey;
import dk.samarbejdsmodel.core.outcome.Tally;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import java.io.Serializable;
import java.util.List;

/**
 * Udviklingstal: the counts behind the change distribution (O-02/O-03) of some records — per dimension column
 * the young people who declined, stayed or progressed, and those not assessed in the first or latest response;
 * records without a response and with one response only. Partitions' counts merge exactly by addition
 * ({@link #plus}); mutable while a partition is counted, then handed on. Not thread-safe.
 *
 * <pre>{@code
 * ChangeCounts all = columns.changeCounts(c, 0, half).plus(columns.changeCounts(c, half, columns.records()));
 * Map<String, Distribution> change = columns.finish(all, c);
 * }</pre>
 */
public final class ChangeCounts implements Serializable {

  private static final long serialVersionUID = 2L;

  static final int DECLINE = 0;
  static final int STATUS_QUO = 1;
  static final int PROGRESS = 2;

  /** Whose columns and which classification these are: the instrument, the column names, the threshold. */
  final String instrumentId;
  final List<String> columns;
  final int threshold;
  final long[][] counts;
  final long[] notAssessed;
  final boolean[] seen;
  long noResponse;
  long oneResponse;

  ChangeCounts(String instrumentId, List<String> columns, int threshold) {
    this.instrumentId = instrumentId;
    this.columns = columns;
    this.threshold = threshold;
    int dimensions = columns.size();
    this.counts = new long[dimensions][3];
    this.notAssessed = new long[dimensions];
    this.seen = new boolean[dimensions];
  }

  /**
   * Adds the other partition's counts to these and returns these.
   *
   * @throws IllegalArgumentException if the other counts are of another instrument, other columns (another
   *     {@code ScoreColumns} whose records held other dimensions) or another classifier's threshold
   */
  public ChangeCounts plus(ChangeCounts other) {
    requireSame(other.instrumentId, other.columns, other.threshold);
    for (int d = 0; d < seen.length; d++) {
      for (int c = 0; c < 3; c++) {
        counts[d][c] += other.counts[d][c];
      }
      notAssessed[d] += other.notAssessed[d];
      seen[d] |= other.seen[d];
    }
    noResponse += other.noResponse;
    oneResponse += other.oneResponse;
    return this;
  }

  /** The young people (records) with a first and a latest response counted in class {@code c} on column {@code d}. */
  public long count(int d, ChangeClass c) {
    return counts[d][switch (c) {
      case DECLINE -> DECLINE;
      case STATUS_QUO -> STATUS_QUO;
      case PROGRESS -> PROGRESS;
    }];
  }

  /**
   * The tally the record-based measure builds for the same records (same tables, same counters): the measure's
   * own table for the young people excluded, {@code dims} for the dimensions seen and {@code dimension/<d>} per
   * dimension.
   */
  /** Refuses (with an {@code IllegalArgumentException}) to be merged with or finished by other columns. */
  void requireSame(String otherInstrument, List<String> otherColumns, int otherThreshold) {
    if (!otherInstrument.equals(instrumentId) || !otherColumns.equals(columns) || otherThreshold != threshold) {
      throw new IllegalArgumentException("counts of different columns or thresholds: " + instrumentId + " "
          + columns + " (" + threshold + ") and " + otherInstrument + " " + otherColumns + " (" + otherThreshold
          + ")");
    }
  }

  Tally toTally(ChangeClassifier classifier) {
    TableKey table = Measures.change(instrumentId, classifier).tables().iterator().next();
    Tally t = new Tally();
    t.exclude(table, ExclusionReason.NO_RESPONSE, noResponse);
    t.exclude(table, ExclusionReason.ONE_RESPONSE_ONLY, oneResponse);
    String[] names = {ChangeClass.DECLINE.name(), ChangeClass.STATUS_QUO.name(), ChangeClass.PROGRESS.name()};
    for (int d = 0; d < seen.length; d++) {
      if (!seen[d]) {
        continue;
      }
      String dim = columns.get(d);
      TableKey perDimension = table.sub("dimension", dim);
      t.add(table.sub("dims"), dim, 0);
      t.exclude(perDimension, ExclusionReason.NOT_ASSESSED, notAssessed[d]);
      for (int c = 0; c < 3; c++) {
        if (counts[d][c] > 0) {
          t.add(perDimension, names[c], counts[d][c]);
        }
      }
    }
    return t;
  }
}
