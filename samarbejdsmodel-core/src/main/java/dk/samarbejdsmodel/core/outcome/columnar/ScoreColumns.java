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
import org.jspecify.annotations.Nullable;

/**
 * Scorekolonner: the responses of a cohort to one instrument in columns. Each dimension of the instrument has one
 * primitive column with a cell per response (the score, or {@link #NOT_ASSESSED}, or {@link #ABSENT} when the
 * dimension is not among the response's dimensions); each record (course) owns a contiguous range of responses in
 * document order, so its first response is at {@code start(i)} and its latest at {@code start(i + 1) - 1}; the
 * polarity of each response's dimensions is one small table shared by all responses to the same instrument
 * version. Built once from records; immutable and thread-safe.
 *
 * <p>A column is a {@code byte[]} when every score in it lies in [{@value #BYTE_MIN}, {@value #BYTE_MAX}] (every
 * scale of the instruments in the catalogue does), with the two markers held as the two lowest byte values, and an
 * {@code int[]} otherwise (a scale such as 0–1000, or scores below −126); {@link #score} gives the same
 * {@code int} cell either way. Byte columns take a quarter of the memory: a million responses on seven dimensions
 * are 7 MB instead of 28 MB, which stays in a common server's last-level cache, so repeated and parallel passes
 * read the cache instead of main memory.
 *
 * <p>{@link #change} computes O-02/O-03 (the change distribution) and {@link #baselineMeans} O-01 (the baseline
 * means) on the columns; each gives exactly the tables of the record-based measure ({@link Measures#change},
 * {@link Measures#baselineMeans}) over the same records, for byte and {@code int} columns alike. They walk the
 * records in blocks and each block one column at a time, counting in local variables; the change pass first packs
 * the block's pairs of first and latest responses, and on a byte column classifies a pair without a branch.
 * {@link #changeParallel} and {@link #baselineMeansParallel} split the records by index range for a parallel
 * stream and merge the counts by addition, so they give exactly the sequential result.
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
  /** The lowest score a byte column holds (the two values below it are its markers). */
  public static final int BYTE_MIN = -126;
  /** The highest score a byte column holds. */
  public static final int BYTE_MAX = 127;

  /** {@link #ABSENT} in a byte column. */
  private static final byte B_ABSENT = -128;
  /** {@link #NOT_ASSESSED} in a byte column. */
  private static final byte B_NOT_ASSESSED = -127;

  /**
   * The fewest records of a leaf of a parallel split: large enough that a leaf's loop dwarfs the fork-join
   * overhead. A parallel stream itself stops splitting at about four leaves per thread of its pool, so on a small
   * pool the leaves are larger (docs/performance.md, B4).
   */
  static final int GRAIN = 4096;
  /**
   * Records per block of a change pass: the block's pairs of first and latest responses are packed once into
   * three small arrays (about 9 KB) that stay in the core's cache while each column is walked.
   */
  private static final int BLOCK = 1024;

  private final String instrumentId;
  private final String[] dimensions;
  /** The same, as a list: what the counts and sums of these columns carry, so that only they merge. */
  private final List<String> columnNames;
  private final int[] start;
  /** Per dimension the byte column, or null when the dimension has an {@code int} column. */
  private final byte[][] bytes;
  /** Per dimension the {@code int} column, or null when the dimension has a byte column. */
  private final int[][] ints;
  private final byte[] profile;
  /** Per dimension and polarity table: 1 if the dimension is lower-is-better in the table, else 0. */
  private final int[][] flip;

  private ScoreColumns(String instrumentId, String[] dimensions, int[] start, byte[][] bytes, int[][] ints,
      byte[] profile, int[][] flip) {
    this.instrumentId = instrumentId;
    this.dimensions = dimensions;
    this.columnNames = List.of(dimensions);
    this.start = start;
    this.bytes = bytes;
    this.ints = ints;
    this.profile = profile;
    this.flip = flip;
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
    byte[][] bytes = new byte[dimensions.length][];
    int[][] ints = new int[dimensions.length][];
    int[][] flip = new int[dimensions.length][tables.size()];
    for (int d = 0; d < dimensions.length; d++) {
      bytes[d] = narrow(scores[d]);
      ints[d] = bytes[d] == null ? scores[d] : null;
      for (int t = 0; t < tables.size(); t++) {
        flip[d][t] = tables.get(t)[d] ? 1 : 0;
      }
    }
    return new ScoreColumns(instrumentId, dimensions, start, bytes, ints, profile, flip);
  }

  /** The column as bytes (markers as the two lowest bytes), or null if a score lies outside the byte range. */
  private static byte @Nullable [] narrow(int[] col) {
    byte[] out = new byte[col.length];
    for (int k = 0; k < col.length; k++) {
      int v = col[k];
      if (v == ABSENT) {
        out[k] = B_ABSENT;
      } else if (v == NOT_ASSESSED) {
        out[k] = B_NOT_ASSESSED;
      } else if (v >= BYTE_MIN && v <= BYTE_MAX) {
        out[k] = (byte) v;
      } else {
        return null;
      }
    }
    return out;
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
    return columnNames;
  }

  /** The index of record {@code i}'s first response (its range ends where record {@code i + 1}'s begins). */
  public int start(int i) {
    return start[i];
  }

  /** The cell of dimension column {@code d} for response {@code k}: a score, {@link #NOT_ASSESSED} or {@link #ABSENT}. */
  public int score(int d, int k) {
    byte[] col = bytes[d];
    if (col == null) {
      return ints[d][k];
    }
    int v = col[k];
    return v == B_ABSENT ? ABSENT : v == B_NOT_ASSESSED ? NOT_ASSESSED : v;
  }

  /** Whether dimension column {@code d} is held as bytes (every score in [{@value #BYTE_MIN}, {@value #BYTE_MAX}]). */
  public boolean isByteColumn(int d) {
    return bytes[d] != null;
  }

  // ------------------------------------------------------------------ O-02 / O-03

  /** The change counts of the records {@code [from, to)}: one partition's share, mergeable by addition. */
  public ChangeCounts changeCounts(ChangeClassifier classifier, int from, int to) {
    ChangeCounts c = new ChangeCounts(instrumentId, columnNames, classifier.threshold());
    addChange(classifier.threshold(), from, to, c);
    return c;
  }

  private void addChange(int threshold, int from, int to, ChangeCounts c) {
    int size = Math.min(BLOCK, to - from);
    int[] first = new int[Math.max(size, 0)];
    int[] latest = new int[first.length];
    byte[] table = new byte[first.length];
    long[] acc = new long[4];
    int last = Math.max(responses() - 1, 0);
    boolean any = responses() > 0;
    for (int lo = from; lo < to; lo += BLOCK) {
      int hi = Math.min(to, lo + BLOCK);
      // the block's records with a first and a latest response, packed (written always, kept when a pair)
      int m = 0;
      int a = start[lo];
      long none = 0;
      long one = 0;
      for (int i = lo; i < hi; i++) {
        int b = start[i + 1];
        int n = b - a;
        none += n == 0 ? 1 : 0;
        one += n == 1 ? 1 : 0;
        int latestOf = Math.min(Math.max(b - 1, 0), last);
        first[m] = a;
        latest[m] = latestOf;
        table[m] = any ? profile[latestOf] : 0;
        m += (a + 1 - b) >>> 31;                           // 1 when at least two responses
        a = b;
      }
      c.noResponse += none;
      c.oneResponse += one;
      for (int d = 0; d < dimensions.length; d++) {
        if (bytes[d] != null) {
          changeBytes(bytes[d], flip[d], threshold, first, latest, table, m, acc);
        } else {
          changeInts(ints[d], flip[d], threshold, first, latest, table, m, acc);
        }
        long decline = acc[0];
        long progress = acc[1];
        long notAssessed = acc[2];
        long present = acc[3];
        c.counts[d][ChangeCounts.DECLINE] += decline;
        c.counts[d][ChangeCounts.PROGRESS] += progress;
        c.counts[d][ChangeCounts.STATUS_QUO] += present - notAssessed - decline - progress;
        c.notAssessed[d] += notAssessed;
        c.seen[d] |= present > 0;
      }
    }
  }

  /**
   * One byte column's share of the change counts of {@code m} pairs of first and latest responses, without a
   * branch per cell: {@code acc} = {declines, progresses, not assessed, pairs with the dimension in the first
   * response}. Every flag is 0 or 1 and differences of bytes cannot overflow, so masks replace branches.
   */
  private static void changeBytes(byte[] col, int[] flip, int threshold, int[] first, int[] latest, byte[] table,
      int m, long[] acc) {
    int t1 = Math.min(threshold, 2 * BYTE_MAX + 2) - 1;   // no byte difference reaches 256
    long decline = 0;
    long progress = 0;
    long notAssessed = 0;
    long present = 0;
    for (int j = 0; j < m; j++) {
      int a = col[first[j]];
      int b = col[latest[j]];
      int there = ((a - B_ABSENT - 1) >>> 31) ^ 1;           // a is not ABSENT
      int marked = ((a - BYTE_MIN) | (b - BYTE_MIN)) >>> 31; // a or b is NOT_ASSESSED, or b ABSENT
      int counted = there & (marked ^ 1);
      int f = flip[table[j] & 0xFF];
      int diff = ((b - a) ^ -f) + f;                       // negated when lower is better
      progress += ((t1 - diff) >>> 31) & counted;
      decline += ((diff + t1) >>> 31) & counted;
      notAssessed += there & marked;
      present += there;
    }
    acc[0] = decline;
    acc[1] = progress;
    acc[2] = notAssessed;
    acc[3] = present;
  }

  /** The same for an {@code int} column, with the record-based measure's comparisons. */
  private static void changeInts(int[] col, int[] flip, int threshold, int[] first, int[] latest, byte[] table,
      int m, long[] acc) {
    long decline = 0;
    long progress = 0;
    long notAssessed = 0;
    long present = 0;
    for (int j = 0; j < m; j++) {
      int a = col[first[j]];
      if (a == ABSENT) {
        continue;
      }
      present++;
      int b = col[latest[j]];
      if (a == NOT_ASSESSED || b == NOT_ASSESSED || b == ABSENT) {
        notAssessed++;
        continue;
      }
      int diff = flip[table[j] & 0xFF] == 1 ? a - b : b - a;
      if (diff >= threshold) {
        progress++;
      } else if (diff <= -threshold) {
        decline++;
      }
    }
    acc[0] = decline;
    acc[1] = progress;
    acc[2] = notAssessed;
    acc[3] = present;
  }

  /** O-02/O-03 over every record, sequentially: exactly {@code Measures.change(instrumentId, classifier)}. */
  public Map<String, Distribution> change(ChangeClassifier classifier) {
    return finish(changeCounts(classifier, 0, records()), classifier);
  }

  /** The same on a parallel stream of index ranges (common fork-join pool); exactly the sequential result. */
  public Map<String, Distribution> changeParallel(ChangeClassifier classifier) {
    int threshold = classifier.threshold();
    ChangeCounts total = ranges(true).map(r -> {
      ChangeCounts c = new ChangeCounts(instrumentId, columnNames, threshold);
      addChange(threshold, r[0], r[1], c);
      return c;
    }).reduce(ChangeCounts::plus).orElseGet(() -> new ChangeCounts(instrumentId, columnNames, threshold));
    return finish(total, classifier);
  }

  /** The tables of counts (from any number of partitions, merged) as the record-based measure gives them. */
  public Map<String, Distribution> finish(ChangeCounts counts, ChangeClassifier classifier) {
    counts.requireSame(instrumentId, columnNames, classifier.threshold());
    return Measures.change(instrumentId, classifier).finish(counts.toTally(classifier));
  }

  // ------------------------------------------------------------------ O-01

  /** The baseline sums of the records {@code [from, to)}: one partition's share, mergeable by addition. */
  public BaselineSums baselineSums(int from, int to) {
    BaselineSums s = new BaselineSums(instrumentId, columnNames);
    addBaseline(from, to, s);
    return s;
  }

  private void addBaseline(int from, int to, BaselineSums s) {
    long none = 0;
    for (int i = from; i < to; i++) {
      none += start[i] == start[i + 1] ? 1 : 0;
    }
    s.noResponse += none;
    if (responses() == 0) {
      return;
    }
    long[] acc = new long[4];
    for (int lo = from; lo < to; lo += BLOCK) {
      int hi = Math.min(to, lo + BLOCK);
      for (int d = 0; d < dimensions.length; d++) {
        if (bytes[d] != null) {
          baselineBytes(bytes[d], lo, hi, acc);
        } else {
          baselineInts(ints[d], lo, hi, acc);
        }
        s.n[d] += acc[0];
        s.sum[d] += acc[1];
        s.notAssessed[d] += acc[2];
        s.seen[d] |= acc[3] > 0;
      }
    }
  }

  /**
   * One byte column's share of the baseline sums of the records {@code [from, to)}, without a branch per cell:
   * {@code acc} = {scored first responses, their sum, not assessed, first responses with the dimension}.
   */
  private void baselineBytes(byte[] col, int from, int to, long[] acc) {
    int last = col.length - 1;
    long n = 0;
    long sum = 0;
    long notAssessed = 0;
    long present = 0;
    int lo = start[from];
    for (int i = from; i < to; i++) {
      int hi = start[i + 1];
      int any = (lo - hi) >>> 31;                          // at least one response
      int a = col[Math.min(lo, last)];
      int there = any & (((a - B_ABSENT - 1) >>> 31) ^ 1);   // a is not ABSENT
      int marked = (a - BYTE_MIN) >>> 31;                  // a is NOT_ASSESSED (or ABSENT)
      int scored = there & (marked ^ 1);
      n += scored;
      sum += a & -scored;
      notAssessed += there & marked;
      present += there;
      lo = hi;
    }
    acc[0] = n;
    acc[1] = sum;
    acc[2] = notAssessed;
    acc[3] = present;
  }

  /** The same for an {@code int} column. */
  private void baselineInts(int[] col, int from, int to, long[] acc) {
    long n = 0;
    long sum = 0;
    long notAssessed = 0;
    long present = 0;
    for (int i = from; i < to; i++) {
      int first = start[i];
      if (first == start[i + 1]) {
        continue;
      }
      int a = col[first];
      if (a == ABSENT) {
        continue;
      }
      present++;
      if (a == NOT_ASSESSED) {
        notAssessed++;
      } else {
        n++;
        sum += a;
      }
    }
    acc[0] = n;
    acc[1] = sum;
    acc[2] = notAssessed;
    acc[3] = present;
  }

  /** O-01 over every record, sequentially: exactly {@code Measures.baselineMeans(instrumentId)}. */
  public Map<String, Mean> baselineMeans() {
    return finish(baselineSums(0, records()));
  }

  /** The same on a parallel stream of index ranges (common fork-join pool); exactly the sequential result. */
  public Map<String, Mean> baselineMeansParallel() {
    BaselineSums total = ranges(true).map(r -> baselineSums(r[0], r[1])).reduce(BaselineSums::plus)
        .orElseGet(() -> new BaselineSums(instrumentId, columnNames));
    return finish(total);
  }

  /** The means of sums (from any number of partitions, merged) as the record-based measure gives them. */
  public Map<String, Mean> finish(BaselineSums sums) {
    sums.requireSame(instrumentId, columnNames);
    return Measures.baselineMeans(instrumentId).finish(sums.toTally());
  }

  /**
   * The records as index ranges {@code [from, to)} for a stream: the spliterator splits a range in halves (not
   * below a few thousand records), so a parallel stream gets even, independent shares.
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
