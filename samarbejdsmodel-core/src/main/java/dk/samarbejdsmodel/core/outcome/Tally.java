package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Exclusion;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Optælling: the mergeable state behind every measure — integer counters in named tables.
 *
 * <p>A measure only ever adds integers to counters, so merging two tallies (adding their counters) is exact,
 * associative and commutative: a cohort split any way, tallied in parallel and merged gives exactly the
 * sequential tally, and therefore exactly the same result. A tally is a mutable container like a
 * {@link java.util.stream.Collector}'s; it is not thread-safe and is never shared between threads while
 * being filled. It is {@link Serializable}, so it can be the buffer of a Spark {@code Aggregator} or a Flink
 * {@code AggregateFunction} (see docs/outcomes.md).
 *
 * <pre>{@code
 * Tally t = new Tally();
 * t.add("age", "17", 1);
 * t.merge(other);
 * long n = t.get("age", "17");
 * }</pre>
 */
public final class Tally implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String EXCLUSIONS = "#exclusions:";

  private final HashMap<String, HashMap<String, long[]>> tables = new HashMap<>();

  /** An empty tally. */
  public Tally() {}

  /** Adds {@code delta} to the counter {@code key} of {@code table}. */
  public Tally add(String table, String key, long delta) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
    long[] cell = tables.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(key, k -> new long[1]);
    cell[0] += delta;
    return this;
  }

  /** Adds one to the counter. */
  public Tally increment(String table, String key) {
    return add(table, key, 1);
  }

  /** Counts one unit excluded from {@code table} for {@code reason}. */
  public Tally exclude(String table, ExclusionReason reason) {
    return add(EXCLUSIONS + table, reason.name(), 1);
  }

  /** The counter (0 when absent). */
  public long get(String table, String key) {
    HashMap<String, long[]> t = tables.get(table);
    long[] cell = t == null ? null : t.get(key);
    return cell == null ? 0 : cell[0];
  }

  /** A sorted snapshot of the counters of one table (empty when absent). */
  public SortedMap<String, Long> table(String table) {
    HashMap<String, long[]> t = tables.get(table);
    TreeMap<String, Long> out = new TreeMap<>();
    if (t != null) {
      t.forEach((k, v) -> out.put(k, v[0]));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** The names of all tables starting with {@code prefix}, sorted. */
  public List<String> tables(String prefix) {
    List<String> names = new ArrayList<>();
    for (String name : tables.keySet()) {
      if (name.startsWith(prefix)) {
        names.add(name);
      }
    }
    Collections.sort(names);
    return names;
  }

  /** The exclusions counted for {@code table}, in {@link ExclusionReason} order. */
  public List<Exclusion> exclusions(String table) {
    List<Exclusion> list = new ArrayList<>();
    for (ExclusionReason r : ExclusionReason.values()) {
      long c = get(EXCLUSIONS + table, r.name());
      if (c > 0) {
        list.add(Exclusion.of(r, c));
      }
    }
    return list;
  }

  /** Adds every counter of {@code other} to this tally and returns this. */
  public Tally merge(Tally other) {
    other.tables.forEach((name, t) -> t.forEach((k, v) -> add(name, k, v[0])));
    return this;
  }

  private TreeMap<String, SortedMap<String, Long>> sorted() {
    TreeMap<String, SortedMap<String, Long>> out = new TreeMap<>();
    tables.keySet().forEach(name -> out.put(name, table(name)));
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
