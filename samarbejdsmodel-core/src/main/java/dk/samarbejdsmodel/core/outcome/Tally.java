package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Exclusion;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Optælling: the mergeable state behind every measure — integer counters in typed tables ({@link TableKey}),
 * each counter under a {@link CellKey}, plus the units excluded from each table per {@link ExclusionReason}.
 *
 * <p>A measure only ever adds integers to counters, so merging two tallies (adding their counters) is exact,
 * associative and commutative: a cohort split any way, tallied in parallel and merged gives exactly the
 * sequential tally, and therefore exactly the same result. Every measure writes only into the tables it declares
 * ({@link Measure#tables()}) and below them, so measures with non-overlapping tables can share one tally. A tally
 * is a mutable container like a {@link java.util.stream.Collector}'s; it is not thread-safe and is never shared
 * between threads while being filled. It is {@link Serializable}, so it can be the buffer of a Spark
 * {@code Aggregator} or a Flink {@code AggregateFunction} (see docs/outcomes.md).
 *
 * <pre>{@code
 * TableKey age = TableKey.of("O-05");
 * Tally t = new Tally();
 * t.increment(age, "17");
 * t.exclude(age, ExclusionReason.NO_REGISTRATION_AT_START);
 * t.merge(other);
 * long n = t.get(age, "17");
 * }</pre>
 */
public final class Tally implements Serializable {

  private static final long serialVersionUID = 2L;
  private static final int REASONS = ExclusionReason.values().length;

  private final HashMap<TableKey, HashMap<CellKey, long[]>> tables = new HashMap<>();
  private final HashMap<TableKey, long[]> exclusions = new HashMap<>();

  /** An empty tally. */
  public Tally() {}

  /** Adds {@code delta} to the counter {@code cell} of {@code table} (a delta of 0 makes the cell known). */
  public Tally add(TableKey table, CellKey cell, long delta) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(cell, "cell");
    long[] c = tables.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(cell, k -> new long[1]);
    c[0] += delta;
    return this;
  }

  /** Adds {@code delta} to the one-part counter {@code code} of {@code table}. */
  public Tally add(TableKey table, String code, long delta) {
    return add(table, CellKey.of(code), delta);
  }

  /** Adds one to the counter. */
  public Tally increment(TableKey table, CellKey cell) {
    return add(table, cell, 1);
  }

  /** Adds one to the one-part counter {@code code}. */
  public Tally increment(TableKey table, String code) {
    return add(table, CellKey.of(code), 1);
  }

  /** Counts one unit excluded from {@code table} for {@code reason}. */
  public Tally exclude(TableKey table, ExclusionReason reason) {
    return exclude(table, reason, 1);
  }

  /** Counts {@code count} units excluded from {@code table} for {@code reason} (nothing when 0). */
  public Tally exclude(TableKey table, ExclusionReason reason, long count) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(reason, "reason");
    if (count != 0) {
      exclusions.computeIfAbsent(table, t -> new long[REASONS])[reason.ordinal()] += count;
    }
    return this;
  }

  /** The counter (0 when absent). */
  public long get(TableKey table, CellKey cell) {
    HashMap<CellKey, long[]> t = tables.get(table);
    long[] c = t == null ? null : t.get(cell);
    return c == null ? 0 : c[0];
  }

  /** The one-part counter {@code code} (0 when absent). */
  public long get(TableKey table, String code) {
    return get(table, CellKey.of(code));
  }

  /** A sorted snapshot of the counters of one table (empty when absent). */
  public SortedMap<CellKey, Long> table(TableKey table) {
    HashMap<CellKey, long[]> t = tables.get(table);
    TreeMap<CellKey, Long> out = new TreeMap<>();
    if (t != null) {
      t.forEach((k, v) -> out.put(k, v[0]));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** The sum of the counters of one table (0 when absent). */
  public long total(TableKey table) {
    HashMap<CellKey, long[]> t = tables.get(table);
    long sum = 0;
    if (t != null) {
      for (long[] v : t.values()) {
        sum += v[0];
      }
    }
    return sum;
  }

  /** Every table holding counters or exclusions, sorted. */
  public SortedSet<TableKey> tables() {
    TreeSet<TableKey> out = new TreeSet<>(tables.keySet());
    out.addAll(exclusions.keySet());
    return Collections.unmodifiableSortedSet(out);
  }

  /** The tables holding counters that are {@code root} or lie below it, sorted. */
  public List<TableKey> tablesWithin(TableKey root) {
    List<TableKey> out = new ArrayList<>();
    for (TableKey k : tables.keySet()) {
      if (k.within(root)) {
        out.add(k);
      }
    }
    Collections.sort(out);
    return out;
  }

  /** The exclusions counted for {@code table}, in {@link ExclusionReason} order. */
  public List<Exclusion> exclusions(TableKey table) {
    long[] counts = exclusions.get(table);
    List<Exclusion> list = new ArrayList<>();
    if (counts != null) {
      for (ExclusionReason r : ExclusionReason.values()) {
        if (counts[r.ordinal()] > 0) {
          list.add(Exclusion.of(r, counts[r.ordinal()]));
        }
      }
    }
    return list;
  }

  /** Adds every counter and exclusion of {@code other} to this tally and returns this. */
  public Tally merge(Tally other) {
    other.tables.forEach((name, t) -> t.forEach((k, v) -> add(name, k, v[0])));
    other.exclusions.forEach((name, counts) -> {
      long[] mine = exclusions.computeIfAbsent(name, n -> new long[REASONS]);
      for (int i = 0; i < REASONS; i++) {
        mine[i] += counts[i];
      }
    });
    return this;
  }

  private TreeMap<TableKey, List<Object>> sorted() {
    TreeMap<TableKey, List<Object>> out = new TreeMap<>();
    tables.keySet().forEach(name -> out.put(name, new ArrayList<>(List.of(table(name)))));
    exclusions.keySet().forEach(name -> {
      List<Exclusion> ex = exclusions(name);
      if (!ex.isEmpty()) {
        out.computeIfAbsent(name, n -> new ArrayList<>(List.of(Collections.emptySortedMap()))).add(ex);
      }
    });
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally && ((Tally) o).sorted().equals(sorted());
  }

  @Override
  public int hashCode() {
    return sorted().hashCode();
  }

  @Override
  public String toString() {
    return "Tally" + sorted();
  }
}
