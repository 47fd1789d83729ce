package dk.samarbejdsmodel.core.outcome.columnar;

import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ResponseRecord;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Scorekolonner: the responses of a cohort to one instrument in columns. Each dimension of the instrument has one
 * {@code int} column with a cell per response (the score, or {@link #NOT_ASSESSED}, or {@link #ABSENT} when the
 * dimension is not among the response's dimensions); each record (course) owns a contiguous range of responses in
 * document order, so its first response is at {@code start(i)} and its latest at {@code start(i + 1) - 1}; the
 * polarity of each response's dimensions is one small table shared by all responses to the same instrument
 * version. Built once from records; immutable and thread-safe.
 *
 * <p>{@link #change} computes O-02/O-03 (the change distribution) and {@link #baselineMeans} O-01 (the baseline
 * means) on the columns; each gives exactly the tables of the record-based measure ({@link Measures#change},
 * {@link Measures#baselineMeans}) over the same records. {@link #changeParallel} and {@link #baselineMeansParallel}
 * split the records by index range for a parallel stream and merge the counts by addition, so they give exactly
 * the sequential result.
 *
 * <pre>{@code
 * ScoreColumns columns = ScoreColumns.of(CohortRecord.from(courses, asOf), "DIALOGUE_FORM");
 * Map<String, Distribution> change = columns.change(ChangeClassifier.DEFAULT);
 * Map<String, Mean> baseline = columns.baselineMeans();                                      // O-01
 * ChangeCounts part = columns.changeCounts(ChangeClassifier.DEFAULT, 0, columns.records() / 2); // a partition
 * }</pre>
 */
public final class ScoreColumns {

  /** The cell of a dimension that is not among the response's dimensions. */
  public static final int ABSENT = Integer.MIN_VALUE;
  /** The cell of a dimension marked "not assessed" (or without a score) in the response. */
  public static final int NOT_ASSESSED = Integer.MIN_VALUE + 1;

  /** Records per leaf of a parallel split: large enough that a leaf's loop dwarfs the fork-join overhead. */
  static final int GRAIN = 4096;

  private final String instrumentId;
  private final String[] dimensions;
  private final int[] start;
  private final int[][] scores;
  private final byte[] profile;
  private final boolean[][] lowerIsBetter;

  private ScoreColumns(String instrumentId, String[] dimensions, int[] start, int[][] scores, byte[] profile,
      boolean[][] lowerIsBetter) {
    this.instrumentId = instrumentId;
    this.dimensions = dimensions;
    this.start = start;
    this.scores = scores;
    this.profile = profile;
    this.lowerIsBetter = lowerIsBetter;
  }

  /**
   * The columns of the responses to an instrument in the records (responses to other instruments are left out).
   *
   * @throws IllegalArgumentException if a score is {@link #ABSENT} or {@link #NOT_ASSESSED} (the two values no
   *     instrument scale can reach, kept as markers), or the responses pin more than 256 distinct polarity tables
   */
  public static ScoreColumns of(Collection<CohortRecord> records, String instrumentId) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    TreeSet<String> dims = new TreeSet<>();
    int responses = 0;
    for (CohortRecord r : records) {
      for (ResponseRecord x : r.responses()) {
        if (x.instrumentId().equals(instrumentId)) {
          responses++;
          dims.addAll(x.polarities().keySet());
          dims.addAll(x.scores().keySet());
          dims.addAll(x.notAssessed());
        }
      }
    }
    String[] dimensions = dims.toArray(String[]::new);
    Map<String, Integer> column = new HashMap<>();
    for (int d = 0; d < dimensions.length; d++) {
      column.put(dimensions[d], d);
    }
    int[] start = new int[records.size() + 1];
    int[][] scores = new int[dimensions.length][responses];
    byte[] profile = new byte[responses];
    Map<Map<String, Polarity>, Integer> profiles = new HashMap<>();
    List<boolean[]> tables = new ArrayList<>();
    int i = 0;
    int k = 0;
    for (CohortRecord r : records) {
      start[i++] = k;
      for (ResponseRecord x : r.responses()) {
        if (!x.instrumentId().equals(instrumentId)) {
          continue;
        }
        for (int[] col : scores) {
          col[k] = ABSENT;
        }
        for (String d : x.polarities().keySet()) {
          scores[column.get(d)][k] = NOT_ASSESSED;
        }
        for (String d : x.notAssessed()) {
          scores[column.get(d)][k] = NOT_ASSESSED;
        }
        for (Map.Entry<String, Integer> e : x.scores().entrySet()) {
          int v = e.getValue();
          if (v == ABSENT || v == NOT_ASSESSED) {
            throw new IllegalArgumentException("a score of " + v + " cannot be held in a column");
          }
          scores[column.get(e.getKey())][k] = v;
        }
        Integer p = profiles.get(x.polarities());
        if (p == null) {
          if (tables.size() == 256) {
            throw new IllegalArgumentException("more than 256 distinct polarity tables");
          }
          boolean[] lower = new boolean[dimensions.length];
          for (int d = 0; d < dimensions.length; d++) {
            lower[d] = x.polarities().get(dimensions[d]) == Polarity.LOWER_IS_BETTER;
          }
          p = tables.size();
          tables.add(lower);
          profiles.put(x.polarities(), p);
        }
        profile[k] = (byte) (int) p;
        k++;
      }
    }
    start[i] = k;
    return new ScoreColumns(instrumentId, dimensions, start, scores, profile, tables.toArray(boolean[][]::new));
  }

  /** The instrument. */
  public String instrumentId() {
    return instrumentId;
  }

  /** The number of records (courses). */
  public int records() {
    return start.length - 1;
  }

  /** The number of responses to the instrument. */
  public int responses() {
    return start[start.length - 1];
  }

  /** The dimensions, sorted; column {@code d} holds dimension {@code dimensions().get(d)}. */
  public List<String> dimensions() {
    return List.of(dimensions);
  }

  /** The index of record {@code i}'s first response (its range ends where record {@code i + 1}'s begins). */
  public int start(int i) {
    return start[i];
  }

  /** The cell of dimension column {@code d} for response {@code k}: a score, {@link #NOT_ASSESSED} or {@link #ABSENT}. */
  public int score(int d, int k) {
    return scores[d][k];
  }

  // ------------------------------------------------------------------ O-02 / O-03

  /** The change counts of the records {@code [from, to)}: one partition's share, mergeable by addition. */
  public ChangeCounts changeCounts(ChangeClassifier classifier, int from, int to) {
    ChangeCounts c = new ChangeCounts(dimensions.length);
    addChange(classifier.threshold(), from, to, c);
    return c;
  }

  private void addChange(int threshold, int from, int to, ChangeCounts c) {
    int dims = dimensions.length;
    for (int i = from; i < to; i++) {
      int lo = start[i];
      int hi = start[i + 1];
      if (hi - lo < 2) {
        if (hi == lo) {
          c.noResponse++;
        } else {
          c.oneResponse++;
        }
        continue;
      }
      int b0 = hi - 1;
      boolean[] lower = lowerIsBetter[profile[b0] & 0xFF];
      for (int d = 0; d < dims; d++) {
        int[] col = scores[d];
        int a = col[lo];
        if (a == ABSENT) {
          continue;
        }
        c.seen[d] = true;
        int b = col[b0];
        if (a == NOT_ASSESSED || b == NOT_ASSESSED || b == ABSENT) {
          c.notAssessed[d]++;
          continue;
        }
        int diff = lower[d] ? a - b : b - a;
        c.counts[d][diff >= threshold ? ChangeCounts.PROGRESS : diff <= -threshold ? ChangeCounts.DECLINE
            : ChangeCounts.STATUS_QUO]++;
      }
    }
  }

  /** O-02/O-03 over every record, sequentially: exactly {@code Measures.change(instrumentId, classifier)}. */
  public Map<String, Distribution> change(ChangeClassifier classifier) {
    return finish(changeCounts(classifier, 0, records()), classifier);
  }

  /** The same on a parallel stream of index ranges (common fork-join pool); exactly the sequential result. */
  public Map<String, Distribution> changeParallel(ChangeClassifier classifier) {
    int threshold = classifier.threshold();
    ChangeCounts total = ranges(true).map(r -> {
      ChangeCounts c = new ChangeCounts(dimensions.length);
      addChange(threshold, r[0], r[1], c);
      return c;
    }).reduce(ChangeCounts::plus).orElseGet(() -> new ChangeCounts(dimensions.length));
    return finish(total, classifier);
  }

  /** The tables of counts (from any number of partitions, merged) as the record-based measure gives them. */
  public Map<String, Distribution> finish(ChangeCounts counts, ChangeClassifier classifier) {
    return Measures.change(instrumentId, classifier).finish(counts.toTally(instrumentId, classifier,
        List.of(dimensions)));
  }

  // ------------------------------------------------------------------ O-01

  /** The baseline sums of the records {@code [from, to)}: one partition's share, mergeable by addition. */
  public BaselineSums baselineSums(int from, int to) {
    BaselineSums s = new BaselineSums(dimensions.length);
    addBaseline(from, to, s);
    return s;
  }

  private void addBaseline(int from, int to, BaselineSums s) {
    int dims = dimensions.length;
    for (int i = from; i < to; i++) {
      int first = start[i];
      if (first == start[i + 1]) {
        s.noResponse++;
        continue;
      }
      for (int d = 0; d < dims; d++) {
        int a = scores[d][first];
        if (a == ABSENT) {
          continue;
        }
        s.seen[d] = true;
        if (a == NOT_ASSESSED) {
          s.notAssessed[d]++;
        } else {
          s.n[d]++;
          s.sum[d] += a;
        }
      }
    }
  }

  /** O-01 over every record, sequentially: exactly {@code Measures.baselineMeans(instrumentId)}. */
  public Map<String, Mean> baselineMeans() {
    return finish(baselineSums(0, records()));
  }

  /** The same on a parallel stream of index ranges (common fork-join pool); exactly the sequential result. */
  public Map<String, Mean> baselineMeansParallel() {
    BaselineSums total = ranges(true).map(r -> baselineSums(r[0], r[1])).reduce(BaselineSums::plus)
        .orElseGet(() -> new BaselineSums(dimensions.length));
    return finish(total);
  }

  /** The means of sums (from any number of partitions, merged) as the record-based measure gives them. */
  public Map<String, Mean> finish(BaselineSums sums) {
    return Measures.baselineMeans(instrumentId).finish(sums.toTally(instrumentId, List.of(dimensions)));
  }

  /**
   * The records as index ranges {@code [from, to)} for a stream: the spliterator splits a range in halves down
   * to a few thousand records, so a parallel stream gets even, independent shares.
   */
  public Stream<int[]> ranges(boolean parallel) {
    return StreamSupport.stream(new Ranges(0, records()), parallel);
  }

  /** A spliterator of index ranges that splits by halving. */
  private static final class Ranges implements Spliterator<int[]> {
    private int lo;
    private final int hi;

    Ranges(int lo, int hi) {
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    public boolean tryAdvance(Consumer<? super int[]> action) {
      if (lo >= hi) {
        return false;
      }
      action.accept(new int[] {lo, hi});
      lo = hi;
      return true;
    }

    @Override
    public Spliterator<int[]> trySplit() {
      if (hi - lo <= GRAIN) {
        return null;
      }
      int mid = (lo + hi) >>> 1;
      Ranges left = new Ranges(lo, mid);
      lo = mid;
      return left;
    }

    @Override
    public long estimateSize() {
      return hi - lo;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL | IMMUTABLE;
    }
  }

  @Override
  public String toString() {
    return "ScoreColumns[" + instrumentId + ", " + records() + " records, " + responses() + " responses, "
        + Arrays.toString(dimensions) + "]";
  }
}
