package dk.samarbejdsmodel.core.outcome;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Cellenøgle: the key of one counter in a table of a {@link Tally} — usually one code ({@code "YES"}, a
 * dimension, a role), sometimes a tuple (a group and its name; a fraction's numerator and denominator), kept as
 * parts so nothing is ever split out of a joined string.
 *
 * <pre>{@code
 * CellKey yes = CellKey.of("YES");
 * CellKey fraction = CellKey.of(17, 5);   // 17 of 5 items: parts "17", "5"
 * fraction.part(1);                       // "5"
 * }</pre>
 *
 * @param parts the parts (at least one, each non-null)
 */
public record CellKey(List<String> parts) implements Comparable<CellKey>, Serializable {

  /** Checks the parts and copies them. */
  public CellKey {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a cell key has at least one part");
    }
  }

  /** A one-part cell key. */
  public static CellKey of(String code) {
    return new CellKey(List.of(code));
  }

  /** A cell key of parts, each written with {@link String#valueOf(Object)}. */
  public static CellKey of(Object... parts) {
    String[] s = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      s[i] = String.valueOf(Objects.requireNonNull(parts[i], "part"));
    }
    return new CellKey(List.of(s));
  }

  /** Part {@code i} (0 for a one-part key's code). */
  public String part(int i) {
    return parts.get(i);
  }

  /** The first part: the code of a one-part key. */
  public String code() {
    return parts.get(0);
  }

  /** Part by part, each compared as text; a shorter key first. */
  @Override
  public int compareTo(CellKey o) {
    return compareParts(parts, o.parts);
  }

  static int compareParts(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The parts joined by {@code /} (for reading only). */
  @Override
  public String toString() {
    return String.join("/", parts);
  }
}
