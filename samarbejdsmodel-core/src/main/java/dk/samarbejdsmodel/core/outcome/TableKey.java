package dk.samarbejdsmodel.core.outcome;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tabelnøgle: the key of one table of counters in a {@link Tally} — the id of the measure that owns it and the
 * parts that tell the measure's tables apart, for example {@code O-04 / education / START}. A measure declares
 * the tables it owns ({@link Measure#tables()}); everything it writes lies in one of them or below it
 * ({@link #sub}), so measures whose declared tables do not overlap can share one tally.
 *
 * <pre>{@code
 * TableKey education = TableKey.of("O-04", "education", StatusPoint.START);
 * TableKey types = TableKey.of("O-04", "educationTypes", StatusPoint.START).sub("types");
 * types.within(TableKey.of("O-04", "educationTypes", StatusPoint.START));   // true
 * types.toString();                                                     // "O-04/educationTypes/START/types"
 * }</pre>
 *
 * @param measure the id of the measure that owns the table, e.g. {@code "O-04"}
 * @param parts the parts below the measure id, in order (each non-null)
 */
public record TableKey(String measure, List<String> parts) implements Comparable<TableKey>, Serializable {

  /** Checks for nulls and copies the parts. */
  public TableKey {
    Objects.requireNonNull(measure, "measure");
    parts = List.copyOf(parts);
  }

  /** A table key: the measure id and parts, each part written with {@link String#valueOf(Object)}. */
  public static TableKey of(String measure, Object... parts) {
    return new TableKey(measure, strings(List.of(), parts));
  }

  /** The key of a table below this one: this key's parts followed by {@code more}. */
  public TableKey sub(Object... more) {
    return new TableKey(measure, strings(parts, more));
  }

  /** True when this table is {@code root} or lies below it. */
  public boolean within(TableKey root) {
    return measure.equals(root.measure) && parts.size() >= root.parts.size()
        && parts.subList(0, root.parts.size()).equals(root.parts);
  }

  /** True when one of the two tables is the other or lies below it: two measures owning them cannot share. */
  public boolean overlaps(TableKey other) {
    return within(other) || other.within(this);
  }

  private static List<String> strings(List<String> head, Object[] more) {
    List<String> out = new ArrayList<>(head.size() + more.length);
    out.addAll(head);
    for (Object o : more) {
      out.add(String.valueOf(Objects.requireNonNull(o, "part")));
    }
    return out;
  }

  /** Measure id first, then the parts in order, each compared as text; a shorter key first. */
  @Override
  public int compareTo(TableKey o) {
    int c = measure.compareTo(o.measure);
    return c != 0 ? c : CellKey.compareParts(parts, o.parts);
  }

  /** The measure id and parts joined by {@code /}, e.g. {@code O-04/education/START} (for reading only). */
  @Override
  public String toString() {
    return parts.isEmpty() ? measure : measure + "/" + String.join("/", parts);
  }
}
